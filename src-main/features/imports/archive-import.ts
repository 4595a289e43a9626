import type { ArchiveImportInput, ArchivePreview } from '@shared/contract/statistics';
import type { ImportField } from '@shared/contract/imports';
import { hostFullName } from '@shared/contract/names';
import { japanDate } from '@shared/text/date-math';
import { parseFiscalYear } from '@shared/text/date-parse';
import { matchKey } from '@shared/text/fold';
import municipalities from '../../../resources/reference/municipalities.json';
import { keyedId, newId } from '../../db/ids';
import { insertRow, prepared } from '../../db/rows';
import { AppError } from '../../ipc/app-error';
import type { Ctx } from '../context';
import { insertAssignment } from '../assignments';
import { insertHost, listHosts } from '../hosts';
import { duplicateKeys, findTrainee, insertTrainee, listPassportNumbers, listTrainees, searchText, updateTraineeRow, writeSearchText, type Identity } from '../trainees';
import { createArchiveYear, findYearByFiscalYear } from '../years';
import { governmentNames, kindOf, latestHlc, parseTraineeRows, recordImport, summarize, type Parsed } from './imports.service';
import { findHeaderRow, guessMapping, headerMatcher } from './mapping';
import { cellText, parseDate } from './normalize';
import type { Cell } from './read-file';
import { ImportJob } from './read-in-worker';
import type { Sheet } from './spreadsheet-worker';

/**
 * The archive: one workbook of many past years, a row per trainee with the year (a 年度 column,
 * or one sheet per year named by its year), the host and the dates at the host. Read through the
 * same trainee rows and matching as every import (parseTraineeRows), so a reimport finds each
 * trainee again and changes nothing.
 */
const ARCHIVE_FIELDS = ['fiscalYear', 'host', 'hostPrefecture', 'startsOn', 'endsOn'] as const;
type ArchiveField = (typeof ARCHIVE_FIELDS)[number];
const LABELS: Record<ArchiveField, string[]> = {
  fiscalYear: ['年度', '受入年度', '研修年度', '実施年度', 'fiscal year', 'fy', 'year'],
  host: ['受入自治体', '受入団体', '受入先', '受入市町村', '研修先', 'host', 'host municipality', 'host government'],
  hostPrefecture: ['都道府県', '受入都道府県', 'prefecture'],
  startsOn: ['研修開始日', '受入開始日', '配属日', '研修期間(自)', 'training starts', 'host from'],
  endsOn: ['研修終了日', '受入終了日', '研修期間(至)', 'training ends', 'host to'],
};
const archiveHeaders = headerMatcher(ARCHIVE_FIELDS, (field) => LABELS[field]);

interface Reference {
  code: string;
  kind: string;
  prefectureJa: string;
  nameJa: string;
  nameKana: string;
}
const REFERENCE = municipalities as Reference[];
const PREFECTURES = REFERENCE.filter((m) => m.kind === 'prefecture').map((m) => m.prefectureJa);
const REFERENCE_BY_NAME = new Map(REFERENCE.filter((m) => m.kind !== 'ward').map((m) => [matchKey(`${m.prefectureJa}${m.kind === 'prefecture' ? '' : m.nameJa}`), m]));

/** One archive row: its trainee columns, and its year, host and dates. */
interface ArchiveRow {
  sheet: string;
  cells: Cell[];
  /** The trainee fields its own sheet has a column for: only these are written on a trainee found again. */
  present: Set<ImportField>;
  fiscalYear: number | null;
  host: { prefectureJa: string; nameJa: string } | null;
  startsOn: string | null | 'invalid';
  endsOn: string | null | 'invalid';
  columns: Record<ArchiveField, string>;
}

/** 大分県宇佐市, or 宇佐市 with 大分県 in its own column. */
function splitHost(name: string | null, prefecture: string | null): { prefectureJa: string; nameJa: string } | null {
  if (!name) return null;
  const text = name.replace(/\s+/g, '');
  const pref = PREFECTURES.find((p) => text.startsWith(p));
  // A bare 大分県 is the prefecture itself, held as the master list holds it: name ''.
  if (pref) return { prefectureJa: pref, nameJa: text.slice(pref.length) };
  // Without its prefecture a name cannot be placed (府中市 is in 東京都 and in 広島県): the row says so.
  return { prefectureJa: prefecture?.trim() ?? '', nameJa: text };
}

