import { Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ExportRecord } from '@shared/contract/privacy';
import { formatDateTime } from '@shared/text/date-format';
import { QueryState } from '../../data/QueryState';
import { useChannel } from '../../data/use-channel';
import { useSettings } from './settings.store';

/** Each list by the name its screen (and its file) has. */
const LIST_LABELS: Record<ExportRecord['list'], string> = {
  year: 'export.record.list.year',
  copy: 'export.record.list.copy',
  trainees: 'nav.trainees',
  hosts: 'nav.hosts',
  survey: 'host.surveyTab',
  assignments: 'nav.assignments',
  flights: 'arrivals.tab.flights',
  pickup: 'arrivals.tab.groups',
  rooming: 'stay.tab.rooming',
  schedule: 'event.tab.schedule',
  alumni: 'nav.alumni',
};

/** Every export that included 個人識別符号 in full, on any PC: when, who, which list, which columns, how many people; newest first. */
export function ExportRecordSection() {
  const { t } = useTranslation();
  const language = useSettings((s) => s.language);
  const records = useChannel('privacy:export-records', {});

  function listName(r: ExportRecord): string {
    const list = t(LIST_LABELS[r.list]);
    return r.fiscalYear ? `${t('year.label', { year: r.fiscalYear })} ${list}` : list;
  }

  return (
    <Stack gap="xs">
      <Title order={4}>{t('settings.exportRecord.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('settings.exportRecord.help')}
      </Text>
      <QueryState query={records}>
        {(list) =>
          list.length === 0 ? (
            <Text size="sm">{t('settings.exportRecord.none')}</Text>
          ) : (
            <Table data-testid="export-record">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('settings.exportRecord.when')}</Table.Th>
                  <Table.Th>{t('settings.exportRecord.who')}</Table.Th>
                  <Table.Th>{t('settings.exportRecord.list')}</Table.Th>
                  <Table.Th>{t('settings.exportRecord.columns')}</Table.Th>
                  <Table.Th>{t('settings.exportRecord.people')}</Table.Th>
                  <Table.Th>{t('settings.exportRecord.file')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((r) => (
                  <Table.Tr key={r.id} data-testid="export-record-row">
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(r.exportedAt, language)}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{r.author ?? t('settings.exportRecord.unknownAuthor')}</Table.Td>
                    <Table.Td>{listName(r)}</Table.Td>
                    <Table.Td>{r.columns.map((c) => t(`trainee.field.${c}`)).join(t('common.listSeparator'))}</Table.Td>
                    <Table.Td>{t('settings.exportRecord.peopleCount', { count: r.people })}</Table.Td>
                    <Table.Td style={{ wordBreak: 'break-all' }}>{r.fileName}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )
        }
      </QueryState>
    </Stack>
  );
}
