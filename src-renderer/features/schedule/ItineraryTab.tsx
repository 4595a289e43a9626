import { NativeSelect, Paper, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { latinName, nativeName, inLanguage } from '@shared/contract/names';
import type { Itinerary } from '@shared/contract/schedule';
import type { TraineeSummary } from '@shared/contract/trainees';
import { formatDay, formatTime, formatWallTime } from '@shared/text/date-format';
import { QueryState } from '../../data/QueryState';
import { useChannel } from '../../data/use-channel';
import { useSettings } from '../settings/settings.store';
import { eventTitle } from './ScheduleTab';

/** One trainee's first weeks, day by day: the events they attend and where they sleep. */
export function ItineraryTab({ yearId }: { yearId: string }) {
  const trainees = useChannel('trainees:list', { yearId });
  return <QueryState query={trainees}>{(list) => <Itineraries trainees={list.filter((x) => x.status !== 'withdrawn')} />}</QueryState>;
}

function Itineraries({ trainees }: { trainees: TraineeSummary[] }) {
  const { t } = useTranslation();
  const [traineeId, setTraineeId] = useState('');
  const shown = trainees.some((x) => x.id === traineeId) ? traineeId : (trainees[0]?.id ?? '');
  const itinerary = useChannel('schedule:itinerary', shown ? { traineeId: shown } : null);

  return (
    <Stack>
      <NativeSelect
        label={t('itinerary.trainee')}
        value={shown}
        onChange={(e) => setTraineeId(e.currentTarget.value)}
        data={trainees.map((x) => ({ value: x.id, label: `${nativeName(x)}  ${latinName(x)}` }))}
        maw={420}
      />
      {shown && <QueryState query={itinerary}>{(it) => <ItineraryDays itinerary={it} />}</QueryState>}
    </Stack>
  );
}

function ItineraryDays({ itinerary }: { itinerary: Itinerary }) {
  const { t } = useTranslation();
  const language = useSettings((s) => s.language);
  const arrival = itinerary.arrival;
  return (
    <>
      {arrival && (
        <Text data-testid="itinerary-arrival">
          {t('itinerary.arrival', {
            flight: arrival.flightNumber,
            airport: arrival.to.iata,
            time: formatWallTime(arrival.arrivesLocal, language),
            terminal: arrival.terminal ?? '',
          })}
        </Text>
      )}
      {itinerary.days.length === 0 && <Text c="dimmed">{t('itinerary.empty')}</Text>}
      {itinerary.days.length > 0 && (
        <Paper withBorder>
          <Table data-testid="itinerary">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={130}>{t('itinerary.date')}</Table.Th>
                <Table.Th>{t('itinerary.events')}</Table.Th>
                <Table.Th>{t('itinerary.night')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {itinerary.days.map((d) => (
                <Table.Tr key={d.date} data-testid="itinerary-day">
                  <Table.Td>{formatDay(d.date, language)}</Table.Td>
                  <Table.Td>
                    {d.events.map((e) => (
                      <div key={e.id}>
                        {formatTime(e.startsAt)}
                        {e.endsAt && `–${formatTime(e.endsAt)}`} {eventTitle(e, language)}
                        {e.place && <Text span size="xs" c="dimmed">{t('common.paren', { text: e.place })}</Text>}
                      </div>
                    ))}
                  </Table.Td>
                  <Table.Td>
                    {d.night ? (
                      `${inLanguage(d.night.placeNameJa, d.night.placeNameEn, language)} ${d.night.roomName}`
                    ) : (
                      <Text span c="orange" size="sm">
                        {t('itinerary.noBed')}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
    </>
  );
}
