import { Button, Group, Paper, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assignment } from '@shared/contract/hosts';
import { hostNameIn } from '@shared/contract/names';
import { useApi } from '../../api';
import { useFlash } from '../../app/flash.store';
import { ConfirmModal } from '../../components/ConfirmModal';
import { FormattedName } from '../../components/PersonName';
import { ExportMenu } from '../../components/ExportMenu';
import { formatDate } from '@shared/text/date-format';
import { useSettings } from '../settings/settings.store';
import { AssignModal } from './AssignModal';
import { RouteLink } from '../../components/RouteLink';

/** The year's assignments, each to change or, after a confirmation, to remove. */
export function AssignmentList({ yearId, assignments, onChanged }: { yearId: string; assignments: Assignment[]; onChanged(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const language = useSettings((s) => s.language);
  const [removing, setRemoving] = useState<Assignment | null>(null);
  const [editing, setEditing] = useState<Assignment | null>(null);

  async function remove(assignment: Assignment) {
    setRemoving(null);
    const result = await api.call('assignments:delete', { id: assignment.id });
    if (result.ok) {
      useFlash.getState().show(t('assignment.removed'));
      onChanged();
    }
  }

  return (
    <Paper withBorder p="sm">
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t('assignment.list')}</Title>
        {yearId && <ExportMenu input={{ list: 'assignments', yearId }} />}
      </Group>
      {assignments.length === 0 ? (
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
            {assignments.map((a) => (
              <Table.Tr key={a.id} data-testid="assignment-row">
                <Table.Td>
                  <FormattedName name={a.traineeName} nameLang={a.nameLang} latin={a.latinName} />
                </Table.Td>
                <Table.Td>
                  <RouteLink to={`/hosts/${a.hostId}`}>
                    {hostNameIn(a, language)}
                  </RouteLink>
                </Table.Td>
                <Table.Td>{t('year.periodValue', { from: formatDate(a.startsOn, language), to: formatDate(a.endsOn, language) })}</Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap" justify="flex-end">
                    <Button size="compact-xs" variant="subtle" onClick={() => setEditing(a)}>
                      {t('common.edit')}
                    </Button>
                    <Button size="compact-xs" variant="subtle" color="red" onClick={() => setRemoving(a)}>
                      {t('assignment.remove')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <AssignModal
        yearId={yearId}
        pair={null}
        assignment={editing}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          onChanged();
        }}
      />
      <ConfirmModal
        opened={removing !== null}
        title={t('assignment.removeTitle')}
        body={removing ? t('assignment.removeBody', { trainee: removing.traineeName, host: hostNameIn(removing, language) }) : ''}
        confirmLabel={t('assignment.remove')}
        cancelLabel={t('common.cancel')}
        danger
        onConfirm={() => removing && void remove(removing)}
        onCancel={() => setRemoving(null)}
      />
    </Paper>
  );
}