/**
 * The archive's rows in one table: trainee columns in one order for every sheet (sheets may order
 * them differently), and each row's year, host and dates.
 */
function readArchive(sheets: readonly Sheet[]) {
  const fields: ImportField[] = [];
  const headerOf = new Map<ImportField, string>();
  const archive: ArchiveRow[] = [];
  const sheetRows: Array<{ sheet: string; row: number }> = [];
  for (const sheet of sheets) {
    const headerIndex = findHeaderRow(sheet.rows);
    const headers = (sheet.rows[headerIndex] ?? []).map((c) => cellText(c) ?? '');
    const own = archiveHeaders.guessMapping(headers);
    const traineeMapping = guessMapping(headers).map((f, i) => (own[i] ? null : f));
    for (const [i, f] of traineeMapping.entries()) {
      if (f && !headerOf.has(f)) {
        fields.push(f);
        headerOf.set(f, headers[i]!);
      }
    }
    const col = (field: ArchiveField) => own.indexOf(field);
    const sheetYear = parseFiscalYear(sheet.name);
    const present = new Set(traineeMapping.filter((f): f is ImportField => f !== null));
    sheet.rows.slice(headerIndex + 1).forEach((cells, i) => {
      const text = (field: ArchiveField) => (col(field) >= 0 ? cellText(cells[col(field)] ?? null) : null);
      const yearCell = col('fiscalYear') >= 0 ? (cells[col('fiscalYear')] ?? null) : null;
      const fiscalYear = typeof yearCell === 'number' ? yearCell : yearCell !== null ? parseFiscalYear(cellText(yearCell) ?? '') : sheetYear;
      const byField = new Map(traineeMapping.map((f, c) => [f, cells[c] ?? null] as const));
      archive.push({
        sheet: sheet.name,
        cells: fields.map((f) => byField.get(f) ?? null),
        present,
        fiscalYear: fiscalYear !== null && Number.isInteger(fiscalYear) ? fiscalYear : null,
        host: splitHost(text('host'), text('hostPrefecture')),
        startsOn: col('startsOn') >= 0 ? parseDate(cells[col('startsOn')] ?? null) : null,
        endsOn: col('endsOn') >= 0 ? parseDate(cells[col('endsOn')] ?? null) : null,
        columns: Object.fromEntries(ARCHIVE_FIELDS.map((f) => [f, col(f) >= 0 ? headers[col(f)]! : ''])) as Record<ArchiveField, string>,
      });
      sheetRows.push({ sheet: sheet.name, row: headerIndex + i + 2 });
    });
  }
  // A row's cells follow the fields found so far; rows of earlier sheets lack the later fields' cells (null), and `present` says which are its own.
  return { fields, headers: fields.map((f) => headerOf.get(f)!), archive, sheetRows };
}

/** Hosts by 都道府県 + name, as the master list holds them. */
function hostKey(h: { prefectureJa: string; nameJa: string }): string {
  return matchKey(`${h.prefectureJa}${h.nameJa}`);
}

/**
 * Each row of the archive read (on a worker, through the import job named by the screen),
 * checked as a trainee and matched, in chunks that yield: the thread keeps answering, the screen
 * is told how far it is, and a cancel stops it before anything is written.
 */
