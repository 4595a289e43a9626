import { defaultNameOrder, guessNameLang } from '@shared/contract/names';
import type { ImportField, ImportPreview } from '@shared/contract/imports';
import { DIETS, GENDERS, JAPANESE_LEVELS, MULTILINE_TRAINEE_FIELDS, NAME_LANGS, NAME_ORDERS, TRAINEE_STATUSES, TraineeFields, type Trainee } from '@shared/contract/trainees';
import { deleteRow, updateRow, insertRow } from '../../db/rows';
import { decodeValue, type LoggedChange } from '../../db/log-values';
import { newId } from '../../db/ids';
import { translate } from '../../i18n';
import { AppError } from '../../ipc/app-error';
import { toFieldIssues } from '../../ipc/dispatch';
import type { Ctx } from '../context';
import { japanDate } from '@shared/text/date-math';
import { listSendingGovernments, listTrainingFields } from '../masters';
import { findTrainee, insertTrainee, listPassportNumbers, listTrainees, nameAndBirthKey, passportKey, reindexTrainee, searchText, updateTraineeRow, writeSearchText } from '../trainees';
import { matchKey } from '@shared/text/fold';
import { fieldClassOf } from '@shared/contract/field-classes';
import { isMasked } from '@shared/text/mask';
import { eraseTrainees, finishPendingErasures } from '../erasure';
import { findYear } from '../years';
import { readSetting, writeSetting } from '../settings';
import { findHeaderRow, guessMapping, splitFullName } from './mapping';
import { cellText, matchChoice, parseCountry, parseDate, trainingFieldChoices } from './normalize';
import type { Cell } from './read-file';
import { ImportJob } from './read-in-worker';

export interface ImportRequest {
  yearId: string;
  fileName: string;
  dataBase64: string;
  mapping: Array<string | null> | null;
  /** Names the reading for `imports:progress` and `imports:cancel`. */
  jobId?: string | null;
}

type Fields = TraineeFields;
type Field = keyof Fields;

const DATE_FIELDS = new Set<Field>(['birthDate', 'passportExpiry', 'statusChangedOn', 'healthConsentOn', 'religionConsentOn']);
const NAME_PARTS = new Set<string>(['familyNameLatin', 'givenNameLatin', 'familyNameNative', 'givenNameNative']);

const OLD_STATUS_LABELS = [
  { code: 'applicant', labels: ['応募者'] },
  { code: 'selected', labels: ['決定'] },
  { code: 'arrived', labels: ['来日'] },
  { code: 'completed', labels: ['研修終了'] },
];
function choices(codes: readonly string[], prefix: string) {
  return codes.map((code) => ({ code, labels: [translate('ja', `${prefix}.${code}`), translate('en', `${prefix}.${code}`)] }));
}
const ENUMS: Partial<Record<Field, ReturnType<typeof choices>>> = {
  gender: [...choices(GENDERS, 'trainee.gender'), { code: 'female', labels: ['F', '女'] }, { code: 'male', labels: ['M', '男'] }],
  nameLang: choices(NAME_LANGS, 'trainee.nameLang'),
  nameOrder: choices(NAME_ORDERS, 'trainee.nameOrder'),
  japaneseLevel: choices(JAPANESE_LEVELS, 'trainee.japaneseLevel'),
  diet: choices(DIETS, 'trainee.diet'),
  // The labels before issue 21 (決定, 来日 …), as files exported then still say.
  status: [...choices(TRAINEE_STATUSES, 'trainee.status'), ...OLD_STATUS_LABELS],
};

export interface Parsed {
  row: number;
  /** The whole record as a new trainee would get it. */
  full: Fields | null;
  /** Only the columns in the file, for updating an existing trainee. */
  fields: Partial<Fields> | null;
  errors: Array<{ column: string; field: string; rule: string; fiscalYear?: number }>;
  /** A sending government named in the file but not in the master list: added on apply. */
  newSendingGovernment: { label: string; parts: string[]; country: string } | null;
  match: Trainee | null;
  name: string;
}

/** Between the names of a sending government in a cell, as lists write it (경주시 / Gyeongju / 慶州市). */
const LABEL_SEPARATOR = /\s+\/\s+|\s*／\s*/;

function governmentKey(country: string, name: string): string {
  return `${country}|${matchKey(name)}`;
}

