import { Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Milestone, YearDetail } from '@shared/contract/years';
import { formatDate } from '@shared/text/date-format';
import { useFlash } from '../../app/flash.store';
import { useNavigation } from '../../app/navigation.store';
import { ErrorAlert } from '../../components/ErrorAlert';
import { saveFile } from '../../components/ExportMenu';
import { QueryError, QueryState } from '../../data/QueryState';
import { useChannel, useChannelMutation } from '../../data/use-channel';
import { useConfirmDelete } from '../../data/use-confirm-delete';
import { useContractForm } from '../../data/use-contract-form';
import { useMutationError } from '../../data/use-mutation-error';
import type { TranslatedError } from '../../i18n/errors';
import { useSettings } from '../settings/settings.store';
import { CloseOutSection } from './CloseOutSection';
import { YearCloseSection } from '../completion/YearClose';
import { YearExportButton } from './YearExportButton';
import { fiscalYearRange } from './YearsPage';

function MilestoneRow({ milestone }: { milestone: Milestone }) {
  const { t } = useTranslation();
  const language = useSettings((s) => s.language);
  const name = t(`year.milestone.${milestone.kind}`);
  const form = useContractForm('years:update-milestone', {
    // Saved dates read back (or changed elsewhere) start the row over from them.
    recordKey: `${milestone.id}:${milestone.startsOn}:${milestone.endsOn ?? ''}`,
    initialValues: { startsOn: milestone.startsOn, endsOn: milestone.endsOn ?? '' },
    toInput: (v) => ({ id: milestone.id, startsOn: v.startsOn, endsOn: v.endsOn || null }),
    fieldLabels: 'year.field',
    flash: () => t('year.milestoneSaved', { name }),
  });
  // A table row cannot hold a form, so the inputs name the form in the last cell.
  const formId = `milestone-form-${milestone.id}`;
  const dateField = (field: 'startsOn' | 'endsOn') => {
    const { label, ...props } = form.field(field);
    return { ...props, type: 'date', form: formId, 'aria-label': `${name} ${label}` };
  };

  return (
    <Table.Tr data-testid={`milestone-${milestone.kind}`}>
      <Table.Td>
        <Text fw={500}>{name}</Text>
        <Text size="xs" c="dimmed">
          {milestone.endsOn
            ? t('year.periodValue', { from: formatDate(milestone.startsOn, language), to: formatDate(milestone.endsOn, language) })
            : formatDate(milestone.startsOn, language)}
        </Text>
      </Table.Td>
      <Table.Td>
        <TextInput {...dateField('startsOn')} />
      </Table.Td>
      <Table.Td>
        <TextInput {...dateField('endsOn')} />
      </Table.Td>
      <Table.Td>
        <form id={formId} onSubmit={form.onSubmit} noValidate>
          <Button type="submit" size="xs" disabled={!form.form.isDirty()} loading={form.isSaving}>
            {t('common.save')}
          </Button>
        </form>
        <ErrorAlert error={form.error} />
      </Table.Td>
    </Table.Tr>
  );
}

interface YearViewProps {
  year: YearDetail;
  /** What failed of the export or the delete. */
  error: TranslatedError | null;
  /** A read of what goes with the year that failed (the delete waits for it). */
  contentsFailed: UseQueryResult<unknown, unknown> | undefined;
  canDelete: boolean;
  /** The year is being deleted: what reads it again (the close-out) is left off. */
  isGoing: boolean;
  onExport(includeIdentifiers: boolean): void;
  onDelete(): void;
}

