import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { nativeName } from '@shared/contract/names';
import type { TraineeSummary } from '@shared/contract/trainees';
import { formatDateTime } from '@shared/text/date-format';
import { useFlash } from '../../app/flash.store';
import { useNavigation } from '../../app/navigation.store';
import { ErrorAlert } from '../../components/ErrorAlert';
import { QueryState } from '../../data/QueryState';
import { useChannel, useChannelMutation } from '../../data/use-channel';
import { useMutationError } from '../../data/use-mutation-error';
import { useSettings } from '../settings/settings.store';
import { TraineeTable } from './TraineeTable';

/** Trainees deleted in the last 30 days, each one click from coming back. */
export function TrashPage() {
  const { t } = useTranslation();
  const language = useSettings((s) => s.language);
  const navigate = useNavigation((s) => s.navigate);
  const trash = useChannel('trainees:trash', {});
  const restore = useChannelMutation('trainees:restore');
  const restoreError = useMutationError(restore, 'trainee.field');

  function bringBack(trainee: TraineeSummary) {
    void restore.run({ id: trainee.id }, { onSuccess: () => useFlash.getState().show(t('trainee.restored', { name: nativeName(trainee) })) });
  }

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('trainee.trashTitle')}</Title>
        <Button variant="default" onClick={() => navigate('/trainees')}>
          {t('common.back')}
        </Button>
      </Group>
      <ErrorAlert error={restoreError} />
      <QueryState query={trash}>
        {(trainees) =>
          trainees.length === 0 ? (
            <Paper withBorder p="lg">
              <Text>{t('trainee.trashEmpty')}</Text>
            </Paper>
          ) : (
            <TraineeTable
              trainees={trainees}
              columns={['nativeName', 'latinName', 'country', 'year']}
              language={language}
              action={(trainee) => (
                <Group gap="sm" wrap="nowrap">
                  <Text size="sm" c="dimmed">
                    {t('trainee.deletedOn')}: {trainee.deletedAt ? formatDateTime(trainee.deletedAt, language) : ''}
                  </Text>
                  <Button
                    size="xs"
                    onClick={() => bringBack(trainee)}
                    loading={restore.isPending && restore.variables?.id === trainee.id}
                    disabled={restore.isPending}
                  >
                    {t('trainee.restore')}
                  </Button>
                </Group>
              )}
            />
          )
        }
      </QueryState>
    </Stack>
  );
}
