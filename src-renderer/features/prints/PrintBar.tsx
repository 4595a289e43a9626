import { Button, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigation } from '../../app/navigation.store';

/**
 * The bar above a sheet's preview, left off the paper: back to the screen the sheet was opened from, and print.
 * `children` are a sheet's own further buttons (Save as PDF), after 印刷.
 */
export function PrintBar({ back, canPrint = true, children }: { back: string; canPrint?: boolean; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Group className="kk-no-print" justify="center" p="sm">
      <Button variant="default" onClick={() => useNavigation.getState().navigate(back)}>
        {t('common.back')}
      </Button>
      <Button onClick={() => window.print()} disabled={!canPrint}>
        {t('print.print')}
      </Button>
      {children}
    </Group>
  );
}
