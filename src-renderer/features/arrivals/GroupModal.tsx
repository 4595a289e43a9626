import { Modal, MultiSelect, NativeSelect, NumberInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { inLanguage } from '@shared/contract/names';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TRANSPORTS, type PickupGroup, type Staff } from '@shared/contract/arrivals';
import type { Place } from '@shared/contract/stays';
import { useApi } from '../../api';
import { useFlash } from '../../app/flash.store';
import { textFieldBinder } from '../../components/form-fields';
import { ModalFormFooter } from '../../components/ModalFormFooter';
import { translateError, type TranslatedError } from '../../i18n/errors';
import { useSettings } from '../settings/settings.store';
import { AirportInput } from './AirportInput';

type Texts = {
  name: string;
  airport: string;
  terminal: string;
  meetingPoint: string;
  meetingTime: string;
  windowFrom: string;
  windowTo: string;
  transport: string;
  destinationPlaceId: string;
  notes: string;
};
type Choices = { marginMinutes: number | string; staffIds: string[] };

const EMPTY: Texts = { name: '', airport: 'NRT', terminal: '', meetingPoint: '', meetingTime: '', windowFrom: '', windowTo: '', transport: '', destinationPlaceId: '', notes: '' };
const NO_CHOICES: Choices = { marginMinutes: 60, staffIds: [] };

function textsOf(g: PickupGroup): Texts {
  return {
    name: g.name,
    airport: g.airport.iata,
    terminal: g.terminal ?? '',
    meetingPoint: g.meetingPoint ?? '',
    meetingTime: g.meetingTime ?? '',
    windowFrom: g.windowFrom ?? '',
    windowTo: g.windowTo ?? '',
    transport: g.transport ?? '',
    destinationPlaceId: g.destination?.id ?? '',
    notes: g.notes ?? '',
  };
}

interface Props {
  yearId: string;
  /** The group to change; null to add one. */
  group: PickupGroup | null;
  opened: boolean;
  staff: Staff[];
  places: Place[];
  onClose(): void;
  onSaved(): void;
}

/** A pickup group: where and when to meet, the landings it covers, who goes, how and where to. */
export function GroupModal({ yearId, group, opened, staff, places, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const language = useSettings((s) => s.language);
  const [values, setValues] = useState<Texts>(EMPTY);
  const [choices, setChoices] = useState<Choices>(NO_CHOICES);
  const [error, setError] = useState<TranslatedError | null>(null);

  useEffect(() => {
    setValues(group ? textsOf(group) : EMPTY);
    setChoices(group ? { marginMinutes: group.marginMinutes, staffIds: group.staff.map((s) => s.id) } : NO_CHOICES);
    setError(null);
  }, [group, opened]);

  async function save(event: FormEvent) {
    event.preventDefault();
    const fields = {
      name: values.name,
      airport: values.airport,
      terminal: values.terminal || null,
      meetingPoint: values.meetingPoint || null,
      meetingTime: values.meetingTime || null,
      marginMinutes: typeof choices.marginMinutes === 'number' ? choices.marginMinutes : Number.NaN,
      windowFrom: values.windowFrom || null,
      windowTo: values.windowTo || null,
      transport: (values.transport || null) as PickupGroup['transport'],
      destinationPlaceId: values.destinationPlaceId || null,
      staffIds: choices.staffIds,
      notes: values.notes || null,
    };
    const result = group ? await api.call('pickup-groups:update', { id: group.id, ...fields }) : await api.call('pickup-groups:create', { yearId, ...fields });
    if (!result.ok) return setError(translateError(t, result.error, 'pickup.field'));
    useFlash.getState().show(t('pickup.saved', { name: result.value.name }));
    onSaved();
  }

  const text = textFieldBinder(t, 'pickup.field', values, setValues, error);
  return (
    <Modal opened={opened} onClose={onClose} title={t(group ? 'pickup.editTitle' : 'pickup.addTitle')} size="lg" centered>
      <form onSubmit={(e) => void save(e)}>
        <Stack>
          <SimpleGrid cols={2}>
            <TextInput {...text('name')} data-autofocus />
            <AirportInput
              label={t('pickup.field.airport')}
              value={values.airport}
              error={error?.fields.airport}
              language={language}
              onChange={(airport) => setValues((v) => ({ ...v, airport }))}
            />
            <TextInput {...text('terminal')} placeholder="1" />
            <TextInput {...text('meetingPoint')} />
            <TextInput {...text('meetingTime')} type="datetime-local" description={t('pickup.meetingTimeHint')} />
            <NumberInput
              label={t('pickup.field.marginMinutes')}
              value={choices.marginMinutes}
              error={error?.fields.marginMinutes}
              min={0}
              max={240}
              step={15}
              onChange={(marginMinutes) => setChoices((c) => ({ ...c, marginMinutes }))}
            />
            <TextInput {...text('windowFrom')} type="datetime-local" />
            <TextInput {...text('windowTo')} type="datetime-local" />
            <NativeSelect
              {...text('transport')}
              data={[{ value: '', label: t('common.none') }, ...TRANSPORTS.map((x) => ({ value: x, label: t(`pickup.transport.${x}`) }))]}
            />
            <NativeSelect
              {...text('destinationPlaceId')}
              data={[{ value: '', label: t('common.none') }, ...places.map((p) => ({ value: p.id, label: inLanguage(p.nameJa, p.nameEn, language) }))]}
            />
          </SimpleGrid>
          <MultiSelect
            label={t('pickup.field.staffIds')}
            value={choices.staffIds}
            onChange={(staffIds) => setChoices((c) => ({ ...c, staffIds }))}
            data={staff.map((s) => ({ value: s.id, label: `${s.name}${t('common.paren', { text: t(`staff.organisation.${s.organisation}`) })}` }))}
            searchable
          />
          <TextInput {...text('notes')} />
          <ModalFormFooter error={error} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
