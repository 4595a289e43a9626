import { Anchor, Button, Checkbox, Group, NativeSelect, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AlumnusRow } from '@shared/contract/alumni';
import { hostLabel, hostNameIn, latinName, nativeName, sendingGovernmentLabel, trainingFieldLabel } from '@shared/contract/names';
import { formatDate } from '@shared/text/date-format';
import { useFlash } from '../../app/flash.store';
import { useNavigation } from '../../app/navigation.store';
import { ErrorAlert } from '../../components/ErrorAlert';
import { saveFile } from '../../components/ExportMenu';
import { QueryError, QueryState } from '../../data/QueryState';
import { useHostList, useSendingGovernments, useTrainingFields, useYearList } from '../../data/lists';
import { useChannel, useChannelMutation } from '../../data/use-channel';
import { useMutationError } from '../../data/use-mutation-error';
import { countryName, useCountryOptions } from '../countries';
import { alumniPrintPath } from '../prints/alumni-path';
import { Native } from '../prints/SheetFrame';
import { useSettings } from '../settings/settings.store';

interface Filter {
  query: string;
  hostId: string;
  sendingGovernmentId: string;
  country: string;
  yearId: string;
  trainingFieldId: string;
}

type ListInput = { [K in keyof Filter]: string | null };

const NO_FILTER: Filter = { query: '', hostId: '', sendingGovernmentId: '', country: '', yearId: '', trainingFieldId: '' };