async function parseArchive(ctx: Ctx, input: ArchiveImportInput) {
  const job = new ImportJob(input.fileName, input.jobId);
  const { fields, headers, archive, sheetRows } = readArchive(await job.readSheets(Buffer.from(input.dataBase64, 'base64')));
  if (fields.length === 0) throw new AppError('import_no_columns');
  const hosts = new Map(listHosts(ctx.db).map((h) => [hostKey(h), h.id]));
  const assignments = ctx.db.prepare('SELECT trainee_id, host_id FROM host_assignments').all() as Array<{ trainee_id: string; host_id: string }>;
  const assigned = new Set(assignments.map((r) => `${r.trainee_id}|${r.host_id}`));
  const known = knownIdentities(ctx, assignments);
  const closedYears = new Set((ctx.db.prepare('SELECT fiscal_year FROM program_years WHERE closed_on IS NOT NULL').pluck().all() as number[]));
  /** Each key of a row seen earlier in this file → that row's index: the same person again. */
  const earlierOf = new Map<string, number>();
  const matchOf = new Map<number, string | null>();
  const rows: ArchiveCheck[] = [];
  // A row is matched against the rows before it, so each is checked and matched in the same pass (in file order): one run of the progress, one place a cancel is seen.
  const matched = (p: Parsed, i: number): ArchiveCheck => {
    const a = archive[i]!;
    p.row = sheetRows[i]!.row;
    const errors = [...p.errors];
    if (a.fiscalYear === null || a.fiscalYear < 1996 || a.fiscalYear > 2100) errors.push({ column: a.columns.fiscalYear || a.sheet, field: 'fiscalYear', rule: a.fiscalYear === null ? 'required' : 'out_of_range' });
    // A closed year is read only (completion): its rows are refused here, not the whole apply later.
    if (a.fiscalYear !== null && closedYears.has(a.fiscalYear)) errors.push({ column: a.columns.fiscalYear || a.sheet, field: 'fiscalYear', rule: 'year_closed', fiscalYear: a.fiscalYear });
    if (a.startsOn === 'invalid') errors.push({ column: a.columns.startsOn, field: 'startsOn', rule: 'invalid_date' });
    if (a.endsOn === 'invalid') errors.push({ column: a.columns.endsOn, field: 'endsOn', rule: 'invalid_date' });
    if (a.host && hosts.get(hostKey(a.host)) === undefined && !REFERENCE_BY_NAME.has(hostKey(a.host)) && !PREFECTURES.includes(a.host.prefectureJa)) {
      errors.push({ column: a.columns.host, field: 'host', rule: 'unknown_host' });
    }
    // Matched by the one rule of trainees, never by a name alone; a row of a person seen earlier in the file is that person again.
    let sameAs: number | null = null;
    if (errors.length === 0 && p.full) {
      const keys = identityKeys(p.full, a);
      sameAs = keys.map((k) => earlierOf.get(k)).find((e) => e !== undefined) ?? null;
      const id = sameAs !== null ? matchOf.get(sameAs)! : (keys.map((k) => known.get(k)).find(Boolean) ?? null);
      if (sameAs === null) for (const k of keys) earlierOf.set(k, i);
      matchOf.set(i, id);
      p.match = id ? findTrainee(ctx.db, id) : null;
    } else p.match = null;
    const earlierYear = sameAs !== null ? archive[sameAs]!.fiscalYear : null;
    if (earlierYear !== null && earlierYear !== a.fiscalYear) {
      errors.push({ column: a.columns.fiscalYear || a.sheet, field: 'fiscalYear', rule: 'year_differs' });
    } else if (sameAs === null && p.match && a.fiscalYear !== null && p.match.fiscalYear !== undefined && p.match.fiscalYear !== a.fiscalYear) {
      // The same person in another year is another stay: refused rather than moved between years.
      errors.push({ column: a.columns.fiscalYear || a.sheet, field: 'fiscalYear', rule: 'year_differs' });
    }
    const hostId = a.host ? hosts.get(hostKey(a.host)) : undefined;
    const earlierHost = sameAs !== null && archive[sameAs]!.host ? hostKey(archive[sameAs]!.host!) : null;
    const needsAssignment =
      a.host !== null && !(p.match && hostId && assigned.has(`${p.match.id}|${hostId}`)) && !(earlierHost !== null && earlierHost === hostKey(a.host));
    const item = { ...p, errors };
    // A second row of one person writes no fields of its own (the first row of them in the file does): at most another host.
    const base = sameAs !== null && errors.length === 0 ? 'unchanged' : kindOf(item);
    const kind = base === 'unchanged' && needsAssignment ? ('update' as const) : base;
    return { parsed: item, archive: a, kind, sheet: sheetRows[i]!.sheet, sameAs, hasNoKey: errors.length === 0 && p.full !== null && duplicateKeys(p.full).length === 0 };
  };
  await parseTraineeRows(ctx, {
    headers, mapping: fields, rows: archive.map((a) => a.cells), firstRow: 0, defaultStatus: 'completed',
    map: (cells, check) =>
      job.map(cells, (c, i) => {
        const p = check(c, i);
        rows.push(matched(p, i));
        return p;
      }),
    columnsOf: (i) => archive[i]!.present,
  });
  return { headers, fields, rows, hosts };
}

/** What one archive row would do: its trainee checked and matched, its year and host, the earlier row of the same person. */
interface ArchiveCheck {
  parsed: Parsed;
  archive: ArchiveRow;
  kind: ReturnType<typeof kindOf>;
  sheet: string;
  sameAs: number | null;
  hasNoKey: boolean;
}

