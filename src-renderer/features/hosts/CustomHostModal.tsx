import { Modal, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Host } from '@shared/contract/hosts';
import { useApi } from '../../api';
import { ModalFormFooter } from '../../components/ModalFormFooter';
import { textFieldBinder } from '../../components/form-fields';
import { translateError, type TranslatedError } from '../../i18n/errors';

const EMPTY = { prefectureJa: '', nameJa: '', nameKana: '', nameEn: '' };

/** A host that is not in the code list (a prefectural department, a public body). */
export function CustomHostModal({ opened, onClose, onCreated }: { opened: boolean; onClose(): void; onCreated(host: Host): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [values, setValues] = useState(EMPTY);
  const [error, setError] = useState<TranslatedError | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await api.call('hosts:create-custom', values);
    if (!result.ok) return setError(translateError(t, result.error, 'host.field'));
    setValues(EMPTY);
    setError(null);
    onCreated(result.value);
  }

  const text = textFieldBinder(t, 'host.field', values, setValues, error);

  return (
    <Modal opened={opened} onClose={onClose} title={t('host.customTitle')} centered size="lg">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          <SimpleGrid cols={2}>
            <TextInput {...text('prefectureJa')} withAsterisk />
            <TextInput {...text('nameJa')} withAsterisk />
            <TextInput {...text('nameKana')} />
            <TextInput {...text('nameEn')} />
          </SimpleGrid>
          <ModalFormFooter error={error} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