/** Former trainees of every year, by host, sending government, country, year and field; to Excel for a delegation; the year's booklet. */
export function AlumniPage() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<Filter>(NO_FILTER);
  const [query] = useDebouncedValue(filter.query, 200);
  const input = useMemo<ListInput>(
    () => ({
      query: query || null, hostId: filter.hostId || null, sendingGovernmentId: filter.sendingGovernmentId || null, country: filter.country || null,
      yearId: filter.yearId || null, trainingFieldId: filter.trainingFieldId || null,
    }),
    [filter, query],
  );
  const alumni = useChannel('alumni:list', input, { keepPrevious: true });
  return (
    <Stack>
      <Title order={2}>{t('alumni.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('alumni.intro')}
      </Text>
      <Filters filter={filter} onChange={setFilter} />
      <ExportBar input={input} />
      <QueryState query={alumni}>{(rows) => <AlumniTable rows={rows} />}</QueryState>
      <Booklet />
    </Stack>
  );
}


function Filters({ filter, onChange }: { filter: Filter; onChange(f: Filter): void }) {
  const { t } = useTranslation();
  const language = useSettings((s) => s.language);
  const hosts = useHostList();
  const governments = useSendingGovernments();
  const fields = useTrainingFields();
  const years = useYearList();
  const countries = useCountryOptions(language);
  const all = { value: '', label: t('alumni.filter.all') };
  const failed = [hosts, governments, fields, years].find((q) => q.error);
  const set = (key: keyof Filter) => (e: { currentTarget: { value: string } }) => onChange({ ...filter, [key]: e.currentTarget.value });
  return (
    <Stack gap="xs">
      {failed?.error && <QueryError error={failed.error} onRetry={() => void failed.refetch()} />}
      <Group align="flex-end" wrap="wrap" gap="sm">
        <TextInput label={t('alumni.filter.query')} value={filter.query} onChange={set('query')} w={200} data-testid="alumni-filter-query" />
        <NativeSelect
          label={t('alumni.filter.host')}
          value={filter.hostId}
          onChange={set('hostId')}
          data={[all, ...(hosts.data ?? []).map((h) => ({ value: h.id, label: hostLabel(h, language) }))]}
          data-testid="alumni-filter-host"
        />
        <NativeSelect
          label={t('alumni.filter.sendingGovernment')}
          value={filter.sendingGovernmentId}
          onChange={set('sendingGovernmentId')}
          data={[all, ...(governments.data ?? []).map((g) => ({ value: g.id, label: sendingGovernmentLabel(g, language) }))]}
          data-testid="alumni-filter-sending"
        />
        <NativeSelect label={t('alumni.filter.country')} value={filter.country} onChange={set('country')} data={[all, ...countries]} data-testid="alumni-filter-country" />
        <NativeSelect
          label={t('alumni.filter.year')}
          value={filter.yearId}
          onChange={set('yearId')}
          data={[all, ...(years.data ?? []).map((y) => ({ value: y.id, label: t('year.label', { year: y.fiscalYear }) }))]}
          data-testid="alumni-filter-year"
        />
        <NativeSelect
          label={t('alumni.filter.field')}
          value={filter.trainingFieldId}
          onChange={set('trainingFieldId')}
          data={[all, ...(fields.data ?? []).map((f) => ({ value: f.id, label: trainingFieldLabel(f, language) }))]}
          data-testid="alumni-filter-field"
        />
      </Group>
    </Stack>
  );
}

function ExportBar({ input }: { input: ListInput }) {
  const { t } = useTranslation();
  const language = useSettings((s) => s.language);
  const [includeContacts, setIncludeContacts] = useState(false);
  const toExcel = useChannelMutation('alumni:export');
  const error = useMutationError(toExcel, 'alumni.filter');
  return (
    <Stack gap={4}>
      <Group gap="md">
        <Button
          variant="default"
          loading={toExcel.isPending}
          data-testid="alumni-export"
          onClick={() =>
            void toExcel.run(
              { ...input, language, includeContacts },
              {
                onSuccess: (file) => {
                  saveFile(file);
                  useFlash.getState().show(t('export.done', { file: file.fileName }));
                },
              },
            )
          }
        >
          {t('alumni.toExcel')}
        </Button>
        <Checkbox
          label={t('alumni.includeContacts')}
          description={t('alumni.includeContactsHelp')}
          checked={includeContacts}
          onChange={(e) => setIncludeContacts(e.currentTarget.checked)}
          data-testid="alumni-include-contacts"
        />
      </Group>
      <ErrorAlert error={error} />
    </Stack>
  );
}

function AlumniTable({ rows }: { rows: AlumnusRow[] }) {
  const { t } = useTranslation();
  const language = useSettings((s) => s.language);
  const navigate = useNavigation((s) => s.navigate);
  if (rows.length === 0) return <Text c="dimmed">{t('alumni.empty')}</Text>;
  return (
    <Stack gap="xs">
      <Text size="sm" data-testid="alumni-count">
        {t('alumni.count', { count: rows.length })}
      </Text>
      <Table.ScrollContainer minWidth={900}>
        <Table striped data-testid="alumni-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('alumni.column.name')}</Table.Th>
              <Table.Th>{t('alumni.column.country')}</Table.Th>
              <Table.Th>{t('alumni.column.sendingGovernment')}</Table.Th>
              <Table.Th>{t('alumni.column.host')}</Table.Th>
              <Table.Th>{t('alumni.column.year')}</Table.Th>
              <Table.Th>{t('alumni.column.field')}</Table.Th>
              <Table.Th>{t('alumni.column.career')}</Table.Th>
              <Table.Th>{t('alumni.column.contact')}</Table.Th>
              <Table.Th>{t('alumni.column.lastContact')}</Table.Th>
              <Table.Th>{t('alumni.column.reports')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map(({ trainee, career, contact, reportCount }) => (
              <Table.Tr key={trainee.id} data-testid="alumni-row">
                <Table.Td>
                  <Anchor component="button" type="button" onClick={() => navigate(`/trainees/${trainee.id}`)}>
                    <Native name={nativeName(trainee)} lang={trainee.nameLang} />
                  </Anchor>
                  {latinName(trainee) !== nativeName(trainee) && (
                    <Text size="xs" c="dimmed">
                      {latinName(trainee)}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{countryName(trainee.nationality, language)}</Table.Td>
                <Table.Td>{trainee.sendingGovernment ? sendingGovernmentLabel(trainee.sendingGovernment, language) : ''}</Table.Td>
                <Table.Td>{hostNameIn(trainee, language) ?? ''}</Table.Td>
                <Table.Td>{t('year.label', { year: trainee.fiscalYear })}</Table.Td>
                <Table.Td>{trainee.trainingField ? trainingFieldLabel(trainee.trainingField, language) : ''}</Table.Td>
                <Table.Td>{career ? [career.position, career.organisation].join(t('alumni.sep')) : ''}</Table.Td>
                <Table.Td data-testid="alumni-row-contact">
                  {contact.consentOn ? (
                    [contact.email, contact.phone].filter(Boolean).join(t('alumni.sep'))
                  ) : (
                    <Text size="xs" c="dimmed" component="span">
                      {t('alumni.noConsent')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(contact.lastContactOn, language)}</Table.Td>
                <Table.Td>{reportCount > 0 ? t('alumni.reportCount', { count: reportCount }) : ''}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

/** The yearly booklet of trainee reports: cover, contents, one page per report in host order. */
function Booklet() {
  const { t } = useTranslation();
  const language = useSettings((s) => s.language);
  const navigate = useNavigation((s) => s.navigate);
  const years = useYearList();
  const [fiscalYear, setFiscalYear] = useState('');
  const chosen = fiscalYear || String(years.data?.[0]?.fiscalYear ?? '');
  return (
    <Paper withBorder p="md">
      <Title order={3} size="h4" mb="sm">
        {t('alumni.booklet.title')}
      </Title>
      <Group align="flex-end">
        <NativeSelect
          label={t('alumni.booklet.year')}
          value={chosen}
          onChange={(e) => setFiscalYear(e.currentTarget.value)}
          data={(years.data ?? []).map((y) => ({ value: String(y.fiscalYear), label: t('year.label', { year: y.fiscalYear }) }))}
          data-testid="alumni-booklet-year"
        />
        <Button variant="default" disabled={!chosen} onClick={() => navigate(alumniPrintPath({ kind: 'booklet', fiscalYear: Number(chosen), language }))} data-testid="alumni-booklet-print">
          {t('alumni.booklet.print')}
        </Button>
      </Group>
    </Paper>
  );
}