const LATIN = /^[\p{Script=Latin}\p{N}\p{P}\p{Zs}]+$/u;

/**
 * The names of a sending government not in the master list, from its cell: local, English,
 * Japanese, as `sendingGovernmentLabel` writes them. A Latin-script name is also the English one,
 * so the label leaves English out: `Cusco / クスコ市` is local and Japanese. A name in another
 * script is never copied into the English one (`경주시 / 慶州市` has no English name: it stays
 * empty for a person to fill in).
 */
export function governmentNames(parts: readonly string[]): { local: string; english: string; japanese: string | null } {
  const [local, second, third] = parts as [string, string | undefined, string | undefined];
  if (third !== undefined) return { local, english: second!, japanese: third };
  const english = LATIN.test(local) ? local : second !== undefined && LATIN.test(second) ? second : '';
  const japanese = second !== undefined && second !== english ? second : null;
  return { local, english, japanese };
}

/** Files with the same headers come back with the columns the person chose last time. */
function mappingKey(headers: readonly string[]): string {
  return `importMapping:${headers.map(matchKey).join('|')}`;
}

async function parseFile(ctx: Ctx, request: ImportRequest) {
  if (!findYear(ctx.db, request.yearId)) throw new AppError('not_found', { entity: 'year' });
  const job = new ImportJob(request.fileName, request.jobId ?? null);
  const rows = await job.read(Buffer.from(request.dataBase64, 'base64'));
  const headerIndex = findHeaderRow(rows);
  const headers = (rows[headerIndex] ?? []).map((c) => cellText(c) ?? '');
  const remembered = readSetting(ctx.db, mappingKey(headers));
  const mapping = (request.mapping ?? (remembered ? (JSON.parse(remembered) as Array<ImportField | null>) : guessMapping(headers))) as Array<ImportField | null>;
  if (!mapping.some(Boolean)) throw new AppError('import_no_columns');
  const parsed = await parseTraineeRows(ctx, { headers, mapping, rows: rows.slice(headerIndex + 1), firstRow: headerIndex + 2, defaultStatus: 'selected', map: (r, check) => job.map(r, check) });
  return { headers, mapping, parsed };
}

/** Rows of trainee columns to read: a year's list, or the archive's rows of many years. */
export interface TraineeRows {
  headers: string[];
  mapping: Array<ImportField | null>;
  rows: Cell[][];
  /** The spreadsheet row number of `rows[0]`, as Excel shows it. */
  firstRow: number;
  /** The status of a new trainee whose row names none: selected in a year's list, completed in the archive. */
  defaultStatus: Trainee['status'];
  /** Checks each row (the import job's, which can be cancelled and reports progress). */
  map: (rows: Cell[][], check: (cells: Cell[], index: number) => Parsed) => Promise<Parsed[]>;
  /**
   * The fields a row has a column for, when rows differ (the archive's sheets each have their own
   * columns): a field its sheet lacks is neither read nor written. Without it every mapped field is.
   */
  columnsOf?: (index: number) => ReadonlySet<ImportField>;
}

/**
 * Each row as a trainee (checked by the contract, errors by row and column), and the trainee it
 * is already (by passport, or by name and birth date): the one reading and matching rule of every
 * trainee import.
 */
