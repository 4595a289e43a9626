import { Alert, Badge, Button, FileButton, Group, Modal, NativeSelect, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FLIGHT_IMPORT_FIELDS, IMPORT_FIELDS, SURVEY_IMPORT_FIELDS, type ImportPreview } from '@shared/contract/imports';
import { useApi } from '../api';
import { useFlash } from '../app/flash.store';
import { translateError, type TranslatedError } from '../i18n/errors';
import { useYears } from '../features/years/years.store';
import { ErrorAlert } from './ErrorAlert';
import { toBase64 } from './files';

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
} as const;

interface Props {
  what?: keyof typeof IMPORTS;
  opened: boolean;
  onClose(): void;
  onImported(): void;
}

/** Pick a file, see what each row would do, adjust the columns, then apply (and undo if need be). */
export function ImportModal({ what = 'trainees', opened, onClose, onImported }: Props) {
  const kind = IMPORTS[what];
  const { t } = useTranslation();
  const api = useApi();
  const { years, selectedYearId } = useYears();
  const [yearId, setYearId] = useState(selectedYearId || years?.[0]?.id || '');
  const [file, setFile] = useState<{ name: string; data: string } | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mapping, setMapping] = useState<Array<string | null> | null>(null);
  const [applied, setApplied] = useState<string | null>(null);
  const [error, setError] = useState<TranslatedError | null>(null);

  async function runPreview(next: { name: string; data: string }, nextMapping: Array<string | null> | null) {
    const result = await api.call(kind.preview, { yearId, fileName: next.name, dataBase64: next.data, mapping: nextMapping as never });
    if (!result.ok) {
      setPreview(null);
      return setError(translateError(t, result.error, 'import'));
    }
    setError(null);
    setPreview(result.value);
    setMapping(result.value.mapping);
  }

  async function pick(picked: File | null) {
    if (!picked) return;
    const next = { name: picked.name, data: await toBase64(picked) };
    setFile(next);
    setApplied(null);
    await runPreview(next, null);
  }

  async function apply() {
    if (!file) return;
    const result = await api.call(kind.apply, { yearId, fileName: file.name, dataBase64: file.data, mapping: mapping as never });
    if (!result.ok) return setError(translateError(t, result.error, 'import'));
    setApplied(result.value.importId);
    useFlash.getState().show(t('import.applied', result.value));
    onImported();
  }

  async function undo() {
    if (!applied) return;
    const result = await api.call('imports:undo', { id: applied });
    if (!result.ok) return setError(translateError(t, result.error, 'import'));
    setApplied(null);
    useFlash.getState().show(t('import.undone'));
    onImported();
  }

  const message = (e: { column: string; field: string; rule: string }) =>
    t('import.cellError', { column: e.column, message: t(`errors.rule.${e.rule}`, { field: e.column }) });
  const applicable = preview ? preview.counts.new + preview.counts.update : 0;

  return (
    <Modal opened={opened} onClose={onClose} title={t(kind.title)} size="xl">
      <Stack>
        <Group align="flex-end">
          <NativeSelect
            label={t('import.year')}
            value={yearId}
            onChange={(e) => setYearId(e.currentTarget.value)}
            data={(years ?? []).map((y) => ({ value: y.id, label: t('year.label', { year: y.fiscalYear }) }))}
          />
          <FileButton onChange={(f) => void pick(f)} accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet">
            {(props) => <Button {...props}>{t('import.pick')}</Button>}
          </FileButton>
          {file && <Text size="sm">{file.name}</Text>}
        </Group>
        <ErrorAlert error={error} />
        {preview && mapping && (
          <>
            <Text fw={700}>{t('import.mapping')}</Text>
            <Group gap="xs">
              {preview.headers.map((h, i) => (
                <NativeSelect
                  key={`${h}-${i}`}
                  label={h || `#${i + 1}`}
                  size="xs"
                  value={mapping[i] ?? ''}
                  onChange={(e) => {
                    const next = mapping.map((m, j) => (j === i ? e.currentTarget.value || null : m));
                    setMapping(next);
                    if (file) void runPreview(file, next);
                  }}
                  data={[{ value: '', label: t('import.ignore') }, ...kind.fields.map((f) => ({ value: f, label: t(`${kind.fieldLabel}.${f}`) }))]}
                />
              ))}
            </Group>
            <Alert color={preview.counts.error ? 'orange' : 'teal'} data-testid="import-counts">
              {t('import.counts', preview.counts)}
              {preview.newSendingGovernments.length > 0 && <Text size="sm">{t('import.newSending', { names: preview.newSendingGovernments.join('、') })}</Text>}
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
                  {preview.rows.map((r) => (
                    <Table.Tr key={r.row} data-testid="import-row">
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
            <Button variant="light" color="red" onClick={() => void undo()}>
              {t('import.undo')}
            </Button>
          )}
          <Button variant="default" onClick={onClose}>
            {t('common.close')}
          </Button>
          <Button onClick={() => void apply()} disabled={!preview || applicable === 0 || applied !== null}>
            {t('import.apply', { count: applicable })}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
