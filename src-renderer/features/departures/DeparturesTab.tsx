import { Anchor, Badge, Button, Group, Paper, ScrollArea, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Departure, DepartureStatus, DepartureTask, DepartureWarning, DepartureYear } from '@shared/contract/departures';
import { hostNameIn, inLanguage } from '@shared/contract/names';
import { formatDate, formatMonth } from '@shared/text/date-format';
import { useFlash } from '../../app/flash.store';
import { useNavigation } from '../../app/navigation.store';
import { ErrorAlert } from '../../components/ErrorAlert';
import { saveFile } from '../../components/ExportMenu';
import { FormattedName } from '../../components/PersonName';
import { YearSelect, useSelectedYearId } from '../../components/YearSelect';
import { QueryState } from '../../data/QueryState';
import { useChannel, useChannelMutation } from '../../data/use-channel';
import { useMutationError } from '../../data/use-mutation-error';
import { FlightModal, type FlightTarget } from '../arrivals/FlightModal';
import { departurePrintPath } from '../prints/departures-path';
import { useSettings } from '../settings/settings.store';
import { DepartureStatusMenu } from './DepartureStatusMenu';
import { DepartureWarnings } from './DepartureWarnings';
import { ReturnFlight, returnFlightTarget } from './ReturnFlight';
import { airportLabel } from './departure-labels';
import { TaskNoteModal } from './TaskNoteModal';
import { useTaskStatus } from './use-task-status';

/** The year's departures: timeline, warnings and each trainee's departure checklist. */
export function DeparturesTab() {
  const yearId = useSelectedYearId();
  const data = useChannel('departures:year', yearId ? { yearId } : null, { keepPrevious: true });
  return (
    <Stack>
      <Group justify="flex-end">
        <YearSelect />
      </Group>
      {yearId && <QueryState query={data}>{(d) => <Departures data={d} />}</QueryState>}
    </Stack>
  );
}

