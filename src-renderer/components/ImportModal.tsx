import { Alert, Badge, Button, FileButton, Group, Modal, NativeSelect, Progress, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FLIGHT_IMPORT_FIELDS, IMPORT_FIELDS, SURVEY_IMPORT_FIELDS, type ImportPreview, type ImportProgress } from '@shared/contract/imports';
import type { ArchivePreview } from '@shared/contract/statistics';
import { useFlash } from '../app/flash.store';
import { useYearList } from '../data/lists';
import { QueryError } from '../data/QueryState';
import type { ChannelError } from '../data/channel-error';
import { useChannel, useChannelMutation } from '../data/use-channel';
import { useMutationError } from '../data/use-mutation-error';
import { ErrorAlert } from './ErrorAlert';
import { toBase64 } from './files';
import { useSelectedYearId } from './YearSelect';

const KIND_COLOR = { new: 'teal', update: 'indigo', unchanged: 'gray', error: 'red' } as const;

/** What is imported: its channels, the fields a column can be, and how the screen names them. */
const IMPORTS = {
  trainees: {
    preview: 'imports:preview',
    apply: 'imports:apply',
    fields: IMPORT_FIELDS as readonly string[],
    fieldLabel: 'trainee.field',
    nameHeader: 'trainee.column.latinName',
    title: 'import.title',
  },
  flights: {
    preview: 'imports:flights-preview',
    apply: 'imports:flights-apply',
    fields: FLIGHT_IMPORT_FIELDS as readonly string[],
    fieldLabel: 'flightImport.field',
    nameHeader: 'flightImport.name',
    title: 'flightImport.title',
  },
  survey: {
    preview: 'imports:survey-preview',
    apply: 'imports:survey-apply',
    fields: SURVEY_IMPORT_FIELDS as readonly string[],
    fieldLabel: 'surveyImport.field',
    nameHeader: 'surveyImport.name',
    title: 'surveyImport.title',
  },
  // Many years in one workbook: no year to choose (the rows name theirs), the columns read from the headers.
  archive: {
    preview: 'imports:archive-preview',
    apply: 'imports:archive-apply',
    fields: IMPORT_FIELDS as readonly string[],
    fieldLabel: 'archiveImport.field',
    nameHeader: 'trainee.column.latinName',
    title: 'archiveImport.title',
  },
} as const;

type What = keyof typeof IMPORTS;
/** The labels of the import's own inputs (year, file), for a refused preview, apply or undo. */
const LABELS = 'import.field';
type Mapping = Array<string | null>;
/** How often a running preview asks how far it is (ms). */
const PROGRESS_POLL_MS = 250;

interface Props {
  what?: What;
  opened: boolean;
  onClose(): void;
}

/** Pick a file, see what each row would do, adjust the columns, then apply (and undo if need be). */
export function ImportModal({ what = 'trainees', opened, onClose }: Props) {
  const { t } = useTranslation();
  // Each opening is a new import: nothing of the last one (file, preview, mapping, failure) is kept.
  const [session, setSession] = useState(0);
  const [wasOpened, setWasOpened] = useState(opened);
  if (opened !== wasOpened) {
    setWasOpened(opened);
    if (opened) setSession((n) => n + 1);
  }
  return (
    <Modal opened={opened} onClose={onClose} title={t(IMPORTS[what].title)} size="xl">
      <ImportSession key={session} what={what} onClose={onClose} />
    </Modal>
  );
}

interface Picked {
  name: string;
  data: string;
}

