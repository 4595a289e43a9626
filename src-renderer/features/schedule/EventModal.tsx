import { MultiSelect, NativeSelect, SegmentedControl, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { latinName, nativeName } from '@shared/contract/names';
import { EVENT_KINDS, type ScheduleEvent } from '@shared/contract/schedule';
import { useFlash } from '../../app/flash.store';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormModal } from '../../data/FormModal';
import { QueryError } from '../../data/QueryState';
import { useChannel, useChannelMutation } from '../../data/use-channel';
import { useConfirmDelete } from '../../data/use-confirm-delete';
import { useContractForm } from '../../data/use-contract-form';
import { useMutationError } from '../../data/use-mutation-error';

const EMPTY = {
  kind: 'orientation' as ScheduleEvent['kind'],
  startsAt: '',
  endsAt: '',
  titleJa: '',
  titleEn: '',
  place: '',
  placeEn: '',
  audience: 'all' as ScheduleEvent['audience'],
  traineeIds: [] as string[],
  staffId: '',
  notesJa: '',
  notesEn: '',
};

function valuesOf(e: ScheduleEvent): typeof EMPTY {
  return {
    kind: e.kind,
    startsAt: e.startsAt,
    endsAt: e.endsAt ?? '',
    titleJa: e.titleJa,
    titleEn: e.titleEn ?? '',
    place: e.place ?? '',
    placeEn: e.placeEn ?? '',
    audience: e.audience,
    traineeIds: e.traineeIds,
    staffId: e.staff?.id ?? '',
    notesJa: e.notesJa ?? '',
    notesEn: e.notesEn ?? '',
  };
}

interface Props {
  yearId: string;
  event: ScheduleEvent | null;
  /** A new event starts on this day at 09:00. */
  day: string;
  opened: boolean;
  onClose(): void;
}

/** An event of the program: when (Japan time), what (in both languages), where, for whom, who runs it. */
export function EventModal({ yearId, event, day, opened, onClose }: Props) {
  const { t } = useTranslation();
  const staff = useChannel('staff:list', opened ? {} : null);
  const trainees = useChannel('trainees:list', opened ? { yearId } : null);
  const form = useContractForm(event ? 'schedule:update' : 'schedule:create', {
    opened,
    recordKey: event?.id,
    initialValues: event ? valuesOf(event) : { ...EMPTY, startsAt: day ? `${day}T09:00` : '' },
    toInput: (v) => {
      const fields = {
        ...v,
        endsAt: v.endsAt || null,
        titleEn: v.titleEn || null,
        place: v.place || null,
        placeEn: v.placeEn || null,
        traineeIds: v.audience === 'chosen' ? v.traineeIds : [],
        staffId: v.staffId || null,
        notesJa: v.notesJa || null,
        notesEn: v.notesEn || null,
      };
      return event ? { id: event.id, ...fields } : { yearId, ...fields };
    },
    fieldLabels: 'event.field',
    flash: (saved) => t('event.saved', { title: saved.titleJa }),
    onSaved: onClose,
  });
  const remove = useChannelMutation('schedule:delete');
  const removeError = useMutationError(remove, 'event.field');
  const confirmDelete = useConfirmDelete();

  async function removeEvent() {
    if (!event) return;
    const chosen = event.audience === 'chosen' && event.traineeIds.length > 0;
    if (!(await confirmDelete({ name: event.titleJa, with: chosen ? [t('event.deleteWithAttendees', { count: event.traineeIds.length })] : [] }))) return;
    await remove.run(
      { id: event.id },
      {
        onSuccess: () => {
          useFlash.getState().show(t('event.deleted', { title: event.titleJa }));
          onClose();
        },
      },
    ); // a failure is shown in the dialog, which stays open
  }

  const active = (trainees.data ?? []).filter((x) => x.status !== 'withdrawn');
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={t(event ? 'event.editTitle' : 'event.addTitle')}
      form={form}
      onDelete={event ? () => void removeEvent() : undefined}
      deleteLabel={t('event.delete')}
    >
      {staff.isError && <QueryError error={staff.error} onRetry={() => void staff.refetch()} />}
      <SimpleGrid cols={2}>
        <NativeSelect {...form.field('kind')} data={EVENT_KINDS.map((k) => ({ value: k, label: t(`event.kind.${k}`) }))} />
        <NativeSelect
          {...form.field('staffId')}
          data={[{ value: '', label: t('common.none') }, ...(staff.data ?? []).map((s) => ({ value: s.id, label: s.name }))]}
        />
        <TextInput {...form.field('startsAt')} type="datetime-local" description={t('event.japanTime')} />
        <TextInput {...form.field('endsAt')} type="datetime-local" />
        <TextInput {...form.field('titleJa')} data-autofocus />
        <TextInput {...form.field('titleEn')} />
      </SimpleGrid>
      <SimpleGrid cols={2}>
        <TextInput {...form.field('place')} />
        <TextInput {...form.field('placeEn')} lang="en" />
      </SimpleGrid>
      <SegmentedControl
        aria-label={t('event.field.audience')}
        value={form.form.values.audience}
        onChange={(v) => form.form.setFieldValue('audience', v as ScheduleEvent['audience'])}
        data={[
          { value: 'all', label: t('event.audience.all') },
          { value: 'chosen', label: t('event.audience.chosen') },
        ]}
      />
      {form.form.values.audience === 'chosen' && (
        <>
          {trainees.isError && <QueryError error={trainees.error} onRetry={() => void trainees.refetch()} />}
          <MultiSelect {...form.field('traineeIds')} data={active.map((x) => ({ value: x.id, label: `${nativeName(x)} ${latinName(x)}` }))} searchable />
        </>
      )}
      <SimpleGrid cols={2}>
        <Textarea {...form.field('notesJa')} autosize minRows={2} />
        <Textarea {...form.field('notesEn')} autosize minRows={2} />
      </SimpleGrid>
      <ErrorAlert error={removeError} />
    </FormModal>
  );
}
