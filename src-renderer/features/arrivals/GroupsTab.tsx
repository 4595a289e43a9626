import { Button, Card, Group, NativeSelect, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { inLanguage, nameLangTag } from '@shared/contract/names';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ArrivalBoard, ArrivingTrainee, PickupGroup } from '@shared/contract/arrivals';
import { formatTime, formatWallTime } from '@shared/text/date-format';
import { useFlash } from '../../app/flash.store';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ExportMenu } from '../../components/ExportMenu';
import { useEditor } from '../../components/use-editor';
import { QueryState } from '../../data/QueryState';
import { useChannel, useChannelMutation } from '../../data/use-channel';
import { useConfirmDelete } from '../../data/use-confirm-delete';
import { useMutationError } from '../../data/use-mutation-error';
import { useSettings } from '../settings/settings.store';
import { airportName } from './AirportInput';
import { GroupFlags } from './GroupFlags';
import { GroupModal } from './GroupModal';
import { staffContacts } from './staff-contacts';

/** Trainees with the group each is in, and a choice to move them to another (or to none). */
function MemberRows({ members, groups }: { members: ArrivingTrainee[]; groups: PickupGroup[] }) {
  const { t } = useTranslation();
  const language = useSettings((s) => s.language);
  const move = useChannelMutation('pickup-groups:set-member');
  const moveError = useMutationError(move, 'pickup.field');
  return (
    <>
      <ErrorAlert error={moveError} />
      <Table>
        <Table.Tbody>
          {members.map((m) => {
            const groupId = groups.find((g) => g.members.some((x) => x.traineeId === m.traineeId))?.id ?? '';
            return (
              <Table.Tr key={m.traineeId} data-testid="member-row">
                <Table.Td>
                  <Text fw={600} lang={nameLangTag(m.nameLang)} span>
                    {m.name}
                  </Text>{' '}
                  <Text span size="sm" c="dimmed">
                    {m.latinName}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {m.flight ? `${m.currentFlightNumber} · ${m.flight.to.iata}${m.flight.terminal ? ` ${t('pickup.terminal', { terminal: m.flight.terminal })}` : ''}` : ''}
                </Table.Td>
                <Table.Td>{m.expectedArrivesLocal ? formatWallTime(m.expectedArrivesLocal, language) : ''}</Table.Td>
                <Table.Td>
                  <GroupFlags flags={m.flags} />
                </Table.Td>
                <Table.Td w={200}>
                  <NativeSelect
                    size="xs"
                    aria-label={t('pickup.moveTo', { name: m.latinName })}
                    value={groupId}
                    onChange={(e) => void move.run({ traineeId: m.traineeId, groupId: e.currentTarget.value || null })}
                    data={[{ value: '', label: t('pickup.noGroup') }, ...groups.map((g) => ({ value: g.id, label: g.name }))]}
                  />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </>
  );
}

/** The group's fields as the update channel takes them, with the suggested meeting time. */
function withSuggestedTime(g: PickupGroup) {
  return {
    id: g.id,
    name: g.name,
    airport: g.airport.iata,
    terminal: g.terminal,
    meetingPoint: g.meetingPoint,
    meetingTime: g.suggestedMeetingTime,
    marginMinutes: g.marginMinutes,
    windowFrom: g.windowFrom,
    windowTo: g.windowTo,
    transport: g.transport,
    destinationPlaceId: g.destination?.id ?? null,
    staffIds: g.staff.map((s) => s.id),
    notes: g.notes,
  };
}

/** What deleting a group takes with it: its trainees' places in it and its staff's part in it (the people stay). */
function goesWith(g: PickupGroup, t: TFunction): string[] {
  return [
    ...(g.members.length ? [t('pickup.deleteWithMembers', { count: g.members.length })] : []),
    ...(g.staff.length ? [t('pickup.deleteWithStaff', { count: g.staff.length })] : []),
  ];
}

function GroupCard({ group: g, groups, onEdit }: { group: PickupGroup; groups: PickupGroup[]; onEdit(): void }) {
  const { t } = useTranslation();
  const language = useSettings((s) => s.language);
  const update = useChannelMutation('pickup-groups:update');
  const remove = useChannelMutation('pickup-groups:delete');
  const updateError = useMutationError(update, 'pickup.field');
  const removeError = useMutationError(remove, 'pickup.field');
  const confirmDelete = useConfirmDelete();

  async function removeGroup() {
    if (!(await confirmDelete({ name: g.name, with: goesWith(g, t) }))) return;
    await remove.run({ id: g.id }, { onSuccess: () => useFlash.getState().show(t('pickup.deleted', { name: g.name })) }); // a failure is shown on the card
  }

  return (
    <Card withBorder data-testid="pickup-group">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={4}>{g.name}</Title>
          <Text size="sm">
            {airportName(g.airport, language)}
            {g.terminal && ` ${t('pickup.terminal', { terminal: g.terminal })}`}
            {g.meetingPoint && ` · ${g.meetingPoint}`}
            {g.transport && ` · ${t(`pickup.transport.${g.transport}`)}`}
            {g.destination && ` → ${inLanguage(g.destination.nameJa, g.destination.nameEn, language)}`}
          </Text>
          {(g.windowFrom || g.windowTo) && (
            <Text size="sm" c="dimmed">
              {t('pickup.window', { from: formatWallTime(g.windowFrom, language), to: formatWallTime(g.windowTo, language) })}
            </Text>
          )}
          <Text size="sm" c="dimmed">
            {g.staff.length ? staffContacts(g.staff, t('common.listSeparator')) : t('pickup.noStaff')}
          </Text>
        </div>
        <Stack gap={4} align="flex-end">
          <Text fw={700} size="lg" data-testid="meeting-time">
            {g.meetingTime ? t('pickup.meetingAt', { time: formatWallTime(g.meetingTime, language) }) : t('pickup.meetingUndecided')}
          </Text>
          {g.suggestedMeetingTime && g.suggestedMeetingTime !== g.meetingTime && (
            <Group gap={4}>
              <Text size="sm" data-testid="suggested-meeting-time">
                {t('pickup.suggested', { time: formatTime(g.suggestedMeetingTime), margin: g.marginMinutes })}
              </Text>
              <Button size="compact-xs" variant="light" loading={update.isPending} onClick={() => void update.run(withSuggestedTime(g))}>
                {t('pickup.useSuggestion')}
              </Button>
            </Group>
          )}
          <Group gap={4}>
            <Button size="compact-xs" variant="subtle" onClick={onEdit}>
              {t('common.edit')}
            </Button>
            <Button size="compact-xs" variant="subtle" color="red" onClick={() => void removeGroup()}>
              {t('common.delete')}
            </Button>
          </Group>
        </Stack>
      </Group>
      <ErrorAlert error={updateError ?? removeError} />
      {g.members.length === 0 ? <Text c="dimmed">{t('pickup.empty')}</Text> : <MemberRows members={g.members} groups={groups} />}
    </Card>
  );
}

function Groups({ yearId, board }: { yearId: string; board: ArrivalBoard }) {
  const { t } = useTranslation();
  const editor = useEditor<PickupGroup>();
  const place = useChannelMutation('pickup-groups:place');
  const placeError = useMutationError(place, 'pickup.field');

  async function placeByFlight() {
    await place.run({ yearId }, { onSuccess: (placed) => useFlash.getState().show(t('pickup.placed', { placed: placed.placed, left: placed.left })) }); // a failure is shown above the groups
  }

  return (
    <Stack>
      <Group justify="flex-end">
        <ExportMenu input={{ list: 'pickup', yearId }} />
        <Button variant="light" onClick={() => void placeByFlight()} loading={place.isPending} disabled={board.groups.length === 0}>
          {t('pickup.placeByFlight')}
        </Button>
        <Button onClick={() => editor.open(null)}>{t('pickup.add')}</Button>
      </Group>
      <ErrorAlert error={placeError} />
      {board.groups.length === 0 && <Text c="dimmed">{t('pickup.none')}</Text>}
      {board.groups.map((g) => (
        <GroupCard key={g.id} group={g} groups={board.groups} onEdit={() => editor.open(g)} />
      ))}
      {board.unplaced.length > 0 && (
        <Paper withBorder p="sm" data-testid="unplaced">
          <Title order={5}>{t('pickup.unplaced', { count: board.unplaced.length })}</Title>
          <MemberRows members={board.unplaced} groups={board.groups} />
        </Paper>
      )}
      <GroupModal yearId={yearId} group={editor.item} opened={editor.opened} onClose={editor.close} />
    </Stack>
  );
}

/** Pickup groups of the year: where and when to meet, who goes, who is in each, and who is in none. */
export function GroupsTab({ yearId }: { yearId: string }) {
  const board = useChannel('arrivals:board', { yearId });
  return <QueryState query={board}>{(b) => <Groups yearId={yearId} board={b} />}</QueryState>;
}
