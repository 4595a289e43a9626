import { Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TraineeCompletion as Completion } from '@shared/contract/completion';
import { formatDate } from '@shared/text/date-format';
import { useFlash } from '../../app/flash.store';
import { useNavigation } from '../../app/navigation.store';
import { ErrorAlert } from '../../components/ErrorAlert';
import { QueryState } from '../../data/QueryState';
import { useChannel, useChannelMutation } from '../../data/use-channel';
import { useMutationError } from '../../data/use-mutation-error';
import { completionPrintPath } from '../prints/completion-path';
import { useSettings } from '../settings/settings.store';
import { ReportsTable } from './ReportsTable';

/** One trainee's completion and final reports (for the trainee page): the date, the certificate, the reports handed in. */
export function TraineeCompletion({ traineeId, traineeName }: { traineeId: string; traineeName: string }) {
  const { t } = useTranslation();
  const completion = useChannel('completion:trainee', { traineeId });
  return (
    <Paper withBorder p="md" mt="md" data-testid="trainee-completion">
      <Title order={4} mb="sm">
        {t('completion.title')}
      </Title>
      <QueryState query={completion}>{(c) => <Body completion={c} traineeName={traineeName} />}</QueryState>
    </Paper>
  );
}

function Body({ completion, traineeName }: { completion: Completion; traineeName: string }) {
  const { t } = useTranslation();
  const language = useSettings((s) => s.language);
  const navigate = useNavigation((s) => s.navigate);
  const [day, setDay] = useState('');
  const complete = useChannelMutation('completion:complete');
  const undo = useChannelMutation('completion:undo');
  const completeError = useMutationError(complete, 'completion.field');
  const undoError = useMutationError(undo, 'completion.field');
  const isLocked = completion.isYearClosed;

  function onComplete() {
    void complete.run(
      { traineeId: completion.traineeId, completedOn: day.trim() || null },
      {
        onSuccess: (done) => {
          setDay('');
          useFlash.getState().show(t('completion.completed', { name: traineeName, date: formatDate(done.completedOn, language) }));
        },
      },
    );
  }

  function onUndo() {
    void undo.run({ traineeId: completion.traineeId }, { onSuccess: () => useFlash.getState().show(t('completion.undone', { name: traineeName })) });
  }

  return (
    <Stack gap="sm">
      {isLocked && (
        <Text c="orange" size="sm" data-testid="completion-year-closed">
          {t('completion.yearClosedNote')}
        </Text>
      )}
      {completion.completedOn ? (
        <Group gap="sm" align="center">
          <Text data-testid="completion-date">{t('completion.completedOn', { date: formatDate(completion.completedOn, language) })}</Text>
          <Text size="sm">{t('completion.printCertificate')}</Text>
          {(['ja', 'en'] as const).map((lang) => (
            <Button
              key={lang}
              size="compact-sm"
              variant="default"
              onClick={() => navigate(completionPrintPath({ kind: 'trainee', id: completion.traineeId, yearId: completion.yearId, language: lang }))}
              data-testid={`completion-certificate-${lang}`}
            >
              {t(lang === 'ja' ? 'completion.printJa' : 'completion.printEn')}
            </Button>
          ))}
          <Button size="compact-sm" variant="subtle" color="red" onClick={onUndo} loading={undo.isPending} disabled={isLocked} data-testid="completion-undo">
            {t('completion.undo')}
          </Button>
        </Group>
      ) : completion.canComplete ? (
        <Group gap="sm" align="flex-end">
          <TextInput
            label={t('completion.field.completedOn')}
            placeholder={formatDate(completion.today, language)}
            description={t('completion.todayIfEmpty')}
            value={day}
            onChange={(e) => setDay(e.currentTarget.value)}
            disabled={isLocked}
            w={220}
            data-testid="completion-day"
          />
          <Button onClick={onComplete} loading={complete.isPending} disabled={isLocked} data-testid="completion-complete">
            {t('completion.complete')}
          </Button>
        </Group>
      ) : (
        <Text c="dimmed" size="sm">
          {t('completion.cannotComplete', { status: t(`trainee.status.${completion.status}`) })}
        </Text>
      )}
      <ErrorAlert error={completeError} />
      <ErrorAlert error={undoError} />
      <ReportsTable traineeId={completion.traineeId} reports={completion.reports} isLocked={isLocked} />
    </Stack>
  );
}
