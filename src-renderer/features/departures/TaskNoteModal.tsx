import { NativeSelect, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DEPARTURE_STATUSES, type DepartureItem, type DepartureTask } from '@shared/contract/departures';
import { inLanguage } from '@shared/contract/names';
import { formatDate } from '@shared/text/date-format';
import { FormModal } from '../../data/FormModal';
import { useContractForm } from '../../data/use-contract-form';
import { useSettings } from '../settings/settings.store';

/** A trainee's task: its status and note, with when it is due and who changed it last. */
export function TaskNoteModal({ task, item, traineeName, onClose }: { task: DepartureTask | null; item: DepartureItem | null; traineeName: string; onClose(): void }) {
  const { t } = useTranslation();
  const language = useSettings((s) => s.language);
  const opened = Boolean(task && item);
  const form = useContractForm('departures:set-status', {
    opened,
    recordKey: task ? `${task.traineeId}/${task.itemId}` : null,
    initialValues: { status: task?.status ?? 'open', note: task?.note ?? '' },
    toInput: (v) => ({ traineeId: task?.traineeId ?? '', itemId: task?.itemId ?? '', status: v.status, note: v.note || null }),
    fieldLabels: 'departures.field',
    flash: (saved) => t('departures.saved', { item: item ? inLanguage(item.nameJa, item.nameEn, language) : '', status: t(`departures.status.${saved.status}`) }),
    onSaved: onClose,
  });
  return (
    <FormModal opened={opened} onClose={onClose} title={item ? t('departures.noteTitle', { name: traineeName, item: inLanguage(item.nameJa, item.nameEn, language) }) : ''} form={form}>
      {task?.dueOn && <Text size="sm">{t('departures.dueOn', { date: formatDate(task.dueOn, language) })}</Text>}
      {task?.changedOn && (
        <Text size="sm" c="dimmed">
          {t('departures.changed', { date: formatDate(task.changedOn, language), by: task.changedBy ?? t('departures.unknownAuthor') })}
        </Text>
      )}
      <NativeSelect {...form.field('status')} data={DEPARTURE_STATUSES.map((s) => ({ value: s, label: t(`departures.status.${s}`) }))} />
      <Textarea {...form.field('note')} autosize minRows={2} data-autofocus />
    </FormModal>
  );
}
