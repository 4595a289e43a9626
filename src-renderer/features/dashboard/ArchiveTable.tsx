import { Paper, ScrollArea, Table, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Archive } from '@shared/contract/dashboard';
import { useApi } from '../../api';
import { countryName } from '../countries';
import { useSettings } from '../settings/settings.store';
import { useYears } from '../years/years.store';

/** Trainees by country and fiscal year since the first year, like CLAIR's published table. */
export function ArchiveTable() {
  const { t } = useTranslation();
  const api = useApi();
  const language = useSettings((s) => s.language);
  const years = useYears((s) => s.years);
  const [archive, setArchive] = useState<Archive | null>(null);

  useEffect(() => {
    void api.call('dashboard:archive', {}).then((r) => r.ok && setArchive(r.value));
  }, [api, years]);

  return (
    <Paper withBorder p="md">
      <Title order={4} mb="sm">
        {t('dashboard.archiveTitle')}
      </Title>
      {!archive || archive.rows.length === 0 ? (
        <Text c="dimmed">{t('dashboard.archiveEmpty')}</Text>
      ) : (
        <ScrollArea>
          <Table withTableBorder withColumnBorders striped data-testid="archive-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th />
                {archive.years.map((y) => (
                  <Table.Th key={y} ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {t('year.label', { year: y })}
                  </Table.Th>
                ))}
                <Table.Th ta="right">{t('dashboard.archiveTotal')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {archive.rows.map((row) => (
                <Table.Tr key={row.country}>
                  <Table.Th style={{ whiteSpace: 'nowrap' }}>{countryName(row.country, language)}</Table.Th>
                  {row.counts.map((n, i) => (
                    <Table.Td key={archive.years[i]} ta="right">
                      {n || ''}
                    </Table.Td>
                  ))}
                  <Table.Td ta="right" fw={700}>
                    {row.total}
                  </Table.Td>
                </Table.Tr>
              ))}
              <Table.Tr>
                <Table.Th>{t('dashboard.archiveTotal')}</Table.Th>
                {archive.totals.map((n, i) => (
                  <Table.Td key={archive.years[i]} ta="right" fw={700}>
                    {n}
                  </Table.Td>
                ))}
                <Table.Td ta="right" fw={700}>
                  {archive.total}
                </Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
        </ScrollArea>
      )}
    </Paper>
  );
}
