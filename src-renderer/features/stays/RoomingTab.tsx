import { Alert, Badge, Button, Group, List, NativeSelect, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { inLanguage, nameLangTag } from '@shared/contract/names';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Place, RoomingList, StaysOverview, StayWarning } from '@shared/contract/stays';
import type { TraineeSummary } from '@shared/contract/trainees';
import { useApi } from '../../api';
import { useFlash } from '../../app/flash.store';
import { ExportMenu } from '../../components/ExportMenu';
import { formatDate, formatDay } from '@shared/text/date-format';
import { useSettings } from '../settings/settings.store';
import { StayModal } from './StayModal';

/** Warnings in a few lines: each trainee's nights without a bed together, each full room per night. */
function Warnings({ warnings }: { warnings: StayWarning[] }) {
  const { t } = useTranslation();
  const language = useSettings((s) => s.language);
  if (warnings.length === 0) return <Alert color="teal">{t('stay.noWarnings')}</Alert>;
  const noBed = new Map<string, string[]>();
  for (const w of warnings.filter((x) => x.kind === 'no_bed')) noBed.set(w.traineeName!, [...(noBed.get(w.traineeName!) ?? []), w.night]);
  const nights = (list: string[]) =>
    list.length === 1 ? formatDay(list[0], language) : t('stay.nightsRange', { count: list.length, from: formatDay(list[0], language), to: formatDay(list.at(-1), language) });
  return (
    <Alert color="orange" title={t('stay.warningsTitle')} data-testid="stay-warnings">
      <List size="sm">
        {[...noBed.entries()].map(([name, list]) => (
          <List.Item key={`bed-${name}`}>{t('stay.warning.no_bed', { name, nights: nights(list) })}</List.Item>
        ))}
        {warnings
          .filter((w) => w.kind !== 'no_bed')
          .map((w) => (
            <List.Item key={`${w.kind}-${w.night}-${w.roomId ?? w.traineeId}`}>
              {t(`stay.warning.${w.kind}`, { name: w.traineeName, room: w.roomName, night: formatDay(w.night, language), occupants: w.occupants, capacity: w.capacity })}
            </List.Item>
          ))}
      </List>
    </Alert>
  );
}

interface Props {
  yearId: string;
  overview: StaysOverview;
  places: Place[];
  trainees: TraineeSummary[];
  onChanged(): void;
}

/** Who sleeps where: the room assignments, the rooming list of a place for a night, and warnings. */
export function RoomingTab({ yearId, overview, places, trainees, onChanged }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const language = useSettings((s) => s.language);
  const [opened, setOpened] = useState(false);
  const [placeId, setPlaceId] = useState('');
  const [night, setNight] = useState('');
  const [rooming, setRooming] = useState<RoomingList | null>(null);
  const nights = [...new Set([...overview.programNights, ...overview.stays.map((s) => s.checkIn)])].sort();
  const shownPlace = placeId || places.find((p) => p.rooms.length > 0)?.id || '';
  const shownNight = night || overview.stays[0]?.checkIn || nights[0] || '';

  useEffect(() => {
    if (!shownPlace || !shownNight) return setRooming(null);
    void api.call('stays:rooming', { yearId, placeId: shownPlace, night: shownNight }).then((r) => r.ok && setRooming(r.value));
  }, [api, yearId, shownPlace, shownNight, overview]);

  async function remove(id: string) {
    if ((await api.call('stays:delete', { id })).ok) {
      useFlash.getState().show(t('stay.deleted'));
      onChanged();
    }
  }

  return (
    <Stack>
      <Warnings warnings={overview.warnings} />
      <Paper withBorder p="sm">
        <Group justify="space-between" mb="xs">
          <Title order={4}>{t('stay.roomingTitle')}</Title>
          <Group>
            <NativeSelect
              aria-label={t('stay.place')}
              value={shownPlace}
              onChange={(e) => setPlaceId(e.currentTarget.value)}
              data={places.map((p) => ({ value: p.id, label: inLanguage(p.nameJa, p.nameEn, language) }))}
            />
            <NativeSelect
              aria-label={t('stay.night')}
              value={shownNight}
              onChange={(e) => setNight(e.currentTarget.value)}
              data={nights.map((n) => ({ value: n, label: t('stay.nightOf', { day: formatDay(n, language) }) }))}
            />
          </Group>
        </Group>
        {rooming && (
          <Table data-testid="rooming-list">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('room.field.name')}</Table.Th>
                <Table.Th>{t('room.field.capacity')}</Table.Th>
                <Table.Th>{t('stay.occupants')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rooming.rooms.map(({ room, occupants }) => (
                <Table.Tr key={room.id} data-testid="rooming-row">
                  <Table.Td>{room.name}</Table.Td>
                  <Table.Td>
                    <Badge color={occupants.length > room.capacity ? 'red' : occupants.length === 0 ? 'gray' : 'teal'} variant="light" tt="none">
                      {occupants.length} / {room.capacity}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {occupants.map((o) => (
                      <Text key={o.traineeId} span mr="md">
                        <span lang={nameLangTag(o.nameLang)}>{o.name}</span>{' '}
                        <Text span size="xs" c="dimmed">
                          {o.latinName}
                          {o.gender ? `・${t(`trainee.gender.${o.gender}`)}` : ''}
                        </Text>
                      </Text>
                    ))}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
      <Paper withBorder p="sm">
        <Group justify="space-between" mb="xs">
          <Title order={4}>{t('stay.listTitle')}</Title>
          <Group>
            <ExportMenu input={{ list: 'rooming', yearId }} />
            <Button onClick={() => setOpened(true)} disabled={!places.some((p) => p.rooms.length > 0)}>
              {t('stay.add')}
            </Button>
          </Group>
        </Group>
        {overview.stays.length === 0 ? (
          <Text c="dimmed">{t('stay.none')}</Text>
        ) : (
          <Table data-testid="stay-table">
            <Table.Tbody>
              {overview.stays.map((s) => (
                <Table.Tr key={s.id} data-testid="stay-row">
                  <Table.Td>
                    <span lang={nameLangTag(s.nameLang)}>{s.traineeName}</span>{' '}
                    <Text span size="xs" c="dimmed">
                      {s.latinName}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {inLanguage(s.placeNameJa, s.placeNameEn, language)} {s.roomName}
                  </Table.Td>
                  <Table.Td>{t('stay.period', { checkIn: formatDate(s.checkIn, language), checkOut: formatDate(s.checkOut, language) })}</Table.Td>
                  <Table.Td>
                    <Button size="compact-xs" variant="subtle" color="red" onClick={() => void remove(s.id)}>
                      {t('common.delete')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
      <StayModal
        yearId={yearId}
        opened={opened}
        trainees={trainees}
        places={places}
        firstNight={overview.programNights[0] ?? null}
        onClose={() => setOpened(false)}
        onSaved={() => {
          setOpened(false);
          onChanged();
        }}
      />
    </Stack>
  );
}