export async function parseTraineeRows(ctx: Ctx, input: TraineeRows): Promise<Parsed[]> {
  const { headers, mapping } = input;
  const columnOf = (...fields: ImportField[]) => fields.map((f) => mapping.indexOf(f)).find((col) => col >= 0);
  // A field without a column of its own is named by the field (the screen labels it), never by its program name.
  const columnName = (...fields: ImportField[]) => {
    const col = columnOf(...fields);
    return col === undefined ? '' : (headers[col] ?? '');
  };
  const fieldChoices = trainingFieldChoices(listTrainingFields(ctx.db));
  // A sending government by any of its names, folded as every match is (GYEONGJU, ｇｙｅｏｎｇｊｕ = Gyeongju).
  const governmentByName = new Map<string, string>();
  for (const g of listSendingGovernments(ctx.db, null)) {
    for (const name of [g.nameLocal, g.nameEn, g.nameJa]) if (name) governmentByName.set(governmentKey(g.country, name), g.id);
  }
  const existing = listTrainees(ctx.db, { yearId: null, country: null, status: null, trainingFieldId: null, hostId: null, query: null });
  const byPassport = new Map<string, string>();
  const byNameAndBirth = new Map<string, string>();
  for (const p of listPassportNumbers(ctx.db)) byPassport.set(p.passportNumber, p.id);
  for (const t of existing) {
    byNameAndBirth.set(nameAndBirthKey(t.familyNameLatin, t.givenNameLatin, t.birthDate), t.id);
  }

  return input.map(input.rows, (cells, i) => {
    const row = input.firstRow + i;
    const own = input.columnsOf?.(i);
    const has = (field: ImportField) => mapping.includes(field) && (!own || own.has(field));
    const errors: Parsed['errors'] = [];
    const candidate: Record<string, unknown> = { status: input.defaultStatus };
    let newSendingGovernment: Parsed['newSendingGovernment'] = null;
    let sendingLabel: string | null = null;
    let fullName: string | null = null;
    // A number written masked (TK12•••78: a file we exported without the numbers) says nothing: the stored number stays.
    const kept = new Set<string>();
    mapping.forEach((importField, col) => {
      if (!importField || !has(importField)) return;
      const cell: Cell = cells[col] ?? null;
      if (importField === 'fullName') {
        fullName = cellText(cell);
        return;
      }
      const field: Field = importField;
      const column = headers[col] ?? '';
      const fail = (rule: string) => errors.push({ column, field, rule });
      if (DATE_FIELDS.has(field)) {
        const date = parseDate(cell);
        if (date === 'invalid') fail('invalid_date');
        else candidate[field] = date;
      } else if (field === 'nationality') {
        const code = parseCountry(cell);
        if (code === undefined) fail('unknown_country');
        else candidate[field] = code ?? '';
      } else if (field === 'trainingFieldId') {
        const id = matchChoice(cell, fieldChoices);
        if (id === undefined) fail('unknown_training_field');
        candidate[field] = id ?? null;
      } else if (field === 'sendingGovernmentId') {
        sendingLabel = cellText(cell);
      } else if (field === 'diet') {
        // Offices write the restriction in their own words (豚肉・アルコール不可): kept as the notes, diet "other".
        const code = matchChoice(cell, ENUMS.diet!);
        if (code === undefined && !has('dietNotes')) [candidate.diet, candidate.dietNotes] = ['other', cellText(cell)];
        else if (code === undefined) fail('invalid_choice');
        else if (code !== null) candidate[field] = code;
      } else if (ENUMS[field]) {
        const code = matchChoice(cell, ENUMS[field]!);
        if (code === undefined) fail('invalid_choice');
        else if (code !== null) candidate[field] = code;
      } else {
        const text = cellText(cell);
        if (fieldClassOf(field) === 'identifier' && isMasked(text)) {
          kept.add(field);
          return;
        }
        // A cell typed over two lines (Alt+Enter in Excel) is one line in a one-line field.
        candidate[field] = text !== null && !MULTILINE_TRAINEE_FIELDS.has(field) ? text.replace(/[ \t]*(?:\r\n|\r|\n)[ \t]*/g, ' ') : text;
      }
    });
    if (fullName) {
      const split = splitFullName(fullName);
      const fill = (field: Field, value: string | null) => {
        if (!has(field)) candidate[field] = value;
      };
      if (split.latin) {
        fill('familyNameLatin', split.latin.family);
        fill('givenNameLatin', split.latin.given);
      }
      if (split.native) {
        fill('familyNameNative', split.native.family);
        fill('givenNameNative', split.native.given);
      }
    }
    const native = `${candidate.familyNameNative ?? ''}${candidate.givenNameNative ?? ''}`;
    const lang = (candidate.nameLang as Fields['nameLang'] | undefined) ?? guessNameLang(native) ?? 'other';
    candidate.nameLang = lang;
    candidate.nameOrder ??= defaultNameOrder(lang);
    if (sendingLabel) {
      const named = (sendingLabel as string).split(LABEL_SEPARATOR).map((p) => p.trim()).filter(Boolean);
      const parts = named.length > 0 ? named : [sendingLabel as string];
      const country = typeof candidate.nationality === 'string' ? candidate.nationality : '';
      const found = parts.map((p) => governmentByName.get(governmentKey(country, p))).find(Boolean);
      if (found) candidate.sendingGovernmentId = found;
      else newSendingGovernment = { label: sendingLabel, parts, country };
    }
    const result = TraineeFields.safeParse(candidate);
    if (!result.success) {
      for (const issue of toFieldIssues(result.error.issues)) {
        if (errors.some((e) => e.field === issue.field)) continue;
        errors.push({ column: columnName(issue.field as Field), field: issue.field, rule: issue.rule });
      }
    }
    if (!candidate.familyNameLatin && !candidate.givenNameLatin && !errors.some((e) => e.field === 'givenNameLatin')) {
      errors.push({ column: columnName('givenNameLatin', 'familyNameLatin', 'fullName'), field: 'givenNameLatin', rule: 'name_required' });
    }
    const value = result.success && errors.length === 0 ? result.data : null;
    // Only the columns in the file are written; the rest of an existing record stays.
    const isWritten = (k: string) =>
      !kept.has(k) &&
      (has(k as Field) || k === 'nameLang' || k === 'nameOrder' || (k === 'dietNotes' && has('diet')) || (has('fullName') && NAME_PARTS.has(k) && candidate[k] != null));
    const mapped = value ? (Object.fromEntries(Object.entries(value).filter(([k]) => isWritten(k))) as Partial<Fields>) : null;
    const passport = passportKey(candidate.passportNumber);
    const key = nameAndBirthKey(candidate.familyNameLatin, candidate.givenNameLatin, candidate.birthDate);
    const matchId = (passport && byPassport.get(passport)) || byNameAndBirth.get(key) || null;
    const match = matchId ? findTrainee(ctx.db, matchId) : null;
    const name = [candidate.familyNameLatin, candidate.givenNameLatin].filter(Boolean).join(' ') || native;
    return { row, full: value, fields: mapped, errors, newSendingGovernment, match, name };
  });
}

