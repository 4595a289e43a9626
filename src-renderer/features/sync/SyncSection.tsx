import { Button, FileButton, Group, NativeSelect, PasswordInput, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncStatus } from '@shared/contract/sync';
import { useApi } from '../../api';
import { useFlash } from '../../app/flash.store';
import { ErrorAlert } from '../../components/ErrorAlert';
import { saveFile } from '../../components/ExportMenu';
import { toBase64 } from '../../components/files';
import { translateError, type TranslatedError } from '../../i18n/errors';
import { formatDateTime } from '@shared/text/date-format';
import { useMasters } from '../master-labels';
import { useSettings } from '../settings/settings.store';
import { useYears } from '../years/years.store';
import { useConflictCount } from './conflicts.store';

const NEW_DEVICE = 'new';

/**
 * Sync with the office's other PCs: this PC's name, the shared passphrase and folder; change
 * files out (for a PC, or everything for a new one) and in; the PCs heard from.
 */
export function SyncSection({ onSynced }: { onSynced?: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const language = useSettings((s) => s.language);
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const [deviceName, setDeviceName] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [folder, setFolder] = useState('');
  const [target, setTarget] = useState(NEW_DEVICE);
  const [error, setError] = useState<TranslatedError | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const flash = (message: string) => useFlash.getState().show(message);

  const show = useCallback((next: SyncStatus) => {
    setStatus(next);
    setDeviceName(next.deviceName ?? '');
    setFolder(next.folder ?? '');
  }, []);
  const load = useCallback(() => {
    void api.call('sync:status', {}).then((r) => r.ok && show(r.value));
  }, [api, show]);
  useEffect(load, [load]);

  const fail = (e: Parameters<typeof translateError>[1]) => setError(translateError(t, e, 'sync.settingsField'));

  async function save() {
    const input = {
      ...(deviceName !== (status?.deviceName ?? '') ? { deviceName } : {}),
      ...(passphrase ? { passphrase } : {}),
      ...(folder !== (status?.folder ?? '') ? { folder } : {}),
    };
    const result = await api.call('sync:settings', input);
    if (!result.ok) return fail(result.error);
    setError(null);
    setPassphrase('');
    show(result.value);
    flash(t('sync.settingsSaved'));
  }

  async function exportChanges() {
    const result = await api.call('sync:export', { peerId: target === NEW_DEVICE ? null : target });
    if (!result.ok) return fail(result.error);
    setError(null);
    saveFile(result.value);
    flash(t('sync.exported', { file: result.value.fileName }));
  }

  async function importChanges(file: File | null) {
    if (!file) return;
    const result = await api.call('sync:import', { fileName: file.name, dataBase64: await toBase64(file) });
    if (!result.ok) return fail(result.error);
    setError(null);
    flash(t('sync.imported', { from: result.value.fromName ?? t('sync.unnamedDevice'), applied: result.value.applied, conflicts: result.value.conflicts }));
    load();
    void useConflictCount.getState().refresh(api);
    // Another PC's years, hosts, sending governments and fields arrive with its changes.
    void useYears.getState().refresh(api);
    void useMasters.getState().refresh(api);
    onSynced?.();
  }

  async function syncFolder() {
    const result = await api.call('sync:folder', {});
    if (!result.ok) return fail(result.error);
    setError(null);
    setProblems(result.value.read.filter((r) => r.error).map((r) => t('sync.folderFailed', { file: r.file, reason: t(`errors.code.${r.error}`) })));
    flash(t('sync.folderDone', { count: result.value.read.filter((r) => r.result).length }));
    load();
    void useConflictCount.getState().refresh(api);
    // Another PC's years, hosts, sending governments and fields arrive with its changes.
    void useYears.getState().refresh(api);
    void useMasters.getState().refresh(api);
    onSynced?.();
  }

  return (
    <Stack data-testid="sync-section">
      <Title order={4}>{t('sync.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('sync.help')}
      </Text>
      <TextInput label={t('sync.deviceName')} description={t('sync.deviceNameHelp')} value={deviceName} onChange={(e) => setDeviceName(e.currentTarget.value)} error={error?.fields.deviceName} w={420} />
      <PasswordInput
        label={t('sync.passphrase')}
        description={t('sync.passphraseHelp')}
        value={passphrase}
        onChange={(e) => setPassphrase(e.currentTarget.value)}
        error={error?.fields.passphrase}
        autoComplete="new-password"
        w={420}
      />
      {status && (
        <Text size="sm" c={status.hasPassphrase ? 'teal' : 'orange'} mt={-8} data-testid="passphrase-state">
          {status.hasPassphrase ? t('sync.passphraseSet') : t('sync.passphraseUnset')}
        </Text>
      )}
      <TextInput label={t('sync.folder')} description={t('sync.folderHelp')} value={folder} onChange={(e) => setFolder(e.currentTarget.value)} error={error?.fields.folder} w={520} />
      <Group>
        <Button onClick={() => void save()}>{t('sync.saveSettings')}</Button>
      </Group>

      <Group align="flex-end">
        <NativeSelect
          label={t('sync.exportTarget')}
          value={target}
          onChange={(e) => setTarget(e.currentTarget.value)}
          data={[
            { value: NEW_DEVICE, label: t('sync.exportNew') },
            ...(status?.peers ?? []).map((p) => ({ value: p.deviceId, label: p.name ?? t('sync.unnamedDevice') })),
          ]}
          w={260}
        />
        <Button variant="default" onClick={() => void exportChanges()}>
          {t('sync.exportButton')}
        </Button>
        <FileButton onChange={(f) => void importChanges(f)} accept=".kkhsync">
          {(props) => (
            <Button variant="default" {...props}>
              {t('sync.importButton')}
            </Button>
          )}
        </FileButton>
        <Button variant="default" disabled={!status?.folder} onClick={() => void syncFolder()}>
          {t('sync.folderButton')}
        </Button>
      </Group>
      <ErrorAlert error={error} />
      {problems.map((p) => (
        <Text key={p} c="red" size="sm" role="alert">
          {p}
        </Text>
      ))}

      <Title order={5}>{t('sync.peersTitle')}</Title>
      {status && status.peers.length === 0 ? (
        <Text c="dimmed">{t('sync.noPeers')}</Text>
      ) : (
        <Table data-testid="peer-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('sync.peerName')}</Table.Th>
              <Table.Th>{t('sync.peerBundleAt')}</Table.Th>
              <Table.Th>{t('sync.peerImportedAt')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {status?.peers.map((p) => (
              <Table.Tr key={p.deviceId}>
                <Table.Td>{p.name ?? t('sync.unnamedDevice')}</Table.Td>
                <Table.Td>{formatDateTime(p.bundleAt, language)}</Table.Td>
                <Table.Td>{formatDateTime(p.importedAt, language)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
