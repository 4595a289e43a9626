import { Button, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DisposalRecord } from '@shared/contract/retention';
import { formatDateTime, formatFiscalYear } from '@shared/text/date-format';
import { useNavigation } from '../../app/navigation.store';
import { useSettings } from '../settings/settings.store';
import { disposalPrintPath } from './disposal-path';

/**
 * Disposal records (廃棄記録), newest first, each with its print: one year's on the year page,
 * every year's (with the year column) in Settings.
 */
export function DisposalRecordsTable({ records, withYear, emptyText }: { records: DisposalRecord[]; withYear: boolean; emptyText: string }) {
  const { t } = useTranslation();
  const language = useSettings((s) => s.language);
  const navigate = useNavigation((s) => s.navigate);
  if (records.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {emptyText}
      </Text>
    );
  }
  return (
    <Table>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('retention.records.carriedOutAt')}</Table.Th>
          {withYear && <Table.Th>{t('retention.records.year')}</Table.Th>}
          <Table.Th>{t('retention.records.people')}</Table.Th>
          <Table.Th>{t('retention.records.by')}</Table.Th>
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {records.map((record) => (
          <Table.Tr key={record.id} data-testid="disposal-record">
            <Table.Td>{formatDateTime(record.carriedOutAt, language)}</Table.Td>
            {withYear && <Table.Td>{formatFiscalYear(record.fiscalYear, language)}</Table.Td>}
            <Table.Td>{t('print.disposal.peopleValue', { count: record.traineeCount })}</Table.Td>
            <Table.Td>{record.carriedOutBy}</Table.Td>
            <Table.Td>
              <Button size="xs" variant="light" onClick={() => navigate(disposalPrintPath(record.id, language))}>
                {t('retention.records.print')}
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
