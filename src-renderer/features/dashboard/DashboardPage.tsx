import { Anchor, Badge, Button, Card, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { YearDashboard } from '@shared/contract/dashboard';
import type { TraineeWarning } from '@shared/contract/trainees';
import { useApi } from '../../api';
import { useNavigation } from '../../app/navigation.store';
import { YearSelect, useSelectedYearId } from '../../components/YearSelect';
import { formatDate } from '@shared/text/date-format';
import { countryName } from '../countries';
import { SampleDataButton } from '../SampleDataButton';
import { useSettings } from '../settings/settings.store';
import { useTraineeFilters, type TraineeFilters } from '../trainees/trainee-filters.store';
import { useYears } from '../years/years.store';
import { ArchiveTable } from './ArchiveTable';

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

export function DashboardPage() {
  const { t } = useTranslation();
  const api = useApi();
  const language = useSettings((s) => s.language);
  const years = useYears((s) => s.years);
  const navigate = useNavigation((s) => s.navigate);
  const yearId = useSelectedYearId();
  const [dashboard, setDashboard] = useState<YearDashboard | null>(null);

  /** The year's trainee list, filtered to what was counted. */
  function openList(filters: Partial<TraineeFilters> = {}) {
    useTraineeFilters.getState().clear();
    useTraineeFilters.getState().set(filters);
    useYears.getState().select(yearId);
    navigate('/trainees');
  }

  useEffect(() => {
    if (!yearId) return;
    void api.call('dashboard:year', { yearId }).then((r) => r.ok && setDashboard(r.value));
  }, [api, yearId, years]);

  const isEmpty = !years || years.every((y) => y.traineeCount === 0);
  const openWarnings = dashboard?.warnings.filter((w) => w.count > 0) ?? [];

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('dashboard.title')}</Title>
        {years && years.length > 0 && <YearSelect />}
      </Group>
      {isEmpty && (
        <Paper withBorder p="lg">
          <Title order={4} mb="xs">
            {t('dashboard.emptyTitle')}
          </Title>
          <Text mb="md">{t('dashboard.emptyBody')}</Text>
          <SampleDataButton />
        </Paper>
      )}
      {dashboard && (
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
            <Button variant="light" mt="md" onClick={() => openList()}>
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
                onOpen={(r) => openList({ warning: r.key as TraineeWarning })}
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
              onOpen={(r) => openList({ country: r.key })}
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
                label: (language === 'ja' ? f.nameJa : f.nameEn) ?? t('dashboard.unsetField'),
              }))}
              onOpen={(r) => r.key !== 'unset' && openList({ trainingFieldId: r.key })}
            />
          </Card>
        </SimpleGrid>
      )}
      {!isEmpty && <ArchiveTable />}
    </Stack>
  );
}