function isUnchanged(p: Parsed): boolean {
  if (!p.match || !p.fields) return false;
  return Object.entries(p.fields).every(([k, v]) => (p.match as unknown as Record<string, unknown>)[k] === v) && !p.newSendingGovernment;
}

export function kindOf(p: Parsed): ImportPreview['rows'][number]['kind'] {
  if (p.errors.length > 0) return 'error';
  if (!p.match) return 'new';
  return isUnchanged(p) ? 'unchanged' : 'update';
}

/** A dry run: what each row would do (new, update, unchanged) or why it cannot (error, with row and column). */
export async function previewImport(ctx: Ctx, request: ImportRequest): Promise<ImportPreview> {
  const { headers, mapping, parsed } = await parseFile(ctx, request);
  const rows = parsed.map((p) => ({ row: p.row, kind: kindOf(p), name: p.name, errors: p.errors }));
  // One new government per name however each row writes it (Gyeongju, GYEONGJU).
  const newSending = new Map<string, string>();
  for (const p of parsed) {
    const g = p.newSendingGovernment;
    if (g && p.errors.length === 0 && !newSending.has(governmentKey(g.country, g.label))) newSending.set(governmentKey(g.country, g.label), g.label);
  }
  return summarize(headers, mapping, rows, [...newSending.values()]);
}

export function latestHlc(ctx: Ctx): string | null {
  return (ctx.db.prepare('SELECT MAX(hlc) AS hlc FROM change_log').get() as { hlc: string | null }).hlc;
}

/** The dry-run answer every import gives: each row's kind and problems, and the counts. */
export function summarize(
  headers: string[],
  mapping: Array<string | null>,
  rows: ImportPreview['rows'],
  newSendingGovernments: string[] = [],
): ImportPreview {
  const count = (kind: string) => rows.filter((r) => r.kind === kind).length;
  return { headers, mapping, rows, counts: { new: count('new'), update: count('update'), unchanged: count('unchanged'), error: count('error') }, newSendingGovernments };
}

/**
 * Writes an import in one transaction (all or nothing): remembers the columns the person chose,
 * runs `write`, and records the span of the change log it wrote so it can be undone as a whole.
 */
export function applyAsImport(
  ctx: Ctx,
  r: { kind: 'flights' | 'survey'; fileName: string; yearId: string; remember: (() => void) | null },
  write: () => { created: number; updated: number },
): { importId: string; created: number; updated: number } {
  const importId = newId();
  let counts = { created: 0, updated: 0 };
  ctx.db.transaction(() => {
    r.remember?.();
    const before = latestHlc(ctx);
    counts = write();
    recordImport(ctx, { id: importId, kind: r.kind, fileName: r.fileName, yearId: r.yearId, since: before, ...counts });
  })();
  return { importId, ...counts };
}

