import { Badge, Button, Card, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Trainee } from '@contract/trainees';
import type { YearDetail } from '@contract/years';
import { useApi } from '../../api';
import { useNavigation } from '../../app/navigation.store';
import { formatDate } from '../../i18n/format';
import { countryName } from '../countries';
import { SampleDataButton } from '../SampleDataButton';
import { useSettings } from '../settings/settings.store';
import { useYears } from '../years/years.store';

function countBy<T>(items: T[], key: (item: T) => string): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

export function DashboardPage() {
  const { t } = useTranslation();
  const api = useApi();
  const language = useSettings((s) => s.language);
  const years = useYears((s) => s.years);
  const latest = years?.[0] ?? null;
  const [detail, setDetail] = useState<YearDetail | null>(null);
  const [trainees, setTrainees] = useState<Trainee[]>([]);
  const navigate = useNavigation((s) => s.navigate);

  useEffect(() => {
    if (!latest) return;
    void api.call('years:get', { id: latest.id }).then((r) => r.ok && setDetail(r.value));
    void api.call('trainees:list', { yearId: latest.id }).then((r) => r.ok && setTrainees(r.value));
  }, [api, latest]);

  const isEmpty = !years || years.every((y) => y.traineeCount === 0);
  const today = new Date().toISOString().slice(0, 10);
  const next = detail?.milestones.find((m) => (m.endsOn ?? m.startsOn) >= today);

  return (
    <Stack>
      <Title order={2}>{t('dashboard.title')}</Title>
      {isEmpty && (
        <Paper withBorder p="lg">
          <Title order={4} mb="xs">
            {t('dashboard.emptyTitle')}
          </Title>
          <Text mb="md">{t('dashboard.emptyBody')}</Text>
          <SampleDataButton />
        </Paper>
      )}
      {latest && (
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          <Card withBorder>
            <Text c="dimmed" size="sm">
              {t('dashboard.latestYear')}
            </Text>
            <Title order={3}>{t('year.label', { year: latest.fiscalYear })}</Title>
            <Text mt="sm">
              {t('dashboard.traineeCount')}: <b>{t('dashboard.people', { count: latest.traineeCount })}</b>
            </Text>
            <Button variant="light" mt="md" onClick={() => navigate('/trainees')}>
              {t('dashboard.openTrainees')}
            </Button>
          </Card>
          <Card withBorder>
            <Text c="dimmed" size="sm" mb="xs">
              {t('dashboard.byCountry')}
            </Text>
            <Table>
              <Table.Tbody>
                {countBy(trainees, (tr) => tr.nationality).map(([code, n]) => (
                  <Table.Tr key={code}>
                    <Table.Td>{countryName(code, language)}</Table.Td>
                    <Table.Td ta="right">{t('dashboard.people', { count: n })}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Card>
          <Card withBorder>
            <Text c="dimmed" size="sm" mb="xs">
              {t('dashboard.byStatus')}
            </Text>
            <Group gap="xs">
              {countBy(trainees, (tr) => tr.status).map(([status, n]) => (
                <Badge key={status} variant="light">
                  {t(`trainee.status.${status}`)} {n}
                </Badge>
              ))}
            </Group>
            {next && (
              <>
                <Text c="dimmed" size="sm" mt="md">
                  {t('dashboard.nextMilestone')}
                </Text>
                <Text>
                  {t(`year.milestone.${next.kind}`)} — {formatDate(next.startsOn, language)}
                </Text>
              </>
            )}
          </Card>
        </SimpleGrid>
      )}
      {!latest && !isEmpty && <Text>{t('dashboard.noYear')}</Text>}
    </Stack>
  );
}
