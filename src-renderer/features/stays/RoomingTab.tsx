import { Alert, Badge, Button, Group, List, NativeSelect, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { inLanguage, nameLangTag } from '@shared/contract/names';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Place, RoomingList, Stay, StaysOverview, StayWarning } from '@shared/contract/stays';
import { useFlash } from '../../app/flash.store';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ExportMenu } from '../../components/ExportMenu';
import { QueryState } from '../../data/QueryState';
import { useChannel, useChannelMutation } from '../../data/use-channel';
import { useConfirmDelete } from '../../data/use-confirm-delete';
import { useMutationError } from '../../data/use-mutation-error';
import { formatDate, formatDateRange, formatDay } from '@shared/text/date-format';
import { useSettings } from '../settings/settings.store';
import { daysBetween } from '@shared/text/date-math';
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

/** Who sleeps where: the room assignments, the rooming list of a place for a night, and warnings. */
export function RoomingTab({ yearId }: { yearId: string }) {
  const overview = useChannel('stays:overview', { yearId });
  const places = useChannel('places:list', {});
  return (
    <QueryState query={overview}>
      {(o) => <QueryState query={places}>{(p) => <Rooming yearId={yearId} overview={o} places={p} />}</QueryState>}
    </QueryState>
  );
}

/** The rooming list of one place on one night. */
function RoomingTable({ rooming }: { rooming: RoomingList }) {
  const { t } = useTranslation();
  return (
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
                    {o.gender ? t('common.paren', { text: t(`trainee.gender.${o.gender}`) }) : ''}
                  </Text>
                </Text>
              ))}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function Rooming({ yearId, overview, places }: { yearId: string; overview: StaysOverview; places: Place[] }) {
  const { t } = useTranslation();
  const language = useSettings((s) => s.language);
  const [opened, setOpened] = useState(false);
  const [placeId, setPlaceId] = useState('');
  const [night, setNight] = useState('');
  const nights = [...new Set([...overview.programNights, ...overview.stays.map((s) => s.checkIn)])].sort();
  const shownPlace = placeId || places.find((p) => p.rooms.length > 0)?.id || '';
  const shownNight = night || overview.stays[0]?.checkIn || nights[0] || '';
  const rooming = useChannel('stays:rooming', shownPlace && shownNight ? { yearId, placeId: shownPlace, night: shownNight } : null);
  const remove = useChannelMutation('stays:delete');
  const removeError = useMutationError(remove, 'stay.field');
  const confirmDelete = useConfirmDelete();

  // The question names the stay, not the trainee: only the nights in that room go.
  async function removeStay(stay: Stay) {
    const name = t('stay.deleteName', {
      trainee: stay.traineeName,
      place: inLanguage(stay.placeNameJa, stay.placeNameEn, language),
      room: stay.roomName,
      checkIn: formatDate(stay.checkIn, language),
      checkOut: formatDate(stay.checkOut, language),
    });
    if (!(await confirmDelete({ name }))) return;
    await remove.run({ id: stay.id }, { onSuccess: () => useFlash.getState().show(t('stay.deleted')) }); // a failure is shown above the list
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
        {shownPlace && shownNight && <QueryState query={rooming}>{(r) => <RoomingTable rooming={r} />}</QueryState>}
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
        <ErrorAlert error={removeError} />
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
                  <Table.Td>{t('stay.period', { range: formatDateRange(s.checkIn, s.checkOut, language), count: daysBetween(s.checkIn, s.checkOut) })}</Table.Td>
                  <Table.Td>
                    <Button size="compact-xs" variant="subtle" color="red" onClick={() => void removeStay(s)}>
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
        places={places}
        firstNight={overview.programNights[0] ?? null}
        onClose={() => setOpened(false)}
      />
    </Stack>
  );
}
