import { Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TrainingField } from '@shared/contract/trainees';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useTrainingFields } from '../../data/lists';
import { QueryState } from '../../data/QueryState';
import { useContractForm } from '../../data/use-contract-form';

const EMPTY = { nameJa: '', nameEn: '' };

/** One training field renamed in place, or (with none) the row that adds a new one. */
function FieldRow({ field }: { field: TrainingField | null }) {
  const { t } = useTranslation();
  const form = useContractForm(field ? 'training-fields:update' : 'training-fields:create', {
    // A field renamed elsewhere (another PC, through sync) shows its new name.
    recordKey: field ? `${field.id}\u0000${field.nameJa}\u0000${field.nameEn}` : null,
    initialValues: field ? { nameJa: field.nameJa, nameEn: field.nameEn } : EMPTY,
    toInput: (values) => (field ? { id: field.id, ...values } : values),
    fieldLabels: 'settings.fieldLabel',
    flash: () => t('settings.fieldSaved'),
    onSaved: () => {
      if (!field) form.form.setValues(EMPTY);
    },
  });
  const input = (name: 'nameJa' | 'nameEn') => {
    const { label, ...props } = form.field(name);
    return { ...props, 'aria-label': label, placeholder: label };
  };

  return (
    <form onSubmit={form.onSubmit} noValidate>
      <Group gap="xs" wrap="nowrap" align="flex-start" data-testid="training-field-row">
        <TextInput {...input('nameJa')} w={260} />
        <TextInput {...input('nameEn')} w={300} />
        <Button type="submit" variant={field ? 'default' : 'filled'} disabled={!form.form.isDirty()} loading={form.isSaving}>
          {field ? t('common.save') : t('settings.fieldAdd')}
        </Button>
      </Group>
      <ErrorAlert error={form.error} />
    </form>
  );
}

/** The training fields (研修分野): renamed in place, new ones added at the end. */
export function TrainingFieldsEditor() {
  const { t } = useTranslation();
  const fields = useTrainingFields();

  return (
    <Stack gap="xs">
      <Title order={4}>{t('settings.fieldsTitle')}</Title>
      <Text size="sm" c="dimmed">
        {t('settings.fieldsHelp')}
      </Text>
      <QueryState query={fields}>
        {(list) => (
          <>
            {list.map((f) => (
              <FieldRow key={f.id} field={f} />
            ))}
            <FieldRow field={null} />
          </>
        )}
      </QueryState>
    </Stack>
  );
}
