import { Button, Group, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useContractForm } from '../../data/use-contract-form';

type TextSetting = 'staffName' | 'officePhone';

/**
 * A free-text setting of this PC with its own Save: who works on it (written into the change
 * history) or the office phone printed on the sheets.
 */
export function SettingTextField({ setting, saved }: { setting: TextSetting; saved: string | null }) {
  const { t } = useTranslation();
  const form = useContractForm('settings:update', {
    recordKey: saved ?? '',
    initialValues: { [setting]: saved ?? '' } as Record<TextSetting, string>,
    toInput: (values) => ({ [setting]: values[setting] }),
    fieldLabels: 'settings',
    flash: () => t(`settings.${setting}Saved`),
  });

  return (
    <form onSubmit={form.onSubmit} noValidate data-testid={`setting-${setting}`}>
      <Group align="flex-end">
        <TextInput {...form.field(setting)} description={t(`settings.${setting}Help`)} w={320} />
        <Button type="submit" loading={form.isSaving} disabled={!form.form.isDirty()}>
          {t('common.save')}
        </Button>
      </Group>
      <ErrorAlert error={form.error} />
    </form>
  );
}
