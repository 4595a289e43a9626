import { Modal, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Place } from '@shared/contract/stays';
import type { TraineeSummary } from '@shared/contract/trainees';
import { latinName, nativeName } from '@shared/contract/names';
import { useApi } from '../../api';
import { useFlash } from '../../app/flash.store';
import { textFieldBinder } from '../../components/form-fields';
import { ModalFormFooter } from '../../components/ModalFormFooter';
import { translateError, type TranslatedError } from '../../i18n/errors';

type Values = { traineeId: string; roomId: string; checkIn: string; checkOut: string; notes: string };

interface Props {
  yearId: string;
  opened: boolean;
  trainees: TraineeSummary[];
  places: Place[];
  /** The first night of the program, offered as check-in. */
  firstNight: string | null;
  onClose(): void;
  onSaved(): void;
}

/** Puts a trainee in a room from a check-in day to a check-out day. */
export function StayModal({ yearId, opened, trainees, places, firstNight, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const [values, setValues] = useState<Values>({ traineeId: '', roomId: '', checkIn: '', checkOut: '', notes: '' });
  const [error, setError] = useState<TranslatedError | null>(null);

  useEffect(() => {
    if (!opened) return;
    setValues((v) => ({ ...v, traineeId: '', notes: '', checkIn: v.checkIn || firstNight || '' }));
    setError(null);
  }, [opened, firstNight]);

  async function save(event: FormEvent) {
    event.preventDefault();
    const result = await api.call('stays:create', { yearId, ...values, notes: values.notes || null });
    if (!result.ok) return setError(translateError(t, result.error, 'stay.field'));
    useFlash.getState().show(t('stay.saved', { trainee: result.value.traineeName, room: result.value.roomName, place: result.value.placeNameJa }));
    onSaved();
  }

  const text = textFieldBinder(t, 'stay.field', values, setValues, error);
  return (
    <Modal opened={opened} onClose={onClose} title={t('stay.addTitle')} centered size="lg">
      <form onSubmit={(e) => void save(e)}>
        <Stack>
          <NativeSelect
            {...text('traineeId')}
            data={[{ value: '', label: t('stay.choose') }, ...trainees.map((x) => ({ value: x.id, label: `${nativeName(x)}  ${latinName(x)}` }))]}
          />
          <NativeSelect
            {...text('roomId')}
            data={[
              { value: '', label: t('stay.choose') },
              ...places.flatMap((p) => p.rooms.map((r) => ({ value: r.id, label: `${p.nameJa} ${r.name}（${t('room.beds', { count: r.capacity })}）` }))),
            ]}
          />
          <SimpleGrid cols={2}>
            <TextInput {...text('checkIn')} type="date" />
            <TextInput {...text('checkOut')} type="date" />
          </SimpleGrid>
          <TextInput {...text('notes')} />
          <ModalFormFooter error={error} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
