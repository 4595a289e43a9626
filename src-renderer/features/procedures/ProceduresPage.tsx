import { Alert, Anchor, Button, Checkbox, Group, NativeSelect, Paper, ScrollArea, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PROCEDURE_PROVIDERS, type ProcedureCell, type ProcedureGrid, type ProcedureStatus } from '@shared/contract/procedures';
import { hostNameIn, inLanguage } from '@shared/contract/names';
import { formatDate } from '@shared/text/date-format';
import { useFlash } from '../../app/flash.store';
import { useNavigation } from '../../app/navigation.store';
import { ErrorAlert } from '../../components/ErrorAlert';
import { saveFile } from '../../components/ExportMenu';
import { FormattedName } from '../../components/PersonName';
import { YearSelect, useSelectedYearId } from '../../components/YearSelect';
import { QueryState } from '../../data/QueryState';
import { useChannel, useChannelMutation } from '../../data/use-channel';
import { useMutationError } from '../../data/use-mutation-error';
import { procedurePrintPath } from '../prints/procedures-path';
import { useSettings } from '../settings/settings.store';
import { ProcedureDetailModal } from './ProcedureDetailModal';
import { ProcedureWarnings } from './ProcedureWarnings';
import { ProceduresTemplateSection } from './ProceduresTemplateSection';
import { offsetLabel } from './procedure-labels';
import { StatusMenu } from './StatusMenu';

