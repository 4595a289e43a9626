import { Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DepartureWarning, TraineeDeparture as TraineeDepartureData } from '@shared/contract/departures';
import { inLanguage } from '@shared/contract/names';
import { formatDate } from '@shared/text/date-format';
import { useNavigation } from '../../app/navigation.store';
import { ErrorAlert } from '../../components/ErrorAlert';
import { QueryState } from '../../data/QueryState';
import { useChannel } from '../../data/use-channel';
import { FlightModal, type FlightTarget } from '../arrivals/FlightModal';
import { departurePrintPath } from '../prints/departures-path';
import { useSettings } from '../settings/settings.store';
import { DepartureStatusMenu } from './DepartureStatusMenu';
import { DepartureWarnings } from './DepartureWarnings';
import { ReturnFlight, returnFlightTarget } from './ReturnFlight';
import { TaskNoteModal } from './TaskNoteModal';
import { useTaskStatus } from './use-task-status';
import { airportLabel, departureOffsetLabel } from './departure-labels';

/** One trainee's return: training end, return flight and the departure checklist (for the trainee page). It draws its own Paper. */
export function TraineeDeparture({ traineeId }: { traineeId: string; traineeName: string }) {
  const { t } = useTranslation();
  const data = useChannel('departures:trainee', { traineeId });
  return (
    <Paper withBorder p="md" mt="md" data-testid="trainee-departure">
      <Title order={4} mb="sm">
        {t('departures.traineeTitle')}
      </Title>
      <QueryState query={data}>{(d) => <Checklist data={d} />}</QueryState>
    </Paper>
  );
}

function Checklist({ data }: { data: TraineeDepartureData }) {
  const { t } = useTranslation();
  const language = useSettings((s) => s.language);
  const navigate = useNavigation((s) => s.navigate);
  const [flight, setFlight] = useState<FlightTarget | null>(null);
  const [noteItemId, setNoteItemId] = useState<string | null>(null);
  const status = useTaskStatus();
  const d = data.departure;

  function open(w: DepartureWarning) {
    if (w.kind === 'no_return_flight' || w.kind === 'return_before_end') setFlight(returnFlightTarget(d));
    else if (w.itemId) setNoteItemId(w.itemId);
  }

  return (
    <Stack>
      <DepartureWarnings warnings={d.warnings} onOpen={open} />
      <Group gap="xl" align="flex-start">
        <div>
          <Text size="xs" c="dimmed">
            {t('departures.column.endsOn')}
          </Text>
          <Text data-testid="trainee-departure-end">{d.endsOn ? formatDate(d.endsOn, language) : t('departures.noEnd')}</Text>
        </div>
        <div>
          <Text size="xs" c="dimmed">
            {t('departures.returnFlight')}
          </Text>
          <ReturnFlight departure={d} isDisabled={data.isWithdrawn} onEdit={setFlight} />
        </div>
        {d.airport && (
          <div>
            <Text size="xs" c="dimmed">
              {t('departures.column.airport')}
            </Text>
            <Text>{airportLabel(d.airport, language)}</Text>
          </div>
        )}
      </Group>
      <Group gap="xs">
        <Text size="sm">{t('departures.printDay')}</Text>
        {(['ja', 'en'] as const).map((lang) => (
          <Button key={lang} size="compact-sm" variant="default" onClick={() => navigate(departurePrintPath({ kind: 'day', id: d.traineeId, language: lang }))} data-testid={`departure-print-day-${lang}`}>
            {t(lang === 'ja' ? 'departures.printJa' : 'departures.printEn')}
          </Button>
        ))}
      </Group>
      {data.isWithdrawn && <Text c="orange">{t('departures.withdrawn')}</Text>}
      <ErrorAlert error={status.error} />
      <Table data-testid="trainee-departure-list">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('departures.task')}</Table.Th>
            <Table.Th>{t('departures.due')}</Table.Th>
            <Table.Th>{t('departures.field.status')}</Table.Th>
            <Table.Th>{t('departures.changedOn')}</Table.Th>
            <Table.Th>{t('departures.field.note')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.items.map((item) => {
            const task = d.tasks.find((x) => x.itemId === item.id)!;
            const name = inLanguage(item.nameJa, item.nameEn, language);
            return (
              <Table.Tr key={item.id} data-testid="trainee-departure-row" data-item={item.id}>
                <Table.Td>{name}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{task.dueOn ? formatDate(task.dueOn, language) : departureOffsetLabel(t, item.offsetDays)}</Table.Td>
                <Table.Td>
                  <DepartureStatusMenu task={task} label={name} isDisabled={data.isWithdrawn} onChoose={(s) => status.choose(task, item, s)} onNote={() => setNoteItemId(item.id)} />
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {task.changedOn ? t('departures.changed', { date: formatDate(task.changedOn, language), by: task.changedBy ?? t('departures.unknownAuthor') }) : ''}
                </Table.Td>
                <Table.Td>{task.note}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <FlightModal yearId={data.yearId} target={flight} opened={flight !== null} onClose={() => setFlight(null)} />
      <TaskNoteModal
        task={d.tasks.find((x) => x.itemId === noteItemId) ?? null}
        item={data.items.find((i) => i.id === noteItemId) ?? null}
        traineeName={d.name}
        onClose={() => setNoteItemId(null)}
      />
    </Stack>
  );
}
