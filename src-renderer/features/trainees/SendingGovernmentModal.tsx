import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SendingGovernment } from '@shared/contract/trainees';
import { FormModal } from '../../data/FormModal';
import { useContractForm } from '../../data/use-contract-form';
import { useCountryOptions } from '../countries';
import { useSettings } from '../settings/settings.store';

const EMPTY = { country: '', provinceLocal: '', provinceEn: '', nameLocal: '', nameEn: '', nameJa: '' };
type Values = typeof EMPTY;

interface Props {
  opened: boolean;
  /** The country a new one starts with. */
  country: string;
  /** The one to correct; a new one when left out. */
  government?: SendingGovernment | null;
  onClose(): void;
  /** After it is saved (the list of sending governments is read again by then). */
  onCreated(government: SendingGovernment): void;
}

function toValues(g: SendingGovernment): Values {
  return {
    country: g.country,
    provinceLocal: g.provinceLocal ?? '',
    provinceEn: g.provinceEn ?? '',
    nameLocal: g.nameLocal,
    nameEn: g.nameEn,
    nameJa: g.nameJa ?? '',
  };
}

/** Adds a city or province to the master list of sending governments, or corrects one. */
export function SendingGovernmentModal({ opened, country, government = null, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const language = useSettings((s) => s.language);
  const countryOptions = useCountryOptions(language);
  const form = useContractForm(government ? 'sending-governments:update' : 'sending-governments:create', {
    opened,
    recordKey: government?.id ?? `new:${country}`,
    initialValues: government ? toValues(government) : { ...EMPTY, country },
    toInput: (v) => (government ? { ...v, id: government.id } : v),
    fieldLabels: 'trainee.sendingField',
    flash: (saved) => t(government ? 'trainee.sendingSaved' : 'trainee.sendingCreated', { name: saved.nameLocal }),
    onSaved: onCreated,
  });

  return (
    <FormModal opened={opened} onClose={onClose} title={t(government ? 'trainee.sendingEditTitle' : 'trainee.sendingTitle')} form={form}>
      <Select
        {...form.field('country')}
        data={countryOptions}
        value={form.form.values.country || null}
        onChange={(value) => form.form.setFieldValue('country', value ?? '')}
        searchable
        withAsterisk
      />
      <SimpleGrid cols={2}>
        <TextInput {...form.field('nameLocal')} withAsterisk />
        <TextInput {...form.field('nameEn')} withAsterisk />
        <TextInput {...form.field('nameJa')} />
        <TextInput {...form.field('provinceLocal')} />
        <TextInput {...form.field('provinceEn')} />
      </SimpleGrid>
    </FormModal>
  );
}