function ImportSession({ what, onClose }: { what: What; onClose(): void }) {
  const kind = IMPORTS[what];
  const { t } = useTranslation();
  const years = useYearList();
  const selectedYearId = useSelectedYearId();
  const [chosenYearId, setChosenYearId] = useState<string | null>(null);
  const yearId = chosenYearId ?? selectedYearId;
  const [file, setFile] = useState<Picked | null>(null);
  const [shown, setShown] = useState<(ImportPreview & Partial<Pick<ArchivePreview, 'years' | 'newHosts' | 'samePerson' | 'withoutKey'>>) | null>(null);
  const isArchive = what === 'archive';
  // The picked file could not be read from disk (moved, deleted, locked): said where the preview would be.
  const [isUnread, setUnread] = useState(false);
  // One channel's types stand for the three: their inputs and outputs differ only in the fields a column may be.
  const preview = useChannelMutation(kind.preview as 'imports:preview');
  const apply = useChannelMutation(kind.apply as 'imports:apply');
  const undo = useChannelMutation('imports:undo');
  const cancel = useChannelMutation('imports:cancel');
  // Each dry run and each apply is a job the backend reads off its main thread; its progress is asked for while it runs.
  const [jobId, setJobId] = useState<string | null>(null);
  const isReading = preview.isPending || apply.isPending;
  const progress = useChannel('imports:progress', isReading && jobId ? { jobId } : null, { refetchInterval: PROGRESS_POLL_MS });
  // The file input forgets the file it gave, so the same file chosen again is read again.
  const resetFile = useRef<() => void>(null);
  // A reading the person stopped is no failure: a preview goes back to choosing a file, an apply back to its preview.
  const unlessCancelled = <M extends { error: ChannelError | null }>(m: M) => (m.error?.body.code === 'import_cancelled' ? { error: null } : m);
  const errors = [useMutationError(unlessCancelled(preview), LABELS), useMutationError(unlessCancelled(apply), LABELS), useMutationError(undo, LABELS), useMutationError(cancel, LABELS)];
  const error = isUnread ? { summary: t('errors.fileNotRead'), fields: {} } : (errors.find((e) => e !== null) ?? null);
  const applied = apply.data && !undo.isSuccess ? apply.data : null;

  // A reading still running when the dialog closes, or when another one starts (a new year or mapping), is stopped.
  const running = useRef<{ jobId: string | null; isReading: boolean; stop: (jobId: string) => void }>({ jobId: null, isReading: false, stop: () => undefined });
  running.current = { jobId, isReading, stop: (id) => void cancel.run({ jobId: id }) };
  useEffect(
    () => () => {
      const { jobId: id, isReading: isStillReading, stop } = running.current;
      if (id && isStillReading) stop(id);
    },
    [],
  );

  // Only the newest reading's answer is shown: one that a newer reading replaced (another year or file) was cancelled.
  const newestJob = useRef<string | null>(null);
  function newJob(): string {
    if (jobId && isReading) void cancel.run({ jobId });
    const id = crypto.randomUUID();
    newestJob.current = id;
    setJobId(id);
    return id;
  }

  function runPreview(next: Picked, mapping: Mapping | null, forYear = yearId) {
    const job = newJob();
    void preview.run(
      (isArchive ? { fileName: next.name, dataBase64: next.data, jobId: job } : { yearId: forYear, fileName: next.name, dataBase64: next.data, mapping: mapping as never, jobId: job }) as never,
      {
        onSuccess: (result) => {
          if (job === newestJob.current) setShown(result);
        },
        onError: (e) => {
          if (job !== newestJob.current) return;
          setShown(null);
          if (e.body.code === 'import_cancelled') setFile(null);
        },
      },
    );
  }

  function cancelReading() {
    if (jobId) void cancel.run({ jobId });
  }

  async function pick(picked: File | null) {
    resetFile.current?.();
    if (!picked) return;
    // Another file, or the same one again, is a new dry run for a new import.
    setShown(null);
    preview.reset();
    apply.reset();
    undo.reset();
    const data = await toBase64(picked).catch(() => null);
    setUnread(data === null);
    if (data === null) {
      setFile(null);
      return;
    }
    const next = { name: picked.name, data };
    setFile(next);
    runPreview(next, null);
  }

  function chooseYear(id: string) {
    setChosenYearId(id);
    if (file) runPreview(file, shown?.mapping ?? null, id);
  }

  function applyImport() {
    if (!file || !shown) return;
    undo.reset();
    void apply.run(
      (isArchive ? { fileName: file.name, dataBase64: file.data, jobId: newJob() } : { yearId, fileName: file.name, dataBase64: file.data, mapping: shown.mapping as never, jobId: newJob() }) as never,
      { onSuccess: (result) => useFlash.getState().show(t('import.applied', result)) },
    );
  }

  function undoImport() {
    if (!applied) return;
    void undo.run(
      { id: applied.importId },
      { onSuccess: (result) => useFlash.getState().show(result.kept > 0 ? t('import.undoneKept', { kept: result.kept }) : t('import.undone')) },
    );
  }

  // A problem with a field the file has no column for is named by the field's label.
  const message = (e: { column: string; field: string; rule: string; fiscalYear?: number }) => {
    const column = e.column || t([`${kind.fieldLabel}.${e.field}`, `trainee.field.${e.field}`]);
    return t('import.cellError', { column, message: t(`errors.rule.${e.rule}`, { field: column, fiscalYear: e.fiscalYear }) });
  };
  const applicable = shown ? shown.counts.new + shown.counts.update : 0;

  return (
    <Stack>
      <Group align="flex-end">
        {isArchive ? null : years.isError ? (
          <QueryError error={years.error} onRetry={() => void years.refetch()} />
        ) : (
          <NativeSelect
            label={t('import.year')}
            value={yearId}
            onChange={(e) => chooseYear(e.currentTarget.value)}
            data={(years.data ?? []).map((y) => ({ value: y.id, label: t('year.label', { year: y.fiscalYear }) }))}
          />
        )}
        <FileButton
          onChange={(f) => void pick(f)}
          resetRef={resetFile}
          accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        >
          {(props) => (
            <Button {...props} loading={preview.isPending}>
              {t('import.pick')}
            </Button>
          )}
        </FileButton>
        {file && <Text size="sm">{file.name}</Text>}
      </Group>
      {isReading && <ReadingProgress progress={progress.data} fileBytes={file ? Math.floor((file.data.length * 3) / 4) : 0} onCancel={cancelReading} />}
      <ErrorAlert error={error} />
      {shown && isArchive && <ArchiveSummary preview={shown} />}
      {shown && (
        <>
          {!isArchive && <Text fw={700}>{t('import.mapping')}</Text>}
          <Group gap="xs" display={isArchive ? 'none' : undefined}>
            {shown.headers.map((h, i) => (
              <NativeSelect
                key={`${h}-${i}`}
                label={h || `#${i + 1}`}
                size="xs"
                value={shown.mapping[i] ?? ''}
                onChange={(e) => {
                  const value = e.currentTarget.value || null;
                  if (file) runPreview(file, shown.mapping.map((m, j) => (j === i ? value : m)));
                }}
                data={[{ value: '', label: t('import.ignore') }, ...kind.fields.map((f) => ({ value: f, label: t(`${kind.fieldLabel}.${f}`) }))]}
              />
            ))}
          </Group>
          <Alert color={shown.counts.error ? 'orange' : 'teal'} data-testid="import-counts">
            {t('import.counts', shown.counts)}
            {shown.newSendingGovernments.length > 0 && <Text size="sm">{t('import.newSending', { names: shown.newSendingGovernments.join(t('common.listSeparator')) })}</Text>}
          </Alert>
          <ScrollArea h={280}>
            <Table data-testid="import-rows">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('import.row')}</Table.Th>
                  <Table.Th>{t('import.result')}</Table.Th>
                  <Table.Th>{t(kind.nameHeader)}</Table.Th>
                  <Table.Th>{t('import.problems')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.rows.map((r, i) => (
                  <Table.Tr key={isArchive ? i : r.row} data-testid="import-row">
                    <Table.Td>{r.row}</Table.Td>
                    <Table.Td>
                      <Badge color={KIND_COLOR[r.kind]} variant="light" tt="none">
                        {t(`import.kind.${r.kind}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{r.name}</Table.Td>
                    <Table.Td>{r.errors.map(message).join(' / ')}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea>
        </>
      )}
      <Group justify="flex-end">
        {applied && (
          <Button variant="light" color="red" onClick={undoImport} loading={undo.isPending}>
            {t('import.undo')}
          </Button>
        )}
        <Button variant="default" onClick={onClose}>
          {t('common.close')}
        </Button>
        <Button onClick={applyImport} loading={apply.isPending} disabled={!shown || applicable === 0 || applied !== null}>
          {t('import.apply', { count: applicable })}
        </Button>
      </Group>
    </Stack>
  );
}

/** What an archive would add: its years (new ones with their milestones unknown), hosts and sending governments. */
function ArchiveSummary({ preview }: { preview: Partial<Pick<ArchivePreview, 'years' | 'newHosts' | 'samePerson' | 'withoutKey'>> }) {
  const { t } = useTranslation();
  const years = preview.years ?? [];
  const newYears = years.filter((y) => y.isNew);
  const separator = t('common.listSeparator');
  return (
    <Alert color="blue" data-testid="archive-summary">
      {years.length > 0 && (
        <Text size="sm" data-testid="archive-years">
          {t('archiveImport.years', { from: years[0]!.fiscalYear, to: years.at(-1)!.fiscalYear, count: years.length })}
          {newYears.length > 0 && ` ${t('archiveImport.newYears', { count: newYears.length })}`}
        </Text>
      )}
      <Text size="sm" data-testid="archive-new-hosts">
        {(preview.newHosts ?? []).length > 0 ? t('archiveImport.newHosts', { count: preview.newHosts!.length, names: preview.newHosts!.join(separator) }) : t('archiveImport.noNewHosts')}
      </Text>
      {(preview.samePerson ?? []).length > 0 && (
        <Text size="sm" data-testid="archive-same-person">
          {t('archiveImport.samePerson', { count: preview.samePerson!.length })}
        </Text>
      )}
      {(preview.withoutKey ?? 0) > 0 && (
        <Text size="sm" data-testid="archive-without-key">
          {t('archiveImport.withoutKey', { count: preview.withoutKey })}
        </Text>
      )}
    </Alert>
  );
}

function sizeText(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** How far a preview or an apply is: the file being read (a moving bar), then its rows checked (rows of how many), and a way to stop it. */
function ReadingProgress({ progress, fileBytes, onCancel }: { progress: ImportProgress | undefined; fileBytes: number; onCancel(): void }) {
  const { t } = useTranslation();
  // Once every row is checked (`done`), an apply writes them: the bar stays full until it answers.
  const isChecking = (progress?.phase === 'checking' || progress?.phase === 'done') && progress.totalRows > 0;
  const percent = isChecking ? (progress.rowsRead / progress.totalRows) * 100 : 100;
  return (
    <Stack gap={4} data-testid="import-progress">
      <Progress value={percent} striped={!isChecking} animated={!isChecking} aria-label={t('import.progress.label')} />
      <Group justify="space-between">
        {/* A live region: how far the reading is, read out as it moves on. */}
        <Text size="sm" c="dimmed" role="status">
          {isChecking
            ? t('import.progress.checking', { rowsRead: progress.rowsRead, totalRows: progress.totalRows })
            : t('import.progress.reading', { size: sizeText(progress?.totalBytes || fileBytes) })}
        </Text>
        <Button size="xs" variant="light" color="red" onClick={onCancel} data-testid="import-cancel">
          {t('import.progress.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}
