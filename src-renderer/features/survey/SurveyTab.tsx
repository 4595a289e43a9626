import { Button, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveyAnswer } from '@shared/contract/hosts';
import { useApi } from '../../api';
import { ExportMenu } from '../../components/ExportMenu';
import { ImportModal } from '../../components/ImportModal';
import { useYears } from '../years/years.store';
import { SurveyAnswerModal } from './SurveyAnswerModal';
import { SurveyTable } from './SurveyTable';

/** The demand survey of a year: every host's answer and how many trainees it has been matched. */
export function SurveyTab() {
  const { t } = useTranslation();
  const api = useApi();
  const years = useYears((s) => s.years) ?? [];
  const [yearId, setYearId] = useState(years[0]?.id ?? '');
  const [answers, setAnswers] = useState<SurveyAnswer[]>([]);
  const [editing, setEditing] = useState<SurveyAnswer | null | 'new'>(null);
  const [importing, setImporting] = useState(false);

  const load = useCallback(() => {
    if (yearId) void api.call('survey:list', { yearId }).then((r) => r.ok && setAnswers(r.value));
  }, [api, yearId]);
  useEffect(load, [load]);

  return (
    <Stack>
      <Group>
        <NativeSelect
          aria-label={t('year.select')}
          value={yearId}
          onChange={(e) => setYearId(e.currentTarget.value)}
          data={years.map((y) => ({ value: y.id, label: t('year.label', { year: y.fiscalYear }) }))}
        />
        <Button onClick={() => setEditing('new')} disabled={!yearId}>
          {t('survey.add')}
        </Button>
        <Button variant="light" onClick={() => setImporting(true)} disabled={!yearId}>
          {t('surveyImport.open')}
        </Button>
        {yearId && <ExportMenu input={{ list: 'survey', yearId }} />}
      </Group>
      <ImportModal what="survey" opened={importing} onClose={() => setImporting(false)} onImported={load} />
      {answers.length === 0 ? <Text c="dimmed">{t('survey.empty')}</Text> : <SurveyTable answers={answers} onEdit={setEditing} />}
      <SurveyAnswerModal
        yearId={yearId}
        hostId={null}
        answer={editing === 'new' ? null : editing}
        opened={editing !== null}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          load();
        }}
      />
    </Stack>
  );
}
