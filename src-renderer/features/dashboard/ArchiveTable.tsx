import { Paper, ScrollArea, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Archive } from '@shared/contract/dashboard';
import { QueryState } from '../../data/QueryState';
import { useChannel } from '../../data/use-channel';
import { countryName } from '../countries';
import { useSettings } from '../settings/settings.store';

/**
 * Trainees by country and fiscal year since the first year, like CLAIR's published table: those who
 * came to Japan, counted in main by the statistics' rule.
 */
export function ArchiveTable() {
  const { t } = useTranslation();
  const archive = useChannel('dashboard:archive', {});

  return (
    <Paper withBorder p="md">
      <Title order={4}>{t('dashboard.archiveTitle')}</Title>
      <Text size="sm" c="dimmed" mb="sm" data-testid="archive-rule">
        {t('dashboard.archiveRule')}
      </Text>
      <QueryState query={archive}>
        {(counts) => (counts.rows.length === 0 ? <Text c="dimmed">{t('dashboard.archiveEmpty')}</Text> : <Counts archive={counts} />)}
      </QueryState>
    </Paper>
  );
}

/** The table itself: a row per country, a column per year, totals on both sides. */
function Counts({ archive }: { archive: Archive }) {
  const { t } = useTranslation();
  const language = useSettings((s) => s.language);
  return (
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
  );
}
