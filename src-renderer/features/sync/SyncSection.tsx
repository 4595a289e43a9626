import { Alert, Button, Code, FileButton, Group, NativeSelect, PasswordInput, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncStatus } from '@shared/contract/sync';
import { formatDateTime } from '@shared/text/date-format';
import { useFlash } from '../../app/flash.store';
import { ErrorAlert } from '../../components/ErrorAlert';
import { saveFile } from '../../components/ExportMenu';
import { toBase64 } from '../../components/files';
import { useSyncStatus } from '../../data/lists';
import { QueryState } from '../../data/QueryState';
import { useChannelMutation } from '../../data/use-channel';
import { useContractForm } from '../../data/use-contract-form';
import { useMutationError } from '../../data/use-mutation-error';
import { useSettings } from '../settings/settings.store';
import { generatePassphrase } from './generate-passphrase';

const NEW_DEVICE = 'new';
const LABELS = 'sync.settingsField';

const flash = (message: string) => useFlash.getState().show(message);

/** This PC's name, the office's passphrase (never shown back) and the shared folder. */
function SyncSettingsForm({ status }: { status: SyncStatus }) {
  const { t } = useTranslation();
  // A generated passphrase is shown until saved, so it can be written down for the other PCs.
  const [generated, setGenerated] = useState<string | null>(null);
  const [isShown, setShown] = useState(false);
  const form = useContractForm('sync:settings', {
    // Saved (or changed through a sync), the form starts again from what is stored, the passphrase empty.
    recordKey: `${status.deviceName ?? ''}\u0000${status.folder ?? ''}\u0000${status.hasPassphrase}`,
    initialValues: { deviceName: status.deviceName ?? '', passphrase: '', folder: status.folder ?? '' },
    // Only what the person changed: an unchanged name is not sent again, an empty passphrase keeps the one set.
    toInput: (v) => ({
      ...(v.deviceName !== (status.deviceName ?? '') ? { deviceName: v.deviceName } : {}),
      ...(v.passphrase ? { passphrase: v.passphrase } : {}),
      ...(v.folder !== (status.folder ?? '') ? { folder: v.folder } : {}),
    }),
    fieldLabels: LABELS,
    flash: () => t('sync.settingsSaved'),
    onSaved: () => {
      form.form.setFieldValue('passphrase', '');
      setGenerated(null);
      setShown(false);
    },
  });

  function generate() {
    const passphrase = generatePassphrase();
    form.form.setFieldValue('passphrase', passphrase);
    setGenerated(passphrase);
    setShown(true);
  }

  return (
    <form onSubmit={form.onSubmit} noValidate>
      <Stack>
        <TextInput {...form.field('deviceName')} description={t('sync.deviceNameHelp')} w={420} />
        <Group align="flex-end" gap="xs">
          <PasswordInput
            {...form.field('passphrase')}
            description={t('sync.passphraseHelp')}
            autoComplete="new-password"
            visible={isShown}
            onVisibilityChange={setShown}
            w={420}
          />
          <Button variant="default" onClick={generate} data-testid="generate-passphrase">
            {t('sync.generatePassphrase')}
          </Button>
        </Group>
        {generated !== null && form.form.values.passphrase === generated && (
          <Alert color="blue" title={t('sync.generatedTitle')} data-testid="generated-passphrase" w={520}>
            <Code fz="lg" data-testid="generated-passphrase-value">
              {generated}
            </Code>
            <Text size="sm" mt="xs">
              {t('sync.generatedNote')}
            </Text>
          </Alert>
        )}
        <Text size="sm" c={status.hasPassphrase ? 'teal' : 'orange'} mt={-8} data-testid="passphrase-state">
          {status.hasPassphrase ? t('sync.passphraseSet') : t('sync.passphraseUnset')}
        </Text>
        <TextInput {...form.field('folder')} description={t('sync.folderHelp')} w={520} />
        <ErrorAlert error={form.error} />
        <Group>
          <Button type="submit" loading={form.isSaving}>
            {t('sync.saveSettings')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Change files out (for a PC, or everything for a new one) and in, and the shared folder now. */
function Exchange({ status }: { status: SyncStatus }) {
  const { t } = useTranslation();
  const [target, setTarget] = useState(NEW_DEVICE);
  const exporting = useChannelMutation('sync:export');
  const importing = useChannelMutation('sync:import');
  const folder = useChannelMutation('sync:folder');
  // The file input forgets the file it gave, so the same file can be chosen again.
  const resetFile = useRef<() => void>(null);
  // The picked change file could not be read from disk (moved, deleted, locked).
  const [isUnread, setUnread] = useState(false);
  const errors = [useMutationError(exporting, LABELS), useMutationError(importing, LABELS), useMutationError(folder, LABELS)];
  const error = isUnread ? { summary: t('errors.fileNotRead'), fields: {} } : (errors.find((e) => e !== null) ?? null);

  // One action at a time is what the person looks at: its failure, not an older one's.
  function starting(current: { reset(): void }) {
    setUnread(false);
    for (const m of [exporting, importing, folder]) if (m !== current) m.reset();
  }

  function exportChanges() {
    starting(exporting);
    void exporting.run(
      { peerId: target === NEW_DEVICE ? null : target },
      {
        onSuccess: (file) => {
          saveFile(file);
          flash(t('sync.exported', { file: file.fileName }));
        },
      },
    );
  }

  // A change file brings another PC's years, hosts, lists and conflicts: every screen reads afresh.
  async function importChanges(file: File | null) {
    resetFile.current?.();
    if (!file) return;
    starting(importing);
    importing.reset();
    const dataBase64 = await toBase64(file).catch(() => null);
    if (dataBase64 === null) {
      setUnread(true);
      return;
    }
    void importing.run(
      { fileName: file.name, dataBase64 },
      {
        onSuccess: (r) =>
          flash(t('sync.imported', { from: r.fromName ?? t('sync.unnamedDevice'), applied: r.applied, conflicts: r.conflicts })),
      },
    );
  }

  function syncFolder() {
    starting(folder);
    void folder.run({}, { onSuccess: (r) => flash(t('sync.folderDone', { count: r.read.filter((file) => file.result).length })) });
  }

  const unread = (folder.data?.read ?? []).filter((r) => r.error);

  return (
    <Stack>
      <Group align="flex-end">
        <NativeSelect
          label={t('sync.exportTarget')}
          value={target}
          onChange={(e) => setTarget(e.currentTarget.value)}
          data={[
            { value: NEW_DEVICE, label: t('sync.exportNew') },
            ...status.peers.map((p) => ({ value: p.deviceId, label: p.name ?? t('sync.unnamedDevice') })),
          ]}
          w={260}
        />
        <Button variant="default" onClick={exportChanges} loading={exporting.isPending}>
          {t('sync.exportButton')}
        </Button>
        <FileButton onChange={(f) => void importChanges(f)} accept=".kkhsync" resetRef={resetFile}>
          {(props) => (
            <Button variant="default" loading={importing.isPending} {...props}>
              {t('sync.importButton')}
            </Button>
          )}
        </FileButton>
        <Button variant="default" disabled={!status.folder} onClick={syncFolder} loading={folder.isPending}>
          {t('sync.folderButton')}
        </Button>
      </Group>
      <ErrorAlert error={error} />
      {unread.map((r) => (
        <Text key={r.file} c="red" size="sm" role="alert">
          {t('sync.folderFailed', { file: r.file, reason: t(`errors.code.${r.error}`) })}
        </Text>
      ))}
    </Stack>
  );
}

function Peers({ status }: { status: SyncStatus }) {
  const { t } = useTranslation();
  const language = useSettings((s) => s.language);
  if (status.peers.length === 0) return <Text c="dimmed">{t('sync.noPeers')}</Text>;
  return (
    <Table data-testid="peer-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('sync.peerName')}</Table.Th>
          <Table.Th>{t('sync.peerBundleAt')}</Table.Th>
          <Table.Th>{t('sync.peerImportedAt')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {status.peers.map((p) => (
          <Table.Tr key={p.deviceId}>
            <Table.Td>{p.name ?? t('sync.unnamedDevice')}</Table.Td>
            <Table.Td>{formatDateTime(p.bundleAt, language)}</Table.Td>
            <Table.Td>{formatDateTime(p.importedAt, language)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/**
 * Sync with the office's other PCs: this PC's name, the shared passphrase and folder; change
 * files out and in; the PCs heard from. What a sync brings makes every screen read afresh.
 */
export function SyncSection() {
  const { t } = useTranslation();
  const status = useSyncStatus();

  return (
    <Stack data-testid="sync-section">
      <Title order={4}>{t('sync.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('sync.help')}
      </Text>
      <QueryState query={status}>
        {(current) => (
          <>
            <SyncSettingsForm status={current} />
            <Exchange status={current} />
            <Title order={5}>{t('sync.peersTitle')}</Title>
            <Peers status={current} />
          </>
        )}
      </QueryState>
    </Stack>
  );
}
