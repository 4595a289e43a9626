import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Flight } from '@shared/contract/arrivals';
import { nativeName } from '@shared/contract/names';
import type { TraineeSummary } from '@shared/contract/trainees';
import { formatWallTime } from '@shared/text/date-format';
import { ExportMenu } from '../../components/ExportMenu';
import { ImportModal } from '../../components/ImportModal';
import { LatinName, NativeName } from '../../components/PersonName';
import { useEditor } from '../../components/use-editor';
import { QueryState } from '../../data/QueryState';
import { useChannel } from '../../data/use-channel';
import { useSettings } from '../settings/settings.store';
import { FlightModal, type FlightTarget } from './FlightModal';

/** Every trainee of the year with their flights: where from, when (local time at each end), how long. */
export function FlightsTab({ yearId }: { yearId: string }) {
  const { t } = useTranslation();
  const trainees = useChannel('trainees:list', { yearId });
  const flights = useChannel('flights:list', { yearId });
  const editor = useEditor<FlightTarget>();
  const [importing, setImporting] = useState(false);

  return (
    <>
      <Group justify="flex-end">
        <Button variant="light" onClick={() => setImporting(true)}>
          {t('flightImport.open')}
        </Button>
        <ExportMenu input={{ list: 'flights', yearId }} />
      </Group>
      <ImportModal what="flights" opened={importing} onClose={() => setImporting(false)} />
      <QueryState query={trainees}>
        {(list) => (
          <QueryState query={flights}>
            {(all) => (
              <FlightTable
                trainees={list.filter((x) => x.status !== 'withdrawn')}
                flights={all}
                onOpen={(trainee, flight) => editor.open({ traineeId: trainee.id, traineeName: nativeName(trainee), flight })}
              />
            )}
          </QueryState>
        )}
      </QueryState>
      <FlightModal yearId={yearId} target={editor.item} opened={editor.opened} onClose={editor.close} />
    </>
  );
}

function FlightTable({ trainees, flights, onOpen }: { trainees: TraineeSummary[]; flights: Flight[]; onOpen(trainee: TraineeSummary, flight: Flight | null): void }) {
  const { t } = useTranslation();
  const language = useSettings((s) => s.language);
  return (
    <Table striped data-testid="flight-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('flight.trainee')}</Table.Th>
          <Table.Th>{t('flight.field.flightNumber')}</Table.Th>
          <Table.Th>{t('flight.route')}</Table.Th>
          <Table.Th>{t('flight.departs')}</Table.Th>
          <Table.Th>{t('flight.arrives')}</Table.Th>
          <Table.Th>{t('flight.duration')}</Table.Th>
          <Table.Th>{t('flight.field.terminal')}</Table.Th>
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {trainees.map((trainee) => {
          const mine = flights.filter((f) => f.traineeId === trainee.id);
          const open = (flight: Flight | null) => onOpen(trainee, flight);
          return (
            <Table.Tr key={trainee.id} data-testid="flight-row">
              <Table.Td>
                <Text fw={600}>
                  <NativeName person={trainee} />
                </Text>
                <Text size="xs" c="dimmed">
                  <LatinName person={trainee} />
                </Text>
              </Table.Td>
              {mine.length === 0 ? (
                <Table.Td colSpan={6}>
                  <Text c="dimmed" size="sm">
                    {t('flight.none')}
                  </Text>
                </Table.Td>
              ) : (
                <>
                  <Table.Td>
                    {mine.map((f) => (
                      <div key={f.id}>
                        <Button variant="subtle" size="compact-sm" onClick={() => open(f)}>
                          {f.flightNumber}
                        </Button>
                        {f.kind !== 'arrival' && (
                          <Badge size="xs" variant="light" tt="none">
                            {t(`flight.kind.${f.kind}`)}
                          </Badge>
                        )}
                      </div>
                    ))}
                  </Table.Td>
                  <Table.Td>
                    {mine.map((f) => (
                      <div key={f.id}>
                        {f.from.iata} → {f.to.iata}
                      </div>
                    ))}
                  </Table.Td>
                  <Table.Td>
                    {mine.map((f) => (
                      <div key={f.id}>
                        {formatWallTime(f.departsLocal, language)} <Text span size="xs" c="dimmed">{f.departsZone}</Text>
                      </div>
                    ))}
                  </Table.Td>
                  <Table.Td>
                    {mine.map((f) => (
                      <div key={f.id} data-testid="flight-arrives">
                        {formatWallTime(f.arrivesLocal, language)} <Text span size="xs" c="dimmed">{f.arrivesZone}</Text>
                        {f.dayShift !== 0 && (
                          <Badge size="xs" ml={4} color={f.dayShift < 0 ? 'grape' : 'gray'} variant="light">
                            {t('flight.dayShift', { days: f.dayShift > 0 ? `+${f.dayShift}` : f.dayShift })}
                          </Badge>
                        )}
                      </div>
                    ))}
                  </Table.Td>
                  <Table.Td>
                    {mine.map((f) => (
                      <div key={f.id}>{t(f.durationMinutes % 60 ? 'flight.durationHoursMinutes' : 'flight.durationHours', { hours: Math.floor(f.durationMinutes / 60), minutes: f.durationMinutes % 60 })}</div>
                    ))}
                  </Table.Td>
                  <Table.Td>
                    {mine.map((f) => (
                      <div key={f.id}>{f.terminal ?? ''}</div>
                    ))}
                  </Table.Td>
                </>
              )}
              <Table.Td>
                <Button size="compact-xs" variant="light" onClick={() => open(null)}>
                  {t('flight.add')}
                </Button>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
