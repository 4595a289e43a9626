import { MultiSelect, NativeSelect, NumberInput, SimpleGrid, TextInput } from '@mantine/core';
import { inLanguage } from '@shared/contract/names';
import { useTranslation } from 'react-i18next';
import { TRANSPORTS, type PickupGroup } from '@shared/contract/arrivals';
import { FormModal } from '../../data/FormModal';
import { QueryError } from '../../data/QueryState';
import { useChannel } from '../../data/use-channel';
import { useContractForm } from '../../data/use-contract-form';
import { useSettings } from '../settings/settings.store';
import { AirportInput } from './AirportInput';

const EMPTY = {
  name: '',
  nameEn: '',
  airport: 'NRT',
  terminal: '',
  meetingPoint: '',
  meetingPointEn: '',
  meetingTime: '',
  marginMinutes: 60 as number | string,
  windowFrom: '',
  windowTo: '',
  transport: '',
  destinationPlaceId: '',
  staffIds: [] as string[],
  notes: '',
};

function valuesOf(g: PickupGroup): typeof EMPTY {
  return {
    name: g.name,
    nameEn: g.nameEn ?? '',
    airport: g.airport.iata,
    terminal: g.terminal ?? '',
    meetingPoint: g.meetingPoint ?? '',
    meetingPointEn: g.meetingPointEn ?? '',
    meetingTime: g.meetingTime ?? '',
    marginMinutes: g.marginMinutes,
    windowFrom: g.windowFrom ?? '',
    windowTo: g.windowTo ?? '',
    transport: g.transport ?? '',
    destinationPlaceId: g.destination?.id ?? '',
    staffIds: g.staff.map((s) => s.id),
    notes: g.notes ?? '',
  };
}

interface Props {
  yearId: string;
  /** The group to change; null to add one. */
  group: PickupGroup | null;
  opened: boolean;
  onClose(): void;
}

/** A pickup group: where and when to meet, the landings it covers, who goes, how and where to. */
export function GroupModal({ yearId, group, opened, onClose }: Props) {
  const { t } = useTranslation();
  const language = useSettings((s) => s.language);
  const staff = useChannel('staff:list', opened ? {} : null);
  const places = useChannel('places:list', opened ? {} : null);
  const form = useContractForm(group ? 'pickup-groups:update' : 'pickup-groups:create', {
    opened,
    recordKey: group?.id,
    initialValues: group ? valuesOf(group) : EMPTY,
    toInput: (v) => {
      const fields = {
        name: v.name,
        nameEn: v.nameEn || null,
        airport: v.airport,
        terminal: v.terminal || null,
        meetingPoint: v.meetingPoint || null,
        meetingPointEn: v.meetingPointEn || null,
        meetingTime: v.meetingTime || null,
        marginMinutes: typeof v.marginMinutes === 'number' ? v.marginMinutes : Number.NaN,
        windowFrom: v.windowFrom || null,
        windowTo: v.windowTo || null,
        transport: (v.transport || null) as PickupGroup['transport'],
        destinationPlaceId: v.destinationPlaceId || null,
        staffIds: v.staffIds,
        notes: v.notes || null,
      };
      return group ? { id: group.id, ...fields } : { yearId, ...fields };
    },
    fieldLabels: 'pickup.field',
    flash: (saved) => t('pickup.saved', { name: saved.name }),
    onSaved: onClose,
  });

  return (
    <FormModal opened={opened} onClose={onClose} title={t(group ? 'pickup.editTitle' : 'pickup.addTitle')} form={form}>
      {staff.isError && <QueryError error={staff.error} onRetry={() => void staff.refetch()} />}
      {places.isError && <QueryError error={places.error} onRetry={() => void places.refetch()} />}
      <SimpleGrid cols={2}>
        <TextInput {...form.field('name')} data-autofocus />
        <TextInput {...form.field('nameEn')} lang="en" />
        <AirportInput {...form.field('airport')} />
        <TextInput {...form.field('terminal')} placeholder="1" />
        <TextInput {...form.field('meetingPoint')} />
        <TextInput {...form.field('meetingPointEn')} lang="en" />
        <TextInput {...form.field('meetingTime')} type="datetime-local" description={t('pickup.meetingTimeHint')} />
        <NumberInput {...form.field('marginMinutes')} min={0} max={240} step={15} />
        <TextInput {...form.field('windowFrom')} type="datetime-local" />
        <TextInput {...form.field('windowTo')} type="datetime-local" />
        <NativeSelect
          {...form.field('transport')}
          data={[{ value: '', label: t('common.none') }, ...TRANSPORTS.map((x) => ({ value: x, label: t(`pickup.transport.${x}`) }))]}
        />
        <NativeSelect
          {...form.field('destinationPlaceId')}
          data={[{ value: '', label: t('common.none') }, ...(places.data ?? []).map((p) => ({ value: p.id, label: inLanguage(p.nameJa, p.nameEn, language) }))]}
        />
      </SimpleGrid>
      <MultiSelect
        {...form.field('staffIds')}
        data={(staff.data ?? []).map((s) => ({ value: s.id, label: `${s.name}${t('common.paren', { text: t(`staff.organisation.${s.organisation}`) })}` }))}
        searchable
      />
      <TextInput {...form.field('notes')} />
    </FormModal>
  );
}
