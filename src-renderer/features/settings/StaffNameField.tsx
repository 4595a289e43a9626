import { Button, Group, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api';
import { useFlash } from '../../app/flash.store';
import { useSettings } from './settings.store';

/** Who works on this PC: written into the change history with every change. */
export function StaffNameField() {
  const { t } = useTranslation();
  const api = useApi();
  const { staffName, setStaffName } = useSettings();
  const [value, setValue] = useState(staffName ?? '');

  async function save() {
    if (await setStaffName(api, value)) useFlash.getState().show(t('settings.staffSaved'));
  }

  return (
    <Group align="flex-end" data-testid="staff-name">
      <TextInput
        label={t('settings.staffName')}
        description={t('settings.staffNameHelp')}
        value={value}
        onChange={(e) => setValue(e.currentTarget.value)}
        w={320}
      />
      <Button onClick={() => void save()} disabled={value === (staffName ?? '')}>
        {t('common.save')}
      </Button>
    </Group>
  );
}
