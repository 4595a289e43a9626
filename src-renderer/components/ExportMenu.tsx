import { Button, Menu, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ChannelInput } from '@shared/contract/channels';
import type { ExportFile } from '@shared/contract/exports';
import { useFlash } from '../app/flash.store';
import { useChannelMutation } from '../data/use-channel';
import { useMutationError } from '../data/use-mutation-error';
import { useSettings } from '../features/settings/settings.store';
import { ErrorAlert } from './ErrorAlert';

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

/** Export a list as on screen: Excel, CSV in UTF-8, or CSV in Shift_JIS; a file that cannot be made says why. */
export function ExportMenu({ input }: { input: ListInput }) {
  const { t } = useTranslation();
  const language = useSettings((s) => s.language);
  const exporting = useChannelMutation('exports:list');
  const error = useMutationError(exporting, 'export.field');

  function run(format: 'xlsx' | 'csv', encoding: 'utf8bom' | 'cp932' = 'utf8bom') {
    exporting.mutate(
      { ...input, language, format, encoding },
      {
        onSuccess: (file) => {
          saveFile(file);
          useFlash.getState().show(t('export.done', { file: file.fileName }));
        },
      },
    );
  }

  return (
    <Stack gap={4} align="flex-end">
      <Menu position="bottom-end">
        <Menu.Target>
          <Button variant="default" loading={exporting.isPending}>
            {t('export.button')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => run('xlsx')}>{t('export.xlsx')}</Menu.Item>
          <Menu.Item onClick={() => run('csv')}>{t('export.csv')}</Menu.Item>
          <Menu.Item onClick={() => run('csv', 'cp932')}>{t('export.csvSjis')}</Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <ErrorAlert error={error} />
    </Stack>
  );
}
