import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../backend';
import { call, folderBackend, memoryBackend, value } from '../../test/backend';
import { PROCEDURE_FILE_MAX_BYTES } from '@shared/contract/procedures';
import { dueOn, isDueBeforeYearStart, isOverdue, sniffScanType, traineeWarnings } from './procedures';

const backends: Backend[] = [];
const dirs: string[] = [];
afterEach(() => {
  backends.splice(0).forEach((b) => b.close());
  dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true }));
});

/** A backend whose clock reads the given Japan date (noon). */
function at(date: string): Backend {
  const b = memoryBackend(() => new Date(`${date}T03:00:00Z`));
  backends.push(b);
  return b;
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

async function yearWithTrainees(b: Backend) {
  const year = await value(b, 'years:create', { fiscalYear: 2027 });
  const lee = await value(b, 'trainees:create', {
    yearId: year.id, familyNameNative: '이', givenNameNative: '서연', familyNameLatin: 'LEE', givenNameLatin: 'Seoyeon', nameLang: 'ko', nameOrder: 'family_first', nationality: 'KR', status: 'selected',
  });
  const ram = await value(b, 'trainees:create', {
    yearId: year.id, familyNameLatin: 'SHRESTHA', givenNameLatin: 'Ram', nameLang: 'en', nameOrder: 'given_first', nationality: 'NP', status: 'selected',
  });
  return { year, lee, ram };
}

const milestones = [
  { id: '1', kind: 'survey_open' as const, startsOn: '2026-08-01', endsOn: null },
  { id: '2', kind: 'entry_procedures' as const, startsOn: '2027-02-01', endsOn: '2027-04-30' },
  { id: '3', kind: 'arrival' as const, startsOn: '2027-05-20', endsOn: null },
];

describe('due dates, overdue and warnings (rules)', () => {
  it('dates an item from its milestone and refuses one that would fall before the year starts', () => {
    expect(dueOn(milestones, { milestoneKind: 'arrival', offsetDays: -42 })).toBe('2027-04-08');
    expect(dueOn(milestones, { milestoneKind: 'entry_procedures', offsetDays: 14 })).toBe('2027-02-15');
    expect(dueOn(milestones, { milestoneKind: 'host_move', offsetDays: 0 })).toBeNull();
    expect(isDueBeforeYearStart(milestones, { milestoneKind: 'survey_open', offsetDays: -1 })).toBe(true);
    expect(isDueBeforeYearStart(milestones, { milestoneKind: 'survey_open', offsetDays: 0 })).toBe(false);
  });

  it('counts as overdue only what is still owed after its day', () => {
    expect(isOverdue('requested', '2027-02-15', '2027-02-16')).toBe(true);
    expect(isOverdue('incomplete', '2027-02-15', '2027-02-16')).toBe(true);
    expect(isOverdue('requested', '2027-02-15', '2027-02-15')).toBe(false);
    for (const status of ['received', 'done', 'not_needed'] as const) expect(isOverdue(status, '2027-02-15', '2027-03-01')).toBe(false);
    expect(isOverdue('not_requested', null, '2027-03-01')).toBe(false);
  });

  it('warns of a COE not done four weeks before arrival, and not before then', () => {
    const coe = { id: 'c', key: 'coe', nameJa: 'COE', nameEn: 'COE', provider: 'clair' as const, milestoneKind: 'arrival' as const, offsetDays: -14, needsTranslation: false, position: 0, isRetired: false, yearId: 'y', templateId: null, dueOn: '2027-05-06' };
    const base = { traineeId: 't', traineeName: '이 서연', items: [coe], arrivalOn: '2027-05-20', weeks: 4 };
    expect(traineeWarnings({ ...base, statusOf: () => 'requested', today: '2027-04-21' })).toEqual([]);
    expect(traineeWarnings({ ...base, statusOf: () => 'requested', today: '2027-04-22' })).toMatchObject([{ kind: 'entry_not_ready', dueOn: '2027-04-22' }]);
    expect(traineeWarnings({ ...base, statusOf: () => 'received', today: '2027-04-22' })).toMatchObject([{ kind: 'entry_not_ready' }]);
    expect(traineeWarnings({ ...base, statusOf: () => 'done', today: '2027-05-10' })).toEqual([]);
    expect(traineeWarnings({ ...base, statusOf: () => 'not_needed', today: '2027-05-10' })).toEqual([]);
  });

  it('knows a scan by its bytes, not its name', () => {
    expect(sniffScanType(PDF)).toBe('application/pdf');
    expect(sniffScanType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0]))).toBe('image/jpeg');
    expect(sniffScanType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('image/png');
    expect(sniffScanType(Buffer.from('PK\u0003\u0004 not a scan'))).toBeNull();
  });
});

