import { Button, Group, NativeSelect, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { STAFF_ORGANISATIONS, type Staff } from '@shared/contract/arrivals';
import { useFlash } from '../../app/flash.store';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RowActions } from '../../components/RowActions';
import { useEditor } from '../../components/use-editor';
import { FormModal } from '../../data/FormModal';
import { QueryState } from '../../data/QueryState';
import { useChannel, useChannelMutation } from '../../data/use-channel';
import { useConfirmDelete } from '../../data/use-confirm-delete';
import { useContractForm } from '../../data/use-contract-form';
import { useMutationError } from '../../data/use-mutation-error';

const EMPTY = { name: '', nameEn: '', organisation: 'clair' as Staff['organisation'], phone: '', email: '', notes: '' };

/** Adds or changes a person on the staff list. */
function StaffModal({ staff, opened, onClose }: { staff: Staff | null; opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const form = useContractForm(staff ? 'staff:update' : 'staff:create', {
    opened,
    recordKey: staff?.id,
    initialValues: staff ? { name: staff.name, nameEn: staff.nameEn ?? '', organisation: staff.organisation, phone: staff.phone ?? '', email: staff.email ?? '', notes: staff.notes ?? '' } : EMPTY,
    toInput: (v) => {
      const fields = { ...v, nameEn: v.nameEn || null, phone: v.phone || null, email: v.email || null, notes: v.notes || null };
      return staff ? { id: staff.id, ...fields } : fields;
    },
    fieldLabels: 'staff.field',
    flash: (saved) => t('staff.saved', { name: saved.name }),
    onSaved: onClose,
  });
  return (
    <FormModal opened={opened} onClose={onClose} title={t(staff ? 'staff.editTitle' : 'staff.addTitle')} form={form} size="md">
      <SimpleGrid cols={2}>
        <TextInput {...form.field('name')} data-autofocus />
        <TextInput {...form.field('nameEn')} lang="en" placeholder="KATO Misaki" />
        <NativeSelect {...form.field('organisation')} data={STAFF_ORGANISATIONS.map((o) => ({ value: o, label: t(`staff.organisation.${o}`) }))} />
        <TextInput {...form.field('phone')} type="tel" />
        <TextInput {...form.field('email')} type="email" />
      </SimpleGrid>
      <TextInput {...form.field('notes')} />
    </FormModal>
  );
}

/**
 * What deleting a person takes with them: their part in this year's pickup groups and the
 * events they run, and in other years' (the groups and events stay). While those are not read, it says so in general.
 */
function useStaffTies(yearId: string) {
  const { t } = useTranslation();
  const board = useChannel('arrivals:board', yearId ? { yearId } : null);
  const events = useChannel('schedule:list', yearId ? { yearId } : null);
  return (s: Staff): string[] => {
    if (!board.data || !events.data) return [t('staff.deleteWithTiesIfAny')];
    const groups = board.data.groups.filter((g) => g.staff.some((x) => x.id === s.id));
    const runs = events.data.filter((e) => e.staff?.id === s.id);
    return [
      ...(groups.length ? [t('staff.deleteWithGroups', { count: groups.length, names: groups.map((g) => g.name).join(t('common.listSeparator')) })] : []),
      ...(runs.length ? [t('staff.deleteWithEvents', { count: runs.length })] : []),
      // Staff are shared by the years: their part in other years' groups and events goes too.
      t('staff.deleteWithOtherYears'),
    ];
  };
}

function StaffTable({ staff, yearId, onEdit }: { staff: Staff[]; yearId: string; onEdit(s: Staff): void }) {
  const { t } = useTranslation();
  const remove = useChannelMutation('staff:delete');
  const removeError = useMutationError(remove, 'staff.field');
  const confirmDelete = useConfirmDelete();
  const tiesOf = useStaffTies(yearId);

  async function removeStaff(s: Staff) {
    if (!(await confirmDelete({ name: s.name, with: tiesOf(s) }))) return;
    await remove.run({ id: s.id }, { onSuccess: () => useFlash.getState().show(t('staff.deleted', { name: s.name })) }); // a failure is shown above the list
  }

  if (staff.length === 0) return <Text c="dimmed">{t('staff.none')}</Text>;
  return (
    <>
      <ErrorAlert error={removeError} />
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
                <RowActions row={s.name} edit={{ onClick: () => onEdit(s) }} remove={{ onClick: () => void removeStaff(s) }} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}

/** The people who meet trainees and run the program, and how to reach them. */
export function StaffTab({ yearId }: { yearId: string }) {
  const { t } = useTranslation();
  const staff = useChannel('staff:list', {});
  const editor = useEditor<Staff>();

  return (
    <Stack>
      <Group justify="flex-end">
        <Button onClick={() => editor.open(null)}>{t('staff.add')}</Button>
      </Group>
      <QueryState query={staff}>{(list) => <StaffTable staff={list} yearId={yearId} onEdit={editor.open} />}</QueryState>
      <StaffModal staff={editor.item} opened={editor.opened} onClose={editor.close} />
    </Stack>
  );
}
