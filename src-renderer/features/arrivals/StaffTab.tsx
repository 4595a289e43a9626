import { Button, Group, Modal, NativeSelect, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { STAFF_ORGANISATIONS, type Staff } from '@shared/contract/arrivals';
import { useApi } from '../../api';
import { useEditor } from '../../components/use-editor';
import { useFlash } from '../../app/flash.store';
import { textFieldBinder } from '../../components/form-fields';
import { ModalFormFooter } from '../../components/ModalFormFooter';
import { translateError, type TranslatedError } from '../../i18n/errors';

type Values = { name: string; organisation: Staff['organisation']; phone: string; email: string; notes: string };
const EMPTY: Values = { name: '', organisation: 'clair', phone: '', email: '', notes: '' };

/** Adds or changes a person on the staff list. */
function StaffModal({ staff, opened, onClose, onSaved }: { staff: Staff | null; opened: boolean; onClose(): void; onSaved(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [values, setValues] = useState<Values>(EMPTY);
  const [error, setError] = useState<TranslatedError | null>(null);

  useEffect(() => {
    setValues(staff ? { name: staff.name, organisation: staff.organisation, phone: staff.phone ?? '', email: staff.email ?? '', notes: staff.notes ?? '' } : EMPTY);
    setError(null);
  }, [staff, opened]);

  async function save(event: FormEvent) {
    event.preventDefault();
    const fields = { ...values, phone: values.phone || null, email: values.email || null, notes: values.notes || null };
    const result = staff ? await api.call('staff:update', { id: staff.id, ...fields }) : await api.call('staff:create', fields);
    if (!result.ok) return setError(translateError(t, result.error, 'staff.field'));
    useFlash.getState().show(t('staff.saved', { name: result.value.name }));
    onSaved();
  }

  const text = textFieldBinder(t, 'staff.field', values, setValues, error);
  return (
    <Modal opened={opened} onClose={onClose} title={t(staff ? 'staff.editTitle' : 'staff.addTitle')} centered>
      <form onSubmit={(e) => void save(e)}>
        <Stack>
          <SimpleGrid cols={2}>
            <TextInput {...text('name')} data-autofocus />
            <NativeSelect
              {...text('organisation')}
              data={STAFF_ORGANISATIONS.map((o) => ({ value: o, label: t(`staff.organisation.${o}`) }))}
            />
            <TextInput {...text('phone')} type="tel" />
            <TextInput {...text('email')} type="email" />
          </SimpleGrid>
          <TextInput {...text('notes')} />
          <ModalFormFooter error={error} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}

/** The people who meet trainees and run the program, and how to reach them. */
export function StaffTab({ staff, onChanged }: { staff: Staff[]; onChanged(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const editor = useEditor<Staff>();

  async function remove(s: Staff) {
    const result = await api.call('staff:delete', { id: s.id });
    if (result.ok) {
      useFlash.getState().show(t('staff.deleted', { name: s.name }));
      onChanged();
    }
  }

  return (
    <Stack>
      <Group justify="flex-end">
        <Button
          onClick={() => editor.open(null)}
        >
          {t('staff.add')}
        </Button>
      </Group>
      {staff.length === 0 ? (
        <Text c="dimmed">{t('staff.none')}</Text>
      ) : (
        <Table data-testid="staff-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('staff.field.name')}</Table.Th>
              <Table.Th>{t('staff.field.organisation')}</Table.Th>
              <Table.Th>{t('staff.field.phone')}</Table.Th>
              <Table.Th>{t('staff.field.email')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {staff.map((s) => (
              <Table.Tr key={s.id} data-testid="staff-row">
                <Table.Td>{s.name}</Table.Td>
                <Table.Td>{t(`staff.organisation.${s.organisation}`)}</Table.Td>
                <Table.Td>{s.phone}</Table.Td>
                <Table.Td>{s.email}</Table.Td>
                <Table.Td>
                  <Group gap={4} justify="flex-end">
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      onClick={() => editor.open(s)}
                    >
                      {t('common.edit')}
                    </Button>
                    <Button size="compact-xs" variant="subtle" color="red" onClick={() => void remove(s)}>
                      {t('common.delete')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <StaffModal
        staff={editor.item}
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