/**
 * The keys an archive row is matched by: the one rule of trainees (`duplicateKeys`: passport, or
 * name and birth date). A row with neither is a new person by that rule; to find it again on a
 * reimport (rather than add it twice) it is known by what the archive itself says of it: its name,
 * its fiscal year and its host — one row of the archive. Two such rows differing in year or host
 * are two people, as nothing says otherwise.
 */
function identityKeys(t: Identity, a: ArchiveRow): string[] {
  const keys = duplicateKeys(t);
  return keys.length > 0 ? keys : [rowIdentity(t, a.fiscalYear, a.host ? hostKey(a.host) : '')];
}

function rowIdentity(t: Identity, fiscalYear: number | null, host: string): string {
  return `row:${matchKey(t.familyNameLatin ?? '')}|${matchKey(t.givenNameLatin ?? '')}|${fiscalYear ?? ''}|${host}`;
}

/** The trainees already kept, by the keys archive rows are matched by. */
function knownIdentities(ctx: Ctx, assignments: ReadonlyArray<{ trainee_id: string; host_id: string }>): Map<string, string> {
  const known = new Map<string, string>();
  const passports = new Map(listPassportNumbers(ctx.db).map((p) => [p.id, p.passportNumber]));
  const hostKeys = new Map(listHosts(ctx.db).map((h) => [h.id, hostKey(h)]));
  const hostsOf = new Map<string, string[]>();
  for (const r of assignments) hostsOf.set(r.trainee_id, [...(hostsOf.get(r.trainee_id) ?? []), hostKeys.get(r.host_id) ?? '']);
  for (const t of listTrainees(ctx.db, { yearId: null, country: null, status: null, trainingFieldId: null, hostId: null, query: null })) {
    const identity = { ...t, passportNumber: passports.get(t.id) ?? null };
    const keys = duplicateKeys(identity);
    if (keys.length === 0) for (const host of hostsOf.get(t.id) ?? ['']) keys.push(rowIdentity(identity, t.fiscalYear, host));
    for (const k of keys) if (!known.has(k)) known.set(k, t.id);
  }
  return known;
}

/** A dry run of the archive: each row's kind, the years it holds (which are new), and the hosts and sending governments it would add. */
export async function previewArchiveImport(ctx: Ctx, input: ArchiveImportInput): Promise<ArchivePreview> {
  const { headers, fields, rows, hosts } = await parseArchive(ctx, input);
  const valid = rows.filter((r) => r.kind !== 'error');
  const years = new Map<number, number>();
  for (const r of valid) years.set(r.archive.fiscalYear!, (years.get(r.archive.fiscalYear!) ?? 0) + 1);
  const newHosts = new Map<string, string>();
  for (const r of valid) if (r.archive.host && !hosts.has(hostKey(r.archive.host))) newHosts.set(hostKey(r.archive.host), hostFullName(r.archive.host));
  const newSending = new Map<string, string>();
  for (const r of valid) {
    const g = r.parsed.newSendingGovernment;
    if (g) newSending.set(`${g.country}|${matchKey(g.label)}`, g.label);
  }
  // Rows of several sheets are told apart by their sheet: 12（2005年度）.
  const isManySheets = new Set(rows.map((r) => r.sheet)).size > 1;
  const named = rows.map((r) => ({ row: r.parsed.row, kind: r.kind, name: isManySheets ? `${r.parsed.name}（${r.sheet}）` : r.parsed.name, errors: r.parsed.errors }));
  const summary = summarize(headers, fields, named, [...newSending.values()]);
  return {
    ...summary,
    years: [...years.entries()].sort(([a], [b]) => a - b).map(([fiscalYear, count]) => ({ fiscalYear, rows: count, isNew: findYearByFiscalYear(ctx.db, fiscalYear) === null })),
    newHosts: [...newHosts.values()],
    samePerson: rows.flatMap((r) => (r.sameAs !== null ? [{ row: r.parsed.row, earlierRow: rows[r.sameAs]!.parsed.row }] : [])),
    withoutKey: rows.filter((r) => r.hasNoKey).length,
  };
}

/**
 * Writes the archive in one transaction: the years it needs (milestones unknown), the new hosts
 * and sending governments, the trainees and their assignments; recorded so it is undone as a whole.
 */
