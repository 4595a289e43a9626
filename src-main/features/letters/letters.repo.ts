import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { LetterDoc, LetterTable, LetterTemplate, RegisterEntry, SheetDateStyle } from '@shared/contract/letters';
import type { Language } from '@shared/contract/settings';
import { LETTER_OPTIONS_ID } from '../../db/migrations/0130-letters';
import { insertRow, prepared, updateRow, type Writer } from '../../db/rows';

type Row = Record<string, string | number | null>;

// Templates.

export interface TemplateFields {
  titleJa: string;
  titleEn: string;
  addresseeJa: string;
  addresseeEn: string;
  bodyJa: string;
  bodyEn: string;
  itemsJa: string;
  itemsEn: string;
  table: LetterTable;
}

function toTemplate(r: Row): LetterTemplate {
  return {
    id: r.id as string,
    key: (r.key as string | null) ?? null,
    titleJa: r.title_ja as string,
    titleEn: r.title_en as string,
    addresseeJa: r.addressee_ja as string,
    addresseeEn: r.addressee_en as string,
    bodyJa: r.body_ja as string,
    bodyEn: r.body_en as string,
    itemsJa: r.items_ja as string,
    itemsEn: r.items_en as string,
    table: r.table_kind as LetterTable,
    position: r.position as number,
  };
}

function templateColumns(f: TemplateFields) {
  return {
    title_ja: f.titleJa,
    title_en: f.titleEn,
    addressee_ja: f.addresseeJa,
    addressee_en: f.addresseeEn,
    body_ja: f.bodyJa,
    body_en: f.bodyEn,
    items_ja: f.itemsJa,
    items_en: f.itemsEn,
    table_kind: f.table,
  };
}

export function listTemplates(db: Database): LetterTemplate[] {
  return (prepared(db, 'SELECT * FROM letter_templates ORDER BY position, title_ja').all() as Row[]).map(toTemplate);
}

export function findTemplate(db: Database, id: string): LetterTemplate | null {
  const row = prepared(db, 'SELECT * FROM letter_templates WHERE id = ?').get(id) as Row | undefined;
  return row ? toTemplate(row) : null;
}

export function insertTemplate(w: Writer, id: string, fields: TemplateFields, position: number): void {
  insertRow(w, 'letter_templates', { id, ...templateColumns(fields), position });
}

export function updateTemplate(w: Writer, id: string, fields: TemplateFields): boolean {
  return updateRow(w, 'letter_templates', id, templateColumns(fields));
}

// Options (one row) and the sheets' date style.

export interface StoredOptions {
  prefixJa: string;
  prefixEn: string;
  senderJa: string;
  senderEn: string;
  contactJa: string;
  contactEn: string;
  sheetDates: SheetDateStyle;
}

export function readOptions(db: Database): StoredOptions {
  const r = prepared(db, 'SELECT * FROM letter_options WHERE id = ?').get(LETTER_OPTIONS_ID) as Row;
  return {
    prefixJa: r.prefix_ja as string,
    prefixEn: r.prefix_en as string,
    senderJa: r.sender_ja as string,
    senderEn: r.sender_en as string,
    contactJa: r.contact_ja as string,
    contactEn: r.contact_en as string,
    sheetDates: r.sheet_dates === 'western' ? 'western' : 'wareki',
  };
}

export function writeOptions(w: Writer, o: StoredOptions): void {
  updateRow(w, 'letter_options', LETTER_OPTIONS_ID, {
    prefix_ja: o.prefixJa,
    prefix_en: o.prefixEn,
    sender_ja: o.senderJa,
    sender_en: o.senderEn,
    contact_ja: o.contactJa,
    contact_en: o.contactEn,
    sheet_dates: o.sheetDates,
  });
}

// Number ranges, one per PC.

export interface StoredRange {
  id: string;
  deviceId: string;
  deviceName: string | null;
  firstNumber: number;
  lastNumber: number;
}

export function listRanges(db: Database): StoredRange[] {
  return (prepared(db, 'SELECT * FROM letter_number_ranges ORDER BY first_number').all() as Row[]).map((r) => ({
    id: r.id as string,
    deviceId: r.device_id as string,
    deviceName: (r.device_name as string | null) ?? null,
    firstNumber: r.first_number as number,
    lastNumber: r.last_number as number,
  }));
}

export function saveRange(w: Writer, range: StoredRange): void {
  const columns = { device_id: range.deviceId, device_name: range.deviceName, first_number: range.firstNumber, last_number: range.lastNumber };
  if (!updateRow(w, 'letter_number_ranges', range.id, columns)) insertRow(w, 'letter_number_ranges', { id: range.id, ...columns });
}

// A year's allowance rate.

export function readAllowanceRate(db: Database, id: string): number | null {
  const row = prepared(db, 'SELECT allowance_rate FROM letter_year_options WHERE id = ?').get(id) as { allowance_rate: number | null } | undefined;
  return row?.allowance_rate ?? null;
}

