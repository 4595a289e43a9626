import { Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrainingField } from '@shared/contract/trainees';
import { useApi } from '../../api';
import { useFlash } from '../../app/flash.store';
import { ErrorAlert } from '../../components/ErrorAlert';
import { translateError, type TranslatedError } from '../../i18n/errors';
import { useMasters } from '../master-labels';

const LABELS = 'settings.fieldLabel';

function FieldRow({ field, onSave }: { field: TrainingField | null; onSave(nameJa: string, nameEn: string): Promise<boolean> }) {
  const { t } = useTranslation();
  const [nameJa, setNameJa] = useState(field?.nameJa ?? '');
  const [nameEn, setNameEn] = useState(field?.nameEn ?? '');
  const isChanged = nameJa !== (field?.nameJa ?? '') || nameEn !== (field?.nameEn ?? '');

  async function save() {
    if ((await onSave(nameJa, nameEn)) && !field) {
      setNameJa('');
      setNameEn('');
    }
  }

  return (
    <Group gap="xs" wrap="nowrap" data-testid="training-field-row">
      <TextInput aria-label={t('settings.fieldNameJa')} placeholder={t('settings.fieldNameJa')} value={nameJa} onChange={(e) => setNameJa(e.currentTarget.value)} w={260} />
      <TextInput aria-label={t('settings.fieldNameEn')} placeholder={t('settings.fieldNameEn')} value={nameEn} onChange={(e) => setNameEn(e.currentTarget.value)} w={300} />
      <Button variant={field ? 'default' : 'filled'} disabled={!isChanged} onClick={() => void save()}>
        {field ? t('common.save') : t('settings.fieldAdd')}
      </Button>
    </Group>
  );
}

/** The training fields (研修分野): renamed in place, new ones added at the end. */
export function TrainingFieldsEditor() {
  const { t } = useTranslation();
  const api = useApi();
  const { trainingFields, refresh } = useMasters();
  const [error, setError] = useState<TranslatedError | null>(null);

  async function save(id: string | null, nameJa: string, nameEn: string): Promise<boolean> {
    const result = id ? await api.call('training-fields:update', { id, nameJa, nameEn }) : await api.call('training-fields:create', { nameJa, nameEn });
    if (!result.ok) {
      setError(translateError(t, result.error, LABELS));
      return false;
    }
    setError(null);
    await refresh(api);
    useFlash.getState().show(t('settings.fieldSaved'));
    return true;
  }

  return (
    <Stack gap="xs">
      <Title order={4}>{t('settings.fieldsTitle')}</Title>
      <Text size="sm" c="dimmed">
        {t('settings.fieldsHelp')}
      </Text>
      {trainingFields.map((f) => (
        <FieldRow key={f.id} field={f} onSave={(ja, en) => save(f.id, ja, en)} />
      ))}
      <FieldRow field={null} onSave={(ja, en) => save(null, ja, en)} />
      <ErrorAlert error={error} />
    </Stack>
  );
}
