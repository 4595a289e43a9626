import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFlash } from '../app/flash.store';
import { ErrorAlert } from '../components/ErrorAlert';
import { useChannelMutation } from '../data/use-channel';
import { useMutationError } from '../data/use-mutation-error';
import { useYearSelection } from './years/years.store';

/**
 * Loads the fictional FY2024 cohort (every screen then reads afresh); the backend refuses when trainees exist.
 * On the dashboard the button goes away once the years read again with trainees in them — before a callback given to
 * `mutate` would run (TanStack drops those of an unmounted component) — so the year and the flash are set through `run`,
 * whose follow-up runs from the write's own promise; a failure is the mutation's error, shown beside the button.
 */
export function SampleDataButton({ disabled }: { disabled?: boolean }) {
  const { t } = useTranslation();
  const load = useChannelMutation('sample:load');
  const error = useMutationError(load, 'trainee.field');

  function loadSample() {
    void load.run(
      {},
      {
        onSuccess: (loaded) => {
          useYearSelection.getState().select(loaded.yearId);
          useFlash.getState().show(t('dashboard.sampleLoaded', { count: loaded.traineeCount }));
        },
      },
    );
  }

  return (
    <>
      <Button onClick={loadSample} loading={load.isPending} disabled={disabled}>
        {t('dashboard.loadSample')}
      </Button>
      <ErrorAlert error={error} />
    </>
  );
}
