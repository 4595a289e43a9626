import type {
  IssuedLetter,
  LetterOptions,
  LetterPreview,
  LetterRecipient,
  LetterTemplate,
  LetterYearOptions,
  Register,
  RegisterEntry,
} from '@shared/contract/letters';
import { MERGE_FIELDS } from '@shared/contract/letters';
import type { ExportFile } from '@shared/contract/exports';
import { hostFullName, latinName, nativeName, trainingFieldLabel } from '@shared/contract/names';
import type { Language } from '@shared/contract/settings';
import { countryName } from '@shared/text/countries';
import { japanDate } from '@shared/text/date-math';
import { formatDateRange, formatLetterDate, formatOfficialYear } from '@shared/text/date-format';
import { MILESTONE_KINDS } from '@shared/contract/years';
import { keyedId, newId } from '../../db/ids';
import type { Column, Table } from '../../export/tables';
import { toXlsx } from '../../export/xlsx';
import { translate } from '../../i18n';
import { AppError } from '../../ipc/app-error';
import type { Ctx } from '../context';
import { listAssignments } from '../assignments';
import { findHost, listHosts } from '../hosts';
import { readSetting } from '../settings';
import { listTakingPart } from '../trainees';
import { findYear, listMilestones } from '../years';
import { allowanceDays, fiscalYearOf, mergeLetter, nextNumber, numberLabel, overlaps, type MergeData, type TraineeLine } from './letters';
import * as repo from './letters.repo';

const KNOWN = new Set<string>(MERGE_FIELDS);

// Templates.

export function listTemplates(ctx: Ctx): LetterTemplate[] {
  return repo.listTemplates(ctx.db);
}

/** Adds a template at the end, or changes one. */
export function saveTemplate(ctx: Ctx, input: repo.TemplateFields & { id: string | null }): LetterTemplate {
  const id = input.id ?? newId();
  ctx.db.transaction(() => {
    if (input.id === null) {
      const position = repo.listTemplates(ctx.db).reduce((max, t) => Math.max(max, t.position + 1), 0);
      repo.insertTemplate(ctx, id, input, position);
    } else if (!repo.updateTemplate(ctx, id, input)) {
      throw new AppError('not_found', { entity: 'letter_template' });
    }
  })();
  return repo.findTemplate(ctx.db, id)!;
}

// Options and number ranges.

export function getOptions(ctx: Ctx): LetterOptions {
  const options = repo.readOptions(ctx.db);
  const ranges = repo.listRanges(ctx.db).map((r) => ({
    deviceId: r.deviceId,
    deviceName: r.deviceName,
    firstNumber: r.firstNumber,
    lastNumber: r.lastNumber,
    isThisDevice: r.deviceId === ctx.deviceId,
  }));
  return { ...options, ranges };
}

export function setOptions(ctx: Ctx, input: repo.StoredOptions): LetterOptions {
  ctx.db.transaction(() => repo.writeOptions(ctx, input))();
  return getOptions(ctx);
}

function rangeParams(r: repo.StoredRange) {
  return { first: r.firstNumber, last: r.lastNumber, device: r.deviceName ?? r.deviceId.slice(-6) };
}

function rangeId(deviceId: string): string {
  return keyedId('letter_number_ranges', deviceId);
}

/**
 * Sets this PC's block of numbers. Blocks are shared by sync, so a PC knows the others' blocks
 * and refuses one that overlaps them; each PC then numbers only inside its own block, and two
 * PCs issuing offline can never give the same number.
 */
export function setRange(ctx: Ctx, input: { firstNumber: number; lastNumber: number }): LetterOptions {
  ctx.db.transaction(() => {
    const other = repo.listRanges(ctx.db).find((r) => r.deviceId !== ctx.deviceId && overlaps(r, input));
    if (other) {
      throw new AppError('validation', {
        issues: [{ field: 'firstNumber', rule: 'letter_range_overlap', params: rangeParams(other) }],
      });
    }
    repo.saveRange(ctx, { id: rangeId(ctx.deviceId), deviceId: ctx.deviceId, deviceName: readSetting(ctx.db, 'deviceName'), ...input });
  })();
  return getOptions(ctx);
}

function yearOptionsId(yearId: string): string {
  return keyedId('letter_year_options', yearId);
}

