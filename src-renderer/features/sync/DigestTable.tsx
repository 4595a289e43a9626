import { Button, Center, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../data/QueryState';
import { useChannel } from '../../data/use-channel';

/**
 * A fingerprint of every shared table: the same on PCs that have exchanged all their changes.
 * Computed when asked (it reads every row), then again after each change while shown; an
 * older value is never shown while the new one is computed, as people compare it across PCs.
 */
export function DigestTable() {
  const { t } = useTranslation();
  const [isAsked, setAsked] = useState(false);
  const digest = useChannel('sync:digest', isAsked ? {} : null);

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={4}>{t('sync.digestTitle')}</Title>
        <Button variant="default" loading={digest.isFetching} onClick={() => (isAsked ? void digest.refetch() : setAsked(true))}>
          {t('sync.digestButton')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed">
        {t('sync.digestHelp')}
      </Text>
      {isAsked && digest.isFetching && (
        <Center p="md">
          <Loader size="sm" aria-label={t('common.loading')} />
        </Center>
      )}
      {isAsked && !digest.isFetching && (
        <QueryState query={digest}>
          {(d) => (
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
                    {d.digest}
                  </Table.Td>
                </Table.Tr>
                {d.tables.map((row) => (
                  <Table.Tr key={row.table}>
                    <Table.Td>{t(`sync.table.${row.table}`)}</Table.Td>
                    <Table.Td ta="right">{row.rows}</Table.Td>
                    <Table.Td ff="monospace">{row.digest}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </QueryState>
      )}
    </Stack>
  );
}