/** Records an applied import with the span of the change log it wrote since `since`, so it can be undone. */
export function recordImport(
  ctx: Ctx,
  r: { id: string; kind: 'trainees' | 'flights' | 'survey' | 'archive'; fileName: string; yearId: string | null; since: string | null; created: number; updated: number },
): void {
  const after = latestHlc(ctx);
  const first = (ctx.db.prepare('SELECT MIN(hlc) AS hlc FROM change_log WHERE hlc > ?').get(r.since ?? '') as { hlc: string | null }).hlc;
  const wrote = after !== r.since;
  insertRow(ctx, 'imports', {
    id: r.id, kind: r.kind, file_name: r.fileName, year_id: r.yearId,
    first_hlc: wrote ? first : null, last_hlc: wrote ? after : null, created: r.created, updated: r.updated, undone_at: null,
  });
}

/**
 * Applies every valid row in one transaction (all or nothing), records the import with the span
 * of the change log it wrote, so it can be undone as a whole.
 */
export async function applyImport(ctx: Ctx, request: ImportRequest): Promise<{ importId: string; created: number; updated: number }> {
  const { headers, mapping, parsed } = await parseFile(ctx, request);
  const importId = newId();
  if (request.mapping) writeSetting(ctx.db, mappingKey(headers), JSON.stringify(mapping), ctx.now());
  let created = 0;
  let updated = 0;
  ctx.db.transaction(() => {
    // For the test that pulls the plug mid-import: where the transaction is.
    const trace = process.env.KAKEHASHI_IMPORT_TRACE ? (message: string) => console.log(`import: ${message}`) : () => undefined;
    trace('applying');
    const before = latestHlc(ctx);
    const addedGovernments = new Map<string, string>();
    const today = japanDate(ctx.now());
    for (const p of parsed) {
      if (kindOf(p) === 'error' || kindOf(p) === 'unchanged' || !p.fields || !p.full) continue;
      const fields = p.match ? { ...p.fields } : { ...p.full };
      if (p.newSendingGovernment) {
        const key = governmentKey(p.newSendingGovernment.country, p.newSendingGovernment.label);
        let id = addedGovernments.get(key);
        if (!id) {
          const names = governmentNames(p.newSendingGovernment.parts);
          id = newId();
          insertRow(ctx, 'sending_governments', {
            id, country: p.newSendingGovernment.country, province_local: null, province_en: null,
            name_local: names.local, name_en: names.english, name_ja: names.japanese,
          });
          addedGovernments.set(key, id);
        }
        fields.sendingGovernmentId = id;
      }
      if (p.match) {
        updateTraineeRow(ctx, p.match.id, fields);
        writeSearchText(ctx.db, p.match.id, searchText({ ...p.match, ...fields }));
        updated++;
      } else {
        const id = newId();
        insertTrainee(ctx, { ...(fields as Fields), id, yearId: request.yearId, statusChangedOn: fields.statusChangedOn ?? today });
        writeSearchText(ctx.db, id, searchText(fields as Fields));
        created++;
      }
      if ((created + updated) % 1000 === 0) trace(`${created + updated} rows written`);
    }
    recordImport(ctx, { id: importId, kind: 'trainees', fileName: request.fileName, yearId: request.yearId, since: before, created, updated });
  })();
  return { importId, created, updated };
}

interface LogRow {
  table_name: string;
  row_id: string;
  op: 'insert' | 'update' | 'delete';
  changes: string;
}

/** The masters and years an import adds that others' rows may come to point at. */
const KEPT_IF_REFERENCED = new Set(['program_years', 'hosts', 'sending_governments']);

/**
 * Whether any row of any table points at a given row through a foreign key (RESTRICT or CASCADE
 * alike). The tables' foreign keys are read once per checker, on the first question, and the
 * look-ups for a parent table prepared the first time it is asked about: an undo asks of every
 * year, host and sending government it added.
 */
