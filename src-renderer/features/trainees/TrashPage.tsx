import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { nativeName } from '@shared/contract/names';
import type { TraineeSummary } from '@shared/contract/trainees';
import { useApi } from '../../api';
import { useFlash } from '../../app/flash.store';
import { useNavigation } from '../../app/navigation.store';
import { ErrorAlert } from '../../components/ErrorAlert';
import { translateError, type TranslatedError } from '../../i18n/errors';
import { formatDateTime } from '@shared/text/date-format';
import { useSettings } from '../settings/settings.store';
import { useYears } from '../years/years.store';
import { TraineeTable } from './TraineeTable';

/** Trainees deleted in the last 30 days, each one click from coming back. */
export function TrashPage() {
  const { t } = useTranslation();
  const api = useApi();
  const language = useSettings((s) => s.language);
  const navigate = useNavigation((s) => s.navigate);
  const [trainees, setTrainees] = useState<TraineeSummary[] | null>(null);
  const [error, setError] = useState<TranslatedError | null>(null);

  const load = useCallback(() => {
    void api.call('trainees:trash', {}).then((r) => (r.ok ? setTrainees(r.value) : setError(translateError(t, r.error, 'trainee.field'))));
  }, [api, t]);
  useEffect(load, [load]);

  async function restore(trainee: TraineeSummary) {
    const result = await api.call('trainees:restore', { id: trainee.id });
    if (!result.ok) return setError(translateError(t, result.error, 'trainee.field'));
    await useYears.getState().refresh(api);
    useFlash.getState().show(t('trainee.restored', { name: nativeName(trainee) }));
    load();
  }

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('trainee.trashTitle')}</Title>
        <Button variant="default" onClick={() => navigate('/trainees')}>
          {t('common.back')}
        </Button>
      </Group>
      <ErrorAlert error={error} />
      {trainees?.length === 0 && (
        <Paper withBorder p="lg">
          <Text>{t('trainee.trashEmpty')}</Text>
        </Paper>
      )}
      {trainees && trainees.length > 0 && (
        <TraineeTable
          trainees={trainees}
          columns={['nativeName', 'latinName', 'country', 'year']}
          language={language}
          action={(trainee) => (
            <Group gap="sm" wrap="nowrap">
              <Text size="sm" c="dimmed">
                {t('trainee.deletedOn')}: {trainee.deletedAt ? formatDateTime(trainee.deletedAt, language) : ''}
              </Text>
              <Button size="xs" onClick={() => void restore(trainee)}>
                {t('trainee.restore')}
              </Button>
            </Group>
          )}
        />
      )}
    </Stack>
  );
}
