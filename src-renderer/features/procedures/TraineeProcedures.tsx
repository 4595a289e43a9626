import { Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { inLanguage } from '@shared/contract/names';
import type { ProcedureStatus, TraineeProcedures as Procedures } from '@shared/contract/procedures';
import { formatDate } from '@shared/text/date-format';
import { useFlash } from '../../app/flash.store';
import { ErrorAlert } from '../../components/ErrorAlert';
import { QueryState } from '../../data/QueryState';
import { useChannel, useChannelMutation } from '../../data/use-channel';
import { useMutationError } from '../../data/use-mutation-error';
import { useNavigation } from '../../app/navigation.store';
import { procedurePrintPath } from '../prints/procedures-path';
import { useSettings } from '../settings/settings.store';
import { ProcedureDetailModal } from './ProcedureDetailModal';
import { ProcedureWarnings } from './ProcedureWarnings';
import { offsetLabel } from './procedure-labels';
import { StatusMenu } from './StatusMenu';

/** One trainee's entry procedures, for the trainee page: the same items and statuses as the grid, with warnings; `openItemId` opens an item on arrival (a warning elsewhere pointed to it). */
export function TraineeProcedures({ traineeId, traineeName, openItemId }: { traineeId: string; traineeName: string; openItemId?: string }) {
  const { t } = useTranslation();
  const procedures = useChannel('procedures:trainee', { traineeId });
  return (
    <Paper withBorder p="md" mt="md" data-testid="trainee-procedures">
      <Title order={4} mb="sm">
        {t('procedure.title')}
      </Title>
      <QueryState query={procedures}>{(p) => <List procedures={p} traineeName={traineeName} initialItemId={openItemId ?? null} />}</QueryState>
    </Paper>
  );
}

function List({ procedures, traineeName, initialItemId }: { procedures: Procedures; traineeName: string; initialItemId: string | null }) {
  const { t } = useTranslation();
  const language = useSettings((s) => s.language);
  const navigate = useNavigation((s) => s.navigate);
  const [openItemId, setOpenItemId] = useState<string | null>(initialItemId);
  const setStatus = useChannelMutation('procedures:set-status');
  const error = useMutationError(setStatus, 'procedure.field');
  if (!procedures.hasChecklist) return <Text c="dimmed">{t('procedure.noChecklistForTrainee')}</Text>;

  function choose(itemId: string, status: ProcedureStatus, note: string | null) {
    const item = procedures.items.find((i) => i.id === itemId)!;
    void setStatus.run(
      { traineeId: procedures.traineeId, itemId, status, note },
      { onSuccess: () => useFlash.getState().show(t('procedure.saved', { item: inLanguage(item.nameJa, item.nameEn, language), status: t(`procedure.status.${status}`) })) },
    ); // a failure is shown above the list
  }

  const openCell = procedures.cells.find((c) => c.itemId === openItemId) ?? null;
  const openItem = procedures.items.find((i) => i.id === openItemId) ?? null;
  return (
    <Stack>
      <Group gap="xs">
        <Text size="sm">{t('procedure.printChecklist')}</Text>
        {(['ja', 'en'] as const).map((lang) => (
          <Button
            key={lang}
            size="compact-sm"
            variant="default"
            onClick={() => navigate(procedurePrintPath({ kind: 'trainee', id: procedures.traineeId, yearId: procedures.yearId, language: lang }))}
            data-testid={`procedure-print-checklist-${lang}`}
          >
            {t(lang === 'ja' ? 'procedure.printJa' : 'procedure.printEn')}
          </Button>
        ))}
      </Group>
      <ProcedureWarnings warnings={procedures.warnings} onOpen={(w) => setOpenItemId(w.itemId)} />
      {procedures.isWithdrawn && <Text c="orange">{t('procedure.withdrawn')}</Text>}
      <ErrorAlert error={error} />
      <Table data-testid="trainee-procedure-list">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('procedure.item')}</Table.Th>
            <Table.Th>{t('procedure.field.provider')}</Table.Th>
            <Table.Th>{t('procedure.due')}</Table.Th>
            <Table.Th>{t('procedure.field.status')}</Table.Th>
            <Table.Th>{t('procedure.changedOn')}</Table.Th>
            <Table.Th>{t('procedure.field.note')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {procedures.items.map((item) => {
            const cell = procedures.cells.find((c) => c.itemId === item.id)!;
            const name = inLanguage(item.nameJa, item.nameEn, language);
            return (
              <Table.Tr key={item.id} data-testid="trainee-procedure-row" data-item={item.id}>
                <Table.Td>
                  {name}
                  {item.needsTranslation && (
                    <Text span size="xs" c="dimmed">
                      {' '}
                      {t('common.paren', { text: t('procedure.needsTranslation') })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{t(`procedure.provider.${item.provider}`)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{item.dueOn ? formatDate(item.dueOn, language) : offsetLabel(t, item)}</Table.Td>
                <Table.Td>
                  <StatusMenu
                    cell={cell}
                    label={name}
                    isDisabled={procedures.isWithdrawn}
                    onChoose={(s) => choose(item.id, s, cell.note)}
                    onDetails={() => setOpenItemId(item.id)}
                  />
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {cell.changedOn ? t('procedure.changed', { date: formatDate(cell.changedOn, language), by: cell.changedBy ?? t('procedure.unknownAuthor') }) : ''}
                </Table.Td>
                <Table.Td>
                  {cell.note}
                  {cell.file && (
                    <Text size="xs" c="dimmed" data-testid="trainee-procedure-file">
                      {cell.file.name}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <ProcedureDetailModal cell={openCell} item={openItem} traineeName={traineeName} isWithdrawn={procedures.isWithdrawn} onClose={() => setOpenItemId(null)} />
    </Stack>
  );
}
