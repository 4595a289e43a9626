import { Anchor, Badge, Button, Card, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { YearDashboard } from '@shared/contract/dashboard';
import type { TraineeWarning } from '@shared/contract/trainees';
import { useNavigation } from '../../app/navigation.store';
import { YearSelect, useSelectedYearId } from '../../components/YearSelect';
import { useYearList } from '../../data/lists';
import { QueryError, QueryState } from '../../data/QueryState';
import { useChannel } from '../../data/use-channel';
import { formatDate } from '@shared/text/date-format';
import { countryName } from '../countries';
import { trainingFieldLabel } from '@shared/contract/names';
import { SampleDataButton } from '../SampleDataButton';
import { useSettings } from '../settings/settings.store';
import { useTraineeFilters, type TraineeFilters } from '../trainees/trainee-filters.store';
import { useYearSelection } from '../years/years.store';
import { ArchiveTable } from './ArchiveTable';
import { ProcedureWarningsCard } from '../procedures/ProcedureWarnings';
import { DepartureWarningsCard } from '../departures/DepartureWarnings';

interface CountRow {
  key: string;
  label: string;
  count: number;
}

/** Counts by something; a row a person can open shows those trainees in the list. */
function CountTable({ rows, testId, onOpen }: { rows: CountRow[]; testId: string; onOpen?(row: CountRow): void }) {
  const { t } = useTranslation();
  return (
    <Table data-testid={testId}>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.key}>
            <Table.Td>
              {onOpen ? (
                <Anchor component="button" type="button" size="sm" ta="left" onClick={() => onOpen(r)}>
                  {r.label}
                </Anchor>
              ) : (
                r.label
              )}
            </Table.Td>
            <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
              {t('dashboard.people', { count: r.count })}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** The chosen year at a glance: how many, what to check, what comes next, by country and field; each count opens the list. */
function YearCounts({ dashboard, onOpen }: { dashboard: YearDashboard; onOpen(filters?: Partial<TraineeFilters>): void }) {
  const { t } = useTranslation();
  const language = useSettings((s) => s.language);
  const openWarnings = dashboard.warnings.filter((w) => w.count > 0);
  return (
    <SimpleGrid cols={{ base: 1, md: 3 }}>
      <Card withBorder>
        <Text c="dimmed" size="sm">
          {t('year.label', { year: dashboard.fiscalYear })}
        </Text>
        <Title order={3} data-testid="dashboard-total">
          {t('dashboard.traineeCount')}: {t('dashboard.people', { count: dashboard.total })}
        </Title>
        <Group gap="xs" mt="sm">
          {dashboard.byStatus.map((s) => (
            <Badge key={s.key} variant="light" tt="none">
              {t(`trainee.status.${s.key}`)} {s.count}
            </Badge>
          ))}
        </Group>
        <Button variant="light" mt="md" onClick={() => onOpen()}>
          {t('dashboard.openTrainees')}
        </Button>
      </Card>
      <Card withBorder>
        <Text c="dimmed" size="sm" mb="xs">
          {t('dashboard.warnings')}
        </Text>
        {openWarnings.length === 0 ? (
          <Text>{t('dashboard.noWarnings')}</Text>
        ) : (
          <CountTable
            testId="dashboard-warnings"
            rows={openWarnings.map((w) => ({ key: w.warning, label: t(`trainee.warning.${w.warning}`), count: w.count }))}
            onOpen={(r) => onOpen({ warning: r.key as TraineeWarning })}
          />
        )}
      </Card>
      <Card withBorder>
        <Text c="dimmed" size="sm" mb="xs">
          {t('dashboard.nextMilestones')}
        </Text>
        {dashboard.nextMilestones.length === 0 && <Text c="dimmed">{t('dashboard.noMilestones')}</Text>}
        {dashboard.nextMilestones.map((m) => (
          <Text key={m.id} size="sm">
            {m.endsOn
              ? t('year.periodValue', { from: formatDate(m.startsOn, language), to: formatDate(m.endsOn, language) })
              : formatDate(m.startsOn, language)}{' '}
            {t(`year.milestone.${m.kind}`)}
          </Text>
        ))}
      </Card>
      <Card withBorder>
        <Text c="dimmed" size="sm" mb="xs">
          {t('dashboard.byCountry')}
        </Text>
        <CountTable
          testId="dashboard-countries"
          rows={dashboard.byCountry.map((c) => ({ ...c, label: countryName(c.key, language) }))}
          onOpen={(r) => onOpen({ country: r.key })}
        />
      </Card>
      <Card withBorder>
        <Text c="dimmed" size="sm" mb="xs">
          {t('dashboard.byField')}
        </Text>
        <CountTable
          testId="dashboard-fields"
          rows={dashboard.byField.map((f) => ({
            ...f,
            label: trainingFieldLabel(f, language) ?? t('dashboard.unsetField'),
          }))}
          onOpen={(r) => r.key !== 'unset' && onOpen({ trainingFieldId: r.key })}
        />
      </Card>
      <ProcedureWarningsCard yearId={dashboard.yearId} />
      <DepartureWarningsCard yearId={dashboard.yearId} />
    </SimpleGrid>
  );
}

export function DashboardPage() {
  const { t } = useTranslation();
  const navigate = useNavigation((s) => s.navigate);
  const years = useYearList();
  // The year in progress (features/dashboard): shown until the person picks another. Opened on a closed year, the
  // dashboard moves on to the year in progress, once; a closed year the person then picks here stays shown.
  const current = useChannel('dashboard:current-year', {});
  const currentId = current.data?.yearId ?? null;
  const yearId = useSelectedYearId();
  const shown = years.data?.find((y) => y.id === yearId);
  const isShownClosed = Boolean(shown?.closedOn);
  const hasLookedAtClose = useRef(false);
  useEffect(() => {
    if (!currentId || (yearId && !shown)) return;
    const isOpening = !hasLookedAtClose.current;
    hasLookedAtClose.current = true;
    if (isOpening && isShownClosed && currentId !== yearId) useYearSelection.getState().select(currentId);
    else useYearSelection.getState().suggest(currentId);
  }, [currentId, isShownClosed, yearId, shown]);
  const dashboard = useChannel('dashboard:year', yearId ? { yearId } : null);

  /** The year's trainee list, filtered to what was counted. */
  function openList(filters: Partial<TraineeFilters> = {}) {
    useTraineeFilters.getState().clear();
    useTraineeFilters.getState().set(filters);
    useYearSelection.getState().select(yearId);
    navigate('/trainees');
  }

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('dashboard.title')}</Title>
        {years.data && years.data.length > 0 && <YearSelect />}
      </Group>
      {current.isError && <QueryError error={current.error} onRetry={() => void current.refetch()} />}
      <QueryState query={years}>
        {(list) => {
          const isEmpty = list.every((y) => y.traineeCount === 0);
          return (
            <>
              {isEmpty && (
                <Paper withBorder p="lg">
                  <Title order={4} mb="xs">
                    {t('dashboard.emptyTitle')}
                  </Title>
                  <Text mb="md">{t('dashboard.emptyBody')}</Text>
                  <SampleDataButton />
                </Paper>
              )}
              {yearId && <QueryState query={dashboard}>{(counts) => <YearCounts dashboard={counts} onOpen={openList} />}</QueryState>}
              {!isEmpty && <ArchiveTable />}
            </>
          );
        }}
      </QueryState>
    </Stack>
  );
}
