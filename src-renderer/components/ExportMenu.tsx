import { Button, Group, Menu, Modal, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelInput } from '@shared/contract/channels';
import type { ExportFile, ListExportFile } from '@shared/contract/exports';
import { useFlash } from '../app/flash.store';
import { useChannelMutation } from '../data/use-channel';
import { useMutationError } from '../data/use-mutation-error';
import { useConfirmIdentifiers } from '../features/privacy/use-confirm-identifiers';
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

/** How many of the cells Shift_JIS cannot hold the question lists; the rest are counted. */
const SHOWN = 50;

/**
 * Export a list as on screen: Excel, CSV in UTF-8, or CSV in Shift_JIS; a file that cannot be
 * made says why. A Shift_JIS file that would lose characters (Hangul, simplified Chinese, José →
 * Jos?) is not saved until the person has seen whose and chosen UTF-8 or Shift_JIS as it is.
 * A list that includes passport numbers in full (`includeIdentifiers`) asks once before it is made.
 */
export function ExportMenu({ input }: { input: ListInput }) {
  const { t } = useTranslation();
  const language = useSettings((s) => s.language);
  const exporting = useChannelMutation('exports:list');
  const error = useMutationError(exporting, 'export.field');
  const [lossyFile, setLossyFile] = useState<ListExportFile | null>(null);
  const confirmIdentifiers = useConfirmIdentifiers();

  function save(file: ExportFile) {
    saveFile(file);
    useFlash.getState().show(t('export.done', { file: file.fileName }));
  }

  async function run(format: 'xlsx' | 'csv', encoding: 'utf8bom' | 'cp932' = 'utf8bom', isConfirmed = false) {
    if (input.includeIdentifiers && !isConfirmed && !(await confirmIdentifiers())) return;
    void exporting.run(
      { ...input, language, format, encoding },
      { onSuccess: (file) => (file.lossy.length > 0 ? setLossyFile(file) : save(file)) },
    );
  }

  const lossy = lossyFile?.lossy ?? [];
  return (
    <Stack gap={4} align="flex-end">
      <Menu position="bottom-end">
        <Menu.Target>
          <Button variant="default" loading={exporting.isPending}>
            {t('export.button')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => void run('xlsx')}>{t('export.xlsx')}</Menu.Item>
          <Menu.Item onClick={() => void run('csv')}>{t('export.csv')}</Menu.Item>
          <Menu.Item onClick={() => void run('csv', 'cp932')}>{t('export.csvSjis')}</Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <ErrorAlert error={error} />
      <Modal opened={lossyFile !== null} onClose={() => setLossyFile(null)} title={t('export.lossy.title')} centered size="xl">
        <Stack data-testid="export-lossy">
          <Text size="sm">{t('export.lossy.intro')}</Text>
          <ScrollArea.Autosize mah={320}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('export.lossy.row')}</Table.Th>
                  <Table.Th>{t('export.lossy.name')}</Table.Th>
                  <Table.Th>{t('export.lossy.column')}</Table.Th>
                  <Table.Th>{t('export.lossy.written')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {lossy.slice(0, SHOWN).map((cell) => (
                  <Table.Tr key={`${cell.row}-${cell.column}`}>
                    <Table.Td>{cell.row}</Table.Td>
                    <Table.Td>{cell.name}</Table.Td>
                    <Table.Td>{cell.column}</Table.Td>
                    <Table.Td>
                      {cell.value} → {cell.written}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea.Autosize>
          {lossy.length > SHOWN && <Text size="sm">{t('export.lossy.more', { count: lossy.length - SHOWN })}</Text>}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setLossyFile(null)}>
              {t('common.cancel')}
            </Button>
            <Button
              variant="default"
              onClick={() => {
                save(lossyFile!);
                setLossyFile(null);
              }}
            >
              {t('export.lossy.saveSjis')}
            </Button>
            <Button
              onClick={() => {
                setLossyFile(null);
                // Asked already, when the Shift_JIS file was made.
                void run('csv', 'utf8bom', true);
              }}
            >
              {t('export.lossy.saveUtf8')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
