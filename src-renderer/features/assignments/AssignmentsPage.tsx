import { Badge, Button, Card, Group, NativeSelect, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { nameLangTag } from '@contract/names';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assignment, AssignmentWarning, Board, BoardTrainee, MatchMark, SurveyAnswer } from '@contract/hosts';
import { useApi } from '../../api';
import { useFlash } from '../../app/flash.store';
import { ExportMenu } from '../../components/ExportMenu';
import { SendingGovernmentName } from '../../components/SendingGovernmentName';
import { formatDate } from '../../i18n/format';
import { countryName } from '../countries';
import { trainingFieldLabel, useMasters } from '../masters.store';
import { useSettings } from '../settings/settings.store';
import { useYears } from '../years/years.store';
import { AssignModal, type Pair } from './AssignModal';

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
    <Card
      withBorder
      padding="xs"
      data-testid={testId}
      style={{ cursor: 'pointer', borderColor: isSelected ? 'var(--mantine-color-indigo-6)' : undefined }}
      onClick={onSelect}
    >
      <Group justify="space-between" wrap="nowrap">
        <div>
          {children}
          <Marks marks={marks} warnings={warnings} />
        </div>
        {onAssign && (
          <Button
            size="xs"
            onClick={(e) => {
              e.stopPropagation();
              onAssign();
            }}
          >
            {t('assignment.assign')}
          </Button>
        )}
      </Group>
    </Card>
  );
}

/** The matching board: trainees without a host on one side, hosts that asked on the other. */
export function AssignmentsPage() {
  const { t } = useTranslation();
  const api = useApi();
  const language = useSettings((s) => s.language);
  const years = useYears((s) => s.years) ?? [];
  const hosts = useMasters((s) => s.hosts);
  const [yearId, setYearId] = useState(years[0]?.id ?? '');
  const [board, setBoard] = useState<Board | null>(null);
  const [assignments, setAssignments] = useState<Assignment[]>([]);
  const [selectedHostId, setSelectedHostId] = useState<string | null>(null);
  const [selectedTraineeId, setSelectedTraineeId] = useState<string | null>(null);
  const [pair, setPair] = useState<Pair | null>(null);

  const load = useCallback(() => {
    if (!yearId) return;
    void useMasters.getState().refresh(api);
    void api.call('assignments:board', { yearId }).then((r) => r.ok && setBoard(r.value));
    void api.call('assignments:list', { yearId }).then((r) => r.ok && setAssignments(r.value));
  }, [api, yearId]);
  useEffect(load, [load]);

  const hostLabel = (id: string) => {
    const answered = board?.hosts.find((a) => a.hostId === id);
    const h = hosts.find((x) => x.id === id);
    return answered?.hostName ?? (h ? h.prefectureJa + h.nameJa : '');
  };

  // A picked host orders the trainees; a picked trainee orders the hosts (tied hosts without an answer included).
  const hostOrder = board?.hostSuggestions.find((h) => h.hostId === selectedHostId)?.trainees ?? [];
  const trainees: Array<{ trainee: BoardTrainee; marks: MatchMark[]; warnings: AssignmentWarning[] }> = board
    ? selectedHostId
      ? hostOrder.map((s) => ({ trainee: board.trainees.find((x) => x.id === s.traineeId)!, marks: s.marks, warnings: s.warnings }))
      : board.trainees.map((trainee) => ({ trainee, marks: [], warnings: [] }))
    : [];
  const selectedTrainee = board?.trainees.find((x) => x.id === selectedTraineeId);
  const answers = new Map((board?.hosts ?? []).map((a) => [a.hostId, a]));
  const hostCards: Array<{ hostId: string; answer: SurveyAnswer | null; marks: MatchMark[]; warnings: AssignmentWarning[] }> = selectedTrainee
    ? selectedTrainee.suggestions.map((s) => ({ hostId: s.hostId, answer: answers.get(s.hostId) ?? null, marks: s.marks, warnings: s.warnings }))
    : (board?.hosts ?? []).map((a) => ({ hostId: a.hostId, answer: a, marks: [], warnings: [] }));

  async function remove(id: string) {
    const result = await api.call('assignments:delete', { id });
    if (result.ok) {
      useFlash.getState().show(t('assignment.removed'));
      load();
    }
  }

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('assignment.title')}</Title>
        <NativeSelect
          aria-label={t('year.select')}
          value={yearId}
          onChange={(e) => {
            setYearId(e.currentTarget.value);
            setSelectedHostId(null);
            setSelectedTraineeId(null);
          }}
          data={years.map((y) => ({ value: y.id, label: t('year.label', { year: y.fiscalYear }) }))}
        />
      </Group>
      <Text size="sm" c="dimmed">
        {t('assignment.pickHint')}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Paper withBorder p="sm" data-testid="board-trainees">
          <Title order={4} mb="sm">
            {t('assignment.unassigned')}
          </Title>
          {trainees.every((x) => x.trainee.hostName) && <Text c="dimmed">{t('assignment.noUnassigned')}</Text>}
          <Stack gap="xs">
            {trainees.map(({ trainee, marks, warnings }) => (
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
                    ? () => setPair({ traineeId: trainee.id, traineeName: trainee.name, hostId: selectedHostId, hostName: hostLabel(selectedHostId) })
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
                {trainee.hostName && (
                  <Badge size="sm" variant="dot" tt="none" mt={4}>
                    {t('assignment.onTrainee')}: {trainee.hostName}
                  </Badge>
                )}
              </BoardCard>
            ))}
          </Stack>
        </Paper>
        <Paper withBorder p="sm" data-testid="board-hosts">
          <Title order={4} mb="sm">
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
                    ? () => setPair({ traineeId: selectedTrainee.id, traineeName: selectedTrainee.name, hostId, hostName: hostLabel(hostId) })
                    : null
                }
              >
                <Text fw={700}>{hostLabel(hostId)}</Text>
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
      <Paper withBorder p="sm">
        <Group justify="space-between" mb="sm">
          <Title order={4}>{t('assignment.list')}</Title>
          {yearId && <ExportMenu input={{ list: 'assignments', yearId }} />}
        </Group>
        {assignments.length === 0 ? (
          <Text c="dimmed">{t('assignment.none')}</Text>
        ) : (
          <Table data-testid="assignment-table">
            <Table.Tbody>
              {assignments.map((a) => (
                <Table.Tr key={a.id} data-testid="assignment-row">
                  <Table.Td>{a.traineeName}</Table.Td>
                  <Table.Td>{a.hostName}</Table.Td>
                  <Table.Td>
                    {formatDate(a.startsOn, language)} – {formatDate(a.endsOn, language)}
                  </Table.Td>
                  <Table.Td>
                    <Button size="compact-xs" variant="subtle" color="red" onClick={() => void remove(a.id)}>
                      {t('assignment.remove')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
      <AssignModal
        yearId={yearId}
        pair={pair}
        onClose={() => setPair(null)}
        onAssigned={() => {
          setPair(null);
          setSelectedHostId(null);
          setSelectedTraineeId(null);
          load();
        }}
      />
    </Stack>
  );
}
