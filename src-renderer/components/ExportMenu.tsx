import { Button, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ChannelInput } from '@shared/contract/channels';
import type { ExportFile } from '@shared/contract/exports';
import { useApi } from '../api';
import { useFlash } from '../app/flash.store';
import { useSettings } from '../features/settings/settings.store';

/** Hands a generated file to the browser (or Electron) to save, under its own name. */
export function saveFile(file: ExportFile): void {
  const bytes = Uint8Array.from(atob(file.dataBase64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

type ListInput = Omit<ChannelInput<'exports:list'>, 'language' | 'format' | 'encoding'>;

/** Export a list as on screen: Excel, CSV in UTF-8, or CSV in Shift_JIS. */
export function ExportMenu({ input }: { input: ListInput }) {
  const { t } = useTranslation();
  const api = useApi();
  const language = useSettings((s) => s.language);

  async function run(format: 'xlsx' | 'csv', encoding: 'utf8bom' | 'cp932' = 'utf8bom') {
    const result = await api.call('exports:list', { ...input, language, format, encoding });
    if (!result.ok) return;
    saveFile(result.value);
    useFlash.getState().show(t('export.done', { file: result.value.fileName }));
  }

  return (
    <Menu position="bottom-end">
      <Menu.Target>
        <Button variant="default">{t('export.button')}</Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => void run('xlsx')}>{t('export.xlsx')}</Menu.Item>
        <Menu.Item onClick={() => void run('csv')}>{t('export.csv')}</Menu.Item>
        <Menu.Item onClick={() => void run('csv', 'cp932')}>{t('export.csvSjis')}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