describe('the checklist on real SQLite', () => {
  it('starts with the template of the 研修 file, and makes a year checklist from it with due dates from its milestones', async () => {
    const b = at('2027-01-10');
    const template = await value(b, 'procedures:template', {});
    expect(template.items.map((i) => i.nameJa)).toEqual([
      '招へい理由書', '研修実施予定表', '研修生処遇概要書', '派遣状／復職予定証明書', '履歴書', '申請書', '推薦書', '誓約書',
      '健康診断書（翻訳付き）', '在留資格認定証明書（COE）交付', '査証発給', '航空券発券', '保険加入',
    ]);
    expect(template.items.find((i) => i.nameJa === '研修実施予定表')?.provider).toBe('host');
    expect(template.items.find((i) => i.key === 'health_certificate')?.needsTranslation).toBe(true);
    expect(template.options.entryWarningWeeks).toBe(4);

    const { year, lee, ram } = await yearWithTrainees(b);
    const before = await value(b, 'procedures:year', { yearId: year.id });
    expect(before).toMatchObject({ hasChecklist: false, items: [], cells: [] });
    const grid = await value(b, 'procedures:start-year', { yearId: year.id });
    expect(grid.items).toHaveLength(13);
    expect(grid.items.find((i) => i.key === 'coe')?.dueOn).toBe('2027-04-08');
    expect(grid.cells).toHaveLength(26);
    expect(grid.cells.every((c) => c.status === 'not_requested' && !c.isOverdue)).toBe(true);
    expect(new Set(grid.trainees.map((t) => t.id))).toEqual(new Set([lee.id, ram.id]));
    // A second start changes nothing.
    expect((await value(b, 'procedures:start-year', { yearId: year.id })).items.map((i) => i.id)).toEqual(grid.items.map((i) => i.id));
  });

  it('moves a status on, dated and signed, keeps a note, and shows it overdue once its day has passed', async () => {
    const b = at('2027-02-20');
    await value(b, 'settings:update', { staffName: '佐藤' });
    const { year, lee } = await yearWithTrainees(b);
    const grid = await value(b, 'procedures:start-year', { yearId: year.id });
    const plan = grid.items.find((i) => i.nameJa === '研修実施予定表')!;
    expect(grid.cells.find((c) => c.traineeId === lee.id && c.itemId === plan.id)?.isOverdue).toBe(true);

    const requested = await value(b, 'procedures:set-status', { traineeId: lee.id, itemId: plan.id, status: 'requested', note: '宇佐市へ2/1に依頼' });
    expect(requested).toMatchObject({ status: 'requested', changedOn: '2027-02-20', changedBy: '佐藤', note: '宇佐市へ2/1に依頼', isOverdue: true });
    const received = await value(b, 'procedures:set-status', { traineeId: lee.id, itemId: plan.id, status: 'received', note: '宇佐市へ2/1に依頼' });
    expect(received).toMatchObject({ status: 'received', isOverdue: false });
    const mine = await value(b, 'procedures:trainee', { traineeId: lee.id });
    expect(mine.cells.find((c) => c.itemId === plan.id)?.status).toBe('received');
    expect(mine.warnings.some((w) => w.itemId === plan.id)).toBe(false);
    expect(mine.warnings.filter((w) => w.kind === 'overdue').length).toBeGreaterThan(0);

    const history = await value(b, 'procedures:history', { traineeId: lee.id, itemId: plan.id });
    expect(history.map((h) => [h.field, h.oldValue, h.newValue, h.author])).toEqual([
      ['status', 'requested', 'received', '佐藤'],
      ['status', null, 'requested', '佐藤'],
      ['note', null, '宇佐市へ2/1に依頼', '佐藤'],
    ]);

    const log = b.ctx.db.prepare("SELECT op, author FROM change_log WHERE table_name = 'trainee_procedures' ORDER BY hlc").all();
    expect(log).toEqual([{ op: 'insert', author: '佐藤' }, { op: 'update', author: '佐藤' }]);
  });

  it("puts every change of a trainee's items in the trainee's own history, named by the item, with another trainee's left out", async () => {
    const b = at('2027-02-20');
    await value(b, 'settings:update', { staffName: '佐藤' });
    const { year, lee, ram } = await yearWithTrainees(b);
    const grid = await value(b, 'procedures:start-year', { yearId: year.id });
    const plan = grid.items.find((i) => i.nameJa === '研修実施予定表')!;
    const coe = grid.items.find((i) => i.key === 'coe')!;
    await value(b, 'procedures:set-status', { traineeId: lee.id, itemId: plan.id, status: 'requested', note: '宇佐市へ依頼' });
    await value(b, 'procedures:set-status', { traineeId: lee.id, itemId: plan.id, status: 'received', note: '宇佐市へ依頼' });
    await value(b, 'procedures:set-status', { traineeId: ram.id, itemId: coe.id, status: 'done', note: null });

    const history = await value(b, 'trainees:history', { id: lee.id, revealIdentifiers: false });
    const ofItems = history.filter((h) => h.procedureItem !== null);
    expect(ofItems.map((h) => [h.procedureItem?.nameJa, h.field, h.oldValue, h.newValue, h.author])).toEqual([
      ['研修実施予定表', 'status', 'requested', 'received', '佐藤'],
      ['研修実施予定表', 'status', null, 'requested', '佐藤'],
      ['研修実施予定表', 'note', null, '宇佐市へ依頼', '佐藤'],
    ]);
    expect(ofItems[0]!.procedureItem).toEqual({ nameJa: '研修実施予定表', nameEn: 'Training schedule' });
    // Newest first, with the trainee's own record after the changes that came later.
    expect(history.indexOf(ofItems[0]!)).toBe(0);
    expect(history.some((h) => h.procedureItem === null && h.op === 'insert')).toBe(true);
    const others = await value(b, 'trainees:history', { id: ram.id, revealIdentifiers: false });
    expect(others.filter((h) => h.procedureItem !== null).map((h) => [h.procedureItem?.nameJa, h.newValue])).toEqual([['在留資格認定証明書（COE）交付', 'done']]);
  });

  it('refuses a status change on a withdrawn trainee, naming the field, and saves nothing', async () => {
    const b = at('2027-02-20');
    const { year, ram } = await yearWithTrainees(b);
    const grid = await value(b, 'procedures:start-year', { yearId: year.id });
    const current = await value(b, 'trainees:get', { id: ram.id });
    await value(b, 'trainees:update', { ...current, status: 'withdrawn', withdrawnReason: '本人の都合' } as never);
    const result = await call(b, 'procedures:set-status', { traineeId: ram.id, itemId: grid.items[0]!.id, status: 'requested', note: null });
    expect(result).toMatchObject({ ok: false, error: { code: 'validation', params: { issues: [{ field: 'status', rule: 'trainee_withdrawn' }] } } });
    expect(b.ctx.db.prepare('SELECT COUNT(*) AS n FROM trainee_procedures').get()).toEqual({ n: 0 });
    expect((await value(b, 'procedures:year', { yearId: year.id })).trainees.map((t) => t.id)).not.toContain(ram.id);
  });

  it('keeps a PDF scan in the database and gives it back; refuses one too large or not a PDF or image', async () => {
    const b = at('2027-02-20');
    const { year, lee } = await yearWithTrainees(b);
    const grid = await value(b, 'procedures:start-year', { yearId: year.id });
    const item = grid.items[1]!;
    const key = { traineeId: lee.id, itemId: item.id };
    const cell = await value(b, 'procedures:attach-file', { ...key, fileName: '研修実施予定表.pdf', dataBase64: PDF.toString('base64') });
    expect(cell.file).toEqual({ name: '研修実施予定表.pdf', mime: 'application/pdf', sizeBytes: PDF.length });
    expect(Buffer.from((await value(b, 'procedures:file', key)).dataBase64, 'base64').equals(PDF)).toBe(true);

    const zip = await call(b, 'procedures:attach-file', { ...key, fileName: 'scan.pdf', dataBase64: Buffer.from('PK\u0003\u0004').toString('base64') });
    expect(zip).toMatchObject({ ok: false, error: { code: 'validation', params: { issues: [{ field: 'dataBase64', rule: 'invalid_file_type' }] } } });
    const big = Buffer.alloc(PROCEDURE_FILE_MAX_BYTES + 1024, 0x20);
    PDF.copy(big);
    const tooLarge = await call(b, 'procedures:attach-file', { ...key, fileName: 'big.pdf', dataBase64: big.toString('base64') });
    expect(tooLarge).toMatchObject({ ok: false, error: { code: 'validation', params: { issues: [{ field: 'dataBase64', rule: 'file_too_large', params: { limitMb: 10 } }] } } });
    expect((await value(b, 'procedures:trainee', { traineeId: lee.id })).cells.find((c) => c.itemId === item.id)?.file?.name).toBe('研修実施予定表.pdf');

    expect((await value(b, 'procedures:remove-file', key)).file).toBeNull();
    expect(await call(b, 'procedures:file', key)).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it("adds a template item to every trainee's list of a year, follows renames and order, and retires it", async () => {
    const b = at('2027-02-20');
    const { year, lee, ram } = await yearWithTrainees(b);
    await value(b, 'procedures:start-year', { yearId: year.id });
    const added = await value(b, 'procedures:template-create', {
      nameJa: '住居の確保', nameEn: 'Housing arranged', provider: 'host', milestoneKind: 'arrival', offsetDays: -30, needsTranslation: false,
    });
    for (const t of [lee, ram]) {
      expect((await value(b, 'procedures:trainee', { traineeId: t.id })).items.map((i) => i.nameJa)).toContain('住居の確保');
    }
    await value(b, 'procedures:template-update', { ...added, nameJa: '住居の手配', isRetired: false });
    await value(b, 'procedures:template-move', { id: added.id, direction: 'up' });
    let items = (await value(b, 'procedures:year', { yearId: year.id })).items;
    expect(items.map((i) => i.nameJa).slice(-2)).toEqual(['住居の手配', '保険加入']);

    await value(b, 'procedures:template-update', { ...added, nameJa: '住居の手配', isRetired: true });
    items = (await value(b, 'procedures:year', { yearId: year.id })).items;
    expect(items.map((i) => i.nameJa)).not.toContain('住居の手配');
    expect((await value(b, 'procedures:template', {})).items.find((i) => i.id === added.id)?.isRetired).toBe(true);
  });

  it('refuses an item that would be due before the year starts, naming the field', async () => {
    const b = at('2027-02-20');
    const { year } = await yearWithTrainees(b);
    await value(b, 'procedures:start-year', { yearId: year.id });
    const result = await call(b, 'procedures:template-create', {
      nameJa: '早すぎる書類', nameEn: 'Too early', provider: 'trainee', milestoneKind: 'survey_open', offsetDays: -10, needsTranslation: false,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'validation', params: { issues: [{ field: 'offsetDays', rule: 'due_before_year_start' }] } } });
    expect((await value(b, 'procedures:template', {})).items.map((i) => i.nameJa)).not.toContain('早すぎる書類');
  });

  it('warns of a COE not done four weeks before arrival until it is marked done; the weeks come from the setting', async () => {
    const b = at('2027-04-25');
    const { year, lee } = await yearWithTrainees(b);
    const grid = await value(b, 'procedures:start-year', { yearId: year.id });
    const coe = grid.items.find((i) => i.key === 'coe')!;
    const coeWarnings = async () => (await value(b, 'procedures:warnings', { yearId: year.id })).filter((w) => w.itemId === coe.id);
    expect((await coeWarnings()).map((w) => [w.kind, w.traineeName])).toEqual(expect.arrayContaining([['entry_not_ready', '이서연']]));
    await value(b, 'procedures:set-status', { traineeId: lee.id, itemId: coe.id, status: 'done', note: null });
    expect((await coeWarnings()).map((w) => w.traineeId)).not.toContain(lee.id);

    // With two weeks, 25 days before arrival is not yet a COE warning (it is overdue, its own day having passed).
    await value(b, 'procedures:set-options', { entryWarningWeeks: 2 });
    expect((await coeWarnings()).map((w) => w.kind)).toEqual(['overdue']);
    expect(await call(b, 'procedures:set-options', { entryWarningWeeks: 40 })).toMatchObject({ ok: false, error: { params: { issues: [{ field: 'entryWarningWeeks' }] } } });
  });

  it('writes the grid to Excel: a row per trainee, a column per item with its due date, each status (overdue said so)', async () => {
    const b = at('2027-02-20');
    const { year, lee } = await yearWithTrainees(b);
    const grid = await value(b, 'procedures:start-year', { yearId: year.id });
    const plan = grid.items.find((i) => i.nameJa === '研修実施予定表')!;
    await value(b, 'procedures:set-status', { traineeId: lee.id, itemId: plan.id, status: 'received', note: null });
    const file = await value(b, 'procedures:export', { yearId: year.id, language: 'ja' });
    expect(file.fileName).toBe('来日手続き_2027年度_20270220.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.dataBase64, 'base64') as never);
    const sheet = book.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 3)).toEqual(['研修員', '受入自治体', '招へい理由書（期限 2027/02/15）']);
    expect(header).toHaveLength(2 + 13);
    const rows = [2, 3].map((n) => (sheet.getRow(n).values as unknown[]).slice(1));
    const leeRow = rows.find((r) => String(r[0]).startsWith('이서연'))!;
    expect(leeRow[header.indexOf('研修実施予定表（期限 2027/02/15）')]).toBe('受領');
    expect(leeRow[header.indexOf('招へい理由書（期限 2027/02/15）')]).toBe('未依頼（期限超過）');
    expect(leeRow[header.indexOf('申請書（期限 2027/02/01）')]).toBe('未依頼（期限超過）');
    expect(leeRow[header.indexOf('在留資格認定証明書（COE）交付（期限 2027/04/08）')]).toBe('未依頼');
  });

  it("deletes a year's checklist with the year, row by row in the log", async () => {
    const b = at('2027-02-20');
    const year = await value(b, 'years:create', { fiscalYear: 2028 });
    await value(b, 'procedures:start-year', { yearId: year.id });
    await value(b, 'years:delete', { id: year.id });
    expect(b.ctx.db.prepare('SELECT COUNT(*) AS n FROM year_procedure_items').get()).toEqual({ n: 0 });
    expect(b.ctx.db.prepare("SELECT COUNT(*) AS n FROM change_log WHERE table_name = 'year_procedure_items' AND op = 'delete'").get()).toEqual({ n: 13 });
  });

  it('keeps the checklist and the scan in a data folder reopened', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kk-proc-'));
    dirs.push(dir);
    const first = folderBackend(dir, { now: () => new Date('2027-02-20T03:00:00Z') });
    const { year, lee } = await yearWithTrainees(first);
    const grid = await value(first, 'procedures:start-year', { yearId: year.id });
    await value(first, 'procedures:attach-file', { traineeId: lee.id, itemId: grid.items[0]!.id, fileName: 'a.pdf', dataBase64: PDF.toString('base64') });
    first.close();
    const again = folderBackend(dir, { now: () => new Date('2027-02-20T03:00:00Z') });
    backends.push(again);
    expect((await value(again, 'procedures:trainee', { traineeId: lee.id })).cells[0]?.file?.name).toBe('a.pdf');
  });
});