function referenceChecker(db: Ctx['db']): (table: string, id: string) => boolean {
  let keys: Array<{ child: string; parent: string; from: string }> | undefined;
  const lookups = new Map<string, Array<ReturnType<Ctx['db']['prepare']>>>();
  return (table, id) => {
    if (!keys) {
      const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[];
      keys = tables.flatMap((child) =>
        (db.pragma(`foreign_key_list(${child})`) as Array<{ table: string; from: string; to: string | null }>)
          .filter((fk) => (fk.to ?? 'id') === 'id')
          .map((fk) => ({ child, parent: fk.table, from: fk.from })),
      );
    }
    let statements = lookups.get(table);
    if (!statements) {
      statements = keys.filter((k) => k.parent === table).map((k) => db.prepare(`SELECT 1 FROM "${k.child}" WHERE "${k.from}" = ? LIMIT 1`));
      lookups.set(table, statements);
    }
    return statements.some((statement) => statement.get(id) !== undefined);
  };
}

/** Takes an import back: its new records removed, its changed fields set back, in one transaction. */
export function undoImport(ctx: Ctx, importId: string): { removed: number; restored: number; kept: number } {
  let removed = 0;
  let restored = 0;
  let kept = 0;
  ctx.db.transaction(() => {
    const record = ctx.db.prepare('SELECT first_hlc, last_hlc, undone_at FROM imports WHERE id = ?').get(importId) as
      | { first_hlc: string | null; last_hlc: string | null; undone_at: string | null }
      | undefined;
    if (!record) throw new AppError('not_found', { entity: 'import' });
    if (record.undone_at) throw new AppError('import_undone');
    const changes = record.first_hlc
      ? (ctx.db
          .prepare(
            `SELECT table_name, row_id, op, changes FROM change_log
             WHERE hlc BETWEEN ? AND ? AND device_id = ? AND table_name IN ('trainees', 'sending_governments', 'flights', 'hosts', 'survey_answers', 'host_assignments', 'program_years') ORDER BY hlc DESC`,
          )
          .all(record.first_hlc, record.last_hlc, ctx.deviceId) as LogRow[])
      : [];
    const inserted = new Set(changes.filter((c) => c.op === 'insert').map((c) => `${c.table_name}|${c.row_id}`));
    for (const key of inserted) {
      const [table, id] = key.split('|') as [string, string];
      if (table === 'trainees') ctx.db.prepare('DELETE FROM trainee_search WHERE id = ?').run(id);
    }
    const touched = new Set<string>();
    for (const c of changes) {
      if (c.op !== 'update' || inserted.has(`${c.table_name}|${c.row_id}`)) continue;
      const before = Object.fromEntries((JSON.parse(c.changes) as LoggedChange[]).map(([field, old]) => [field, decodeValue(old) ?? null]));
      updateRow(ctx, c.table_name, c.row_id, before);
      touched.add(c.row_id);
    }
    // Trainees it made go for good, as from the trash: erased with all that hangs on them, their values in the log too.
    const trainees = [...inserted].filter((key) => key.startsWith('trainees|')).map((key) => key.slice('trainees|'.length));
    removed += eraseTrainees(ctx, trainees, 'import-undone').trainees;
    // What points elsewhere goes first: trainees before their sending governments, answers and assignments before their hosts, the archive's years last.
    const order = (key: string) =>
      key.startsWith('trainees|') || key.startsWith('survey_answers|') || key.startsWith('flights|') || key.startsWith('host_assignments|') ? 0 : key.startsWith('program_years|') ? 2 : 1;
    const isReferenced = referenceChecker(ctx.db);
    for (const key of [...inserted].sort((a, b) => order(a) - order(b))) {
      const [table, id] = key.split('|') as [string, string];
      // A year, host or sending government the import added may since carry others' rows (a trainee
      // imported later, a pickup group typed in): it stays, rather than a refused delete or a cascade
      // taking rows away without the row writer.
      if (KEPT_IF_REFERENCED.has(table) && isReferenced(table, id)) {
        kept++;
        continue;
      }
      if (deleteRow(ctx, table, id)) removed++;
    }
    for (const id of touched) reindexTrainee(ctx.db, id);
    restored = touched.size;
    updateRow(ctx, 'imports', importId, { undone_at: ctx.now().toISOString() });
  })();
  finishPendingErasures(ctx); // after the commit: the vacuum, and the backups rewritten
  return { removed, restored, kept };
}
