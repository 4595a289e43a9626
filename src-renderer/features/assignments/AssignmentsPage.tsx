import { Badge, Button, Card, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { pressable } from '../../components/pressable';
import { hostLabel, hostNameIn, nameLangTag, trainingFieldLabel } from '@shared/contract/names';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssignmentWarning, Board, BoardTrainee, Host, MatchMark, SurveyAnswer } from '@shared/contract/hosts';
import { SendingGovernmentName } from '../../components/SendingGovernmentName';
import { YearSelect, useSelectedYearId } from '../../components/YearSelect';
import { useHostList } from '../../data/lists';
import { QueryError, QueryState } from '../../data/QueryState';
import { useChannel } from '../../data/use-channel';
import { countryName } from '../countries';
import { useSettings } from '../settings/settings.store';
import { AssignModal, type Pair } from './AssignModal';
import { AssignmentList } from './AssignmentList';

function Marks({ marks, warnings }: { marks: MatchMark[]; warnings: AssignmentWarning[] }) {
  const { t } = useTranslation();
  return (
    <Group gap={4} mt={4}>
      {marks.map((m) => (
        <Badge key={m} size="sm" color={m === 'sister_city' ? 'yellow' : 'teal'} variant="light" tt="none" data-testid={`mark-${m}`}>
          {t(`assignment.mark.${m}`)}
        </Badge>
      ))}
      {warnings.map((w) => (
        <Badge key={w} size="sm" color="orange" variant="outline" tt="none">
          {t(`assignment.warning.${w}`)}
        </Badge>
      ))}
    </Group>
  );
}

interface BoardCardProps {
  testId: string;
  isSelected: boolean;
  onSelect(): void;
  marks: MatchMark[];
  warnings: AssignmentWarning[];
  /** Shown when the other side has a pick: assigns this card to it. */
  onAssign: (() => void) | null;
  children: ReactNode;
}

/** A trainee or a host on the board: picked by a click, with its marks and, once paired, Assign. */
function BoardCard({ testId, isSelected, onSelect, marks, warnings, onAssign, children }: BoardCardProps) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="xs" data-testid={testId} style={{ borderColor: isSelected ? 'var(--mantine-color-indigo-6)' : undefined }}>
      <Group justify="space-between" wrap="nowrap">
        {/* Picked by Tab and Enter or Space as well as by a click or a tap; Assign stays a button of its own beside it. */}
        <div {...pressable(onSelect)} aria-pressed={isSelected} className="mantine-focus-auto" style={{ flex: 1, alignSelf: 'stretch', cursor: 'pointer' }}>
          {children}
          <Marks marks={marks} warnings={warnings} />
        </div>
        {onAssign && (
          <Button size="xs" onClick={onAssign}>
            {t('assignment.assign')}
          </Button>
        )}
      </Group>
    </Card>
  );
}

type TraineeCard = { trainee: BoardTrainee; marks: MatchMark[]; warnings: AssignmentWarning[] };