export async function applyArchiveImport(ctx: Ctx, input: ArchiveImportInput): Promise<{ importId: string; created: number; updated: number }> {
  const { rows, hosts } = await parseArchive(ctx, input);
  const importId = newId();
  let created = 0;
  let updated = 0;
  ctx.db.transaction(() => {
    const before = latestHlc(ctx);
    const today = japanDate(ctx.now());
    const yearIds = new Map<number, string>();
    const yearOf = (fiscalYear: number) => {
      let id = yearIds.get(fiscalYear) ?? findYearByFiscalYear(ctx.db, fiscalYear)?.id;
      id ??= createArchiveYear(ctx, fiscalYear);
      yearIds.set(fiscalYear, id);
      return id;
    };
    const hostOf = (h: { prefectureJa: string; nameJa: string }) => {
      const key = hostKey(h);
      let id = hosts.get(key);
      if (id) return id;
      const reference = REFERENCE_BY_NAME.get(key);
      id = reference ? keyedId('hosts', reference.code) : newId();
      insertHost(ctx, {
        id, localGovCode: reference?.code ?? null, isCustom: !reference, prefectureJa: h.prefectureJa, nameJa: reference ? (reference.kind === 'prefecture' ? '' : reference.nameJa) : h.nameJa,
        nameKana: reference?.nameKana ?? null, nameEn: null,
      });
      hosts.set(key, id);
      return id;
    };
    const addAssignment = (traineeId: string, yearId: string, a: ArchiveRow) => {
      const hostId = hostOf(a.host!);
      const exists = prepared(ctx.db, 'SELECT 1 FROM host_assignments WHERE trainee_id = ? AND host_id = ?').get(traineeId, hostId);
      if (!exists) {
        insertAssignment(ctx, {
          id: newId(), yearId, traineeId, hostId, startsOn: a.startsOn === 'invalid' ? null : a.startsOn, endsOn: a.endsOn === 'invalid' ? null : a.endsOn,
        });
      }
    };
    const governments = new Map<string, string>();
    /** The trainee each row is (found or added), for the later rows of the same person. */
    const traineeOf = new Map<number, string>();
    for (const [i, { parsed: p, archive: a, kind, sameAs }] of rows.entries()) {
      if (p.match) traineeOf.set(i, p.match.id);
      if (kind === 'error' || kind === 'unchanged' || !p.fields || !p.full) continue;
      const yearId = yearOf(a.fiscalYear!);
      if (sameAs !== null) {
        const traineeId = traineeOf.get(sameAs);
        if (traineeId && a.host) addAssignment(traineeId, yearId, a);
        continue;
      }
      const fields = p.match ? { ...p.fields } : { ...p.full };
      if (p.newSendingGovernment) {
        const key = `${p.newSendingGovernment.country}|${matchKey(p.newSendingGovernment.label)}`;
        let id = governments.get(key);
        if (!id) {
          const names = governmentNames(p.newSendingGovernment.parts);
          id = newId();
          insertRow(ctx, 'sending_governments', {
            id, country: p.newSendingGovernment.country, province_local: null, province_en: null, name_local: names.local, name_en: names.english, name_ja: names.japanese,
          });
          governments.set(key, id);
        }
        fields.sendingGovernmentId = id;
      }
      let traineeId: string;
      if (p.match) {
        traineeId = p.match.id;
        if (!isSame(p)) {
          updateTraineeRow(ctx, traineeId, fields);
          writeSearchText(ctx.db, traineeId, searchText({ ...p.match, ...fields }));
        }
        updated++;
      } else {
        traineeId = newId();
        const full = fields as Parsed['full'] & object;
        insertTrainee(ctx, { ...full, id: traineeId, yearId, statusChangedOn: full.statusChangedOn ?? (a.endsOn !== 'invalid' ? a.endsOn : null) ?? today });
        writeSearchText(ctx.db, traineeId, searchText(full));
        created++;
      }
      traineeOf.set(i, traineeId);
      if (a.host) addAssignment(traineeId, yearId, a);
    }
    recordImport(ctx, { id: importId, kind: 'archive', fileName: input.fileName, yearId: null, since: before, created, updated });
  })();
  return { importId, created, updated };
}

/** The trainee's own columns already hold what the row says (only the assignment is new). */
function isSame(p: Parsed): boolean {
  return kindOf({ ...p, errors: [] }) === 'unchanged';
}
