import { Button, Group, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api';
import { useFlash } from '../../app/flash.store';
import { useSettings } from './settings.store';

/**
 * A free-text setting of this PC with its own Save: who works on it (written into the change
 * history) or the office phone printed on the sheets.
 */
export function SettingTextField({ setting }: { setting: 'staffName' | 'officePhone' }) {
  const { t } = useTranslation();
  const api = useApi();
  const saved = useSettings((s) => s[setting]);
  const setText = useSettings((s) => s.setText);
  const [value, setValue] = useState(saved ?? '');
  const [error, setError] = useState<string | null>(null);

  async function save() {
    const ok = await setText(api, setting, value);
    setError(ok ? null : t('errors.rule.invalid_phone', { field: t(`settings.${setting}`) }));
    if (ok) useFlash.getState().show(t(`settings.${setting}Saved`));
  }

  return (
    <Group align="flex-end" data-testid={`setting-${setting}`}>
      <TextInput
        label={t(`settings.${setting}`)}
        description={t(`settings.${setting}Help`)}
        value={value}
        error={error}
        onChange={(e) => setValue(e.currentTarget.value)}
        w={320}
      />
      <Button onClick={() => void save()} disabled={value === (saved ?? '')}>
        {t('common.save')}
      </Button>
    </Group>
  );
}
