import { Button, Center, Checkbox, Group, Loader, Menu, NativeSelect, Paper, Stack, Switch, Text, TextInput, Title, Tooltip } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelInput } from '@shared/contract/channels';
import { hostLabel, trainingFieldLabel } from '@shared/contract/names';
import { TRAINEE_COLUMNS, type Language, type TraineeColumn } from '@shared/contract/settings';
import { TRAINEE_STATUSES, TRAINEE_WARNINGS, type TraineeRow, type TraineeSort } from '@shared/contract/trainees';
import { useNavigation } from '../../app/navigation.store';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ExportMenu } from '../../components/ExportMenu';
import { ImportModal } from '../../components/ImportModal';
import { useSelectedYearId } from '../../components/YearSelect';
import { useHostList, useTrainingFields, useYearList } from '../../data/lists';
import { QueryError } from '../../data/QueryState';
import { useChannel, useChannelMutation } from '../../data/use-channel';
import { useMutationError } from '../../data/use-mutation-error';
import { useCountryOptions } from '../countries';
import { useSettings } from '../settings/settings.store';
import { useYearSelection } from '../years/years.store';
import { VirtualTraineeTable } from './TraineeTable';
import { NO_FILTERS, useTraineeFilters, type TraineeFilters } from './trainee-filters.store';

const ALL = '';
/** Rows read at a time as the person scrolls: a few screens' worth, well under what one call may ask. */
const PAGE_SIZE = 200;
/** Long enough that typing a name asks once, short enough that the list follows the typing. */
const SEARCH_DEBOUNCE_MS = 100;

type ListInput = Omit<ChannelInput<'trainees:page'>, 'offset' | 'limit'>;

interface ListView {
  key: string;
  total: number;
  pages: ReadonlyMap<number, readonly TraineeRow[]>;
}

/**
 * The rows in view, read a page at a time: the page where the view starts and the one where
 * it ends (the same page mostly). While a new search or filter is read the previous answer
 * stays on screen; rows of the same list not read yet are placeholders.
 */
function useTraineeWindow(list: ListInput | null) {
  const key = JSON.stringify(list);
  // The rows in view belong to one list: a new search starts at its top, not where the last one was scrolled to.
  const [viewed, setViewed] = useState({ key, first: 0, last: PAGE_SIZE });
  const range = viewed.key === key ? viewed : { first: 0, last: PAGE_SIZE };
  const onRangeChange = useCallback((first: number, last: number) => setViewed({ key, first, last }), [key]);
  const firstPage = Math.floor(range.first / PAGE_SIZE);
  const lastPage = Math.floor(Math.max(range.first, range.last - 1) / PAGE_SIZE);
  const pageInput = (page: number) => (list ? { ...list, offset: page * PAGE_SIZE, limit: PAGE_SIZE } : null);
  const a = useChannel('trainees:page', pageInput(firstPage), { keepPrevious: true });
  const b = useChannel('trainees:page', pageInput(lastPage), { keepPrevious: true });

  const pages = new Map<number, readonly TraineeRow[]>();
  let total: number | null = null;
  for (const [page, query] of [[firstPage, a], [lastPage, b]] as const) {
    if (query.data && !query.isPlaceholderData) {
      pages.set(page, query.data.rows);
      total = query.data.total;
    }
  }
  const previous = useRef<ListView | null>(null);
  let view: ListView | null = null;
  if (total !== null) view = { key, total, pages };
  else if (previous.current?.key === key) view = { key, total: previous.current.total, pages };
  else view = previous.current;
  useEffect(() => {
    if (total !== null) previous.current = { key, total, pages };
  });

  const failed = a.error ?? b.error;
  const retry = () => {
    void a.refetch();
    void b.refetch();
  };
  const rowAt = (index: number) => view?.pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE];
  return { view, rowAt, onRangeChange, failed, retry };
}

function useSaveColumns() {
  const save = useChannelMutation('settings:update');
  const error = useMutationError(save, 'trainee.field');
  // Shown at once, kept in this PC's settings; put back as it was when it cannot be kept — unless a later change is shown
  // by then (its own save carries every column it shows, and is put back itself if it fails).
  const change = (columns: TraineeColumn[]) => {
    const before = useSettings.getState().traineeColumns;
    useSettings.setState({ traineeColumns: columns });
    void save.run(
      { traineeColumns: columns },
      {
        onError: () => {
          if (useSettings.getState().traineeColumns === columns) useSettings.setState({ traineeColumns: before });
        },
      },
    );
  };
  return { change, error };
}

/** The year the list shows: the one chosen for every screen, or every year ('' in the list's own select). */
function useListYear() {
  const selected = useYearSelection((s) => s.selectedYearId);
  const select = useYearSelection((s) => s.select);
  const year = useSelectedYearId();
  const isAllYears = selected === ALL;
  return { value: isAllYears ? ALL : year, yearId: isAllYears ? null : year || null, select };
}

function listInput(filters: TraineeFilters & { sort: TraineeSort | null }, query: string, yearId: string | null, language: Language): ListInput {
  return {
    yearId,
    query: query.trim() || null,
    country: filters.country || null,
    status: filters.status || null,
    trainingFieldId: filters.trainingFieldId || null,
    hostId: filters.hostId || null,
    warning: filters.warning || null,
    duplicates: filters.duplicates,
    sort: filters.sort,
    language,
  };
}

