import { Button, Card, Group, NativeSelect, NumberInput, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PLACE_KINDS, type Place, type Room } from '@shared/contract/stays';
import { useFlash } from '../../app/flash.store';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useEditor } from '../../components/use-editor';
import { FormModal } from '../../data/FormModal';
import { QueryState } from '../../data/QueryState';
import { useChannel, useChannelMutation } from '../../data/use-channel';
import { useConfirmDelete } from '../../data/use-confirm-delete';
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

function RoomRow({ room }: { room: Room }) {
  const { t } = useTranslation();
  const remove = useChannelMutation('rooms:delete');
  const confirmDelete = useConfirmDelete();
  return (
    <Table.Tr>
      <Table.Td>{room.name}</Table.Td>
      <Table.Td>{t('room.beds', { count: room.capacity })}</Table.Td>
      <Table.Td>
        <Button
          size="compact-xs"
          variant="subtle"
          color="red"
          onClick={() => void confirmDelete({ name: room.name, with: [t('room.deleteWithStays')] }).then((yes) => yes && remove.mutate({ id: room.id }))}
        >
          {t('common.delete')}
        </Button>
      </Table.Td>
    </Table.Tr>
  );
}

function PlaceCard({ place, onEdit }: { place: Place; onEdit(): void }) {
  const { t } = useTranslation();
  const remove = useChannelMutation('places:delete');
  const removeRoom = useMutationError(useChannelMutation('rooms:delete'), 'room.field');
  const error = useMutationError(remove, 'place.field');
  const confirmDelete = useConfirmDelete();

  async function removePlace() {
    const rooms = place.rooms.length ? [t('place.deleteWithRooms', { count: place.rooms.length })] : [];
    if (!(await confirmDelete({ name: place.nameJa, with: rooms }))) return;
    await remove.mutateAsync({ id: place.id }).then(
      () => useFlash.getState().show(t('place.deleted', { name: place.nameJa })),
      () => undefined, // shown below the card
    );
  }

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
          <Button size="compact-xs" variant="subtle" color="red" onClick={() => void removePlace()}>
            {t('common.delete')}
          </Button>
        </Group>
      </Group>
      <ErrorAlert error={error ?? removeRoom} />
      {place.rooms.length > 0 && (
        <Table mt="xs" data-testid="room-table">
          <Table.Tbody>
            {place.rooms.map((r) => (
              <RoomRow key={r.id} room={r} />
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
