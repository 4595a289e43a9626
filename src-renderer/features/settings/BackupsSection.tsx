import { Alert, Button, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Backup } from '@shared/contract/backups';
import { formatDateTime } from '@shared/text/date-format';
import { useConfirmStore } from '../../app/confirm.store';
import { useFlash } from '../../app/flash.store';
import { ErrorAlert } from '../../components/ErrorAlert';
import { QueryError, QueryState } from '../../data/QueryState';
import { useChannel, useChannelMutation } from '../../data/use-channel';
import { useContractForm } from '../../data/use-contract-form';
import { useMutationError } from '../../data/use-mutation-error';
import { useSettings } from './settings.store';

const LABELS = 'settings.backupField';

function size(bytes: number): string {
  return bytes >= 1_048_576 ? `${(bytes / 1_048_576).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** A consistent copy of the database at a path the person types, to move it to another PC. */
function CopyDatabase() {
  const { t } = useTranslation();
  const [transferCode, setTransferCode] = useState<string | null>(null);
  const form = useContractForm('backups:copy-to', {
    initialValues: { path: '' },
    toInput: (values) => values,
    fieldLabels: LABELS,
    flash: (copied) => t('settings.copied', { path: copied.path }),
    onSaved: (copied) => setTransferCode(copied.transferCode),
  });
  return (
    <form onSubmit={form.onSubmit} noValidate>
      <Stack gap="xs">
        <Group align="flex-end">
          <TextInput {...form.field('path')} label={t('settings.copyTitle')} placeholder={t('settings.copyPath')} w={520} />
          <Button type="submit" variant="default" loading={form.isSaving}>
            {t('settings.copy')}
          </Button>
        </Group>
        <ErrorAlert error={form.error} />
        {transferCode && (
          <Alert color="blue" title={t('settings.transferCodeTitle')} data-testid="transfer-code">
            <Text ff="monospace" size="lg" fw={700} lang="en">
              {transferCode}
            </Text>
            <Text size="sm">{t('settings.transferCodeBody')}</Text>
          </Alert>
        )}
      </Stack>
    </form>
  );
}

/** Where this PC keeps the database key (the database and its backups are encrypted under it). */
function KeyStorage() {
  const { t } = useTranslation();
  const vault = useChannel('vault:status', {});
  return (
    <QueryState query={vault}>
      {({ keyStorage }) => (
        <Text size="sm" data-testid="key-storage">
          {t('settings.keyStorageLine', {
            where: ['safeStorage', 'KAKEHASHI_DB_KEY', 'memory'].includes(keyStorage)
              ? t(`settings.keyStorageValue.${keyStorage}`)
              : t('settings.keyStorageFile', { path: keyStorage }),
          })}
        </Text>
      )}
    </QueryState>
  );
}

/**
 * Backups an erasure could not rewrite (they could not be opened): they may still hold what was
 * erased. Or, with none named, an erasure whose vacuum or rewrite is still to be done.
 */
function ErasureBackupsFailed() {
  const { t } = useTranslation();
  const status = useChannel('erasure:status', {});
  if (status.isError) return <QueryError error={status.error} onRetry={() => void status.refetch()} />;
  const failed = status.data?.failedBackups ?? [];
  if (failed.length === 0 && (status.data?.pending ?? 0) > 0) {
    return (
      <Alert color="yellow" title={t('erasure.pendingTitle')} data-testid="erasure-pending">
        <Text size="sm">{t('erasure.pendingBody')}</Text>
      </Alert>
    );
  }
  if (failed.length === 0) return null;
  return (
    <Alert color="red" title={t('erasure.backupsFailedTitle')} data-testid="erasure-backups-failed">
      <Text size="sm">{t('erasure.backupsFailedBody')}</Text>
      {failed.map((file) => (
        <Text key={file} size="sm" ff="monospace" lang="en">
          {file}
        </Text>
      ))}
    </Alert>
  );
}

/** The backups of this PC's database: list, back up now, restore one (after asking), copy the database away. */
export function BackupsSection() {
  const { t } = useTranslation();
  const language = useSettings((s) => s.language);
  const backups = useChannel('backups:list', {});
  const create = useChannelMutation('backups:create');
  const restore = useChannelMutation('backups:restore');
  const ask = useConfirmStore((s) => s.ask);
  const createError = useMutationError(create, LABELS);
  const restoreError = useMutationError(restore, LABELS);

  function backupNow() {
    restore.reset();
    void create.run({}, { onSuccess: () => useFlash.getState().show(t('settings.backupMade')) });
  }

  // Every screen reads the restored database afresh (a restore makes everything stale).
  async function restoreBackup(backup: Backup) {
    const time = formatDateTime(backup.createdAt, language);
    const isSure = await ask({
      title: t('settings.restoreTitle', { time }),
      body: t('settings.restoreBody'),
      confirmLabel: t('settings.restore'),
      cancelLabel: t('common.cancel'),
      danger: true,
    });
    if (!isSure) return;
    create.reset();
    void restore.run(
      { file: backup.file },
      { onSuccess: () => useFlash.getState().show(t('settings.restored', { time })) },
    );
  }

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={4}>{t('settings.backupsTitle')}</Title>
        <Button onClick={backupNow} loading={create.isPending}>
          {t('settings.backupNow')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed">
        {t('settings.backupsHelp')}
      </Text>
      <KeyStorage />
      <ErasureBackupsFailed />
      <ErrorAlert error={createError ?? restoreError} />
      <QueryState query={backups}>
        {(list) =>
          list.length === 0 ? (
            <Text c="dimmed">{t('settings.noBackups')}</Text>
          ) : (
            <Table data-testid="backup-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('settings.backupTime')}</Table.Th>
                  <Table.Th>{t('settings.backupKind')}</Table.Th>
                  <Table.Th ta="right">{t('settings.backupSize')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((b) => (
                  <Table.Tr key={b.file} data-testid="backup-row">
                    <Table.Td>{formatDateTime(b.createdAt, language)}</Table.Td>
                    <Table.Td>{t(`settings.backupReason.${b.reason}`)}</Table.Td>
                    <Table.Td ta="right">{size(b.sizeBytes)}</Table.Td>
                    <Table.Td>
                      <Button size="compact-xs" variant="light" onClick={() => void restoreBackup(b)} loading={restore.isPending && restore.variables?.file === b.file}>
                        {t('settings.restore')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )
        }
      </QueryState>
      <CopyDatabase />
    </Stack>
  );
}
