import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Digest } from '@shared/contract/sync';
import { useApi } from '../../api';

/** A fingerprint of every shared table: the same on PCs that have exchanged all their changes. */
export function DigestTable() {
  const { t } = useTranslation();
  const api = useApi();
  const [digest, setDigest] = useState<Digest | null>(null);

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={4}>{t('sync.digestTitle')}</Title>
        <Button variant="default" onClick={() => void api.call('sync:digest', {}).then((r) => r.ok && setDigest(r.value))}>
          {t('sync.digestButton')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed">
        {t('sync.digestHelp')}
      </Text>
      {digest && (
        <Table data-testid="digest-table" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('sync.digestTable')}</Table.Th>
              <Table.Th ta="right">{t('sync.digestRows')}</Table.Th>
              <Table.Th>{t('sync.digestValue')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            <Table.Tr data-testid="digest-all">
              <Table.Th>{t('sync.digestAll')}</Table.Th>
              <Table.Td />
              <Table.Td ff="monospace" fw={700}>
                {digest.digest}
              </Table.Td>
            </Table.Tr>
            {digest.tables.map((row) => (
              <Table.Tr key={row.table}>
                <Table.Td>{t(`sync.table.${row.table}`)}</Table.Td>
                <Table.Td ta="right">{row.rows}</Table.Td>
                <Table.Td ff="monospace">{row.digest}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
