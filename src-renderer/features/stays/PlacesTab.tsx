import { Button, Card, Group, Modal, NativeSelect, NumberInput, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PLACE_KINDS, type Place } from '@shared/contract/stays';
import { useApi } from '../../api';
import { useEditor } from '../../components/use-editor';
import { useFlash } from '../../app/flash.store';
import { ErrorAlert } from '../../components/ErrorAlert';
import { textFieldBinder } from '../../components/form-fields';
import { ModalFormFooter } from '../../components/ModalFormFooter';
import { translateError, type TranslatedError } from '../../i18n/errors';

type Values = { kind: Place['kind']; nameJa: string; nameEn: string; address: string; phone: string; notes: string };
const EMPTY: Values = { kind: 'hotel', nameJa: '', nameEn: '', address: '', phone: '', notes: '' };

function PlaceModal({ place, opened, onClose, onSaved }: { place: Place | null; opened: boolean; onClose(): void; onSaved(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [values, setValues] = useState<Values>(EMPTY);
  const [error, setError] = useState<TranslatedError | null>(null);

  useEffect(() => {
    setValues(
      place
        ? { kind: place.kind, nameJa: place.nameJa, nameEn: place.nameEn ?? '', address: place.address ?? '', phone: place.phone ?? '', notes: place.notes ?? '' }
        : EMPTY,
    );
    setError(null);
  }, [place, opened]);

  async function save(event: FormEvent) {
    event.preventDefault();
    const fields = { ...values, nameEn: values.nameEn || null, address: values.address || null, phone: values.phone || null, notes: values.notes || null };
    const result = place ? await api.call('places:update', { id: place.id, ...fields }) : await api.call('places:create', fields);
    if (!result.ok) return setError(translateError(t, result.error, 'place.field'));
    useFlash.getState().show(t('place.saved', { name: result.value.nameJa }));
    onSaved();
  }

  const text = textFieldBinder(t, 'place.field', values, setValues, error);
  return (
    <Modal opened={opened} onClose={onClose} title={t(place ? 'place.editTitle' : 'place.addTitle')} centered size="lg">
      <form onSubmit={(e) => void save(e)}>
        <Stack>
          <SimpleGrid cols={2}>
            <NativeSelect
              {...text('kind')}
              data={PLACE_KINDS.map((k) => ({ value: k, label: t(`place.kind.${k}`) }))}
            />
            <TextInput {...text('phone')} type="tel" />
            <TextInput {...text('nameJa')} data-autofocus />
            <TextInput {...text('nameEn')} />
          </SimpleGrid>
          <TextInput {...text('address')} />
          <TextInput {...text('notes')} />
          <ModalFormFooter error={error} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}

/** Adds a room (name and beds) to a place. */
function AddRoom({ place, onAdded }: { place: Place; onAdded(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [name, setName] = useState('');
  const [capacity, setCapacity] = useState<number | string>(1);
  const [error, setError] = useState<TranslatedError | null>(null);

  async function add() {
    const result = await api.call('rooms:create', { placeId: place.id, name, capacity: typeof capacity === 'number' ? capacity : Number.NaN });
    if (!result.ok) return setError(translateError(t, result.error, 'room.field'));
    setError(null);
    setName('');
    onAdded();
  }

  return (
    <Stack gap={4}>
      <Group align="flex-end" gap="xs">
        <TextInput label={t('room.field.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} w={140} error={error?.fields.name} />
        <NumberInput label={t('room.field.capacity')} value={capacity} onChange={setCapacity} min={1} max={20} w={110} error={error?.fields.capacity} />
        <Button variant="light" onClick={() => void add()}>
          {t('room.add')}
        </Button>
      </Group>
      <ErrorAlert error={error && Object.keys(error.fields).length === 0 ? error : null} />
    </Stack>
  );
}

/** Hotels, JIAM and host housing with their rooms. */
export function PlacesTab({ places, onChanged }: { places: Place[]; onChanged(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const editor = useEditor<Place>();

  async function removeRoom(id: string) {
    if ((await api.call('rooms:delete', { id })).ok) onChanged();
  }
  async function removePlace(p: Place) {
    if ((await api.call('places:delete', { id: p.id })).ok) {
      useFlash.getState().show(t('place.deleted', { name: p.nameJa }));
      onChanged();
    }
  }

  return (
    <Stack>
      <Group justify="flex-end">
        <Button
          onClick={() => editor.open(null)}
        >
          {t('place.add')}
        </Button>
      </Group>
      {places.length === 0 && <Text c="dimmed">{t('place.none')}</Text>}
      {places.map((p) => (
        <Card key={p.id} withBorder data-testid="place-card">
          <Group justify="space-between" align="flex-start">
            <div>
              <Title order={4}>
                {p.nameJa}
                {p.nameEn && (
                  <Text span c="dimmed" ml="xs">
                    {p.nameEn}
                  </Text>
                )}
              </Title>
              <Text size="sm">
                {t(`place.kind.${p.kind}`)}
                {p.address && ` · ${p.address}`}
                {p.phone && ` · ${p.phone}`}
              </Text>
            </div>
            <Group gap={4}>
              <Button
                size="compact-xs"
                variant="subtle"
                onClick={() => editor.open(p)}
              >
                {t('common.edit')}
              </Button>
              <Button size="compact-xs" variant="subtle" color="red" onClick={() => void removePlace(p)}>
                {t('common.delete')}
              </Button>
            </Group>
          </Group>
          {p.rooms.length > 0 && (
            <Table mt="xs" data-testid="room-table">
              <Table.Tbody>
                {p.rooms.map((r) => (
                  <Table.Tr key={r.id}>
                    <Table.Td>{r.name}</Table.Td>
                    <Table.Td>{t('room.beds', { count: r.capacity })}</Table.Td>
                    <Table.Td>
                      <Button size="compact-xs" variant="subtle" color="red" onClick={() => void removeRoom(r.id)}>
                        {t('common.delete')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          <AddRoom place={p} onAdded={onChanged} />
        </Card>
      ))}
      <PlaceModal
        place={editor.item}
        opened={editor.opened}
        onClose={editor.close}
        onSaved={() => {
          editor.close();
          onChanged();
        }}
      />
    </Stack>
  );
}
