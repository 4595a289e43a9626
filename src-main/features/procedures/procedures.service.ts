import type {
  ProcedureCell,
  ProcedureGrid,
  ProcedureHistoryEntry,
  ProcedureOptions,
  ProcedureStatus,
  ProcedureWarning,
  Template,
  TemplateItem,
  TraineeProcedures,
  YearItem,
} from '@shared/contract/procedures';
import { PROCEDURE_HISTORY_FIELDS } from '@shared/contract/procedures';
import type { ExportFile } from '@shared/contract/exports';
import { hostNameIn, latinName, nativeName } from '@shared/contract/names';
import type { Language } from '@shared/contract/settings';
import { isTakingPart, type TraineeSummary } from '@shared/contract/trainees';
import type { Milestone } from '@shared/contract/years';
import { japanDate } from '@shared/text/date-math';
import { keyedId, newId } from '../../db/ids';
import { displayValue, type LoggedChange } from '../../db/log-values';
import type { Column, Table } from '../../export/tables';
import { toXlsx } from '../../export/xlsx';
import { translate } from '../../i18n';
import { AppError } from '../../ipc/app-error';
import type { Ctx } from '../context';
import { findTrainee, listTakingPart } from '../trainees';
import { findYear, listMilestones } from '../years';
import { dueOn, isDueBeforeYearStart, isOverdue, sniffScanType, traineeWarnings } from './procedures';
import * as repo from './procedures.repo';

// The template.

export function getTemplate(ctx: Ctx): Template {
  return { items: repo.listTemplate(ctx.db), options: { entryWarningWeeks: repo.readEntryWarningWeeks(ctx.db) } };
}

/** Refuses an item that would be due before the start of a year it applies to. */
function checkDue(ctx: Ctx, fields: repo.ItemFields, yearIds: readonly string[]): void {
  for (const yearId of yearIds) {
    if (isDueBeforeYearStart(listMilestones(ctx.db, yearId), fields)) {
      throw new AppError('validation', { issues: [{ field: 'offsetDays', rule: 'due_before_year_start' }] });
    }
  }
}

/** The id of a template item's copy in a year: the same on every PC, so two PCs making it agree. */
function yearItemId(yearId: string, templateId: string): string {
  return keyedId('year_procedure_items', yearId, templateId);
}

/** Brings a year's copy of a template item in line with it; a retired item stays (retired) only where a trainee moved on it. */
function followTemplate(ctx: Ctx, yearId: string, item: TemplateItem): void {
  const id = yearItemId(yearId, item.id);
  const copy = repo.findYearItem(ctx.db, id);
  if (!copy) {
    if (!item.isRetired) repo.insertYearItem(ctx, id, yearId, item);
    return;
  }
  repo.updateYearItem(ctx, id, item, item.isRetired);
}

/** Adds an item at the end of the template and to every year that has a checklist. */
export function createTemplateItem(ctx: Ctx, fields: repo.ItemFields): TemplateItem {
  const id = newId();
  ctx.db.transaction(() => {
    const years = repo.yearsWithChecklist(ctx.db);
    checkDue(ctx, fields, years);
    const position = repo.listTemplate(ctx.db).reduce((max, i) => Math.max(max, i.position + 1), 0);
    repo.insertTemplateItem(ctx, id, fields, position);
    const item = repo.findTemplateItem(ctx.db, id)!;
    for (const yearId of years) followTemplate(ctx, yearId, item);
  })();
  return repo.findTemplateItem(ctx.db, id)!;
}

/** Changes a template item; every year's checklist follows. */
export function updateTemplateItem(ctx: Ctx, input: repo.ItemFields & { id: string; isRetired: boolean }): TemplateItem {
  ctx.db.transaction(() => {
    if (!repo.findTemplateItem(ctx.db, input.id)) throw new AppError('not_found', { entity: 'procedure_item' });
    const years = repo.yearsWithChecklist(ctx.db);
    if (!input.isRetired) checkDue(ctx, input, years);
    repo.updateTemplateItem(ctx, input.id, input);
    const item = repo.findTemplateItem(ctx.db, input.id)!;
    for (const yearId of years) followTemplate(ctx, yearId, item);
  })();
  return repo.findTemplateItem(ctx.db, input.id)!;
}