export function getYearOptions(ctx: Ctx, yearId: string): LetterYearOptions {
  if (!findYear(ctx.db, yearId)) throw new AppError('not_found', { entity: 'year' });
  return { yearId, allowanceRate: repo.readAllowanceRate(ctx.db, yearOptionsId(yearId)) };
}

export function setYearOptions(ctx: Ctx, input: LetterYearOptions): LetterYearOptions {
  ctx.db.transaction(() => {
    if (!findYear(ctx.db, input.yearId)) throw new AppError('not_found', { entity: 'year' });
    repo.writeAllowanceRate(ctx, yearOptionsId(input.yearId), input.yearId, input.allowanceRate);
  })();
  return getYearOptions(ctx, input.yearId);
}

// Recipients and the letters' content.

/** Every host, with how many trainees taking part it has in the year (the year's hosts first). */
export function listRecipients(ctx: Ctx, yearId: string): LetterRecipient[] {
  if (!findYear(ctx.db, yearId)) throw new AppError('not_found', { entity: 'year' });
  const counts = new Map<string, number>();
  for (const t of traineesOfYear(ctx, yearId)) counts.set(t.hostId, (counts.get(t.hostId) ?? 0) + 1);
  return listHosts(ctx.db).map((h) => ({
    hostId: h.id,
    prefectureJa: h.prefectureJa,
    hostName: hostFullName(h),
    hostNameEn: h.nameEn,
    headTitle: h.headTitle,
    traineeCount: counts.get(h.id) ?? 0,
  }));
}

interface YearTrainee {
  hostId: string;
  line: Omit<TraineeLine, 'days' | 'amount' | 'country' | 'field' | 'period'>;
  nationality: string;
  field: { nameJa: string; nameEn: string } | null;
  startsOn: string | null;
  endsOn: string | null;
}

/** The trainees taking part in the year, each with the host of their latest assignment in it. */
function traineesOfYear(ctx: Ctx, yearId: string): YearTrainee[] {
  const assignments = listAssignments(ctx.db, { yearId });
  return listTakingPart(ctx.db, yearId).flatMap((t) => {
    const a = assignments.filter((x) => x.traineeId === t.id).at(-1);
    if (!a) return [];
    return [{
      hostId: a.hostId,
      line: { traineeId: t.id, name: nativeName(t), lang: t.nameLang, latinName: latinName(t) },
      nationality: t.nationality,
      field: a.trainingField ?? t.trainingField,
      startsOn: a.startsOn,
      endsOn: a.endsOn,
    }];
  });
}

interface MakeInput {
  templateId: string;
  yearId: string;
  language: Language;
  issuedOn: string | null;
  due: string | null;
  recipients: Array<{ hostId: string; values: Record<string, string>; allowMissing: boolean }>;
}

function money(language: Language, amount: number): string {
  return translate(language, 'letters.money', { amount: amount.toLocaleString('en-US') });
}

