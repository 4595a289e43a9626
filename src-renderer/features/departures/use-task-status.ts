import { useTranslation } from 'react-i18next';
import type { DepartureStatus, DepartureTask } from '@shared/contract/departures';
import { inLanguage } from '@shared/contract/names';
import { useFlash } from '../../app/flash.store';
import { useChannelMutation } from '../../data/use-channel';
import { useMutationError } from '../../data/use-mutation-error';
import { useSettings } from '../settings/settings.store';

/** Sets a task's status from a menu, with a flash; a failure shows where `useTaskStatus().error` is placed. */
export function useTaskStatus() {
  const { t } = useTranslation();
  const language = useSettings((s) => s.language);
  const setStatus = useChannelMutation('departures:set-status');
  const error = useMutationError(setStatus, 'departures.field');
  function choose(task: DepartureTask, item: { nameJa: string; nameEn: string }, status: DepartureStatus) {
    void setStatus.run(
      { traineeId: task.traineeId, itemId: task.itemId, status, note: task.note },
      { onSuccess: () => useFlash.getState().show(t('departures.saved', { item: inLanguage(item.nameJa, item.nameEn, language), status: t(`departures.status.${status}`) })) },
    );
  }
  return { choose, error };
}
