import { Button, Card, Group, NativeSelect, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { inLanguage, nameLangTag } from '@shared/contract/names';
import { useTranslation } from 'react-i18next';
import type { ArrivalBoard, ArrivingTrainee, PickupGroup, Staff } from '@shared/contract/arrivals';
import type { Place } from '@shared/contract/stays';
import { useApi } from '../../api';
import { useEditor } from '../../components/use-editor';
import { useFlash } from '../../app/flash.store';
import { ExportMenu } from '../../components/ExportMenu';
import { formatTime, formatWallTime } from '@shared/text/date-format';
import { useSettings } from '../settings/settings.store';
import { airportName } from './AirportInput';
import { GroupFlags } from './GroupFlags';
import { GroupModal } from './GroupModal';
import { staffContacts } from './staff-contacts';

function MemberRows({ members, groups, onMove }: { members: ArrivingTrainee[]; groups: PickupGroup[]; onMove(traineeId: string, groupId: string | null): void }) {
  const { t } = useTranslation();
  const language = useSettings((s) => s.language);
  return (
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
                {m.flight ? `${m.currentFlightNumber} · ${m.flight.to.iata}${m.flight.terminal ? ` T${m.flight.terminal}` : ''}` : ''}
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
                  onChange={(e) => onMove(m.traineeId, e.currentTarget.value || null)}
                  data={[{ value: '', label: t('pickup.noGroup') }, ...groups.map((g) => ({ value: g.id, label: g.name }))]}
                />
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}

interface Props {
  yearId: string;
  board: ArrivalBoard;
  staff: Staff[];
  places: Place[];
  onChanged(): void;
}

/** Pickup groups of the year: where and when to meet, who goes, who is in each, and who is in none. */
export function GroupsTab({ yearId, board, staff, places, onChanged }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const language = useSettings((s) => s.language);
  const editor = useEditor<PickupGroup>();

  async function move(traineeId: string, groupId: string | null) {
    const result = await api.call('pickup-groups:set-member', { traineeId, groupId });
    if (result.ok) onChanged();
  }

  async function place() {
    const result = await api.call('pickup-groups:place', { yearId });
    if (!result.ok) return;
    useFlash.getState().show(t('pickup.placed', { placed: result.value.placed, left: result.value.left }));
    onChanged();
  }

  async function applySuggestion(g: PickupGroup) {
    const result = await api.call('pickup-groups:update', {
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
    });
    if (result.ok) onChanged();
  }

  async function remove(g: PickupGroup) {
    const result = await api.call('pickup-groups:delete', { id: g.id });
    if (result.ok) {
      useFlash.getState().show(t('pickup.deleted', { name: g.name }));
      onChanged();
    }
  }

  return (
    <Stack>
      <Group justify="flex-end">
        <ExportMenu input={{ list: 'pickup', yearId }} />
        <Button variant="light" onClick={() => void place()} disabled={board.groups.length === 0}>
          {t('pickup.placeByFlight')}
        </Button>
        <Button
          onClick={() => editor.open(null)}
        >
          {t('pickup.add')}
        </Button>
      </Group>
      {board.groups.length === 0 && <Text c="dimmed">{t('pickup.none')}</Text>}
      {board.groups.map((g) => (
        <Card key={g.id} withBorder data-testid="pickup-group">
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
                  <Button size="compact-xs" variant="light" onClick={() => void applySuggestion(g)}>
                    {t('pickup.useSuggestion')}
                  </Button>
                </Group>
              )}
              <Group gap={4}>
                <Button
                  size="compact-xs"
                  variant="subtle"
                  onClick={() => editor.open(g)}
                >
                  {t('common.edit')}
                </Button>
                <Button size="compact-xs" variant="subtle" color="red" onClick={() => void remove(g)}>
                  {t('common.delete')}
                </Button>
              </Group>
            </Stack>
          </Group>
          {g.members.length === 0 ? <Text c="dimmed">{t('pickup.empty')}</Text> : <MemberRows members={g.members} groups={board.groups} onMove={(a, b) => void move(a, b)} />}
        </Card>
      ))}
      {board.unplaced.length > 0 && (
        <Paper withBorder p="sm" data-testid="unplaced">
          <Title order={5}>{t('pickup.unplaced', { count: board.unplaced.length })}</Title>
          <MemberRows members={board.unplaced} groups={board.groups} onMove={(a, b) => void move(a, b)} />
        </Paper>
      )}
      <GroupModal
        yearId={yearId}
        group={editor.item}
        opened={editor.opened}
        staff={staff}
        places={places}
        onClose={editor.close}
        onSaved={() => {
          editor.close();
          onChanged();
        }}
      />
    </Stack>
  );
}