/** One year's board: pick a trainee or a host, then assign one of the other side, best suited first. */
function MatchingBoard({ yearId, board, hosts }: { yearId: string; board: Board; hosts: Host[] }) {
  const { t } = useTranslation();
  const language = useSettings((s) => s.language);
  const [selectedHostId, setSelectedHostId] = useState<string | null>(null);
  const [selectedTraineeId, setSelectedTraineeId] = useState<string | null>(null);
  const [pair, setPair] = useState<Pair | null>(null);

  const answers = new Map(board.hosts.map((a) => [a.hostId, a]));
  // A host that answered names itself; one only tied to a trainee's government is found in the hosts list.
  const labelOf = (hostId: string) => {
    const answer = answers.get(hostId);
    const host = answer ? null : hosts.find((h) => h.id === hostId);
    return answer ? hostNameIn(answer, language) : host ? hostLabel(host, language) : '';
  };

  // A picked host orders the trainees; a picked trainee orders the hosts (tied hosts without an answer included).
  const hostOrder = board.hostSuggestions.find((h) => h.hostId === selectedHostId)?.trainees ?? [];
  const cards: TraineeCard[] = selectedHostId
    ? hostOrder.flatMap((s) => {
        const trainee = board.trainees.find((x) => x.id === s.traineeId);
        return trainee ? [{ trainee, marks: s.marks, warnings: s.warnings }] : [];
      })
    : board.trainees.map((trainee) => ({ trainee, marks: [], warnings: [] }));
  const unassigned = cards.filter((c) => !c.trainee.hostId);
  const assigned = cards.filter((c) => c.trainee.hostId);
  const selectedTrainee = board.trainees.find((x) => x.id === selectedTraineeId);
  const hostCards: Array<{ hostId: string; answer: SurveyAnswer | null; marks: MatchMark[]; warnings: AssignmentWarning[] }> = selectedTrainee
    ? selectedTrainee.suggestions.map((s) => ({ hostId: s.hostId, answer: answers.get(s.hostId) ?? null, marks: s.marks, warnings: s.warnings }))
    : board.hosts.map((a) => ({ hostId: a.hostId, answer: a, marks: [], warnings: [] }));

  const traineeCard = ({ trainee, marks, warnings }: TraineeCard) => (
    <BoardCard
      key={trainee.id}
      testId="board-trainee"
      isSelected={trainee.id === selectedTraineeId}
      onSelect={() => {
        setSelectedTraineeId(trainee.id === selectedTraineeId ? null : trainee.id);
        setSelectedHostId(null);
      }}
      marks={marks}
      warnings={warnings}
      onAssign={
        selectedHostId
          ? () => setPair({ traineeId: trainee.id, traineeName: trainee.name, hostId: selectedHostId, hostName: labelOf(selectedHostId) })
          : null
      }
    >
      <Text fw={700} lang={nameLangTag(trainee.nameLang)}>
        {trainee.name}
      </Text>
      <Text size="sm">
        {trainee.latinName} · {countryName(trainee.nationality, language)}
        {trainee.sendingGovernment && (
          <>
            {' · '}
            <SendingGovernmentName government={trainee.sendingGovernment} language={language} />
          </>
        )}
        {trainee.trainingField && ` · ${trainingFieldLabel(trainee.trainingField, language)}`}
      </Text>
      {trainee.hostId && (
        <Badge size="sm" variant="dot" tt="none" mt={4}>
          {t('assignment.onTrainee')}: {hostNameIn(trainee, language)}
        </Badge>
      )}
    </BoardCard>
  );

  return (
    <>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Paper withBorder p="sm" data-testid="board-trainees">
          <Title order={3} fz="h4" mb="sm">
            {t('assignment.unassigned')}
          </Title>
          {unassigned.length === 0 && <Text c="dimmed">{t('assignment.noUnassigned')}</Text>}
          <Stack gap="xs">{unassigned.map(traineeCard)}</Stack>
          {assigned.length > 0 && (
            <>
              <Title order={4} fz="h5" mt="lg">
                {t('assignment.assigned', { count: assigned.length })}
              </Title>
              <Text size="sm" c="dimmed" mb="xs">
                {t('assignment.assignedHint')}
              </Text>
              <Stack gap="xs" data-testid="board-assigned">
                {assigned.map(traineeCard)}
              </Stack>
            </>
          )}
        </Paper>
        <Paper withBorder p="sm" data-testid="board-hosts">
          <Title order={3} fz="h4" mb="sm">
            {t('assignment.hostsAsking')}
          </Title>
          {hostCards.length === 0 && <Text c="dimmed">{t('assignment.noHosts')}</Text>}
          <Stack gap="xs">
            {hostCards.map(({ hostId, answer, marks, warnings }) => (
              <BoardCard
                key={hostId}
                testId="board-host"
                isSelected={hostId === selectedHostId}
                onSelect={() => {
                  setSelectedHostId(hostId === selectedHostId ? null : hostId);
                  setSelectedTraineeId(null);
                }}
                marks={marks}
                warnings={warnings}
                onAssign={
                  selectedTrainee
                    ? () => setPair({ traineeId: selectedTrainee.id, traineeName: selectedTrainee.name, hostId, hostName: labelOf(hostId) })
                    : null
                }
              >
                <Text fw={700}>{labelOf(hostId)}</Text>
                {answer && (
                  <Text size="sm">
                    {t('assignment.requestedMatched', { requested: answer.requestedCount, matched: answer.matchedCount })}
                    {answer.preferredCountry && ` · ${countryName(answer.preferredCountry, language)}`}
                    {answer.trainingField && ` · ${trainingFieldLabel(answer.trainingField, language)}`}
                    {` · ${t(`survey.status.${answer.status}`)}`}
                  </Text>
                )}
              </BoardCard>
            ))}
          </Stack>
        </Paper>
      </SimpleGrid>
      <AssignModal
        yearId={yearId}
        pair={pair}
        onClose={() => setPair(null)}
        onSaved={() => {
          setSelectedHostId(null);
          setSelectedTraineeId(null);
        }}
      />
    </>
  );
}

/** The matching board: trainees without a host, then those with one, on one side; hosts that asked on the other. */
export function AssignmentsPage() {
  const { t } = useTranslation();
  const yearId = useSelectedYearId();
  const board = useChannel('assignments:board', yearId ? { yearId } : null);
  const hosts = useHostList();

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('assignment.title')}</Title>
        <YearSelect />
      </Group>
      <Text size="sm" c="dimmed">
        {t('assignment.pickHint')}
      </Text>
      {hosts.isError && <QueryError error={hosts.error} onRetry={() => void hosts.refetch()} />}
      {yearId && (
        <>
          <QueryState query={board}>{(b) => <MatchingBoard key={yearId} yearId={yearId} board={b} hosts={hosts.data ?? []} />}</QueryState>
          <AssignmentList yearId={yearId} />
        </>
      )}
    </Stack>
  );
}
