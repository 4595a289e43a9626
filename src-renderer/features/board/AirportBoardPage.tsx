import { Badge, Group, Paper, SegmentedControl, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArrivalBoard, ArrivingTrainee, GroupCounts, MARKABLE_STATUSES } from '@shared/contract/arrivals';
import { useFlash } from '../../app/flash.store';
import { ErrorAlert } from '../../components/ErrorAlert';
import { YearSelect, useSelectedYearId } from '../../components/YearSelect';
import { QueryState } from '../../data/QueryState';
import { useChannel, useChannelMutation } from '../../data/use-channel';
import { useMutationError } from '../../data/use-mutation-error';
import { formatJapanTime, formatWallTime } from '@shared/text/date-format';
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
  const language = useSettings((s) => s.language);
  const yearId = useSelectedYearId();
  const board = useChannel('arrivals:board', yearId ? { yearId } : null);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 30000);
    return () => window.clearInterval(timer);
  }, []);

  return (
    <Stack>
      <Group justify="space-between">
        <Group>
          <Title order={2}>{t('board.title')}</Title>
          <Text fz="xl" fw={700} data-testid="board-clock">
            {t('board.clock', { time: formatJapanTime(new Date(now).toISOString(), language, now) })}
          </Text>
        </Group>
        <Group>
          {board.data && <Counts counts={board.data.counts} testId="board-counts" />}
          <YearSelect />
        </Group>
      </Group>
      {yearId && <QueryState query={board}>{(b) => <Sections board={b} now={now} />}</QueryState>}
    </Stack>
  );
}

/** The board's groups and the trainees in none, each trainee with one tap to mark and undo. */
function Sections({ board, now }: { board: ArrivalBoard; now: number }) {
  const { t } = useTranslation();
  const language = useSettings((s) => s.language);
  const [markTarget, setMarkTarget] = useState<MarkTarget | null>(null);
  /** The section a person at one terminal follows; '' for all. */
  const [only, setOnly] = useState('');
  const markArrival = useChannelMutation('arrivals:mark');
  const undoMark = useChannelMutation('arrivals:undo');
  const markError = useMutationError(markArrival, 'board.field');
  const undoError = useMutationError(undoMark, 'board.field');

  function mark(a: ArrivingTrainee, status: (typeof MARKABLE_STATUSES)[number]) {
    if (status === 'delayed' || status === 'rebooked') return setMarkTarget({ trainee: a, status });
    undoMark.reset();
    void markArrival.run(
      { flightId: a.flight!.id, status },
      { onSuccess: () => useFlash.getState().show(t('board.marked', { name: a.latinName, status: t(`board.status.${status}`) })) },
    );
  }

  function undo(a: ArrivingTrainee) {
    markArrival.reset();
    void undoMark.run(
      { flightId: a.flight!.id },
      {
        onSuccess: ({ undone }) => {
          if (undone) useFlash.getState().show(t('board.undone', { name: a.latinName, status: t(`board.status.${undone.status}`) }));
        },
      },
    );
  }

  const sections: Section[] = [
    ...[...board.groups]
      .sort((a, b) => (a.meetingTime ?? a.suggestedMeetingTime ?? '~').localeCompare(b.meetingTime ?? b.suggestedMeetingTime ?? '~'))
      .map((g) => ({
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
  ];

  return (
    <>
      <ErrorAlert error={markError ?? undoError} />
      {sections.length === 0 && <Text c="dimmed">{t('board.empty')}</Text>}
      {sections.length > 1 && (
        <SegmentedControl
          aria-label={t('board.show')}
          size="md"
          value={sections.some((x) => x.key === only) ? only : ''}
          onChange={setOnly}
          data={[{ value: '', label: t('board.all') }, ...sections.map((x) => ({ value: x.key, label: x.title.split(' · ')[0]! }))]}
        />
      )}
      {sections
        .filter((x) => !only || x.key === only || !sections.some((y) => y.key === only))
        .map((section) => (
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
                <ArrivalCard key={a.traineeId} arrival={a} now={now} onMark={(status) => mark(a, status)} onUndo={() => undo(a)} />
              ))}
            </SimpleGrid>
          </Paper>
        ))}
      <MarkModal target={markTarget} onClose={() => setMarkTarget(null)} />
    </>
  );
}
