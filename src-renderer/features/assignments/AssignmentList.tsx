import { Group, Paper, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assignment } from '@shared/contract/hosts';
import { hostNameIn } from '@shared/contract/names';
import { formatDate } from '@shared/text/date-format';
import { useFlash } from '../../app/flash.store';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ExportMenu } from '../../components/ExportMenu';
import { FormattedName } from '../../components/PersonName';
import { RouteLink } from '../../components/RouteLink';
import { RowActions } from '../../components/RowActions';
import { QueryState } from '../../data/QueryState';
import { useChannel, useChannelMutation } from '../../data/use-channel';
import { useConfirmDelete } from '../../data/use-confirm-delete';
import { useMutationError } from '../../data/use-mutation-error';
import { useSettings } from '../settings/settings.store';
import { AssignModal } from './AssignModal';

/** The year's assignments, each to change or, after a confirmation, to remove. */
export function AssignmentList({ yearId }: { yearId: string }) {
  const { t } = useTranslation();
  const language = useSettings((s) => s.language);
  const assignments = useChannel('assignments:list', { yearId });
  const remove = useChannelMutation('assignments:delete');
  const removeError = useMutationError(remove, 'assignment.field');
  const confirmDelete = useConfirmDelete();
  const [editing, setEditing] = useState<Assignment | null>(null);

  // Only the assignment goes (the trainee and the host stay), and the question says whose it was.
  async function removeAssignment(a: Assignment) {
    if (!(await confirmDelete({ name: t('assignment.deleteName', { trainee: a.traineeName, host: hostNameIn(a, language) }) }))) return;
    await remove.run({ id: a.id }, { onSuccess: () => useFlash.getState().show(t('assignment.removed')) }); // a failure is shown above the list
  }

  return (
    <Paper withBorder p="sm">
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t('assignment.list')}</Title>
        <ExportMenu input={{ list: 'assignments', yearId }} />
      </Group>
      <ErrorAlert error={removeError} />
      <QueryState query={assignments}>
        {(list) =>
          list.length === 0 ? (
            <Text c="dimmed">{t('assignment.none')}</Text>
          ) : (
            <Table data-testid="assignment-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('assignment.field.traineeId')}</Table.Th>
                  <Table.Th>{t('assignment.field.hostId')}</Table.Th>
                  <Table.Th>{t('assignment.period')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((a) => (
                  <Table.Tr key={a.id} data-testid="assignment-row">
                    <Table.Td>
                      <FormattedName name={a.traineeName} nameLang={a.nameLang} latin={a.latinName} />
                    </Table.Td>
                    <Table.Td>
                      <RouteLink to={`/hosts/${a.hostId}`}>{hostNameIn(a, language)}</RouteLink>
                    </Table.Td>
                    <Table.Td>{t('year.periodValue', { from: formatDate(a.startsOn, language), to: formatDate(a.endsOn, language) })}</Table.Td>
                    <Table.Td>
                      <RowActions
                        row={a.traineeName}
                        edit={{ onClick: () => setEditing(a) }}
                        remove={{ onClick: () => void removeAssignment(a), label: t('assignment.remove'), name: t('assignment.removeRow', { row: a.traineeName }) }}
                      />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )
        }
      </QueryState>
      <AssignModal yearId={yearId} pair={null} assignment={editing} onClose={() => setEditing(null)} />
    </Paper>
  );
}
