import { Button, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveyAnswer } from '@shared/contract/hosts';
import { ExportMenu } from '../../components/ExportMenu';
import { ImportModal } from '../../components/ImportModal';
import { useYearList } from '../../data/lists';
import { QueryError, QueryState } from '../../data/QueryState';
import { useChannel } from '../../data/use-channel';
import { SurveyAnswerModal } from './SurveyAnswerModal';
import { SurveyTable } from './SurveyTable';

/** The demand survey of a year: every host's answer and how many trainees it has been matched. */
export function SurveyTab() {
  const { t } = useTranslation();
  const years = useYearList();
  const [chosenYearId, setYearId] = useState('');
  const yearList = years.data ?? [];
  const yearId = yearList.some((y) => y.id === chosenYearId) ? chosenYearId : (yearList[0]?.id ?? '');
  const answers = useChannel('survey:list', yearId ? { yearId } : null);
  const [editing, setEditing] = useState<SurveyAnswer | null | 'new'>(null);
  const [importing, setImporting] = useState(false);

  return (
    <Stack>
      <Group>
        {years.isError ? (
          <QueryError error={years.error} onRetry={() => void years.refetch()} />
        ) : (
          <NativeSelect
            aria-label={t('year.select')}
            value={yearId}
            onChange={(e) => setYearId(e.currentTarget.value)}
            data={yearList.map((y) => ({ value: y.id, label: t('year.label', { year: y.fiscalYear }) }))}
          />
        )}
        <Button onClick={() => setEditing('new')} disabled={!yearId}>
          {t('survey.add')}
        </Button>
        <Button variant="light" onClick={() => setImporting(true)} disabled={!yearId}>
          {t('surveyImport.open')}
        </Button>
        {yearId && <ExportMenu input={{ list: 'survey', yearId }} />}
      </Group>
      {/* The import dialog still calls the api itself: what it changed is read again here. */}
      <ImportModal what="survey" opened={importing} onClose={() => setImporting(false)} onImported={() => void answers.refetch()} />
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
