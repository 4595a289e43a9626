import { Button, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Backup } from '@shared/contract/backups';
import { useApi } from '../../api';
import { useFlash } from '../../app/flash.store';
import { ConfirmModal } from '../../components/ConfirmModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { translateError, type TranslatedError } from '../../i18n/errors';
import { formatDateTime } from '@shared/text/date-format';
import { useSettings } from './settings.store';

function size(bytes: number): string {
  return bytes >= 1_048_576 ? `${(bytes / 1_048_576).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** The backups of this PC's database: list, back up now, restore one, copy the database away. */
export function BackupsSection() {
  const { t } = useTranslation();
  const api = useApi();
  const language = useSettings((s) => s.language);
  const [backups, setBackups] = useState<Backup[]>([]);
  const [restoring, setRestoring] = useState<Backup | null>(null);
  const [target, setTarget] = useState('');
  const [error, setError] = useState<TranslatedError | null>(null);

  const load = useCallback(() => {
    void api.call('backups:list', {}).then((r) => r.ok && setBackups(r.value));
  }, [api]);
  useEffect(load, [load]);

  async function backupNow() {
    const result = await api.call('backups:create', {});
    if (!result.ok) return setError(translateError(t, result.error, 'settings.backupField'));
    setError(null);
    useFlash.getState().show(t('settings.backupMade'));
    load();
  }

  async function restore(backup: Backup) {
    setRestoring(null);
    const result = await api.call('backups:restore', { file: backup.file });
    if (!result.ok) return setError(translateError(t, result.error, 'settings.backupField'));
    // Every screen holds data of the old database: start over from the restored one.
    sessionStorage.setItem('kakehashi.flash', t('settings.restored', { time: formatDateTime(backup.createdAt, language) }));
    window.location.reload();
  }

  async function copy() {
    const result = await api.call('backups:copy-to', { path: target });
    if (!result.ok) return setError(translateError(t, result.error, 'settings.backupField'));
    setError(null);
    useFlash.getState().show(t('settings.copied', { path: result.value.path }));
  }

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={4}>{t('settings.backupsTitle')}</Title>
        <Button onClick={() => void backupNow()}>{t('settings.backupNow')}</Button>
      </Group>
      <Text size="sm" c="dimmed">
        {t('settings.backupsHelp')}
      </Text>
      {backups.length === 0 ? (
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
            {backups.map((b) => (
              <Table.Tr key={b.file} data-testid="backup-row">
                <Table.Td>{formatDateTime(b.createdAt, language)}</Table.Td>
                <Table.Td>{t(`settings.backupReason.${b.reason}`)}</Table.Td>
                <Table.Td ta="right">{size(b.sizeBytes)}</Table.Td>
                <Table.Td>
                  <Button size="compact-xs" variant="light" onClick={() => setRestoring(b)}>
                    {t('settings.restore')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Group align="flex-end">
        <TextInput
          label={t('settings.copyTitle')}
          placeholder={t('settings.copyPath')}
          value={target}
          onChange={(e) => setTarget(e.currentTarget.value)}
          error={error?.fields.path}
          w={520}
        />
        <Button variant="default" onClick={() => void copy()}>
          {t('settings.copy')}
        </Button>
      </Group>
      <ErrorAlert error={error && !error.fields.path ? error : null} />
      <ConfirmModal
        opened={restoring !== null}
        title={restoring ? t('settings.restoreTitle', { time: formatDateTime(restoring.createdAt, language) }) : ''}
        body={t('settings.restoreBody')}
        confirmLabel={t('settings.restore')}
        cancelLabel={t('common.cancel')}
        danger
        onConfirm={() => restoring && void restore(restoring)}
        onCancel={() => setRestoring(null)}
      />
    </Stack>
  );
}
