import { Modal, MultiSelect, NativeSelect, SegmentedControl, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Staff } from '@shared/contract/arrivals';
import { latinName, nativeName } from '@shared/contract/names';
import { EVENT_KINDS, type ScheduleEvent } from '@shared/contract/schedule';
import type { TraineeSummary } from '@shared/contract/trainees';
import { useApi } from '../../api';
import { useFlash } from '../../app/flash.store';
import { textFieldBinder } from '../../components/form-fields';
import { ModalFormFooter } from '../../components/ModalFormFooter';
import { translateError, type TranslatedError } from '../../i18n/errors';

type Texts = { kind: string; startsAt: string; endsAt: string; titleJa: string; titleEn: string; place: string; staffId: string; notesJa: string; notesEn: string };
const EMPTY: Texts = { kind: 'orientation', startsAt: '', endsAt: '', titleJa: '', titleEn: '', place: '', staffId: '', notesJa: '', notesEn: '' };

function textsOf(e: ScheduleEvent): Texts {
  return {
    kind: e.kind,
    startsAt: e.startsAt,
    endsAt: e.endsAt ?? '',
    titleJa: e.titleJa,
    titleEn: e.titleEn ?? '',
    place: e.place ?? '',
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
  staff: Staff[];
  trainees: TraineeSummary[];
  onClose(): void;
  onSaved(): void;
}

/** An event of the program: when (Japan time), what (in both languages), where, for whom, who runs it. */
export function EventModal({ yearId, event, day, opened, staff, trainees, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const [values, setValues] = useState<Texts>(EMPTY);
  const [audience, setAudience] = useState<'all' | 'chosen'>('all');
  const [traineeIds, setTraineeIds] = useState<string[]>([]);
  const [error, setError] = useState<TranslatedError | null>(null);

  useEffect(() => {
    setValues(event ? textsOf(event) : { ...EMPTY, startsAt: day ? `${day}T09:00` : '' });
    setAudience(event?.audience ?? 'all');
    setTraineeIds(event?.traineeIds ?? []);
    setError(null);
  }, [event, opened, day]);

  async function save(e: FormEvent) {
    e.preventDefault();
    const fields = {
      kind: values.kind as ScheduleEvent['kind'],
      startsAt: values.startsAt,
      endsAt: values.endsAt || null,
      titleJa: values.titleJa,
      titleEn: values.titleEn || null,
      place: values.place || null,
      audience,
      traineeIds: audience === 'chosen' ? traineeIds : [],
      staffId: values.staffId || null,
      notesJa: values.notesJa || null,
      notesEn: values.notesEn || null,
    };
    const result = event ? await api.call('schedule:update', { id: event.id, ...fields }) : await api.call('schedule:create', { yearId, ...fields });
    if (!result.ok) return setError(translateError(t, result.error, 'event.field'));
    useFlash.getState().show(t('event.saved', { title: result.value.titleJa }));
    onSaved();
  }

  async function remove() {
    if (!event) return;
    const result = await api.call('schedule:delete', { id: event.id });
    if (!result.ok) return setError(translateError(t, result.error, 'event.field'));
    useFlash.getState().show(t('event.deleted', { title: event.titleJa }));
    onSaved();
  }

  const text = textFieldBinder(t, 'event.field', values, setValues, error);
  return (
    <Modal opened={opened} onClose={onClose} title={t(event ? 'event.editTitle' : 'event.addTitle')} size="lg" centered>
      <form onSubmit={(e) => void save(e)}>
        <Stack>
          <SimpleGrid cols={2}>
            <NativeSelect
              {...text('kind')}
              data={EVENT_KINDS.map((k) => ({ value: k, label: t(`event.kind.${k}`) }))}
            />
            <NativeSelect
              {...text('staffId')}
              data={[{ value: '', label: t('common.none') }, ...staff.map((s) => ({ value: s.id, label: s.name }))]}
            />
            <TextInput {...text('startsAt')} type="datetime-local" description={t('event.japanTime')} />
            <TextInput {...text('endsAt')} type="datetime-local" />
            <TextInput {...text('titleJa')} data-autofocus />
            <TextInput {...text('titleEn')} />
          </SimpleGrid>
          <TextInput {...text('place')} />
          <SegmentedControl
            aria-label={t('event.field.audience')}
            value={audience}
            onChange={(v) => setAudience(v as 'all' | 'chosen')}
            data={[
              { value: 'all', label: t('event.audience.all') },
              { value: 'chosen', label: t('event.audience.chosen') },
            ]}
          />
          {audience === 'chosen' && (
            <MultiSelect
              label={t('event.field.traineeIds')}
              value={traineeIds}
              error={error?.fields.traineeIds}
              onChange={setTraineeIds}
              data={trainees.map((x) => ({ value: x.id, label: `${nativeName(x)} ${latinName(x)}` }))}
              searchable
            />
          )}
          <SimpleGrid cols={2}>
            <Textarea {...text('notesJa')} autosize minRows={2} />
            <Textarea {...text('notesEn')} autosize minRows={2} />
          </SimpleGrid>
          <ModalFormFooter error={error} onCancel={onClose} onDelete={event ? () => void remove() : undefined} deleteLabel={t('event.delete')} />
        </Stack>
      </form>
    </Modal>
  );
}
