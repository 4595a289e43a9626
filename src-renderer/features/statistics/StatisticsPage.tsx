import { Button, Group, NativeSelect, Paper, ScrollArea, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Statistics } from '@shared/contract/statistics';
import { useNavigation } from '../../app/navigation.store';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ImportModal } from '../../components/ImportModal';
import { saveFile } from '../../components/ExportMenu';
import { QueryState } from '../../data/QueryState';
import { useYearList } from '../../data/lists';
import { useChannel, useChannelMutation } from '../../data/use-channel';
import { useMutationError } from '../../data/use-mutation-error';
import { statisticsPrintPath } from '../prints/statistics-path';
import { useSettings } from '../settings/settings.store';
import { headlineText, labelledTables, type LabelledTable } from './statistics-tables';

/** 受入実績: trainees who came, by country, host prefecture and field × fiscal year, on screen, to Excel and to print. */
export function StatisticsPage() {
  const { t } = useTranslation();
  const language = useSettings((s) => s.language);
  const navigate = useNavigation((s) => s.navigate);
  const years = useYearList();
  const [fromYear, setFromYear] = useState<number | null>(null);
  const [toYear, setToYear] = useState<number | null>(null);
  const [isImporting, setImporting] = useState(false);
  const range = { fromYear, toYear: toYear !== null && fromYear !== null && toYear < fromYear ? fromYear : toYear };
  const stats = useChannel('statistics:summary', range, { keepPrevious: true });
  const toExcel = useChannelMutation('statistics:export');
  const excelError = useMutationError(toExcel, 'statistics');
  const options = [{ value: '', label: t('statistics.allYears') }, ...[...(years.data ?? [])].sort((a, b) => a.fiscalYear - b.fiscalYear).map((y) => ({ value: String(y.fiscalYear), label: String(y.fiscalYear) }))];
  const pick = (set: (v: number | null) => void) => (e: React.ChangeEvent<HTMLSelectElement>) => set(e.currentTarget.value ? Number(e.currentTarget.value) : null);
  return (
    <Stack>
      <Title order={2}>{t('statistics.title')}</Title>
      <Group align="flex-end">
        <NativeSelect label={t('statistics.fromYear')} value={fromYear === null ? '' : String(fromYear)} onChange={pick(setFromYear)} data={options} data-testid="statistics-from" />
        <NativeSelect label={t('statistics.toYear')} value={range.toYear === null ? '' : String(range.toYear)} onChange={pick(setToYear)} data={options} data-testid="statistics-to" />
        <Button
          variant="default"
          loading={toExcel.isPending}
          onClick={() => void toExcel.run({ ...range, language }, { onSuccess: saveFile })}
          data-testid="statistics-export"
        >
          {t('statistics.export')}
        </Button>
        <Button variant="light" onClick={() => navigate(statisticsPrintPath({ ...range, language }))} data-testid="statistics-print">
          {t('statistics.print')}
        </Button>
        <Button variant="default" onClick={() => setImporting(true)} data-testid="archive-import-open">
          {t('archiveImport.button')}
        </Button>
      </Group>
      {isImporting && <ImportModal what="archive" opened onClose={() => setImporting(false)} />}
      <ErrorAlert error={excelError} />
      <QueryState query={stats}>{(s) => <StatisticsView stats={s} />}</QueryState>
    </Stack>
  );
}

function StatisticsView({ stats }: { stats: Statistics }) {
  const { t } = useTranslation();
  const language = useSettings((s) => s.language);
  return (
    <Stack>
      <Paper withBorder p="lg">
        <Title order={3} data-testid="statistics-headline">
          {headlineText(t, stats, language)}
        </Title>
        {stats.years.length > 0 && (
          <Text c="dimmed" size="sm" data-testid="statistics-range">
            {t('statistics.range', { from: stats.years[0], to: stats.years.at(-1) })}
          </Text>
        )}
        <Text size="sm" mt="xs" data-testid="statistics-rule">
          {t('statistics.countingRule', { withdrawn: stats.withdrawnCounted, notCounted: stats.notCounted })}
        </Text>
      </Paper>
      {stats.years.length === 0 ? (
        <Text c="dimmed">{t('statistics.empty')}</Text>
      ) : (
        labelledTables(stats, language, t('statistics.notRecorded')).map((table) => <CountTable key={table.id} table={table} years={stats.years} />)
      )}
    </Stack>
  );
}

function CountTable({ table, years }: { table: LabelledTable; years: number[] }) {
  const { t } = useTranslation();
  const headingId = `statistics-${table.id}-title`;
  return (
    <Paper withBorder p="md">
      <Title order={3} size="h4" id={headingId} mb="xs">
        {t(table.title)}
      </Title>
      <ScrollArea type="auto">
        <Table striped withColumnBorders aria-labelledby={headingId} data-testid={`statistics-${table.id}`} style={{ fontVariantNumeric: 'tabular-nums' }}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t(table.keyHeader)}</Table.Th>
              {years.map((y) => (
                <Table.Th scope="col" key={y} ta="right">
                  {y}
                </Table.Th>
              ))}
              <Table.Th scope="col" ta="right">
                {t('statistics.total')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {table.rows.map((r) => (
              <Table.Tr key={r.key || 'none'} data-testid="statistics-row">
                <Table.Th scope="row" style={{ whiteSpace: 'nowrap', fontWeight: 'normal' }}>
                  {r.label}
                </Table.Th>
                {r.counts.map((n, i) => (
                  <Table.Td key={years[i]} ta="right">
                    {n === 0 ? '' : n}
                  </Table.Td>
                ))}
                <Table.Td ta="right" fw={700}>
                  {r.total}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th scope="row">{t('statistics.total')}</Table.Th>
              {table.totals.map((n, i) => (
                <Table.Td key={years[i]} ta="right" fw={700}>
                  {n}
                </Table.Td>
              ))}
              <Table.Td ta="right" fw={700} data-testid={`statistics-${table.id}-total`}>
                {table.total}
              </Table.Td>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </ScrollArea>
    </Paper>
  );
}