/** What every letter of one making shares, and a function that fills the letter of one host. */
function maker(ctx: Ctx, input: MakeInput) {
  const template = repo.findTemplate(ctx.db, input.templateId);
  if (!template) throw new AppError('not_found', { entity: 'letter_template' });
  const year = findYear(ctx.db, input.yearId);
  if (!year) throw new AppError('not_found', { entity: 'year' });
  const { language } = input;
  const ja = language === 'ja';
  const issuedOn = input.issuedOn ?? japanDate(ctx.now());
  const options = repo.readOptions(ctx.db);
  const milestones = listMilestones(ctx.db, input.yearId);
  const rate = repo.readAllowanceRate(ctx.db, yearOptionsId(input.yearId));
  const days = allowanceDays(milestones);
  const trainees = traineesOfYear(ctx, input.yearId);
  const date = (iso: string | null | undefined) => (iso ? formatLetterDate(iso, language) : null);
  const shared: Array<[string, string | null]> = [
    ['year', formatOfficialYear(year.fiscalYear, language)],
    ['today', date(issuedOn)],
    ['due', date(input.due)],
    ['allowance.rate', rate === null ? null : money(language, rate)],
    ['sender', (ja ? options.senderJa : options.senderEn).replace(/\n/g, '　')],
    ['contact', (ja ? options.contactJa : options.contactEn).replace(/\n/g, '　')],
    ...MILESTONE_KINDS.map((kind): [string, string | null] => [`date.${kind}`, date(milestones.find((m) => m.kind === kind)?.startsOn)]),
  ];
  const columns = {
    trainees: ['nativeName', 'latinName', 'country', 'field', 'period'].map((c) => translate(language, `letters.column.${c}`)),
    allowance: ['nativeName', 'country', 'days', 'rate', 'amount'].map((c) => translate(language, `letters.column.${c}`)),
  };
  return (recipient: MakeInput['recipients'][number], number: string | null) => {
    const host = findHost(ctx.db, recipient.hostId);
    if (!host) throw new AppError('not_found', { entity: 'host' });
    const lines: TraineeLine[] = trainees
      .filter((t) => t.hostId === host.id)
      .map((t) => ({
        ...t.line,
        country: countryName(t.nationality, language),
        field: t.field ? trainingFieldLabel(t.field, language) : null,
        period: t.startsOn && t.endsOn ? formatPeriod(t.startsOn, t.endsOn, language) : null,
        days,
        amount: days !== null && rate !== null ? days * rate : null,
      }));
    const total = lines.every((l) => l.amount !== null) && lines.length > 0 ? lines.reduce((s, l) => s + l.amount!, 0) : null;
    const values = new Map<string, string | null>([
      ...shared,
      ['host.name', ja ? hostFullName(host) : (host.nameEn ?? hostFullName(host))],
      ['host.head', host.headTitle],
      ['host.department', host.department],
      ['host.contact', host.contactName],
      ['host.prefecture', host.prefectureJa],
      ['trainees.count', lines.length ? (ja ? `${lines.length}名` : String(lines.length)) : null],
      ['trainees.names', lines.length ? lines.map((l) => l.name).join(ja ? '、' : ', ') : null],
      ['allowance.total', total === null ? null : money(language, total)],
    ]);
    const data: MergeData = {
      language,
      numberLabel: number,
      date: date(issuedOn)!,
      values,
      trainees: lines,
      sender: ja ? options.senderJa : options.senderEn,
      contact: ja ? options.contactJa : options.contactEn,
      columns,
      money: (amount) => money(language, amount),
    };
    return { host, ...mergeLetter(template, data, KNOWN, recipient) };
  };
}

function formatPeriod(from: string, to: string, language: Language): string {
  return language === 'ja' ? `${formatLetterDate(from, 'ja')}〜${formatLetterDate(to, 'ja')}` : formatDateRange(from, to, 'en');
}

/** Each letter as it would be issued, with what is missing; nothing is numbered or kept. */
export function preview(ctx: Ctx, input: MakeInput): LetterPreview[] {
  const make = maker(ctx, input);
  return input.recipients.map((r) => {
    const { host, doc, missing } = make(r, null);
    return { hostId: host.id, hostName: hostFullName(host), doc, missing: r.allowMissing ? [] : missing };
  });
}

/**
 * Numbers and keeps the letters, all or none, in one transaction: each takes the next number of
 * this PC's block in the fiscal year of its date. Refused while a letter has a missing field
 * that was neither filled nor explicitly allowed blank, or when this PC has no block (or it is used up).
 */
