import { Button, Checkbox, Group, Menu, NativeSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hostLabel } from '@contract/names';
import { TRAINEE_COLUMNS } from '@contract/settings';
import { TRAINEE_STATUSES, type TraineeSummary } from '@contract/trainees';
import { useApi } from '../../api';
import { useNavigation } from '../../app/navigation.store';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ExportMenu } from '../../components/ExportMenu';
import { translateError, type TranslatedError } from '../../i18n/errors';
import { useCountryOptions } from '../countries';
import { trainingFieldLabel, useMasters } from '../masters.store';
import { useSettings } from '../settings/settings.store';
import { useYears } from '../years/years.store';
import { ImportModal } from '../../components/ImportModal';
import { TraineeTable } from './TraineeTable';

const ALL = '';

interface Filters {
  country: string;
  status: string;
  trainingFieldId: string;
  hostId: string;
}

export function TraineesPage() {
  const { t } = useTranslation();
  const api = useApi();
  const { language, traineeColumns, setTraineeColumns } = useSettings();
  const { years, selectedYearId, select } = useYears();
  const { trainingFields, hosts } = useMasters();
  const navigate = useNavigation((s) => s.navigate);
  const countryOptions = useCountryOptions(language);
  const [query, setQuery] = useState('');
  const [debouncedQuery] = useDebouncedValue(query, 150);
  const [filters, setFilters] = useState<Filters>({ country: ALL, status: ALL, trainingFieldId: ALL, hostId: ALL });
  const [trainees, setTrainees] = useState<TraineeSummary[] | null>(null);
  const [error, setError] = useState<TranslatedError | null>(null);
  const [isImporting, setImporting] = useState(false);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let isCurrent = true;
    void api
      .call('trainees:list', {
        yearId: selectedYearId || null,
        query: debouncedQuery || null,
        country: filters.country || null,
        status: (filters.status || null) as TraineeSummary['status'] | null,
        trainingFieldId: filters.trainingFieldId || null,
        hostId: filters.hostId || null,
      })
      .then((r) => {
        if (!isCurrent) return;
        if (r.ok) {
          setTrainees(r.value);
          setError(null);
        } else setError(translateError(t, r.error, 'trainee.field'));
      });
    return () => {
      isCurrent = false;
    };
  }, [api, selectedYearId, debouncedQuery, filters, t, version]);

  const all = { value: ALL, label: t('trainee.all') };
  const setFilter = (key: keyof Filters) => (e: { currentTarget: { value: string } }) => setFilters((f) => ({ ...f, [key]: e.currentTarget.value }));
  const columns = TRAINEE_COLUMNS.filter((c) => traineeColumns.includes(c));

  return (
    <Stack>
      <Group justify="space-between">
        <Group>
          <Title order={2}>{t('trainee.listTitle')}</Title>
          {trainees && (
            <Text c="dimmed" data-testid="trainee-count">
              {t('trainee.count', { count: trainees.length })}
            </Text>
          )}
        </Group>
        <Group>
          <Button variant="default" onClick={() => setImporting(true)} disabled={!years?.length}>
            {t('import.button')}
          </Button>
          <ExportMenu input={{ list: 'trainees', yearId: selectedYearId || null, columns }} />
          <Button variant="subtle" onClick={() => navigate('/trash')}>
            {t('trainee.trash')}
          </Button>
          <Button onClick={() => navigate('/trainees/new')} disabled={!years?.length}>
            {t('trainee.add')}
          </Button>
        </Group>
      </Group>
      <Paper withBorder p="sm">
        <Group align="flex-end" gap="sm">
          <TextInput
            label={t('trainee.search')}
            placeholder={t('trainee.searchPlaceholder')}
            value={query}
            onChange={(e) => setQuery(e.currentTarget.value)}
            type="search"
            w={300}
            data-autofocus
          />
          <NativeSelect
            label={t('year.select')}
            value={selectedYearId ?? ALL}
            onChange={(e) => select(e.currentTarget.value)}
            data={[{ value: ALL, label: t('trainee.allYears') }, ...(years ?? []).map((y) => ({ value: y.id, label: t('year.label', { year: y.fiscalYear }) }))]}
          />
          <NativeSelect label={t('trainee.filterCountry')} value={filters.country} onChange={setFilter('country')} data={[all, ...countryOptions]} w={160} />
          <NativeSelect
            label={t('trainee.filterStatus')}
            value={filters.status}
            onChange={setFilter('status')}
            data={[all, ...TRAINEE_STATUSES.map((s) => ({ value: s, label: t(`trainee.status.${s}`) }))]}
          />
          <NativeSelect
            label={t('trainee.filterField')}
            value={filters.trainingFieldId}
            onChange={setFilter('trainingFieldId')}
            data={[all, ...trainingFields.map((f) => ({ value: f.id, label: trainingFieldLabel(f, language) }))]}
            w={180}
          />
          <NativeSelect
            label={t('trainee.filterHost')}
            value={filters.hostId}
            onChange={setFilter('hostId')}
            data={[all, ...hosts.map((h) => ({ value: h.id, label: hostLabel(h, language) }))]}
            w={160}
          />
          <Menu closeOnItemClick={false} position="bottom-end">
            <Menu.Target>
              <Button variant="default">{t('trainee.columns')}</Button>
            </Menu.Target>
            <Menu.Dropdown>
              {TRAINEE_COLUMNS.map((column) => (
                <Menu.Item key={column}>
                  <Checkbox
                    label={t(`trainee.column.${column}`)}
                    checked={traineeColumns.includes(column)}
                    onChange={(e) =>
                      void setTraineeColumns(
                        api,
                        e.currentTarget.checked ? [...traineeColumns, column] : traineeColumns.filter((c) => c !== column),
                      )
                    }
                  />
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
        </Group>
      </Paper>
      <ErrorAlert error={error} />
      {!years?.length && (
        <Paper withBorder p="lg">
          <Text>{t('trainee.noYear')}</Text>
        </Paper>
      )}
      {trainees && years?.length ? <TraineeTable trainees={trainees} columns={columns} language={language} /> : null}
      {isImporting && (
        <ImportModal
          opened
          onClose={() => setImporting(false)}
          onImported={() => {
            setVersion((n) => n + 1);
            void useYears.getState().refresh(api);
          }}
        />
      )}
    </Stack>
  );
}
