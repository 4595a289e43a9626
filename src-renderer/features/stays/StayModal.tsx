import { NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Place } from '@shared/contract/stays';
import { inLanguage, latinName, nativeName } from '@shared/contract/names';
import { FormModal } from '../../data/FormModal';
import { QueryError } from '../../data/QueryState';
import { useChannel } from '../../data/use-channel';
import { useContractForm } from '../../data/use-contract-form';
import { useSettings } from '../settings/settings.store';

interface Props {
  yearId: string;
  opened: boolean;
  places: Place[];
  /** The first night of the program, offered as check-in. */
  firstNight: string | null;
  onClose(): void;
}

/** Puts a trainee in a room from a check-in day to a check-out day. */
export function StayModal({ yearId, opened, places, firstNight, onClose }: Props) {
  const { t } = useTranslation();
  const language = useSettings((s) => s.language);
  const trainees = useChannel('trainees:list', opened ? { yearId } : null);
  const form = useContractForm('stays:create', {
    opened,
    initialValues: { traineeId: '', roomId: '', checkIn: firstNight ?? '', checkOut: '', notes: '' },
    toInput: (v) => ({ yearId, ...v, notes: v.notes || null }),
    fieldLabels: 'stay.field',
    flash: (saved) => t('stay.saved', { trainee: saved.traineeName, room: saved.roomName, place: inLanguage(saved.placeNameJa, saved.placeNameEn, language) }),
    onSaved: onClose,
  });
  const active = (trainees.data ?? []).filter((x) => x.status !== 'withdrawn');

  return (
    <FormModal opened={opened} onClose={onClose} title={t('stay.addTitle')} form={form}>
      {trainees.isError && <QueryError error={trainees.error} onRetry={() => void trainees.refetch()} />}
      <NativeSelect
        {...form.field('traineeId')}
        data={[{ value: '', label: t('stay.choose') }, ...active.map((x) => ({ value: x.id, label: `${nativeName(x)}  ${latinName(x)}` }))]}
      />
      <NativeSelect
        {...form.field('roomId')}
        data={[
          { value: '', label: t('stay.choose') },
          ...places.flatMap((p) =>
            p.rooms.map((r) => ({ value: r.id, label: `${inLanguage(p.nameJa, p.nameEn, language)} ${r.name}${t('common.paren', { text: t('room.beds', { count: r.capacity }) })}` })),
          ),
        ]}
      />
      <SimpleGrid cols={2}>
        <TextInput {...form.field('checkIn')} type="date" />
        <TextInput {...form.field('checkOut')} type="date" />
      </SimpleGrid>
      <TextInput {...form.field('notes')} />
    </FormModal>
  );
}