/** The entry procedures of a year: trainees × items, coloured by status, filtered by who must act, overdue or item. */
export function ProceduresPage() {
  const { t } = useTranslation();
  const yearId = useSelectedYearId();
  const grid = useChannel('procedures:year', yearId ? { yearId } : null, { keepPrevious: true });
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('procedure.title')}</Title>
        <YearSelect />
      </Group>
      <Tabs defaultValue="grid" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="grid">{t('procedure.tab.grid')}</Tabs.Tab>
          <Tabs.Tab value="template">{t('procedure.tab.template')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="grid" pt="md">
          {yearId && <QueryState query={grid}>{(g) => (g.hasChecklist ? <Grid grid={g} /> : <StartChecklist yearId={yearId} />)}</QueryState>}
        </Tabs.Panel>
        <Tabs.Panel value="template" pt="md">
          <ProceduresTemplateSection />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

function StartChecklist({ yearId }: { yearId: string }) {
  const { t } = useTranslation();
  const start = useChannelMutation('procedures:start-year');
  const error = useMutationError(start, 'procedure.field');
  return (
    <Paper withBorder p="lg">
      <Text mb="md">{t('procedure.noChecklist')}</Text>
      <Button onClick={() => void start.run({ yearId })} loading={start.isPending} data-testid="procedure-start">
        {t('procedure.start')}
      </Button>
      <ErrorAlert error={error} />
    </Paper>
  );
}

/** Who must act: a kind of provider, or one host by name (its trainees and the host's items). */
type Who = '' | (typeof PROCEDURE_PROVIDERS)[number] | `host:${string}`;

function Grid({ grid }: { grid: ProcedureGrid }) {
  const { t } = useTranslation();
  const language = useSettings((s) => s.language);
  const navigate = useNavigation((s) => s.navigate);
  const [who, setWho] = useState<Who>('');
  const [itemId, setItemId] = useState('');
  const [isOverdueOnly, setOverdueOnly] = useState(false);
  const [open, setOpen] = useState<{ traineeId: string; itemId: string } | null>(null);
  const setStatus = useChannelMutation('procedures:set-status');
  const statusError = useMutationError(setStatus, 'procedure.field');
  const toExcel = useChannelMutation('procedures:export');
  const excelError = useMutationError(toExcel, 'export.field');

  const cells = useMemo(() => new Map(grid.cells.map((c) => [`${c.traineeId}/${c.itemId}`, c])), [grid.cells]);
  const hosts = useMemo(() => {
    const seen = new Map<string, string>();
    for (const tr of grid.trainees) if (tr.hostId && tr.hostName) seen.set(tr.hostId, hostNameIn(tr, language) ?? tr.hostName);
    return [...seen.entries()];
  }, [grid.trainees, language]);

  const provider = who.startsWith('host:') ? 'host' : who;
  const items = grid.items.filter((i) => (!provider || i.provider === provider) && (!itemId || i.id === itemId));
  const cellOf = (traineeId: string, id: string) => cells.get(`${traineeId}/${id}`);
  const trainees = grid.trainees.filter(
    (tr) =>
      (!who.startsWith('host:') || tr.hostId === who.slice(5)) &&
      (!isOverdueOnly || items.some((i) => cellOf(tr.id, i.id)?.isOverdue)),
  );

  function choose(cell: ProcedureCell, status: ProcedureStatus) {
    const item = grid.items.find((i) => i.id === cell.itemId)!;
    void setStatus.run(
      { traineeId: cell.traineeId, itemId: cell.itemId, status, note: cell.note },
      { onSuccess: () => useFlash.getState().show(t('procedure.saved', { item: inLanguage(item.nameJa, item.nameEn, language), status: t(`procedure.status.${status}`) })) },
    ); // a failure is shown above the grid
  }

  const openCell = open ? cellOf(open.traineeId, open.itemId) ?? null : null;
  const openItem = open ? grid.items.find((i) => i.id === open.itemId) ?? null : null;
  const openTrainee = open ? grid.trainees.find((tr) => tr.id === open.traineeId) : undefined;

  return (
    <Stack>
      <ProcedureWarnings warnings={grid.warnings} onOpen={(w) => setOpen({ traineeId: w.traineeId, itemId: w.itemId })} />
      <Group align="flex-end">
        <NativeSelect
          label={t('procedure.filter.who')}
          value={who}
          onChange={(e) => setWho(e.currentTarget.value as Who)}
          data={[
            { value: '', label: t('procedure.filter.all') },
            ...PROCEDURE_PROVIDERS.filter((p) => p !== 'host').map((p) => ({ value: p, label: t('procedure.filter.waitingOn', { name: t(`procedure.provider.${p}`) }) })),
            { value: 'host', label: t('procedure.filter.waitingOn', { name: t('procedure.provider.host') }) },
            ...hosts.map(([id, name]) => ({ value: `host:${id}`, label: t('procedure.filter.waitingOn', { name }) })),
          ]}
          data-testid="procedure-filter-who"
        />
        <NativeSelect
          label={t('procedure.filter.item')}
          value={itemId}
          onChange={(e) => setItemId(e.currentTarget.value)}
          data={[{ value: '', label: t('procedure.filter.all') }, ...grid.items.map((i) => ({ value: i.id, label: inLanguage(i.nameJa, i.nameEn, language) }))]}
          data-testid="procedure-filter-item"
        />
        <Checkbox label={t('procedure.filter.overdue')} checked={isOverdueOnly} onChange={(e) => setOverdueOnly(e.currentTarget.checked)} mb={6} data-testid="procedure-filter-overdue" />
        <Button
          variant="default"
          loading={toExcel.isPending}
          onClick={() =>
            void toExcel.run(
              { yearId: grid.yearId, language },
              {
                onSuccess: (file) => {
                  saveFile(file);
                  useFlash.getState().show(t('export.done', { file: file.fileName }));
                },
              },
            )
          }
          data-testid="procedure-export"
        >
          {t('procedure.toExcel')}
        </Button>
        {who.startsWith('host:') && (
          <Button variant="light" onClick={() => navigate(procedurePrintPath({ kind: 'host', id: who.slice(5), yearId: grid.yearId, language }))} data-testid="procedure-print-request">
            {t('procedure.printRequest')}
          </Button>
        )}
      </Group>
      <ErrorAlert error={statusError} />
      <ErrorAlert error={excelError} />
      {trainees.length === 0 || items.length === 0 ? (
        <Alert color="gray">{t('procedure.noMatch')}</Alert>
      ) : (
        <ScrollArea>
          <Table withColumnBorders striped stickyHeader data-testid="procedure-grid">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('procedure.trainee')}</Table.Th>
                {items.map((i) => (
                  <Table.Th key={i.id} style={{ minWidth: 110, verticalAlign: 'bottom' }}>
                    <Text size="sm" fw={600}>
                      {inLanguage(i.nameJa, i.nameEn, language)}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t(`procedure.provider.${i.provider}`)}
                      {i.dueOn ? ` · ${formatDate(i.dueOn, language)}` : ` · ${offsetLabel(t, i)}`}
                    </Text>
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {trainees.map((tr) => (
                <Table.Tr key={tr.id} data-testid="procedure-row" data-trainee={tr.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Anchor component="button" type="button" onClick={() => navigate(`/trainees/${tr.id}`)}>
                      <FormattedName name={tr.name} nameLang={tr.nameLang} latin={tr.latinName} />
                    </Anchor>
                    {tr.hostName && (
                      <Text size="xs" c="dimmed">
                        {hostNameIn(tr, language)}
                      </Text>
                    )}
                  </Table.Td>
                  {items.map((i) => {
                    const cell = cellOf(tr.id, i.id);
                    return (
                      <Table.Td key={i.id}>
                        {cell && (
                          <StatusMenu
                            cell={cell}
                            compact
                            label={`${tr.name} — ${inLanguage(i.nameJa, i.nameEn, language)}`}
                            onChoose={(s) => choose(cell, s)}
                            onDetails={() => setOpen({ traineeId: tr.id, itemId: i.id })}
                          />
                        )}
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea>
      )}
      <ProcedureDetailModal cell={openCell} item={openItem} traineeName={openTrainee?.name ?? ''} onClose={() => setOpen(null)} />
    </Stack>
  );
}