/** Moves a template item one place up or down (positions renumbered 0…n); the years follow. */
export function moveTemplateItem(ctx: Ctx, input: { id: string; direction: 'up' | 'down' }): Template {
  ctx.db.transaction(() => {
    const items = repo.listTemplate(ctx.db);
    const from = items.findIndex((i) => i.id === input.id);
    if (from < 0) throw new AppError('not_found', { entity: 'procedure_item' });
    const to = input.direction === 'up' ? from - 1 : from + 1;
    if (to < 0 || to >= items.length) return;
    [items[from], items[to]] = [items[to]!, items[from]!];
    const years = repo.yearsWithChecklist(ctx.db);
    items.forEach((item, position) => {
      if (item.position === position) return;
      repo.updateTemplateItem(ctx, item.id, { position });
      const moved = repo.findTemplateItem(ctx.db, item.id)!;
      for (const yearId of years) {
        const copy = repo.findYearItem(ctx.db, yearItemId(yearId, item.id));
        if (copy) repo.updateYearItem(ctx, copy.id, moved, copy.isRetired);
      }
    });
  })();
  return getTemplate(ctx);
}

export function setOptions(ctx: Ctx, input: ProcedureOptions): ProcedureOptions {
  ctx.db.transaction(() => repo.writeEntryWarningWeeks(ctx, input.entryWarningWeeks))();
  return { entryWarningWeeks: repo.readEntryWarningWeeks(ctx.db) };
}

// A year's checklist.

function yearItems(ctx: Ctx, yearId: string, milestones: readonly Milestone[]): YearItem[] {
  return repo.listYearItems(ctx.db, yearId).map((i) => ({ ...i, dueOn: dueOn(milestones, i) }));
}

function cellOf(ctx: Ctx, stored: repo.StoredCell | undefined, traineeId: string, item: YearItem, today: string): ProcedureCell {
  const status: ProcedureStatus = stored?.status ?? 'not_requested';
  return {
    traineeId,
    itemId: item.id,
    status,
    changedOn: stored?.changedOn ?? null,
    changedBy: stored ? repo.lastAuthor(ctx.db, 'trainee_procedures', stored.id) : null,
    note: stored?.note ?? null,
    file: stored?.fileName ? { name: stored.fileName, mime: stored.fileMime ?? '', sizeBytes: stored.fileSize ?? 0 } : null,
    isOverdue: !item.isRetired && isOverdue(status, item.dueOn, today),
  };
}

function warningsOf(ctx: Ctx, trainee: TraineeSummary, items: readonly YearItem[], cells: ReadonlyMap<string, repo.StoredCell>, milestones: readonly Milestone[], today: string): ProcedureWarning[] {
  return traineeWarnings({
    traineeId: trainee.id,
    traineeName: nativeName(trainee),
    items,
    statusOf: (itemId) => cells.get(itemId)?.status ?? 'not_requested',
    arrivalOn: milestones.find((m) => m.kind === 'arrival')?.startsOn ?? null,
    weeks: repo.readEntryWarningWeeks(ctx.db),
    today,
  });
}

/** A year's checklist: trainees taking part × the year's items (retired ones kept where someone moved on them). */
export function yearGrid(ctx: Ctx, yearId: string): ProcedureGrid {
  if (!findYear(ctx.db, yearId)) throw new AppError('not_found', { entity: 'year' });
  const today = japanDate(ctx.now());
  const milestones = listMilestones(ctx.db, yearId);
  const all = yearItems(ctx, yearId, milestones);
  const stored = repo.listCellsOfYear(ctx.db, yearId);
  const used = new Set(stored.filter((c) => c.status !== 'not_requested' || c.note || c.fileName).map((c) => c.itemId));
  const items = all.filter((i) => !i.isRetired || used.has(i.id));
  const trainees = listTakingPart(ctx.db, yearId);
  const byTrainee = new Map<string, Map<string, repo.StoredCell>>();
  for (const c of stored) {
    if (!byTrainee.has(c.traineeId)) byTrainee.set(c.traineeId, new Map());
    byTrainee.get(c.traineeId)!.set(c.itemId, c);
  }
  const cells: ProcedureCell[] = [];
  const warnings: ProcedureWarning[] = [];
  for (const t of trainees) {
    const own = byTrainee.get(t.id) ?? new Map<string, repo.StoredCell>();
    for (const item of items) cells.push(cellOf(ctx, own.get(item.id), t.id, item, today));
    warnings.push(...warningsOf(ctx, t, items, own, milestones, today));
  }
  return {
    yearId,
    hasChecklist: all.length > 0,
    today,
    items,
    trainees: trainees.map((t) => ({
      id: t.id,
      name: nativeName(t),
      nameLang: t.nameLang,
      latinName: latinName(t),
      status: t.status,
      hostId: t.hostId,
      hostName: t.hostName,
      hostNameEn: t.hostNameEn,
    })),
    cells,
    warnings,
  };
}

