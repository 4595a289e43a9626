import { Button, Card, Group, NativeSelect, NumberInput, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PickupGroup } from '@shared/contract/arrivals';
import { PLACE_KINDS, type Place, type Room, type Stay } from '@shared/contract/stays';
import { useFlash } from '../../app/flash.store';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useEditor } from '../../components/use-editor';
import { FormModal } from '../../data/FormModal';
import { useYearList } from '../../data/lists';
import { QueryError, QueryState } from '../../data/QueryState';
import { useChannel, useChannelMutation, useChannels } from '../../data/use-channel';
import { useConfirmDelete, type DeleteQuestion } from '../../data/use-confirm-delete';
import { useContractForm } from '../../data/use-contract-form';
import { useMutationError } from '../../data/use-mutation-error';

const EMPTY = { kind: 'hotel' as Place['kind'], nameJa: '', nameEn: '', address: '', phone: '', notes: '' };

function PlaceModal({ place, opened, onClose }: { place: Place | null; opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const form = useContractForm(place ? 'places:update' : 'places:create', {
    opened,
    recordKey: place?.id,
    initialValues: place
      ? { kind: place.kind, nameJa: place.nameJa, nameEn: place.nameEn ?? '', address: place.address ?? '', phone: place.phone ?? '', notes: place.notes ?? '' }
      : EMPTY,
    toInput: (v) => {
      const fields = { ...v, nameEn: v.nameEn || null, address: v.address || null, phone: v.phone || null, notes: v.notes || null };
      return place ? { id: place.id, ...fields } : fields;
    },
    fieldLabels: 'place.field',
    flash: (saved) => t('place.saved', { name: saved.nameJa }),
    onSaved: onClose,
  });
  return (
    <FormModal opened={opened} onClose={onClose} title={t(place ? 'place.editTitle' : 'place.addTitle')} form={form}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NativeSelect {...form.field('kind')} data={PLACE_KINDS.map((k) => ({ value: k, label: t(`place.kind.${k}`) }))} />
        <TextInput {...form.field('phone')} type="tel" />
        <TextInput {...form.field('nameJa')} data-autofocus />
        <TextInput {...form.field('nameEn')} />
      </SimpleGrid>
      <TextInput {...form.field('address')} />
      <TextInput {...form.field('notes')} />
    </FormModal>
  );
}

/** Adds a room (name and beds) to a place. */
function AddRoom({ place }: { place: Place }) {
  const { t } = useTranslation();
  const form = useContractForm('rooms:create', {
    recordKey: place.id,
    initialValues: { name: '', capacity: 1 as number | string },
    toInput: (v) => ({ placeId: place.id, name: v.name, capacity: typeof v.capacity === 'number' ? v.capacity : Number.NaN }),
    fieldLabels: 'room.field',
    onSaved: () => form.form.setValues({ name: '', capacity: 1 }),
  });
  return (
    <form onSubmit={form.onSubmit} noValidate>
      <Stack gap={4}>
        <Group align="flex-end" gap="xs">
          <TextInput {...form.field('name')} w={140} />
          <NumberInput {...form.field('capacity')} min={1} max={20} w={110} />
          <Button type="submit" variant="light" loading={form.isSaving}>
            {t('room.add')}
          </Button>
        </Group>
        <ErrorAlert error={form.error} />
      </Stack>
    </form>
  );
}

/** What deleting a place or a room takes with it, across every year: the stays booked in its rooms and the pickup groups bound for it. */
interface PlaceUse {
  stays: Stay[];
  groups: PickupGroup[];
}

/**
 * Asks before a delete once it is known what goes with it. Places serve every year while stays
 * and pickup groups belong to one, so those are read for every year, and only after a person
 * asks to delete (the tab itself never waits for them).
 */
function useDeleteAfterReading(question: (contents: PlaceUse) => DeleteQuestion, onConfirmed: () => void) {
  const [isAsking, setAsking] = useState(false);
  const years = useYearList();
  const inputs = isAsking && years.data ? years.data.map((y) => ({ yearId: y.id })) : [];
  const overviews = useChannels('stays:overview', inputs);
  const boards = useChannels('arrivals:board', inputs);
  const confirmDelete = useConfirmDelete();
  const contents = useMemo(
    () => (years.data && overviews.data && boards.data ? { stays: overviews.data.flatMap((o) => o.stays), groups: boards.data.flatMap((b) => b.groups) } : null),
    [years.data, overviews.data, boards.data],
  );
  const error = isAsking ? (years.error ?? overviews.error ?? boards.error) : null;

  useEffect(() => {
    if (!isAsking || !contents) return;
    setAsking(false);
    void confirmDelete(question(contents)).then((yes) => yes && onConfirmed());
  }, [isAsking, contents, confirmDelete, question, onConfirmed]);

  return {
    ask: () => setAsking(true),
    isReading: isAsking && !error,
    error,
    retry: () => {
      if (years.isError) void years.refetch();
      overviews.retry();
      boards.retry();
    },
  };
}

function RoomRow({ place, room }: { place: Place; room: Room }) {
  const { t } = useTranslation();
  const remove = useChannelMutation('rooms:delete');
  const removeError = useMutationError(remove, 'room.field');
  const name = t('room.deleteName', { place: place.nameJa, room: room.name });
  const deletion = useDeleteAfterReading(
    (contents) => {
      const stays = contents.stays.filter((s) => s.roomId === room.id).length;
      return { name, with: stays ? [t('room.deleteWithStays', { count: stays })] : [] };
    },
    // The row is gone once the places are read again, so the flash follows the call, not the row.
    () => void remove.run({ id: room.id }, { onSuccess: () => useFlash.getState().show(t('room.deleted', { name })) }), // a failure is shown under the row
  );
  const problem = deletion.error ? (
    <QueryError error={deletion.error} onRetry={deletion.retry} />
  ) : (
    removeError && <ErrorAlert error={removeError} />
  );
  return (
    <>
      <Table.Tr data-testid="room-row">
        <Table.Td>{room.name}</Table.Td>
        <Table.Td>{t('room.beds', { count: room.capacity })}</Table.Td>
        <Table.Td>
          <Button size="compact-xs" variant="subtle" color="red" loading={deletion.isReading || remove.isPending} onClick={deletion.ask}>
            {t('common.delete')}
          </Button>
        </Table.Td>
      </Table.Tr>
      {problem && (
        <Table.Tr>
          <Table.Td colSpan={3}>{problem}</Table.Td>
        </Table.Tr>
      )}
    </>
  );
}

function PlaceCard({ place, onEdit }: { place: Place; onEdit(): void }) {
  const { t } = useTranslation();
  const remove = useChannelMutation('places:delete');
  const error = useMutationError(remove, 'place.field');
  const deletion = useDeleteAfterReading(
    (contents) => {
      const roomIds = new Set(place.rooms.map((r) => r.id));
      const counted: Array<[string, number]> = [
        ['place.deleteWithRooms', place.rooms.length],
        ['place.deleteWithStays', contents.stays.filter((s) => roomIds.has(s.roomId)).length],
        ['place.deleteWithDestination', contents.groups.filter((g) => g.destination?.id === place.id).length],
      ];
      return { name: place.nameJa, with: counted.filter(([, count]) => count > 0).map(([key, count]) => t(key, { count })) };
    },
    () => void remove.run({ id: place.id }, { onSuccess: () => useFlash.getState().show(t('place.deleted', { name: place.nameJa })) }), // a failure is shown below the card
  );

  return (
    <Card withBorder data-testid="place-card">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={4}>
            {place.nameJa}
            {place.nameEn && (
              <Text span c="dimmed" ml="xs">
                {place.nameEn}
              </Text>
            )}
          </Title>
          <Text size="sm">
            {t(`place.kind.${place.kind}`)}
            {place.address && ` · ${place.address}`}
            {place.phone && ` · ${place.phone}`}
          </Text>
        </div>
        <Group gap={4}>
          <Button size="compact-xs" variant="subtle" onClick={onEdit}>
            {t('common.edit')}
          </Button>
          <Button size="compact-xs" variant="subtle" color="red" loading={deletion.isReading || remove.isPending} onClick={deletion.ask}>
            {t('common.delete')}
          </Button>
        </Group>
      </Group>
      {deletion.error && <QueryError error={deletion.error} onRetry={deletion.retry} />}
      <ErrorAlert error={error} />
      {place.rooms.length > 0 && (
        <Table mt="xs" data-testid="room-table">
          <Table.Tbody>
            {place.rooms.map((r) => (
              <RoomRow key={r.id} place={place} room={r} />
            ))}
          </Table.Tbody>
        </Table>
      )}
      <AddRoom place={place} />
    </Card>
  );
}

/** Hotels, JIAM and host housing with their rooms. */
export function PlacesTab() {
  const { t } = useTranslation();
  const places = useChannel('places:list', {});
  const editor = useEditor<Place>();

  return (
    <Stack>
      <Group justify="flex-end">
        <Button onClick={() => editor.open(null)}>{t('place.add')}</Button>
      </Group>
      <QueryState query={places}>
        {(list) =>
          list.length === 0 ? (
            <Text c="dimmed">{t('place.none')}</Text>
          ) : (
            list.map((p) => <PlaceCard key={p.id} place={p} onEdit={() => editor.open(p)} />)
          )
        }
      </QueryState>
      <PlaceModal place={editor.item} opened={editor.opened} onClose={editor.close} />
    </Stack>
  );
}
