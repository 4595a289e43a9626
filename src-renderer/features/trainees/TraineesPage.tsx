import { Button, Checkbox, Group, Menu, NativeSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hostLabel } from '@shared/contract/names';
import { TRAINEE_COLUMNS } from '@shared/contract/settings';
import { TRAINEE_STATUSES, TRAINEE_WARNINGS, type TraineeSummary } from '@shared/contract/trainees';
import { useApi } from '../../api';
import { useNavigation } from '../../app/navigation.store';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ExportMenu } from '../../components/ExportMenu';
import { translateError, type TranslatedError } from '../../i18n/errors';
import { useCountryOptions } from '../countries';
import { trainingFieldLabel, useMasters } from '../master-labels';
import { useSettings } from '../settings/settings.store';
import { useYears } from '../years/years.store';
import { ImportModal } from '../../components/ImportModal';
import { TraineeTable } from './TraineeTable';
import { NO_FILTERS, useTraineeFilters, type TraineeFilters } from './trainee-filters.store';

const ALL = '';

export function TraineesPage() {
  const { t } = useTranslation();
  const api = useApi();
  const { language, traineeColumns, setTraineeColumns } = useSettings();
  const { years, selectedYearId, select } = useYears();
  const { trainingFields, hosts } = useMasters();
  const navigate = useNavigation((s) => s.navigate);
  const countryOptions = useCountryOptions(language);
  const filters = useTraineeFilters();
  const [debouncedQuery] = useDebouncedValue(filters.query, 150);
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
        status: filters.status || null,
        trainingFieldId: filters.trainingFieldId || null,
        hostId: filters.hostId || null,
        warning: filters.warning || null,
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
  }, [api, selectedYearId, debouncedQuery, filters.country, filters.status, filters.trainingFieldId, filters.hostId, filters.warning, t, version]);

  const all = { value: ALL, label: t('trainee.all') };
  const setFilter = (key: keyof TraineeFilters) => (e: { currentTarget: { value: string } }) => filters.set({ [key]: e.currentTarget.value });
  const isFiltered = (Object.keys(NO_FILTERS) as Array<keyof TraineeFilters>).some((key) => filters[key] !== NO_FILTERS[key]);
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
            value={filters.query}
            onChange={(e) => filters.set({ query: e.currentTarget.value })}
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
          <NativeSelect
            label={t('trainee.filterWarning')}
            value={filters.warning}
            onChange={setFilter('warning')}
            data={[all, ...TRAINEE_WARNINGS.map((w) => ({ value: w, label: t(`trainee.warningShort.${w}`) }))]}
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
          {isFiltered && (
            <Button variant="subtle" onClick={filters.clear}>
              {t('trainee.clearFilters')}
            </Button>
          )}
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
