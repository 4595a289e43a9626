import { Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SendingGovernment } from '@shared/contract/trainees';
import { useApi } from '../../api';
import { useFlash } from '../../app/flash.store';
import { ModalFormFooter } from '../../components/ModalFormFooter';
import { textFieldBinder } from '../../components/form-fields';
import { translateError, type TranslatedError } from '../../i18n/errors';
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
  const api = useApi();
  const language = useSettings((s) => s.language);
  const countryOptions = useCountryOptions(language);
  const [values, setValues] = useState<Values>({ ...EMPTY, country });
  const [error, setError] = useState<TranslatedError | null>(null);

  useEffect(() => {
    if (!opened) return;
    setValues(government ? toValues(government) : { ...EMPTY, country });
    setError(null);
  }, [opened, country, government]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    event.stopPropagation();
    const result = government
      ? await api.call('sending-governments:update', { ...values, id: government.id })
      : await api.call('sending-governments:create', values);
    if (!result.ok) return setError(translateError(t, result.error, 'trainee.sendingField'));
    setError(null);
    useFlash.getState().show(t(government ? 'trainee.sendingSaved' : 'trainee.sendingCreated', { name: result.value.nameLocal }));
    onCreated(result.value);
  }

  const text = textFieldBinder(t, 'trainee.sendingField', values, setValues, error);

  return (
    <Modal opened={opened} onClose={onClose} title={t(government ? 'trainee.sendingEditTitle' : 'trainee.sendingTitle')} centered size="lg">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          <Select
            label={t('trainee.sendingField.country')}
            data={countryOptions}
            value={values.country || null}
            onChange={(value) => setValues((v) => ({ ...v, country: value ?? '' }))}
            error={error?.fields.country}
            searchable
            withAsterisk
          />
          <SimpleGrid cols={2}>
            <TextInput {...text('nameLocal')} withAsterisk />
            <TextInput {...text('nameEn')} withAsterisk />
            <TextInput {...text('nameJa')} />
            <TextInput {...text('provinceLocal')} />
            <TextInput {...text('provinceEn')} />
          </SimpleGrid>
          <ModalFormFooter error={error} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