function Departures({ data }: { data: DepartureYear }) {
  const { t } = useTranslation();
  const language = useSettings((s) => s.language);
  const navigate = useNavigation((s) => s.navigate);
  const [flight, setFlight] = useState<FlightTarget | null>(null);
  const [note, setNote] = useState<{ traineeId: string; itemId: string } | null>(null);
  const status = useTaskStatus();
  const toExcel = useChannelMutation('departures:export');
  const excelError = useMutationError(toExcel, 'export.field');
  const byId = new Map(data.departures.map((d) => [d.traineeId, d]));
  const liveItems = data.items.filter((i) => !i.isRetired);

  function open(w: DepartureWarning) {
    const d = byId.get(w.traineeId);
    if (!d) return;
    if (w.kind === 'no_return_flight' || w.kind === 'return_before_end') setFlight(returnFlightTarget(d));
    else if (w.kind === 'overdue' && w.itemId) setNote({ traineeId: w.traineeId, itemId: w.itemId });
    else navigate(`/trainees/${w.traineeId}`);
  }

  const noteDeparture = note ? byId.get(note.traineeId) : undefined;
  const noteTask = noteDeparture?.tasks.find((x) => x.itemId === note?.itemId) ?? null;
  const noteItem = data.items.find((i) => i.id === note?.itemId) ?? null;
  return (
    <Stack>
      <Group>
        <Button
          variant="default"
          loading={toExcel.isPending}
          onClick={() =>
            void toExcel.run(
              { yearId: data.yearId, language },
              {
                onSuccess: (file) => {
                  saveFile(file);
                  useFlash.getState().show(t('export.done', { file: file.fileName }));
                },
              },
            )
          }
          data-testid="departures-export"
        >
          {t('departures.toExcel')}
        </Button>
        <Text size="sm">{t('departures.printList')}</Text>
        {(['ja', 'en'] as const).map((lang) => (
          <Button key={lang} size="compact-sm" variant="default" onClick={() => navigate(departurePrintPath({ kind: 'list', id: data.yearId, language: lang }))} data-testid={`departures-print-list-${lang}`}>
            {t(lang === 'ja' ? 'departures.printJa' : 'departures.printEn')}
          </Button>
        ))}
      </Group>
      <ErrorAlert error={excelError} />
      <DepartureWarnings warnings={data.warnings} onOpen={open} />
      <Timeline data={data} />
      <Paper withBorder p="md">
        <Title order={3} size="h4" mb="sm">
          {t('departures.listTitle')}
        </Title>
        <ErrorAlert error={status.error} />
        {data.departures.length === 0 ? (
          <Text c="dimmed">{t('departures.none')}</Text>
        ) : (
          <ScrollArea>
            <Table withColumnBorders striped stickyHeader data-testid="departures-list">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('departures.column.trainee')}</Table.Th>
                  <Table.Th>{t('departures.column.endsOn')}</Table.Th>
                  <Table.Th>{t('departures.returnFlight')}</Table.Th>
                  <Table.Th>{t('departures.progress')}</Table.Th>
                  {liveItems.map((i) => (
                    <Table.Th key={i.id} style={{ minWidth: 90, verticalAlign: 'bottom' }}>
                      <Text size="xs" fw={600}>
                        {inLanguage(i.nameJa, i.nameEn, language)}
                      </Text>
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.departures.map((d) => (
                  <Row key={d.traineeId} departure={d} items={liveItems} onFlight={setFlight} onChoose={status.choose} onNote={(itemId) => setNote({ traineeId: d.traineeId, itemId })} />
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea>
        )}
      </Paper>
      <FlightModal yearId={data.yearId} target={flight} opened={flight !== null} onClose={() => setFlight(null)} />
      <TaskNoteModal task={noteTask} item={noteItem} traineeName={noteDeparture?.name ?? ''} onClose={() => setNote(null)} />
    </Stack>
  );
}

function Row({
  departure: d,
  items,
  onFlight,
  onChoose,
  onNote,
}: {
  departure: Departure;
  items: DepartureYear['items'];
  onFlight(target: FlightTarget): void;
  onChoose(task: DepartureTask, item: { nameJa: string; nameEn: string }, status: DepartureStatus): void;
  onNote(itemId: string): void;
}) {
  const { t } = useTranslation();
  const language = useSettings((s) => s.language);
  const navigate = useNavigation((s) => s.navigate);
  const live = d.tasks.filter((task) => items.some((i) => i.id === task.itemId));
  const settled = live.filter((task) => task.status === 'done' || task.status === 'not_needed').length;
  return (
    <Table.Tr data-testid="departure-row" data-trainee={d.traineeId}>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <Anchor component="button" type="button" onClick={() => navigate(`/trainees/${d.traineeId}`)}>
          <FormattedName name={d.name} nameLang={d.nameLang} latin={d.latinName} />
        </Anchor>
        {d.hostName && (
          <Text size="xs" c="dimmed">
            {hostNameIn(d, language)}
          </Text>
        )}
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{d.endsOn ? formatDate(d.endsOn, language) : t('departures.noEnd')}</Table.Td>
      <Table.Td>
        <ReturnFlight departure={d} onEdit={onFlight} />
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }} data-testid="departure-progress">
        {t('departures.progressValue', { done: settled, total: live.length })}
      </Table.Td>
      {items.map((item) => {
        const task = d.tasks.find((x) => x.itemId === item.id);
        return (
          <Table.Td key={item.id}>
            {task && (
              <DepartureStatusMenu
                task={task}
                compact
                label={`${d.name} — ${inLanguage(item.nameJa, item.nameEn, language)}`}
                onChoose={(s) => onChoose(task, item, s)}
                onNote={() => onNote(item.id)}
              />
            )}
          </Table.Td>
        );
      })}
    </Table.Tr>
  );
}

/** The year's departures by month and airport: how many leave, and who. */
function Timeline({ data }: { data: DepartureYear }) {
  const { t } = useTranslation();
  const language = useSettings((s) => s.language);
  const byId = new Map(data.departures.map((d) => [d.traineeId, d]));
  return (
    <Paper withBorder p="md">
      <Title order={3} size="h4" mb="sm">
        {t('departures.timelineTitle')}
      </Title>
      {data.timeline.length === 0 ? (
        <Text c="dimmed">{t('departures.noTimeline')}</Text>
      ) : (
        <Table data-testid="departures-timeline">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('departures.month')}</Table.Th>
              <Table.Th>{t('departures.column.airport')}</Table.Th>
              <Table.Th>{t('departures.people')}</Table.Th>
              <Table.Th>{t('departures.column.trainee')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.timeline.map((entry, i) => {
              const first = i === 0 || data.timeline[i - 1]!.month !== entry.month;
              return (
                <Table.Tr key={`${entry.month}/${entry.airport ?? ''}`} data-testid="departures-timeline-row" data-month={entry.month} data-airport={entry.airport ?? ''}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }} fw={first ? 600 : undefined}>
                    {first ? formatMonth(entry.month, language) : ''}
                  </Table.Td>
                  <Table.Td>
                    {entry.airport ? (
                      <Badge variant="light" tt="none">
                        {airportLabel(byId.get(entry.traineeIds[0]!)?.airport ?? null, language) ?? entry.airport}
                      </Badge>
                    ) : (
                      <Badge variant="light" color="orange" tt="none">
                        {t('departures.airportUnknown')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{t('departures.peopleCount', { count: entry.traineeIds.length })}</Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {entry.traineeIds
                        .map((id) => byId.get(id))
                        .filter((d): d is Departure => Boolean(d))
                        .map((d) => d.name)
                        .join(t('common.listSeparator'))}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
