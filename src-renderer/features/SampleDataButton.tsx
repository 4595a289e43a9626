import { Button } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api';
import { useFlash } from '../app/flash.store';
import { ErrorAlert } from '../components/ErrorAlert';
import { translateError, type TranslatedError } from '../i18n/errors';
import { useMasters } from './master-labels';
import { useYears } from './years/years.store';

/** Loads the fictional FY2024 cohort; the backend refuses when trainees exist. */
export function SampleDataButton({ disabled, onLoaded }: { disabled?: boolean; onLoaded?: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [error, setError] = useState<TranslatedError | null>(null);
  const [isBusy, setBusy] = useState(false);

  async function load() {
    setBusy(true);
    const result = await api.call('sample:load', {});
    setBusy(false);
    if (!result.ok) return setError(translateError(t, result.error, 'trainee.field'));
    setError(null);
    await Promise.all([useYears.getState().refresh(api), useMasters.getState().refresh(api)]);
    useYears.getState().select(result.value.yearId);
    useFlash.getState().show(t('dashboard.sampleLoaded', { count: result.value.traineeCount }));
    onLoaded?.();
  }

  return (
    <>
      <Button onClick={() => void load()} loading={isBusy} disabled={disabled}>
        {t('dashboard.loadSample')}
      </Button>
      {error && <ErrorAlert error={error} />}
    </>
  );
}