export function issue(ctx: Ctx, input: MakeInput): { batchId: string; letters: RegisterEntry[] } {
  const batchId = newId();
  const ids = ctx.db.transaction(() => {
    const make = maker(ctx, input);
    const made = input.recipients.map((r) => ({ r, ...make(r, null) }));
    const blocked = made.filter((m) => m.missing.length > 0 && !m.r.allowMissing);
    if (blocked.length > 0) {
      throw new AppError('validation', {
        issues: [{ field: 'recipients', rule: 'letter_fields_missing', params: { hosts: blocked.map((b) => hostFullName(b.host)).join('、'), fields: [...new Set(blocked.flatMap((b) => b.missing.map((m) => m.field)))].join(', ') } }],
      });
    }
    const ranges = repo.listRanges(ctx.db);
    const range = ranges.find((r) => r.deviceId === ctx.deviceId);
    if (!range) throw new AppError('validation', { issues: [{ field: 'range', rule: 'letter_no_range' }] });
    // Two PCs that set overlapping blocks while apart learn it at sync: neither issues until one moves.
    const other = ranges.find((r) => r.deviceId !== ctx.deviceId && overlaps(r, range));
    if (other) throw new AppError('validation', { issues: [{ field: 'range', rule: 'letter_range_overlap', params: rangeParams(other) }] });
    const options = repo.readOptions(ctx.db);
    const issuedOn = input.issuedOn ?? japanDate(ctx.now());
    const fiscalYear = fiscalYearOf(issuedOn);
    const taken = repo.takenNumbers(ctx.db, fiscalYear);
    const prefix = input.language === 'ja' ? options.prefixJa : options.prefixEn;
    return made.map(({ r }) => {
      const number = nextNumber(range, taken);
      // Its own id: a number given twice (blocks set apart that overlap) stays two letters at sync, marked 番号重複.
      const id = newId();
      if (number === null) {
        throw new AppError('validation', { issues: [{ field: 'range', rule: 'letter_range_full', params: { first: range.firstNumber, last: range.lastNumber } }] });
      }
      taken.push(number);
      const label = numberLabel(prefix, number, input.language);
      const { host, doc } = make(r, label);
      repo.insertLetter(ctx, {
        id,
        fiscalYear,
        number,
        numberLabel: label,
        issuedOn,
        batchId,
        yearId: input.yearId,
        templateId: input.templateId,
        hostId: host.id,
        language: input.language,
        title: doc.title,
        addressee: doc.addressee,
        issuedBy: ctx.author(),
        deviceId: ctx.deviceId,
        doc,
      });
      return id;
    });
  })();
  return { batchId, letters: ids.map((id) => repo.findEntry(ctx.db, id)!) };
}

export function issued(ctx: Ctx, input: { batchId?: string; id?: string }): IssuedLetter[] {
  if (!input.batchId && !input.id) throw new AppError('validation', { issues: [{ field: 'batchId', rule: 'required' }] });
  return repo.listIssued(ctx.db, input);
}

// The register.

export function register(ctx: Ctx, input: { fiscalYear: number | null }): Register {
  const fiscalYear = input.fiscalYear ?? fiscalYearOf(japanDate(ctx.now()));
  const years = new Set(repo.registerYears(ctx.db));
  years.add(fiscalYear);
  return {
    fiscalYear,
    entries: repo.listRegister(ctx.db, fiscalYear),
    fiscalYears: [...years].sort((a, b) => b - a),
    duplicates: repo.duplicateNumbers(ctx.db),
  };
}

/** Marks a letter 取消: it stays in the register with its number, which is never given again. */
export function cancel(ctx: Ctx, id: string): RegisterEntry {
  ctx.db.transaction(() => {
    const entry = repo.findEntry(ctx.db, id);
    if (!entry) throw new AppError('not_found', { entity: 'letter' });
    if (entry.status === 'cancelled') return;
    repo.cancelLetter(ctx, id, japanDate(ctx.now()), ctx.author());
  })();
  return repo.findEntry(ctx.db, id)!;
}

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A fiscal year's register as one sheet: number, date, title, addressee, who issued it, 取消. */
export async function exportRegister(ctx: Ctx, input: { fiscalYear: number; language: Language }): Promise<ExportFile> {
  const { language } = input;
  const entries = repo.listRegister(ctx.db, input.fiscalYear);
  const columns: Array<Column<RegisterEntry>> = [
    { header: 'letters.register.number', type: 'text', width: 18, value: (e) => e.numberLabel },
    { header: 'letters.register.issuedOn', type: 'date', width: 12, value: (e) => e.issuedOn },
    { header: 'letters.register.title', type: 'text', width: 36, value: (e) => e.title },
    { header: 'letters.register.addressee', type: 'text', width: 24, value: (e) => e.addressee },
    { header: 'letters.register.issuedBy', type: 'text', width: 14, value: (e) => e.issuedBy },
    {
      header: 'letters.register.status',
      type: 'text',
      width: 18,
      value: (e) =>
        [
          e.status === 'cancelled' ? translate(language, 'letters.register.cancelledOn', { date: e.cancelledOn ?? '' }) : null,
          e.duplicated ? translate(language, 'letters.register.duplicatedBadge') : null,
        ].filter(Boolean).join(' ') || null,
    },
  ];
  const data = await toXlsx([{ sheet: 'letters.register.heading', columns, rows: entries } as unknown as Table<never>], language);
  const stem = [translate(language, 'letters.register.heading'), formatOfficialYear(input.fiscalYear, language)].join('_');
  return { fileName: `${stem}.xlsx`, mime: XLSX_MIME, dataBase64: data.toString('base64') };
}