export function TraineesPage() {
  const { t } = useTranslation();
  const language = useSettings((s) => s.language);
  const traineeColumns = useSettings((s) => s.traineeColumns);
  const years = useYearList();
  const trainingFields = useTrainingFields();
  const hosts = useHostList();
  const year = useListYear();
  const navigate = useNavigation((s) => s.navigate);
  const countryOptions = useCountryOptions(language);
  const filters = useTraineeFilters();
  const [debouncedQuery] = useDebouncedValue(filters.query, SEARCH_DEBOUNCE_MS);
  const [isImporting, setImporting] = useState(false);
  const columnsSaving = useSaveColumns();
  // Passport numbers come masked; shown in full (and so exported in full, after a question) only when the person asks.
  const [isRevealed, setRevealed] = useState(false);
  const columns = TRAINEE_COLUMNS.filter((c) => traineeColumns.includes(c));
  const showsIdentifiers = columns.includes('passportNumber');
  const revealIdentifiers = showsIdentifiers && isRevealed;

  const hasYears = Boolean(years.data?.length);
  const list = hasYears ? { ...listInput(filters, debouncedQuery, year.yearId, language), revealIdentifiers } : null;
  const trainees = useTraineeWindow(list);

  const all = { value: ALL, label: t('trainee.all') };
  const setFilter = (key: keyof TraineeFilters) => (e: { currentTarget: { value: string } }) => filters.set({ [key]: e.currentTarget.value });
  const isFiltered = (Object.keys(NO_FILTERS) as Array<keyof typeof NO_FILTERS>).some((key) => filters[key] !== NO_FILTERS[key]);
  const listFailure = [years, trainingFields, hosts].find((q) => q.isError);

  function table() {
    if (trainees.failed) return <QueryError error={trainees.failed} onRetry={trainees.retry} />;
    if (!trainees.view) {
      return (
        <Center p="md">
          <Loader size="sm" aria-label={t('common.loading')} />
        </Center>
      );
    }
    return (
      <VirtualTraineeTable
        count={trainees.view.total}
        rowAt={trainees.rowAt}
        columns={columns}
        language={language}
        sort={filters.sort}
        onSort={(sort) => filters.set({ sort })}
        onRangeChange={trainees.onRangeChange}
        scrollKey={JSON.stringify({ ...list, language: undefined })}
      />
    );
  }

  return (
    <Stack>
      <Group justify="space-between">
        <Group>
          <Title order={2}>{t('trainee.listTitle')}</Title>
          {trainees.view && !trainees.failed && (
            <Text c="dimmed" data-testid="trainee-count">
              {t('trainee.count', { count: trainees.view.total })}
            </Text>
          )}
        </Group>
        <Group>
          <Button variant="default" onClick={() => setImporting(true)} disabled={!hasYears}>
            {t('import.button')}
          </Button>
          <ExportMenu input={{ list: 'trainees', yearId: year.yearId, columns, includeIdentifiers: revealIdentifiers }} />
          <Button variant="subtle" onClick={() => navigate('/trash')}>
            {t('trainee.trash')}
          </Button>
          <Button onClick={() => navigate('/trainees/new')} disabled={!hasYears}>
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
            value={year.value}
            onChange={(e) => year.select(e.currentTarget.value)}
            data={[{ value: ALL, label: t('trainee.allYears') }, ...(years.data ?? []).map((y) => ({ value: y.id, label: t('year.label', { year: y.fiscalYear }) }))]}
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
            data={[all, ...(trainingFields.data ?? []).map((f) => ({ value: f.id, label: trainingFieldLabel(f, language) }))]}
            w={180}
          />
          <NativeSelect
            label={t('trainee.filterHost')}
            value={filters.hostId}
            onChange={setFilter('hostId')}
            data={[all, ...(hosts.data ?? []).map((h) => ({ value: h.id, label: hostLabel(h, language) }))]}
            w={160}
          />
          <NativeSelect
            label={t('trainee.filterWarning')}
            value={filters.warning}
            onChange={setFilter('warning')}
            data={[all, ...TRAINEE_WARNINGS.map((w) => ({ value: w, label: t(`trainee.warningShort.${w}`) }))]}
          />
          <Checkbox
            label={t('trainee.filterDuplicates')}
            checked={filters.duplicates}
            onChange={(e) => filters.set({ duplicates: e.currentTarget.checked })}
            mb={8}
            data-testid="filter-duplicates"
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
                      columnsSaving.change(e.currentTarget.checked ? [...traineeColumns, column] : traineeColumns.filter((c) => c !== column))
                    }
                  />
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
          {showsIdentifiers && (
            <Tooltip label={t('trainee.list.identifiersHelp')} multiline w={320}>
              <Switch
                label={t('trainee.list.showIdentifiers')}
                checked={isRevealed}
                onChange={(e) => setRevealed(e.currentTarget.checked)}
                mb={6}
                data-testid="list-reveal"
              />
            </Tooltip>
          )}
          {isFiltered && (
            <Button variant="subtle" onClick={filters.clear}>
              {t('trainee.clearFilters')}
            </Button>
          )}
        </Group>
      </Paper>
      <ErrorAlert error={columnsSaving.error} />
      {listFailure && <QueryError error={listFailure.error} onRetry={() => void listFailure.refetch()} />}
      {years.data && !hasYears && (
        <Paper withBorder p="lg">
          <Text>{t('trainee.noYear')}</Text>
        </Paper>
      )}
      {hasYears && table()}
      {isImporting && <ImportModal opened onClose={() => setImporting(false)} />}
    </Stack>
  );
}
