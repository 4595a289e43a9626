import { HostContactInput, SURVEY_STATUSES, SurveyAnswerInput } from '@shared/contract/hosts';
import type { ImportPreview, SurveyImportField } from '@shared/contract/imports';
import { SURVEY_IMPORT_FIELDS } from '@shared/contract/imports';
import type { Municipality } from '@shared/contract/hosts';
import { keyedId } from '../../db/ids';
import { translate } from '../../i18n';
import { AppError } from '../../ipc/app-error';
import { toFieldIssues } from '../../ipc/dispatch';
import type { Ctx } from '../context';
import { findHost, findHostIdByCode, findMunicipality, insertHost, searchMunicipalities, updateHostContact } from '../hosts';
import { listTrainingFields } from '../masters';
import { readSetting, writeSetting } from '../settings';
import { findAnswer, insertAnswer, updateAnswer } from '../survey';
import { findYear } from '../years';
import { matchKey } from '@shared/text/fold';
import { applyAsImport, summarize } from './imports.service';
import { headerMatcher } from './mapping';
import { cellText, matchChoice, parseCountry, trainingFieldChoices } from './normalize';
import type { Cell } from './read-file';
import { ImportJob } from './read-in-worker';

export interface SurveyImportRequest {
  yearId: string;
  fileName: string;
  dataBase64: string;
  mapping: Array<SurveyImportField | null> | null;
  /** Names the reading for `imports:progress` and `imports:cancel`. */
  jobId?: string | null;
}

/** How survey tallies name their columns, beyond the app's own labels. */
const LABELS: Record<SurveyImportField, string[]> = {
  localGovCode: ['団体コード', '全国地方公共団体コード', '自治体コード', 'code', 'local government code'],
  hostName: ['団体名', '自治体名', '受入自治体', '市区町村', '市区町村名', 'municipality', 'host'],
  requestedCount: ['希望人数', '受入希望人数', '人数', 'requested', 'number of trainees'],
  preferredCountry: ['希望国', '希望国・地域', '国・地域', 'preferred country', 'country'],
  trainingFieldId: ['研修分野', '希望分野', 'training field', 'field'],
  periodMonths: ['期間', '受入期間', '期間(月)', '月数', 'period', 'months'],
  status: ['状況', '回答状況', 'status'],
  notes: ['備考', 'メモ', 'notes', 'remarks'],
  department: ['担当部署', '担当課', '部署', 'department'],
  contactName: ['担当者', '担当者名', 'contact', 'contact person'],
  contactTitle: ['役職', '職名', 'title'],
  contactPhone: ['電話', '電話番号', 'tel', 'phone'],
  contactEmail: ['メール', 'メールアドレス', 'e-mail', 'email'],
  address: ['住所', '所在地', 'address'],
};
const headers = headerMatcher(SURVEY_IMPORT_FIELDS, (f) => [...LABELS[f], f]);

const STATUS_CHOICES = SURVEY_STATUSES.map((code) => ({ code, labels: [translate('ja', `survey.status.${code}`), translate('en', `survey.status.${code}`)] }));
const CONTACT_FIELDS = ['department', 'contactName', 'contactTitle', 'contactPhone', 'contactEmail', 'address'] as const;
const ANY_ID = '00000000-0000-7000-8000-000000000000';

/**
 * The municipality a row means: its 6-digit code (or the 5 digits without the check digit), or
 * its name with or without the prefecture (宇佐市, 大分県宇佐市). A name two municipalities share
 * (府中市) needs the prefecture.
 */
function municipalityOf(code: string | null, name: string | null): Municipality | 'unknown' | 'ambiguous' {
  const digits = code?.normalize('NFKC').replace(/\D/g, '') ?? '';
  if (digits.length === 6) return findMunicipality(digits) ?? 'unknown';
  if (digits.length === 5) return searchMunicipalities(digits, 5).find((m) => m.code.startsWith(digits)) ?? findByName(name);
  return findByName(name);
}

function findByName(name: string | null): Municipality | 'unknown' | 'ambiguous' {
  const text = name?.normalize('NFKC').replace(/\s/g, '') ?? '';
  if (!text) return 'unknown';
  const candidates = searchMunicipalities(text, 50).filter((m) => m.prefectureJa + (m.kind === 'prefecture' ? '' : m.nameJa) === text || m.nameJa === text);
  if (candidates.length === 0) return 'unknown';
  return candidates.length === 1 ? candidates[0]! : 'ambiguous';
}

