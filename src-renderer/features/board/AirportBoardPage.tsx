import { Badge, Group, Paper, SegmentedControl, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArrivalBoard, ArrivingTrainee, GroupCounts, MARKABLE_STATUSES } from '@shared/contract/arrivals';
import { useApi } from '../../api';
import { useFlash } from '../../app/flash.store';
import { YearSelect, useSelectedYearId } from '../../components/YearSelect';
import { formatWallTime } from '@shared/text/date-format';
import { airportName } from '../arrivals/AirportInput';
import { useSettings } from '../settings/settings.store';
import { ArrivalCard } from './ArrivalCard';
import { MarkModal, type MarkTarget } from './MarkModal';
import { staffContacts } from '../arrivals/staff-contacts';

function Counts({ counts, testId }: { counts: GroupCounts; testId: string }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" data-testid={testId}>
      <Badge size="xl" variant="light" color="gray" tt="none" data-testid="count-expected">
        {t('board.expected', { count: counts.expected })}
      </Badge>
      <Badge size="xl" variant="light" color="green" tt="none" data-testid="count-met">
        {t('board.met', { count: counts.met })}
      </Badge>
      <Badge size="xl" variant="light" color="red" tt="none" data-testid="count-missing">
        {t('board.missing', { count: counts.missing })}
      </Badge>
    </Group>
  );
}

interface Section {
  key: string;
  title: string;
  details: string[];
  counts: GroupCounts | null;
  members: ArrivingTrainee[];
}

/** Trainees in no group, by airport and terminal of their arrival flight. */
function unplacedSections(board: ArrivalBoard, title: (airport: string | null, terminal: string | null) => string): Section[] {
  const byPlace = new Map<string, ArrivingTrainee[]>();
  for (const a of board.unplaced) {
    const key = a.flight ? `${a.flight.to.iata}|${a.flight.terminal ?? ''}` : '|';
    byPlace.set(key, [...(byPlace.get(key) ?? []), a]);
  }
  return [...byPlace.entries()].map(([key, members]) => {
    const [airport, terminal] = key.split('|');
    return { key: `unplaced-${key}`, title: title(airport || null, terminal || null), details: [], counts: null, members };
  });
}

/**
 * Arrival day at the airport: every group with its meeting point and staff, every trainee
 * with their flight and status, those landing in the next 30 minutes highlighted, one tap
 * to mark, and undo for a tap made by mistake. Works with no network.
 */
export function AirportBoardPage() {
  const { t } = useTranslation();
  const api = useApi();
  const language = useSettings((s) => s.language);
  const yearId = useSelectedYearId();
  const [board, setBoard] = useState<ArrivalBoard | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const [markTarget, setMarkTarget] = useState<MarkTarget | null>(null);
  /** The section a person at one terminal follows; '' for all. */
  const [only, setOnly] = useState('');

  const load = useCallback(() => {
    if (yearId) void api.call('arrivals:board', { yearId }).then((r) => r.ok && setBoard(r.value));
  }, [api, yearId]);
  useEffect(load, [load]);
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 30000);
    return () => window.clearInterval(timer);
  }, []);

  async function mark(a: ArrivingTrainee, status: (typeof MARKABLE_STATUSES)[number]) {
    if (status === 'delayed' || status === 'rebooked') return setMarkTarget({ trainee: a, status });
    const result = await api.call('arrivals:mark', { flightId: a.flight!.id, status });
    if (!result.ok) return;
    useFlash.getState().show(t('board.marked', { name: a.latinName, status: t(`board.status.${status}`) }));
    load();
  }

  async function undo(a: ArrivingTrainee) {
    const result = await api.call('arrivals:undo', { flightId: a.flight!.id });
    if (!result.ok || !result.value.undone) return;
    useFlash.getState().show(t('board.undone', { name: a.latinName, status: t(`board.status.${result.value.undone.status}`) }));
    load();
  }

  const sections: Section[] = board
    ? [
        ...[...board.groups].sort((a, b) => (a.meetingTime ?? a.suggestedMeetingTime ?? '~').localeCompare(b.meetingTime ?? b.suggestedMeetingTime ?? '~')).map((g) => ({
          key: g.id,
          title: `${g.name} · ${airportName(g.airport, language)}${g.terminal ? ` ${t('pickup.terminal', { terminal: g.terminal })}` : ''}`,
          details: [
            g.meetingTime ? t('pickup.meetingAt', { time: formatWallTime(g.meetingTime, language) }) : t('pickup.meetingUndecided'),
            g.meetingPoint ?? '',
            staffContacts(g.staff, t('common.listSeparator')),
          ].filter(Boolean),
          counts: g.counts,
          members: g.members,
        })),
        ...unplacedSections(board, (airport, terminal) =>
          airport ? t('board.unplacedAt', { airport, terminal: terminal ? ` ${t('pickup.terminal', { terminal })}` : '' }) : t('board.unplacedNoFlight'),
        ),
      ]
    : [];

  return (
    <Stack>
      <Group justify="space-between">
        <Group>
          <Title order={2}>{t('board.title')}</Title>
          <Text fz="xl" fw={700} data-testid="board-clock">
            {t('board.clock', { time: new Intl.DateTimeFormat('ja-JP', { timeZone: 'Asia/Tokyo', hour: '2-digit', minute: '2-digit' }).format(now) })}
          </Text>
        </Group>
        <Group>
          {board && <Counts counts={board.counts} testId="board-counts" />}
          <YearSelect />
        </Group>
      </Group>
      {board && sections.length === 0 && <Text c="dimmed">{t('board.empty')}</Text>}
      {sections.length > 1 && (
        <SegmentedControl
          aria-label={t('board.show')}
          size="md"
          value={sections.some((x) => x.key === only) ? only : ''}
          onChange={setOnly}
          data={[{ value: '', label: t('board.all') }, ...sections.map((x) => ({ value: x.key, label: x.title.split(' · ')[0]! }))]}
        />
      )}
      {sections.filter((x) => !only || x.key === only || !sections.some((y) => y.key === only)).map((section) => (
        <Paper key={section.key} withBorder p="sm" data-testid="board-section">
          <Group justify="space-between" mb="xs" align="flex-start">
            <div>
              <Title order={3} fz="h4">
                {section.title}
              </Title>
              {section.details.map((d) => (
                <Text key={d} size="sm">
                  {d}
                </Text>
              ))}
            </div>
            {section.counts && <Counts counts={section.counts} testId="group-counts" />}
          </Group>
          <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }} spacing="sm">
            {section.members.map((a) => (
              <ArrivalCard key={a.traineeId} arrival={a} now={now} onMark={(status) => void mark(a, status)} onUndo={() => void undo(a)} />
            ))}
          </SimpleGrid>
        </Paper>
      ))}
      <MarkModal
        target={markTarget}
        onClose={() => setMarkTarget(null)}
        onMarked={() => {
          setMarkTarget(null);
          load();
        }}
      />
    </Stack>
  );
}