/** Makes a year's checklist from the template's live items (nothing changes when it has one). */
export function startYear(ctx: Ctx, yearId: string): ProcedureGrid {
  ctx.db.transaction(() => {
    if (!findYear(ctx.db, yearId)) throw new AppError('not_found', { entity: 'year' });
    if (repo.listYearItems(ctx.db, yearId).length > 0) return;
    const template = repo.listTemplate(ctx.db).filter((i) => !i.isRetired);
    for (const item of template) checkDue(ctx, item, [yearId]);
    for (const item of template) followTemplate(ctx, yearId, item);
  })();
  return yearGrid(ctx, yearId);
}

export function yearWarnings(ctx: Ctx, yearId: string): ProcedureWarning[] {
  return yearGrid(ctx, yearId).warnings;
}

/** One trainee's checklist (a withdrawn trainee's too, read only). */
export function traineeProcedures(ctx: Ctx, traineeId: string): TraineeProcedures {
  const trainee = findTrainee(ctx.db, traineeId);
  if (!trainee || trainee.deletedAt) throw new AppError('not_found', { entity: 'trainee' });
  const today = japanDate(ctx.now());
  const milestones = listMilestones(ctx.db, trainee.yearId);
  const all = yearItems(ctx, trainee.yearId, milestones);
  const own = new Map(repo.listCellsOfTrainee(ctx.db, traineeId).map((c) => [c.itemId, c]));
  const items = all.filter((i) => !i.isRetired || own.get(i.id)?.status !== undefined);
  return {
    traineeId,
    yearId: trainee.yearId,
    isWithdrawn: trainee.status === 'withdrawn',
    hasChecklist: all.length > 0,
    items,
    cells: items.map((i) => cellOf(ctx, own.get(i.id), traineeId, i, today)),
    warnings: isTakingPart(trainee) ? warningsOf(ctx, trainee, items, own, milestones, today) : [],
  };
}

// Changing a trainee's item.

/** The id of a trainee's row for an item: the same on every PC, so a change made on two PCs is one record (and a conflict). */
function cellId(traineeId: string, itemId: string): string {
  return keyedId('trainee_procedures', traineeId, itemId);
}

/** The trainee and item of a change, checked: the trainee is live, of the item's year, and not withdrawn. */
function target(ctx: Ctx, traineeId: string, itemId: string): { item: YearItem } {
  const trainee = findTrainee(ctx.db, traineeId);
  if (!trainee || trainee.deletedAt) throw new AppError('not_found', { entity: 'trainee' });
  const stored = repo.findYearItem(ctx.db, itemId);
  if (!stored) throw new AppError('not_found', { entity: 'procedure_item' });
  if (stored.yearId !== trainee.yearId) throw new AppError('validation', { issues: [{ field: 'itemId', rule: 'other_year' }] });
  if (trainee.status === 'withdrawn') throw new AppError('validation', { issues: [{ field: 'status', rule: 'trainee_withdrawn' }] });
  return { item: { ...stored, dueOn: dueOn(listMilestones(ctx.db, stored.yearId), stored) } };
}

function writeCell(ctx: Ctx, traineeId: string, itemId: string, fields: Record<string, string | Buffer | null>): void {
  const id = cellId(traineeId, itemId);
  if (!repo.findCell(ctx.db, id)) repo.insertCell(ctx, id, traineeId, itemId, fields);
  else repo.updateCell(ctx, id, fields);
}

function readCell(ctx: Ctx, traineeId: string, item: YearItem): ProcedureCell {
  return cellOf(ctx, repo.findCell(ctx.db, cellId(traineeId, item.id)) ?? undefined, traineeId, item, japanDate(ctx.now()));
}

/** Sets the status and note of a trainee's item; a new status is dated today. */
export function setStatus(ctx: Ctx, input: { traineeId: string; itemId: string; status: ProcedureStatus; note: string | null }): ProcedureCell {
  const { item } = ctx.db.transaction(() => {
    const found = target(ctx, input.traineeId, input.itemId);
    const current = repo.findCell(ctx.db, cellId(input.traineeId, input.itemId));
    const changed = (current?.status ?? 'not_requested') !== input.status;
    writeCell(ctx, input.traineeId, input.itemId, {
      status: input.status,
      note: input.note,
      ...(changed || !current ? { changed_on: japanDate(ctx.now()) } : {}),
    });
    return found;
  })();
  return readCell(ctx, input.traineeId, item);
}

