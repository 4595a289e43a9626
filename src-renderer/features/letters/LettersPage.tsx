import { Alert, Badge, Button, Checkbox, Group, NativeSelect, NumberInput, Paper, SegmentedControl, SimpleGrid, Stack, Table, Tabs, Text, TextInput, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { DuplicateNumber, LetterPreview, LetterRecipient, MissingField, RegisterEntry } from '@shared/contract/letters';
import type { Language } from '@shared/contract/settings';
import { formatDate, formatFiscalYear } from '@shared/text/date-format';
import { useConfirmStore } from '../../app/confirm.store';
import { useFlash } from '../../app/flash.store';
import { useNavigation } from '../../app/navigation.store';
import { ErrorAlert } from '../../components/ErrorAlert';
import { saveFile } from '../../components/ExportMenu';
import { RowActions } from '../../components/RowActions';
import { YearSelect, useSelectedYearId } from '../../components/YearSelect';
import { QueryError, QueryState } from '../../data/QueryState';
import { useChannel, useChannelMutation } from '../../data/use-channel';
import { useMutationError } from '../../data/use-mutation-error';
import { LetterSheet } from '../prints/LetterSheets';
import { letterPrintPath } from '../prints/letters-path';
import { useSettings } from '../settings/settings.store';

type Mode = 'year' | 'prefecture' | 'one';

/** A merge field as a person reads it: 首長の職名（宛名）, 来日. */
export function mergeFieldLabel(t: TFunction, field: string): string {
  if (field.startsWith('date.')) return t(`year.milestone.${field.slice(5)}`, { defaultValue: field });
  return t(`letters.mergeField.${field.replace(/\./g, '_')}`, { defaultValue: field });
}

function missingText(t: TFunction, m: MissingField): string {
  const label = mergeFieldLabel(t, m.field);
  return m.trainee ? t('letters.preview.missingOfTrainee', { field: label, name: m.trainee }) : label;
}

/** Which hosts the letters go to: this year's hosts, those of one prefecture, or one. */
function pickHosts(recipients: readonly LetterRecipient[], mode: Mode, prefecture: string, hostId: string): LetterRecipient[] {
  if (mode === 'year') return recipients.filter((r) => r.traineeCount > 0);
  if (mode === 'prefecture') return recipients.filter((r) => r.prefectureJa === prefecture && r.traineeCount > 0);
  return recipients.filter((r) => r.hostId === hostId);
}

/** One letter's preview: the letter as it will print, its missing fields, and how to fill or pass them. */
function PreviewCard({
  preview,
  values,
  allowMissing,
  onValue,
  onAllow,
}: {
  preview: LetterPreview;
  values: Record<string, string>;
  allowMissing: boolean;
  onValue(field: string, value: string): void;
  onAllow(allow: boolean): void;
}) {
  const { t } = useTranslation();
  const fillable = preview.missing.filter((m) => m.trainee === null);
  const shownFields = [...new Set([...fillable.map((m) => m.field), ...Object.keys(values)])];
  return (
    <Paper withBorder p="md" data-testid="letter-preview" data-host={preview.hostName}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h4">
            {preview.hostName}
          </Title>
          {preview.missing.length > 0 ? (
            <Badge color="red" variant="light" tt="none" data-testid="letter-preview-blocked">
              {t('letters.preview.blocked', { count: preview.missing.length })}
            </Badge>
          ) : (
            <Badge color="green" variant="light" tt="none">
              {t('letters.preview.ready')}
            </Badge>
          )}
        </Group>
        {preview.missing.length > 0 && (
          <Alert color="yellow" title={t('letters.preview.missingTitle')} data-testid="letter-preview-missing">
            <Text size="sm">{preview.missing.map((m) => missingText(t, m)).join(t('common.listSeparator'))}</Text>
          </Alert>
        )}
        {shownFields.length > 0 && (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {shownFields.map((field) => (
              <TextInput
                key={field}
                label={t('letters.preview.fill', { field: mergeFieldLabel(t, field) })}
                value={values[field] ?? ''}
                onChange={(e) => onValue(field, e.currentTarget.value)}
                data-testid={`letter-fill-${field}`}
              />
            ))}
          </SimpleGrid>
        )}
        {(preview.missing.length > 0 || allowMissing) && (
          <Checkbox label={t('letters.preview.allowMissing')} checked={allowMissing} onChange={(e) => onAllow(e.currentTarget.checked)} data-testid="letter-allow-missing" />
        )}
        <div className="kk-preview-frame kk-letter-preview">
          <div className="kk-preview">
            <LetterSheet doc={preview.doc} />
          </div>
        </div>
      </Stack>
    </Paper>
  );
}

/** What was just issued: the numbers, the PDF of all letters and a Word file per letter. */
function Issued({ batchId, letters, onDone }: { batchId: string; letters: RegisterEntry[]; onDone(): void }) {
  const { t } = useTranslation();
  const navigate = useNavigation((s) => s.navigate);
  const docx = useChannelMutation('letters:docx');
  const error = useMutationError(docx, 'letters.field');
  const [isSaving, setSaving] = useState(false);
  async function saveAll() {
    setSaving(true);
    try {
      for (const letter of letters) saveFile(await docx.mutateAsync({ id: letter.id }));
      useFlash.getState().show(t('letters.issued.docxSaved', { count: letters.length }));
    } catch {
      // shown below
    } finally {
      setSaving(false);
    }
  }
  const first = letters[0]?.numberLabel ?? '';
  const last = letters.at(-1)?.numberLabel ?? '';
  return (
    <Alert color="green" title={t('letters.issued.title', { count: letters.length })} data-testid="letters-issued">
      <Stack gap="xs">
        <Text size="sm" data-testid="letters-issued-numbers">
          {letters.length > 1 ? t('letters.issued.numbers', { first, last }) : first}
        </Text>
        <Group>
          <Button onClick={() => navigate(letterPrintPath({ kind: 'batch', id: batchId }))} data-testid="letters-print">
            {t('letters.issued.pdf')}
          </Button>
          <Button variant="light" loading={isSaving} onClick={() => void saveAll()} data-testid="letters-docx">
            {t('letters.issued.docx')}
          </Button>
          <Button variant="subtle" onClick={onDone}>
            {t('letters.issued.another')}
          </Button>
        </Group>
        <ErrorAlert error={error} />
      </Stack>
    </Alert>
  );
}

/** The year's daily allowance of the joint training period, which the allowance letter multiplies. */
function AllowanceRate({ yearId }: { yearId: string }) {
  const { t } = useTranslation();
  const current = useChannel('letters:year-options', { yearId });
  const save = useChannelMutation('letters:set-year-options');
  const error = useMutationError(save, 'letters.field');
  const [draft, setDraft] = useState<number | string | null>(null);
  return (
    <QueryState query={current}>
      {(o) => (
        <Stack gap="xs">
          <Group align="flex-end">
            <NumberInput
              label={t('letters.year.rate')}
              description={t('letters.year.rateHelp')}
              value={draft ?? o.allowanceRate ?? ''}
              onChange={setDraft}
              allowDecimal={false}
              min={0}
              thousandSeparator=","
              w={320}
              data-testid="letters-rate"
            />
            <Button
              variant="light"
              loading={save.isPending}
              onClick={() => {
                const value = draft ?? o.allowanceRate;
                void save.run(
                  { yearId, allowanceRate: value === '' || value === null ? null : Number(value) },
                  {
                    onSuccess: () => {
                      setDraft(null);
                      useFlash.getState().show(t('letters.year.saved'));
                    },
                  },
                );
              }}
              data-testid="letters-rate-save"
            >
              {t('common.save')}
            </Button>
          </Group>
          <ErrorAlert error={error} />
        </Stack>
      )}
    </QueryState>
  );
}

/** Pick a template and recipients, preview each letter, then issue them. */
function ComposeTab({ yearId }: { yearId: string }) {
  const { t } = useTranslation();
  const screenLanguage = useSettings((s) => s.language);
  const templates = useChannel('letters:templates', {});
  const recipients = useChannel('letters:recipients', { yearId });
  const options = useChannel('letters:options', {});
  // Unknown while loading (no warning yet); a failed read is shown where the warning would be.
  const hasRange = options.data ? options.data.ranges.some((r) => r.isThisDevice) : true;
  const [templateId, setTemplateId] = useState('');
  const [language, setLanguage] = useState<Language>('ja');
  const [mode, setMode] = useState<Mode>('year');
  const [prefecture, setPrefecture] = useState('');
  const [hostId, setHostId] = useState('');
  const [issuedOn, setIssuedOn] = useState('');
  const [due, setDue] = useState('');
  const [values, setValues] = useState<Record<string, Record<string, string>>>({});
  const [allow, setAllow] = useState<Record<string, boolean>>({});
  const issue = useChannelMutation('letters:issue');
  const issueError = useMutationError(issue, 'letters.field');
  const [issued, setIssued] = useState<{ batchId: string; letters: RegisterEntry[] } | null>(null);

  const chosenTemplate = templateId || templates.data?.[0]?.id || '';
  const hosts = useMemo(() => pickHosts(recipients.data ?? [], mode, prefecture, hostId), [recipients.data, mode, prefecture, hostId]);
  const input = chosenTemplate && hosts.length > 0
    ? {
        templateId: chosenTemplate,
        yearId,
        language,
        issuedOn: issuedOn || null,
        due: due || null,
        recipients: hosts.map((h) => ({ hostId: h.hostId, values: values[h.hostId] ?? {}, allowMissing: allow[h.hostId] ?? false })),
      }
    : null;
  const previews = useChannel('letters:preview', input, { keepPrevious: true });
  const blocked = (previews.data ?? []).filter((p) => p.missing.length > 0).length;
  const prefectures = [...new Set((recipients.data ?? []).filter((r) => r.traineeCount > 0).map((r) => r.prefectureJa))];

  if (issued) return <Issued batchId={issued.batchId} letters={issued.letters} onDone={() => setIssued(null)} />;

  return (
    <Stack>
      {options.isError && <QueryError error={options.error} onRetry={() => void options.refetch()} />}
      {!hasRange && (
        <Alert color="yellow" data-testid="letters-no-range">
          {t('letters.range.missing')} {t('letters.compose.setRange')}
        </Alert>
      )}
      <QueryState query={templates}>
        {(list) => (
          <Group align="flex-end" wrap="wrap">
            <NativeSelect
              label={t('letters.compose.template')}
              value={chosenTemplate}
              onChange={(e) => setTemplateId(e.currentTarget.value)}
              data={list.map((tpl) => ({ value: tpl.id, label: screenLanguage === 'en' ? tpl.titleEn : tpl.titleJa }))}
              w={340}
              data-testid="letters-template"
            />
            <div>
              <Text size="sm" fw={500} mb={4} id="letters-language-label">
                {t('letters.compose.language')}
              </Text>
              <SegmentedControl
                aria-labelledby="letters-language-label"
                value={language}
                onChange={(v) => setLanguage(v as Language)}
                data={[
                  { value: 'ja', label: t('letters.template.japanese') },
                  { value: 'en', label: t('letters.template.english') },
                ]}
                data-testid="letters-language"
              />
            </div>
            <TextInput label={t('letters.compose.issuedOn')} placeholder={t('letters.compose.today')} value={issuedOn} onChange={(e) => setIssuedOn(e.currentTarget.value)} w={170} data-testid="letters-issued-on" />
            <TextInput label={t('letters.compose.due')} value={due} onChange={(e) => setDue(e.currentTarget.value)} w={170} data-testid="letters-due" />
          </Group>
        )}
      </QueryState>
      {templates.data?.find((tpl) => tpl.id === chosenTemplate)?.table === 'allowance' && <AllowanceRate yearId={yearId} />}
      <QueryState query={recipients}>
        {(list) => (
          <Group align="flex-end">
            <div>
              <Text size="sm" fw={500} mb={4} id="letters-to-label">
                {t('letters.compose.recipients')}
              </Text>
              <SegmentedControl
                aria-labelledby="letters-to-label"
                value={mode}
                onChange={(v) => setMode(v as Mode)}
                data={(['year', 'prefecture', 'one'] as const).map((m) => ({ value: m, label: t(`letters.compose.mode.${m}`) }))}
                data-testid="letters-mode"
              />
            </div>
            {mode === 'prefecture' && (
              <NativeSelect
                label={t('letters.compose.prefecture')}
                value={prefecture}
                onChange={(e) => setPrefecture(e.currentTarget.value)}
                data={[{ value: '', label: t('letters.compose.choose') }, ...prefectures.map((p) => ({ value: p, label: p }))]}
                data-testid="letters-prefecture"
              />
            )}
            {mode === 'one' && (
              <NativeSelect
                label={t('letters.compose.host')}
                value={hostId}
                onChange={(e) => setHostId(e.currentTarget.value)}
                data={[{ value: '', label: t('letters.compose.choose') }, ...list.map((h) => ({ value: h.hostId, label: h.hostName }))]}
                data-testid="letters-host"
              />
            )}
            <Text size="sm" c="dimmed" data-testid="letters-count">
              {t('letters.compose.count', { count: hosts.length })}
            </Text>
          </Group>
        )}
      </QueryState>
      {input && (
        <>
          <Group>
            <Button
              disabled={!previews.data || blocked > 0}
              loading={issue.isPending}
              onClick={() =>
                void issue.run(input, {
                  onSuccess: (result) => {
                    setIssued(result);
                    useFlash.getState().show(t('letters.issued.title', { count: result.letters.length }));
                  },
                })
              }
              data-testid="letters-issue"
            >
              {t('letters.compose.issue', { count: hosts.length })}
            </Button>
            {blocked > 0 && (
              <Text size="sm" c="red.8" data-testid="letters-blocked">
                {t('letters.compose.blocked', { count: blocked })}
              </Text>
            )}
          </Group>
          <ErrorAlert error={issueError} />
          {previews.error ? (
            <QueryError error={previews.error} onRetry={() => void previews.refetch()} />
          ) : (
            (previews.data ?? []).map((p) => (
              <PreviewCard
                key={p.hostId}
                preview={p}
                values={values[p.hostId] ?? {}}
                allowMissing={allow[p.hostId] ?? false}
                onValue={(field, value) => setValues((v) => ({ ...v, [p.hostId]: { ...v[p.hostId], [field]: value } }))}
                onAllow={(a) => setAllow((v) => ({ ...v, [p.hostId]: a }))}
              />
            ))
          )}
        </>
      )}
    </Stack>
  );
}

/** Numbers given to more than one letter (番号重複), named with their fiscal year. */
function DuplicateWarning({ duplicates, testId }: { duplicates: readonly DuplicateNumber[]; testId: string }) {
  const { t } = useTranslation();
  const language = useSettings((s) => s.language);
  if (duplicates.length === 0) return null;
  const numbers = duplicates
    .map((d) => t('letters.register.duplicatedNumber', { year: formatFiscalYear(d.fiscalYear, language, { wareki: language === 'ja' }), number: d.numberLabel }))
    .join(t('common.listSeparator'));
  return (
    <Alert color="red" role="alert" title={t('letters.register.duplicatedTitle')} data-testid={testId}>
      {t('letters.register.duplicatedBody', { numbers })}
    </Alert>
  );
}

/** The register (文書番号簿) of a fiscal year: every number given, cancelled ones kept, to Excel. */
function RegisterTab() {
  const { t } = useTranslation();
  const language = useSettings((s) => s.language);
  const navigate = useNavigation((s) => s.navigate);
  const [fiscalYear, setFiscalYear] = useState<number | null>(null);
  const register = useChannel('letters:register', { fiscalYear }, { keepPrevious: true });
  const cancel = useChannelMutation('letters:cancel');
  const cancelError = useMutationError(cancel, 'letters.field');
  const toExcel = useChannelMutation('letters:register-export');
  const excelError = useMutationError(toExcel, 'letters.field');
  const docx = useChannelMutation('letters:docx');
  const docxError = useMutationError(docx, 'letters.field');

  async function askCancel(entry: RegisterEntry) {
    const yes = await useConfirmStore.getState().ask({
      title: t('letters.register.cancelTitle'),
      body: t('letters.register.cancelBody', { number: entry.numberLabel, title: entry.title, addressee: entry.addressee }),
      confirmLabel: t('letters.register.cancel'),
      cancelLabel: t('common.cancel'),
      danger: true,
    });
    if (!yes) return;
    await cancel.run({ id: entry.id }, { onSuccess: () => useFlash.getState().show(t('letters.register.cancelled', { number: entry.numberLabel })) });
  }

  return (
    <QueryState query={register}>
      {(r) => (
        <Stack>
          <Group align="flex-end">
            <NativeSelect
              label={t('letters.register.fiscalYear')}
              value={String(r.fiscalYear)}
              onChange={(e) => setFiscalYear(Number(e.currentTarget.value))}
              data={r.fiscalYears.map((y) => ({ value: String(y), label: t('year.label', { year: y }) }))}
              data-testid="register-year"
            />
            <Button
              variant="default"
              loading={toExcel.isPending}
              onClick={() =>
                void toExcel.run(
                  { fiscalYear: r.fiscalYear, language },
                  {
                    onSuccess: (file) => {
                      saveFile(file);
                      useFlash.getState().show(t('export.done', { file: file.fileName }));
                    },
                  },
                )
              }
              data-testid="register-export"
            >
              {t('letters.register.toExcel')}
            </Button>
          </Group>
          <ErrorAlert error={cancelError} />
          <ErrorAlert error={excelError} />
          <ErrorAlert error={docxError} />
          {r.entries.length === 0 ? (
            <Text c="dimmed" data-testid="register-empty">
              {t('letters.register.empty')}
            </Text>
          ) : (
            <Table striped data-testid="register-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('letters.register.number')}</Table.Th>
                  <Table.Th>{t('letters.register.issuedOn')}</Table.Th>
                  <Table.Th>{t('letters.register.title')}</Table.Th>
                  <Table.Th>{t('letters.register.addressee')}</Table.Th>
                  <Table.Th>{t('letters.register.issuedBy')}</Table.Th>
                  <Table.Th>{t('letters.register.state')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {r.entries.map((e) => (
                  <Table.Tr key={e.id} data-testid="register-row" data-number={e.number}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{e.numberLabel}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(e.issuedOn, language)}</Table.Td>
                    <Table.Td>{e.title}</Table.Td>
                    <Table.Td>{e.addressee}</Table.Td>
                    <Table.Td>{e.issuedBy ?? t('letters.register.unknownAuthor')}</Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        {e.duplicated && (
                          <Badge color="red" variant="light" tt="none" data-testid="register-duplicated">
                            {t('letters.register.duplicatedBadge')}
                          </Badge>
                        )}
                        {e.status === 'cancelled' ? (
                          <Badge color="gray" variant="light" tt="none" data-testid="register-cancelled">
                            {t('letters.register.cancelledBadge')}
                          </Badge>
                        ) : (
                          <RowActions
                            size="compact-sm"
                            remove={{
                              onClick: () => void askCancel(e),
                              label: t('letters.register.cancel'),
                              name: t('letters.register.cancelOne', { number: e.numberLabel }),
                              testId: 'register-cancel',
                            }}
                          />
                        )}
                        <Button size="compact-sm" variant="default" onClick={() => navigate(letterPrintPath({ kind: 'letter', id: e.id }))} aria-label={t('letters.register.printOne', { number: e.numberLabel })}>
                          {t('letters.register.print')}
                        </Button>
                        <Button
                          size="compact-sm"
                          variant="default"
                          onClick={() => void docx.run({ id: e.id }, { onSuccess: saveFile })}
                          aria-label={t('letters.register.docxOne', { number: e.numberLabel })}
                        >
                          {t('letters.register.docx')}
                        </Button>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
      )}
    </QueryState>
  );
}

/** The letters the office sends (#/letters): compose and issue, and the register of numbers. */
export function LettersPage() {
  const { t } = useTranslation();
  const yearId = useSelectedYearId();
  // Numbers given twice in any fiscal year are shown above both tabs, not only in that year's register.
  const current = useChannel('letters:register', { fiscalYear: null });
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('nav.letters')}</Title>
        <YearSelect />
      </Group>
      {current.isError ? <QueryError error={current.error} onRetry={() => void current.refetch()} /> : <DuplicateWarning duplicates={current.data?.duplicates ?? []} testId="letters-duplicates" />}
      <Tabs defaultValue="compose" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="compose" data-testid="letters-tab-compose">
            {t('letters.tab.compose')}
          </Tabs.Tab>
          <Tabs.Tab value="register" data-testid="letters-tab-register">
            {t('letters.tab.register')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="compose" pt="md">
          {yearId ? <ComposeTab yearId={yearId} /> : <Text c="dimmed">{t('letters.compose.noYear')}</Text>}
        </Tabs.Panel>
        <Tabs.Panel value="register" pt="md">
          <RegisterTab />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