function YearView({ year, error, contentsFailed, canDelete, isGoing, onExport, onDelete }: YearViewProps) {
  const { t } = useTranslation();
  const language = useSettings((s) => s.language);
  const navigate = useNavigation((s) => s.navigate);
  const range = fiscalYearRange(year.fiscalYear);
  return (
    <Stack>
      <Group justify="space-between">
        <div>
          <Title order={2}>{t('year.label', { year: year.fiscalYear })}</Title>
          <Text c="dimmed">{t('year.periodValue', { from: formatDate(range.from, language), to: formatDate(range.to, language) })}</Text>
        </div>
        <Group align="flex-start">
          <YearExportButton onExport={onExport} />
          <Button variant="default" onClick={() => navigate('/years')}>
            {t('common.back')}
          </Button>
          <Button color="red" variant="light" onClick={onDelete} disabled={!canDelete}>
            {t('common.delete')}
          </Button>
        </Group>
      </Group>
      <ErrorAlert error={error} />
      {contentsFailed && <QueryError error={contentsFailed.error} onRetry={() => void contentsFailed.refetch()} />}
      <Paper withBorder p="md">
        <Title order={4}>{t('year.milestones')}</Title>
        {year.milestonesUnknown && year.milestones.length === 0 ? (
          <Text size="sm" mt="xs" data-testid="milestones-unknown">
            {t('year.milestonesUnknown')}
          </Text>
        ) : (
          <>
            <Text size="sm" c="dimmed" mb="sm">
              {t('year.milestoneHelp')}
            </Text>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('year.milestones')}</Table.Th>
                  <Table.Th>{t('year.field.startsOn')}</Table.Th>
                  <Table.Th>{t('year.field.endsOn')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {year.milestones.map((m) => (
                  <MilestoneRow key={m.id} milestone={m} />
                ))}
              </Table.Tbody>
            </Table>
          </>
        )}
      </Paper>
      {!isGoing && <YearCloseSection yearId={year.id} />}
      {!isGoing && <CloseOutSection yearId={year.id} />}
    </Stack>
  );
}

/** What deleting a year takes with it besides the milestones, read with the page so the question can name it. */
function useYearContents(yearId: string) {
  const { t } = useTranslation();
  const board = useChannel('arrivals:board', { yearId });
  const events = useChannel('schedule:list', { yearId });
  const classes = useChannel('classes:overview', { yearId });
  const answers = useChannel('survey:list', { yearId });
  const reads = [board, events, classes, answers];
  const isKnown = reads.every((r) => r.data !== undefined);
  const counted: Array<[string, number]> = [
    ['year.deleteWithGroups', board.data?.groups.length ?? 0],
    ['year.deleteWithEvents', events.data?.length ?? 0],
    ['year.deleteWithClasses', classes.data?.classes.length ?? 0],
    ['year.deleteWithSurvey', answers.data?.length ?? 0],
  ];
  return {
    isKnown,
    failed: reads.find((r) => r.isError),
    with: [t('year.deleteWithMilestones'), ...counted.filter(([, count]) => count > 0).map(([key, count]) => t(key, { count }))],
  };
}

/** One program year: its period, its milestones' dates, the year's workbook, and deleting it while it has no trainees. */
export function YearDetailPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const language = useSettings((s) => s.language);
  const navigate = useNavigation((s) => s.navigate);
  const year = useChannel('years:get', { id });
  const contents = useYearContents(id);
  const exporter = useChannelMutation('exports:year');
  const remove = useChannelMutation('years:delete');
  const exportError = useMutationError(exporter, 'year.field');
  const removeError = useMutationError(remove, 'year.field');
  const confirmDelete = useConfirmDelete();

  function exportYear(includeIdentifiers: boolean) {
    void exporter.run(
      { yearId: id, language, includeIdentifiers },
      {
        onSuccess: (file) => {
          saveFile(file);
          useFlash.getState().show(t('export.done', { file: file.fileName }));
        },
      },
    );
  }

  async function deleteYear(detail: YearDetail) {
    if (!(await confirmDelete({ name: t('year.label', { year: detail.fiscalYear }), with: contents.with }))) return;
    await remove.run(
      { id },
      {
        onSuccess: () => {
          useFlash.getState().show(t('common.deleted'));
          navigate('/years');
        },
      },
    );
  }

  // While the year is being deleted its reads fail (it is gone): keep showing it until the page changes.
  const isGoing = remove.isPending || remove.isSuccess;
  const view = (detail: YearDetail) => (
    <YearView
      year={detail}
      error={removeError ?? exportError}
      contentsFailed={isGoing ? undefined : contents.failed}
      canDelete={contents.isKnown}
      isGoing={isGoing}
      onExport={exportYear}
      onDelete={() => void deleteYear(detail)}
    />
  );
  if (isGoing && year.data) return view(year.data);
  return <QueryState query={year}>{view}</QueryState>;
}
