import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveyAnswer } from '@shared/contract/hosts';
import { ExportMenu } from '../../components/ExportMenu';
import { ImportModal } from '../../components/ImportModal';
import { YearSelect, useSelectedYearId } from '../../components/YearSelect';
import { useYearList } from '../../data/lists';
import { QueryState } from '../../data/QueryState';
import { useChannel } from '../../data/use-channel';
import { SurveyAnswerModal } from './SurveyAnswerModal';
import { SurveyTable } from './SurveyTable';

/** The demand survey of a year: every host's answer and how many trainees it has been matched. */
export function SurveyTab() {
  const { t } = useTranslation();
  const years = useYearList();
  const yearId = useSelectedYearId();
  const answers = useChannel('survey:list', yearId ? { yearId } : null);
  const [editing, setEditing] = useState<SurveyAnswer | null | 'new'>(null);
  const [importing, setImporting] = useState(false);

  return (
    <Stack>
      <Group>
        <YearSelect />
        <Button onClick={() => setEditing('new')} disabled={!yearId}>
          {t('survey.add')}
        </Button>
        <Button variant="light" onClick={() => setImporting(true)} disabled={!yearId}>
          {t('surveyImport.open')}
        </Button>
        {yearId && <ExportMenu input={{ list: 'survey', yearId }} />}
      </Group>
      <ImportModal what="survey" opened={importing} onClose={() => setImporting(false)} />
      {!yearId ? (
        years.data && <Text c="dimmed">{t('survey.empty')}</Text>
      ) : (
        <QueryState query={answers}>
          {(list) => (list.length === 0 ? <Text c="dimmed">{t('survey.empty')}</Text> : <SurveyTable answers={list} onEdit={setEditing} />)}
        </QueryState>
      )}
      <SurveyAnswerModal
        yearId={yearId}
        hostId={null}
        answer={editing === 'new' ? null : editing}
        opened={editing !== null}
        onClose={() => setEditing(null)}
      />
    </Stack>
  );
}