/** Keeps the received scan with a trainee's item (PDF, JPEG or PNG, by its bytes, not its name). */
export function attachFile(ctx: Ctx, input: { traineeId: string; itemId: string; fileName: string; dataBase64: string }): ProcedureCell {
  const bytes = Buffer.from(input.dataBase64, 'base64');
  const mime = sniffScanType(bytes);
  if (!mime) throw new AppError('validation', { issues: [{ field: 'dataBase64', rule: 'invalid_file_type' }] });
  const { item } = ctx.db.transaction(() => {
    const found = target(ctx, input.traineeId, input.itemId);
    writeCell(ctx, input.traineeId, input.itemId, { file: bytes, file_name: input.fileName, file_mime: mime });
    return found;
  })();
  return readCell(ctx, input.traineeId, item);
}

export function removeFile(ctx: Ctx, input: { traineeId: string; itemId: string }): ProcedureCell {
  const { item } = ctx.db.transaction(() => {
    const found = target(ctx, input.traineeId, input.itemId);
    if (repo.findCell(ctx.db, cellId(input.traineeId, input.itemId))) repo.updateCell(ctx, cellId(input.traineeId, input.itemId), { file: null, file_name: null, file_mime: null });
    return found;
  })();
  return readCell(ctx, input.traineeId, item);
}

export function readScan(ctx: Ctx, input: { traineeId: string; itemId: string }): { name: string; mime: string; dataBase64: string } {
  const file = repo.readFile(ctx.db, cellId(input.traineeId, input.itemId));
  if (!file) throw new AppError('not_found', { entity: 'file' });
  return { name: file.name, mime: file.mime, dataBase64: file.bytes.toString('base64') };
}

const HISTORY_FIELDS: ReadonlySet<string> = new Set(PROCEDURE_HISTORY_FIELDS);

/** Every change of a trainee's item, newest first, from the change log (so what came by sync is there too). */
export function itemHistory(ctx: Ctx, input: { traineeId: string; itemId: string }): ProcedureHistoryEntry[] {
  return repo.rowLog(ctx.db, 'trainee_procedures', cellId(input.traineeId, input.itemId)).flatMap((r) => {
    const at = new Date(Number(r.hlc.slice(0, 15))).toISOString();
    const changes = JSON.parse(r.changes) as LoggedChange[];
    return changes
      .filter(([field]) => HISTORY_FIELDS.has(field))
      .map(([field, before, after], i) => ({
        id: `${r.hlc}/${i}`,
        at,
        author: r.author,
        field: field as ProcedureHistoryEntry['field'],
        oldValue: displayValue(before),
        newValue: displayValue(after),
      }));
  });
}

// The grid to Excel.

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A year's grid as one sheet: a row per trainee, a column per item (its due date in the header), each cell the status (overdue said so). */
export async function exportGrid(ctx: Ctx, input: { yearId: string; language: Language }): Promise<ExportFile> {
  const { language } = input;
  const grid = yearGrid(ctx, input.yearId);
  const year = findYear(ctx.db, input.yearId)!;
  const cells = new Map(grid.cells.map((c) => [`${c.traineeId}/${c.itemId}`, c]));
  const status = (c: ProcedureCell | undefined) => {
    if (!c) return null;
    const label = translate(language, `procedure.status.${c.status}`);
    return c.isOverdue ? translate(language, 'procedure.overdueTitle', { status: label }) : label;
  };
  type Row = ProcedureGrid['trainees'][number];
  const columns: Array<Column<Row>> = [
    { header: 'procedure.trainee', type: 'text', width: 28, value: (t) => (t.latinName !== t.name ? `${t.name} ${t.latinName}` : t.name) },
    { header: 'procedure.provider.host', type: 'text', width: 20, value: (t) => hostNameIn(t, language) },
    ...grid.items.map(
      (item): Column<Row> => ({
        header: [language === 'en' ? item.nameEn : item.nameJa, item.dueOn ? translate(language, 'common.paren', { text: translate(language, 'procedure.dueOn', { date: item.dueOn.replace(/-/g, '/') }) }) : ''].join(''),
        type: 'text',
        width: 16,
        value: (t) => status(cells.get(`${t.id}/${item.id}`)),
      }),
    ),
  ];
  const data = await toXlsx([{ sheet: 'procedure.title', columns, rows: grid.trainees } as unknown as Table<never>], language);
  const stem = [translate(language, 'procedure.title'), translate(language, 'year.label', { year: year.fiscalYear }), japanDate(ctx.now()).replace(/-/g, '')].join('_');
  return { fileName: `${stem}.xlsx`, mime: XLSX_MIME, dataBase64: data.toString('base64') };
}