export function writeAllowanceRate(w: Writer, id: string, yearId: string, rate: number | null): void {
  if (!updateRow(w, 'letter_year_options', id, { allowance_rate: rate })) insertRow(w, 'letter_year_options', { id, year_id: yearId, allowance_rate: rate });
}

// The register.

export interface LetterRecord {
  id: string;
  fiscalYear: number;
  number: number;
  numberLabel: string;
  issuedOn: string;
  batchId: string;
  yearId: string;
  templateId: string;
  hostId: string;
  language: Language;
  title: string;
  addressee: string;
  issuedBy: string | null;
  deviceId: string;
  doc: LetterDoc;
}

function toEntry(r: Row): RegisterEntry {
  return {
    id: r.id as string,
    fiscalYear: r.fiscal_year as number,
    number: r.number as number,
    numberLabel: r.number_label as string,
    issuedOn: r.issued_on as string,
    batchId: r.batch_id as string,
    hostId: (r.host_id as string | null) ?? null,
    language: r.language as Language,
    title: r.title as string,
    addressee: r.addressee as string,
    issuedBy: (r.issued_by as string | null) ?? null,
    status: r.status === 'cancelled' ? 'cancelled' : 'issued',
    cancelledOn: (r.cancelled_on as string | null) ?? null,
    cancelledBy: (r.cancelled_by as string | null) ?? null,
    duplicated: (r.copies as number) > 1,
  };
}

/** A register line, with how many letters carry its number in its fiscal year (more than one: 番号重複). */
const COLUMNS = `l.id, l.fiscal_year, l.number, l.number_label, l.issued_on, l.batch_id, l.host_id, l.language, l.title, l.addressee,
  l.issued_by, l.status, l.cancelled_on, l.cancelled_by,
  (SELECT COUNT(*) FROM letters d WHERE d.fiscal_year = l.fiscal_year AND d.number = l.number) AS copies`;
const ENTRY = `SELECT ${COLUMNS} FROM letters l`;

export function listRegister(db: Database, fiscalYear: number): RegisterEntry[] {
  return (prepared(db, `${ENTRY} WHERE l.fiscal_year = ? ORDER BY l.number, l.issued_on, l.id`).all(fiscalYear) as Row[]).map(toEntry);
}

/**
 * The numbers given to more than one letter in a fiscal year (only possible when two PCs set
 * overlapping blocks while apart and issued before a sync showed it), every fiscal year.
 */
export function duplicateNumbers(db: Database): Array<{ fiscalYear: number; number: number; numberLabel: string }> {
  const rows = prepared(
    db,
    'SELECT fiscal_year, number, MIN(number_label) AS label FROM letters GROUP BY fiscal_year, number HAVING COUNT(*) > 1 ORDER BY fiscal_year DESC, number',
  ).all() as Row[];
  return rows.map((r) => ({ fiscalYear: r.fiscal_year as number, number: r.number as number, numberLabel: r.label as string }));
}

export function registerYears(db: Database): number[] {
  return prepared(db, 'SELECT DISTINCT fiscal_year FROM letters ORDER BY fiscal_year DESC').pluck().all() as number[];
}

/** Every number given in a fiscal year, cancelled ones included. */
export function takenNumbers(db: Database, fiscalYear: number): number[] {
  return prepared(db, 'SELECT number FROM letters WHERE fiscal_year = ?').pluck().all(fiscalYear) as number[];
}

export function findEntry(db: Database, id: string): RegisterEntry | null {
  const row = prepared(db, `${ENTRY} WHERE l.id = ?`).get(id) as Row | undefined;
  return row ? toEntry(row) : null;
}

export function listIssued(db: Database, filter: { batchId?: string; id?: string }): Array<RegisterEntry & { doc: LetterDoc }> {
  const [where, param] = filter.id ? ['l.id = ?', filter.id] : ['l.batch_id = ?', filter.batchId ?? ''];
  const rows = prepared(db, `SELECT ${COLUMNS}, l.content FROM letters l WHERE ${where} ORDER BY l.number`).all(param) as Row[];
  return rows.map((r) => ({ ...toEntry(r), doc: JSON.parse(r.content as string) as LetterDoc }));
}

export function insertLetter(w: Writer, l: LetterRecord): void {
  insertRow(w, 'letters', {
    id: l.id,
    fiscal_year: l.fiscalYear,
    number: l.number,
    number_label: l.numberLabel,
    issued_on: l.issuedOn,
    batch_id: l.batchId,
    year_id: l.yearId,
    template_id: l.templateId,
    host_id: l.hostId,
    language: l.language,
    title: l.title,
    addressee: l.addressee,
    issued_by: l.issuedBy,
    device_id: l.deviceId,
    content: JSON.stringify(l.doc),
    status: 'issued',
  });
}

export function cancelLetter(w: Writer, id: string, on: string, by: string | null): void {
  updateRow(w, 'letters', id, { status: 'cancelled', cancelled_on: on, cancelled_by: by });
}