interface ParsedAnswer {
  row: number;
  name: string;
  municipality: Municipality | null;
  hostId: string | null;
  answer: ReturnType<typeof SurveyAnswerInput.parse> | null;
  contact: Partial<Record<(typeof CONTACT_FIELDS)[number], string | null>>;
  kind: ImportPreview['rows'][number]['kind'];
  errors: Array<{ column: string; field: string; rule: string }>;
}

function mappingKey(headerRow: readonly string[]): string {
  return `surveyImportMapping:${headerRow.map(matchKey).join('|')}`;
}

async function parseSurvey(ctx: Ctx, request: SurveyImportRequest) {
  if (!findYear(ctx.db, request.yearId)) throw new AppError('not_found', { entity: 'year' });
  const job = new ImportJob(request.fileName, request.jobId ?? null);
  const rows = await job.read(Buffer.from(request.dataBase64, 'base64'));
  const headerIndex = headers.findHeaderRow(rows);
  const headerRow = (rows[headerIndex] ?? []).map((c) => cellText(c) ?? '');
  const remembered = readSetting(ctx.db, mappingKey(headerRow));
  const mapping = request.mapping ?? (remembered ? (JSON.parse(remembered) as Array<SurveyImportField | null>) : headers.guessMapping(headerRow));
  if (!(mapping.includes('localGovCode') || mapping.includes('hostName'))) throw new AppError('import_no_columns');
  // Without a number requested, the list is of hosts and their contacts only (no survey answers).
  const withAnswers = mapping.includes('requestedCount');
  if (!withAnswers && !CONTACT_FIELDS.some((f) => mapping.includes(f))) throw new AppError('import_no_columns');
  const fieldChoices = trainingFieldChoices(listTrainingFields(ctx.db));

  const parsed: ParsedAnswer[] = await job.flatMap(rows.slice(headerIndex + 1), (cells, i) => {
    if (cells.every((c) => c === null || c === '')) return [];
    const row = headerIndex + i + 2;
    const values: Partial<Record<SurveyImportField, Cell>> = {};
    mapping.forEach((field, col) => field && (values[field] = cells[col] ?? null));
    const text = (f: SurveyImportField) => cellText(values[f] ?? null);
    const columnOf = (field: string) => headerRow[mapping.indexOf(field as SurveyImportField)] ?? field;
    const errors: ParsedAnswer['errors'] = [];
    const fail = (field: string, rule: string) => errors.push({ column: columnOf(field), field, rule });

    const found = municipalityOf(text('localGovCode'), text('hostName'));
    if (found === 'unknown') fail(text('localGovCode') ? 'localGovCode' : 'hostName', 'unknown_municipality');
    if (found === 'ambiguous') fail('hostName', 'ambiguous_municipality');
    const municipality = typeof found === 'object' ? found : null;
    const hostId = municipality ? findHostIdByCode(ctx.db, municipality.code) : null;

    const country = parseCountry(values.preferredCountry ?? null);
    if (country === undefined) fail('preferredCountry', 'unknown_country');
    const fieldId = matchChoice(values.trainingFieldId ?? null, fieldChoices);
    if (fieldId === undefined) fail('trainingFieldId', 'unknown_training_field');
    const status = values.status === undefined || !text('status') ? 'received' : matchChoice(values.status, STATUS_CHOICES);
    if (status === undefined) fail('status', 'invalid_choice');
    const number = (cell: Cell | undefined) => {
      const t = cellText(cell ?? null);
      return t === null ? undefined : Number(t.normalize('NFKC').replace(/[人か月ヶ月\s]/g, ''));
    };
    const answerInput = {
      yearId: request.yearId, hostId: ANY_ID, requestedCount: number(values.requestedCount), preferredCountry: country ?? null,
      trainingFieldId: fieldId ?? null, periodMonths: number(values.periodMonths) ?? null, status: status ?? 'received', notes: text('notes'),
    };
    const answer = withAnswers ? SurveyAnswerInput.safeParse(answerInput) : null;
    const contactInput = Object.fromEntries(CONTACT_FIELDS.filter((f) => values[f] !== undefined).map((f) => [f, text(f)]));
    const contact = HostContactInput.partial().safeParse({ id: ANY_ID, ...contactInput });
    for (const issue of [...(!answer || answer.success ? [] : toFieldIssues(answer.error.issues)), ...(contact.success ? [] : toFieldIssues(contact.error.issues))]) {
      if (!errors.some((e) => e.field === issue.field)) fail(issue.field, issue.rule);
    }

    const name = municipality ? municipality.prefectureJa + (municipality.kind === 'prefecture' ? '' : municipality.nameJa) : (text('hostName') ?? text('localGovCode') ?? '');
    let kind: ParsedAnswer['kind'] = 'error';
    const host = hostId ? findHost(ctx.db, hostId) : null;
    const sameContact = !!host && Object.entries(contactInput).every(([k, v]) => host[k as keyof typeof host] === v);
    if (errors.length === 0 && answer?.success) {
      const existing = hostId ? findAnswer(ctx.db, request.yearId, hostId) : null;
      const a = answer.data;
      const sameAnswer =
        existing &&
        existing.requestedCount === a.requestedCount && existing.preferredCountry === a.preferredCountry && (existing.trainingField?.id ?? null) === a.trainingFieldId &&
        existing.periodMonths === a.periodMonths && existing.status === a.status && existing.notes === a.notes;
      kind = !existing ? 'new' : sameAnswer && sameContact ? 'unchanged' : 'update';
    } else if (errors.length === 0 && !answer) {
      kind = !host ? 'new' : sameContact ? 'unchanged' : 'update';
    }
    const parsedAnswer = answer?.success ? answer.data : null;
    return [{ row, name, municipality, hostId, answer: parsedAnswer, contact: contactInput as ParsedAnswer['contact'], kind, errors }];
  });
  return { headerRow, mapping, parsed };
}

/** A dry run of a survey list: each municipality's answer new, update, unchanged, or an error with its column. */
export async function previewSurveyImport(ctx: Ctx, request: SurveyImportRequest): Promise<ImportPreview> {
  const { headerRow, mapping, parsed } = await parseSurvey(ctx, request);
  return summarize(headerRow, mapping, parsed.map((p) => ({ row: p.row, kind: p.kind, name: p.name, errors: p.errors })));
}

/**
 * Applies the valid rows in one transaction: hosts made from the reference list, contacts and
 * answers saved (a list without the number requested brings hosts and contacts only).
 */
export async function applySurveyImport(ctx: Ctx, request: SurveyImportRequest): Promise<{ importId: string; created: number; updated: number }> {
  const { headerRow, mapping, parsed } = await parseSurvey(ctx, request);
  const remember = request.mapping ? () => writeSetting(ctx.db, mappingKey(headerRow), JSON.stringify(mapping), ctx.now()) : null;
  return applyAsImport(ctx, { kind: 'survey', fileName: request.fileName, yearId: request.yearId, remember }, () => {
    let created = 0;
    let updated = 0;
    for (const p of parsed) {
      if (p.kind === 'error' || p.kind === 'unchanged' || !p.municipality) continue;
      const m = p.municipality;
      let hostId = findHostIdByCode(ctx.db, m.code);
      if (!hostId) {
        hostId = keyedId('hosts', m.code);
        insertHost(ctx, { id: hostId, localGovCode: m.code, prefectureJa: m.prefectureJa, nameJa: m.kind === 'prefecture' ? '' : m.nameJa, nameKana: m.nameKana, nameEn: m.nameEn });
      }
      if (Object.keys(p.contact).length > 0) {
        const host = findHost(ctx.db, hostId)!;
        updateHostContact(ctx, hostId, {
          department: host.department, contactName: host.contactName, contactTitle: host.contactTitle, contactPhone: host.contactPhone,
          contactEmail: host.contactEmail, address: host.address, notes: host.notes, ...p.contact,
        });
      }
      if (!p.answer) {
        if (p.kind === 'new') created++;
        else updated++;
        continue;
      }
      const { yearId: _y, hostId: _h, ...fields } = p.answer;
      const existing = findAnswer(ctx.db, request.yearId, hostId);
      if (existing) {
        updateAnswer(ctx, existing.id, fields);
        updated++;
      } else {
        insertAnswer(ctx, { ...fields, id: keyedId('survey_answers', request.yearId, hostId), yearId: request.yearId, hostId });
        created++;
      }
    }
    return { created, updated };
  });
}
