import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../backend';
import { call, memoryBackend, tableCount, value } from '../../test/backend';
import { ImportJob, setReadLimits } from './read-in-worker';
import { readVisibleSheets } from './xlsx-reader';
import { parseFiscalYear } from '@shared/text/date-parse';
import { makeArchiveWorkbook } from '../../../scripts/make-archive-workbook.mjs';

const backends: Backend[] = [];
afterEach(() => backends.splice(0).forEach((b) => b.close()));

function backend(): Backend {
  const b = memoryBackend();
  backends.push(b);
  return b;
}

let archive: Promise<string> | null = null;
/** The generated 30-year archive (1,213 trainees), made once for the file. */
function fullArchive(): Promise<string> {
  archive ??= makeArchiveWorkbook().then((b) => b.toString('base64'));
  return archive;
}

async function workbook(sheets: Record<string, unknown[][]>): Promise<string> {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) book.addWorksheet(name).addRows(rows);
  return Buffer.from(await book.xlsx.writeBuffer()).toString('base64');
}

const HEAD = ['年度', '姓', '名', '国籍', '派遣元自治体', '受入自治体', '研修開始日', '研修終了日', '状況'];

describe('fiscal years as old lists write them', () => {
  it('reads 2005, 2005年度, FY2005, 平成17年度, H17, R2 and 令和元年度', () => {
    expect(['2005', '2005年度', 'FY2005', '平成17年度', 'H17', 'ｈ１７', '平成17'].map(parseFiscalYear)).toEqual([2005, 2005, 2005, 2005, 2005, 2005, 2005]);
    expect(parseFiscalYear('R2')).toBe(2020);
    expect(parseFiscalYear('令和元年度')).toBe(2019);
    expect(parseFiscalYear('受入実績')).toBeNull();
  });
});

describe('the archive import', { timeout: 60_000 }, () => {
  it('imports 1,213 trainees over 30 years in one go: years with unknown milestones, hosts, governments, assignments; the statistics count them', async () => {
    const b = backend();
    const data = await fullArchive();
    const preview = await value(b, 'imports:archive-preview', { fileName: 'archive.xlsx', dataBase64: data });
    expect(preview.counts).toEqual({ new: 1213, update: 0, unchanged: 0, error: 0 });
    expect(preview.years).toHaveLength(30);
    expect(preview.years.every((y) => y.isNew)).toBe(true);
    expect(preview.newHosts).toContain('大分県宇佐市');
    expect(preview.newSendingGovernments).toContain('경주시 / Gyeongju / 慶州市');
    expect(tableCount(b, 'trainees')).toBe(0); // a dry run writes nothing

    const result = await value(b, 'imports:archive-apply', { fileName: 'archive.xlsx', dataBase64: data });
    expect(result).toMatchObject({ created: 1213, updated: 0 });
    const years = await value(b, 'years:list', {});
    expect(years).toHaveLength(30);
    expect(years.every((y) => y.milestonesUnknown)).toBe(true);
    const y2005 = await value(b, 'years:get', { id: years.find((y) => y.fiscalYear === 2005)!.id });
    expect(y2005.milestones).toEqual([]);
    expect(tableCount(b, 'host_assignments')).toBe(1213);

    const stats = await value(b, 'statistics:summary', { fromYear: null, toYear: null });
    expect(stats.headline).toEqual({ countries: 42, regions: 1, trainees: 1213 });
    expect(stats.years).toEqual(Array.from({ length: 30 }, (_, i) => 1996 + i));
    expect(stats.withdrawnCounted).toBeGreaterThan(0);
  });

  it('changes nothing on reimport, and is undone as a whole', async () => {
    const b = backend();
    const data = await fullArchive();
    const first = await value(b, 'imports:archive-apply', { fileName: 'archive.xlsx', dataBase64: data });
    const logged = tableCount(b, 'change_log');
    const again = await value(b, 'imports:archive-preview', { fileName: 'archive.xlsx', dataBase64: data });
    expect(again.counts).toEqual({ new: 0, update: 0, unchanged: 1213, error: 0 });
    expect(again.newHosts).toEqual([]);
    expect(again.newSendingGovernments).toEqual([]);
    expect(again.years.every((y) => !y.isNew)).toBe(true);
    await value(b, 'imports:archive-apply', { fileName: 'archive.xlsx', dataBase64: data });
    expect(tableCount(b, 'trainees')).toBe(1213);
    expect(tableCount(b, 'host_assignments')).toBe(1213);
    expect(tableCount(b, 'change_log')).toBe(logged + 1); // the record of the second import only

    const undone = await value(b, 'imports:undo', { id: first.importId });
    expect(undone.removed).toBeGreaterThanOrEqual(1213);
    for (const table of ['trainees', 'host_assignments', 'hosts', 'sending_governments', 'program_years']) expect(tableCount(b, table), table).toBe(0);
  });

  it('reads one sheet per year named by its year, matches existing masters and years, and says what is new', async () => {
    const b = backend();
    const existing = await value(b, 'years:create', { fiscalYear: 2005 });
    await value(b, 'hosts:create', { code: '442119' }); // 大分県宇佐市 already a host
    const data = await workbook({
      平成17年度: [HEAD.slice(1), ['LEE', 'Seoyeon', '韓国', '경주시 / Gyeongju / 慶州市', '大分県宇佐市', '2005/6/20', '2006/3/10', '研修修了']],
      H18: [HEAD.slice(1), ['CHEN', 'Yi-Chun', '台湾', '臺南市 / Tainan / 台南市', '北海道札幌市', '2006/6/20', '2007/3/10', '研修修了'], ['NOBODY', 'X', '韓国', '', '', '', '', '研修修了']],
    });
    const preview = await value(b, 'imports:archive-preview', { fileName: 'old.xlsx', dataBase64: data });
    expect(preview.counts).toEqual({ new: 3, update: 0, unchanged: 0, error: 0 });
    expect(preview.years).toEqual([{ fiscalYear: 2005, rows: 1, isNew: false }, { fiscalYear: 2006, rows: 2, isNew: true }]);
    expect(preview.newHosts).toEqual(['北海道札幌市']);
    await value(b, 'imports:archive-apply', { fileName: 'old.xlsx', dataBase64: data });
    const y2005 = await value(b, 'years:get', { id: existing.id });
    expect(y2005.milestonesUnknown).toBe(false);
    expect(y2005.milestones.length).toBeGreaterThan(0); // a year typed in keeps its milestones
    expect(y2005.traineeCount).toBe(1);
    const stats = await value(b, 'statistics:summary', { fromYear: null, toYear: null });
    expect(stats.headline).toEqual({ countries: 1, regions: 1, trainees: 3 });
  });

  it('refuses a row without a year, a host it cannot place and a date that is none, naming the column', async () => {
    const b = backend();
    const data = await workbook({
      一覧: [
        HEAD,
        ['', 'LEE', 'Seoyeon', '韓国', '', '', '', '', '研修修了'],
        ['H17', 'KIM', 'Minji', '韓国', '', '架空の町', '', '', '研修修了'],
        ['H17', 'PARK', 'Jiwoo', '韓国', '', '', '2005/13/40', '', '研修修了'],
      ],
    });
    const preview = await value(b, 'imports:archive-preview', { fileName: 'bad.xlsx', dataBase64: data });
    expect(preview.counts.error).toBe(3);
    expect(preview.rows.map((r) => r.errors.map((e) => `${e.column}:${e.rule}`))).toEqual([['年度:required'], ['受入自治体:unknown_host'], ['研修開始日:invalid_date']]);
  });

  it('undoing an archive keeps the year and host it added once another archive put a trainee on them, and says how many it kept', async () => {
    const b = backend();
    const a = await workbook({ 一覧: [HEAD, ['2005', 'LEE', 'Seoyeon', '韓国', '', '大分県宇佐市', '2005/6/20', '2006/3/10', '研修修了']] });
    const first = await value(b, 'imports:archive-apply', { fileName: 'a.xlsx', dataBase64: a });
    const later = await workbook({ 一覧: [HEAD, ['2005', 'PARK', 'Minho', '韓国', '', '大分県宇佐市', '2005/6/20', '2006/3/10', '研修修了']] });
    await value(b, 'imports:archive-apply', { fileName: 'b.xlsx', dataBase64: later });
    const undone = await value(b, 'imports:undo', { id: first.importId });
    expect(undone.kept).toBe(2);
    expect(tableCount(b, 'trainees')).toBe(1);
    expect(tableCount(b, 'host_assignments')).toBe(1);
    expect(tableCount(b, 'program_years')).toBe(1);
    expect(tableCount(b, 'hosts')).toBe(1);
  });

  it('undoing an archive keeps a year someone has since given a pickup group, rather than letting the delete cascade', async () => {
    const b = backend();
    const a = await workbook({ 一覧: [HEAD, ['2005', 'LEE', 'Seoyeon', '韓国', '', '', '', '', '研修修了']] });
    const first = await value(b, 'imports:archive-apply', { fileName: 'a.xlsx', dataBase64: a });
    const [year] = await value(b, 'years:list', {});
    await value(b, 'pickup-groups:create', { yearId: year!.id, name: '成田1便', airport: 'NRT' } as never);
    const logged = tableCount(b, 'change_log');
    const undone = await value(b, 'imports:undo', { id: first.importId });
    expect(undone).toMatchObject({ kept: 1 });
    expect(tableCount(b, 'program_years')).toBe(1);
    expect(tableCount(b, 'pickup_groups')).toBe(1);
    expect(tableCount(b, 'trainees')).toBe(0);
    expect(tableCount(b, 'change_log')).toBeGreaterThan(logged);
  });

  it('a sheet without a column leaves that field of a trainee found again as it is (a birth date is not emptied)', async () => {
    const b = backend();
    const head = ['姓', '名', '国籍', '旅券番号', '生年月日', '受入自治体', '状況'];
    const first = await workbook({ 平成17年度: [head, ['LEE', 'Seoyeon', '韓国', 'M12345678', '1980/4/1', '大分県宇佐市', '研修修了']] });
    await value(b, 'imports:archive-apply', { fileName: 'a.xlsx', dataBase64: first });
    const again = await workbook({
      平成16年度: [head, ['PARK', 'Minho', '韓国', 'M87654321', '1979/5/5', '大分県宇佐市', '研修修了']],
      平成17年度: [['姓', '名', '国籍', '旅券番号', '受入自治体', '状況'], ['LEE', 'Seoyeon', '韓国', 'M12345678', '大分県宇佐市', '研修修了']],
    });
    const preview = await value(b, 'imports:archive-preview', { fileName: 'b.xlsx', dataBase64: again });
    expect(preview.counts).toEqual({ new: 1, update: 0, unchanged: 1, error: 0 });
    await value(b, 'imports:archive-apply', { fileName: 'b.xlsx', dataBase64: again });
    const lee = (await value(b, 'trainees:list', { yearId: null, country: null, status: null, trainingFieldId: null, hostId: null, query: 'LEE' }))[0]!;
    expect(lee.birthDate).toBe('1980-04-01');
  });

  it('a prefecture as host is the one in the master list, never a second 大分県', async () => {
    const b = backend();
    await value(b, 'hosts:create', { code: '440001' }); // 大分県 already a host
    const data = await workbook({ 一覧: [HEAD, ['2005', 'LEE', 'Seoyeon', '韓国', '', '大分県', '', '', '研修修了'], ['2005', 'OH', 'Minji', '韓国', '', '福岡県', '', '', '研修修了']] });
    const preview = await value(b, 'imports:archive-preview', { fileName: 'pref.xlsx', dataBase64: data });
    expect(preview.newHosts).toEqual(['福岡県']);
    await value(b, 'imports:archive-apply', { fileName: 'pref.xlsx', dataBase64: data });
    const again = await value(b, 'imports:archive-preview', { fileName: 'pref.xlsx', dataBase64: data });
    expect(again.newHosts).toEqual([]);
    expect(tableCount(b, 'hosts')).toBe(2);
    expect(tableCount(b, 'host_assignments')).toBe(2);
  });

  it('reimporting an archive writes nothing: rows without passport or birth date are found again by name, year and host, never by a name alone', async () => {
    const b = backend();
    const data = await workbook({
      一覧: [
        HEAD,
        ['2005', 'KIM', 'Jiwoo', '韓国', '', '大分県宇佐市', '', '', '研修修了'],
        ['2005', 'KIM', 'Jiwoo', '韓国', '', '北海道札幌市', '', '', '研修修了'],
        ['2010', 'KIM', 'Jiwoo', '韓国', '', '北海道札幌市', '', '', '研修修了'],
      ],
    });
    expect(await value(b, 'imports:archive-apply', { fileName: 'kim.xlsx', dataBase64: data })).toMatchObject({ created: 3, updated: 0 });
    const again = await value(b, 'imports:archive-preview', { fileName: 'kim.xlsx', dataBase64: data });
    expect(again.counts).toEqual({ new: 0, update: 0, unchanged: 3, error: 0 });
    expect(await value(b, 'imports:archive-apply', { fileName: 'kim.xlsx', dataBase64: data })).toMatchObject({ created: 0, updated: 0 });
    expect(tableCount(b, 'trainees')).toBe(3);
    expect(tableCount(b, 'host_assignments')).toBe(3);

    const full = await fullArchive();
    await value(b, 'imports:archive-apply', { fileName: 'archive.xlsx', dataBase64: full });
    const count = tableCount(b, 'trainees');
    expect(await value(b, 'imports:archive-apply', { fileName: 'archive.xlsx', dataBase64: full })).toMatchObject({ created: 0, updated: 0 });
    expect(tableCount(b, 'trainees')).toBe(count);
  });

  it('rows of one person within a file (same name and birth date) are one trainee with a second host, and the reimport writes nothing', async () => {
    const b = backend();
    const head = ['年度', '姓', '名', '国籍', '生年月日', '受入自治体', '状況'];
    const data = await workbook({
      一覧: [head, ['2005', 'LEE', 'Seoyeon', '韓国', '1980/4/1', '大分県宇佐市', '研修修了'], ['2005', 'LEE', 'Seoyeon', '韓国', '1980/4/1', '北海道札幌市', '研修修了'], ['2006', 'LEE', 'Seoyeon', '韓国', '1980/4/1', '北海道札幌市', '研修修了']],
    });
    const preview = await value(b, 'imports:archive-preview', { fileName: 'lee.xlsx', dataBase64: data });
    expect(preview.counts).toEqual({ new: 1, update: 1, unchanged: 0, error: 1 });
    expect(preview.rows[2]!.errors.map((e) => e.rule)).toEqual(['year_differs']);
    expect(preview.samePerson).toEqual([{ row: 3, earlierRow: 2 }, { row: 4, earlierRow: 2 }]);
    await value(b, 'imports:archive-apply', { fileName: 'lee.xlsx', dataBase64: data });
    expect(tableCount(b, 'trainees')).toBe(1);
    expect(tableCount(b, 'host_assignments')).toBe(2);
    const again = await value(b, 'imports:archive-preview', { fileName: 'lee.xlsx', dataBase64: data });
    expect(again.counts).toEqual({ new: 0, update: 0, unchanged: 2, error: 1 });
    expect(await value(b, 'imports:archive-apply', { fileName: 'lee.xlsx', dataBase64: data })).toMatchObject({ created: 0, updated: 0 });
  });

  it('a row of a closed year is refused in the dry run with year_closed naming the year, and the other rows still apply', async () => {
    const b = backend();
    const year = await value(b, 'years:create', { fiscalYear: 2005 });
    await value(b, 'completion:close-year', { yearId: year.id });
    const data = await workbook({ 一覧: [HEAD, ['2005', 'LEE', 'Seoyeon', '韓国', '', '', '', '', '研修修了'], ['2006', 'PARK', 'Minho', '韓国', '', '', '', '', '研修修了']] });
    const preview = await value(b, 'imports:archive-preview', { fileName: 'closed.xlsx', dataBase64: data });
    expect(preview.rows[0]!.errors).toEqual([{ column: '年度', field: 'fiscalYear', rule: 'year_closed', fiscalYear: 2005 }]);
    expect(preview.counts).toEqual({ new: 1, update: 0, unchanged: 0, error: 1 });
    expect(await value(b, 'imports:archive-apply', { fileName: 'closed.xlsx', dataBase64: data })).toMatchObject({ created: 1 });
  });
});

async function until(check: () => Promise<boolean>, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('the archive read on the worker thread, as every import', { timeout: 60_000 }, () => {
  afterEach(() => setReadLimits(null));

  /** Three years on three sheets, one of them with a second host for a trainee, a hidden sheet of lists and an empty one. */
  async function threeSheets(): Promise<Buffer> {
    const head = ['姓', '名', '国籍', '生年月日', '派遣元自治体', '受入自治体', '研修開始日', '研修終了日', '状況'];
    const book = new ExcelJS.Workbook();
    book.addWorksheet('平成17年度').addRows([head, ['LEE', 'Seoyeon', '韓国', '1980/4/1', '경주시 / Gyeongju / 慶州市', '大分県宇佐市', '2005/6/20', '2006/3/10', '研修修了']]);
    book.addWorksheet('H18').addRows([
      head,
      ['CHEN', 'Yi-Chun', '台湾', '1981/2/3', '臺南市 / Tainan / 台南市', '北海道札幌市', new Date(Date.UTC(2006, 5, 20)), '2007/3/10', '研修修了'],
      ['CHEN', 'Yi-Chun', '台湾', '1981/2/3', '臺南市 / Tainan / 台南市', '大分県宇佐市', '2006/12/1', '2007/3/10', '研修修了'],
    ]);
    book.addWorksheet('リスト', { state: 'hidden' }).addRows([['韓国'], ['台湾']]);
    book.addWorksheet('空');
    book.addWorksheet('2007年度').addRows([head, ['NGUYEN', 'Van An', 'ベトナム', '1982/7/8', '', '架空の町', '2007/6/20', '2008/3/10', '研修修了']]);
    return Buffer.from(await book.xlsx.writeBuffer());
  }

  it('reads the visible sheets with rows as the reader on this thread does, and gives the dry run the archive gave before', async () => {
    const bytes = await threeSheets();
    const sheets = await new ImportJob('old.xlsx', null).readSheets(bytes);
    expect(sheets.map((s) => s.name)).toEqual(['平成17年度', 'H18', '2007年度']);
    expect(sheets).toEqual(readVisibleSheets(bytes)!.filter((s) => s.rows.length > 0));
    expect(sheets[1]!.rows[1]![6]).toBeInstanceOf(Date); // a date cell comes across as a date

    const b = backend();
    const jobId = randomUUID();
    const preview = await value(b, 'imports:archive-preview', { fileName: 'old.xlsx', dataBase64: bytes.toString('base64'), jobId });
    expect(preview.rows.map((r) => [r.row, r.kind, r.name, r.errors.map((e) => `${e.column}:${e.rule}`)])).toEqual([
      [2, 'new', 'LEE Seoyeon（平成17年度）', []],
      [2, 'new', 'CHEN Yi-Chun（H18）', []],
      [3, 'update', 'CHEN Yi-Chun（H18）', []],
      [2, 'error', 'NGUYEN Van An（2007年度）', ['受入自治体:unknown_host']],
    ]);
    expect(preview.counts).toEqual({ new: 2, update: 1, unchanged: 0, error: 1 });
    expect(preview.years).toEqual([{ fiscalYear: 2005, rows: 1, isNew: true }, { fiscalYear: 2006, rows: 2, isNew: true }]);
    expect(preview.newHosts).toEqual(['大分県宇佐市', '北海道札幌市']);
    expect(preview.newSendingGovernments).toEqual(['경주시 / Gyeongju / 慶州市', '臺南市 / Tainan / 台南市']);
    expect(preview.samePerson).toEqual([{ row: 3, earlierRow: 2 }]);
    // Every row of the three sheets counted, the header rows too, as the other imports count theirs.
    expect(await value(b, 'imports:progress', { jobId })).toMatchObject({ phase: 'done', rowsRead: 7, totalRows: 7 });
  });

  it('a CSV is one sheet: its rows name their year', async () => {
    const b = backend();
    const csv = Buffer.from(`${HEAD.join(',')}\r\nH17,LEE,Seoyeon,韓国,,大分県宇佐市,2005/6/20,2006/3/10,研修修了\r\n`).toString('base64');
    const preview = await value(b, 'imports:archive-preview', { fileName: 'old.csv', dataBase64: csv });
    expect(preview.rows.map((r) => [r.row, r.kind, r.name])).toEqual([[2, 'new', 'LEE Seoyeon']]);
    expect(preview.years).toEqual([{ fiscalYear: 2005, rows: 1, isNew: true }]);
  });

  it('a cancel while the workbook is read ends the apply with import_cancelled, and nothing is written', async () => {
    setReadLimits({ holdMs: 5000 });
    const b = backend();
    const jobId = randomUUID();
    const started = Date.now();
    const applying = call(b, 'imports:archive-apply', { fileName: 'old.xlsx', dataBase64: (await threeSheets()).toString('base64'), jobId });
    await until(async () => (await value(b, 'imports:progress', { jobId })).phase === 'reading');
    expect(await value(b, 'imports:cancel', { jobId })).toEqual({ isCancelled: true });
    expect(await applying).toEqual({ ok: false, error: { code: 'import_cancelled' } });
    expect(Date.now() - started).toBeLessThan(4000);
    for (const table of ['trainees', 'program_years', 'hosts', 'sending_governments', 'host_assignments', 'imports']) expect(tableCount(b, table), table).toBe(0);
  });

  it('a cancel while the rows are checked (between two chunks) ends the apply with import_cancelled, and nothing is written', async () => {
    const b = backend();
    const data = (await makeArchiveWorkbook({ trainees: 4000 })).toString('base64');
    const jobId = randomUUID();
    const applying = call(b, 'imports:archive-apply', { fileName: 'archive.xlsx', dataBase64: data, jobId });
    let isDone = false;
    void applying.then(() => (isDone = true));
    let cancelledAt: { rowsRead: number; totalRows: number } | null = null;
    while (!isDone && cancelledAt === null) {
      const progress = await value(b, 'imports:progress', { jobId });
      if (progress.phase === 'checking' && progress.rowsRead > 0) {
        expect(await value(b, 'imports:cancel', { jobId })).toEqual({ isCancelled: true });
        cancelledAt = progress;
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(cancelledAt!.rowsRead).toBeLessThan(cancelledAt!.totalRows);
    expect(await applying).toEqual({ ok: false, error: { code: 'import_cancelled' } });
    for (const table of ['trainees', 'program_years', 'hosts', 'imports']) expect(tableCount(b, table), table).toBe(0);
  });

  it('a workbook that takes longer than the time limit is refused, naming the file and the limit', async () => {
    setReadLimits({ holdMs: 3000, timeLimitMs: 300 });
    const b = backend();
    const started = Date.now();
    const result = await call(b, 'imports:archive-apply', { fileName: '受入実績_昔.xlsx', dataBase64: (await threeSheets()).toString('base64') });
    expect(result).toEqual({ ok: false, error: { code: 'import_time_limit', params: { file: '受入実績_昔.xlsx', seconds: 0.3 } } });
    expect(Date.now() - started).toBeLessThan(2500);
    expect(tableCount(b, 'trainees')).toBe(0);
  });

  it('the row cap holds over all sheets together, and a refusal names the file', async () => {
    const b = backend();
    const data = (await threeSheets()).toString('base64'); // 4 rows below the headers of 3 sheets
    setReadLimits({ maxRows: 3 });
    expect(await call(b, 'imports:archive-preview', { fileName: 'old.xlsx', dataBase64: data })).toEqual({
      ok: false,
      error: { code: 'import_too_many_rows', params: { file: 'old.xlsx', rows: 4, limit: 3 } },
    });
    setReadLimits({ maxRows: 4 });
    expect((await value(b, 'imports:archive-preview', { fileName: 'old.xlsx', dataBase64: data })).rows).toHaveLength(4);
    const broken = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64, 1)]).toString('base64');
    expect(await call(b, 'imports:archive-preview', { fileName: '壊れた.xlsx', dataBase64: broken })).toEqual({ ok: false, error: { code: 'import_file_unreadable', params: { file: '壊れた.xlsx' } } });
  });

  it('the thread keeps answering while the 1,213-trainee archive is read: a timer fires and a call is answered during the reading', async () => {
    const b = backend();
    const data = await fullArchive();
    const jobId = randomUUID();
    const ticks: Array<{ at: number; phase: string }> = [];
    let phase = 'waiting';
    const timer = setInterval(() => ticks.push({ at: performance.now(), phase }), 5);
    try {
      const started = performance.now();
      const preview = call(b, 'imports:archive-preview', { fileName: 'archive.xlsx', dataBase64: data, jobId });
      let isDone = false;
      void preview.then(() => (isDone = true));
      let answeredWhileReading = false;
      while (!isDone) {
        phase = (await value(b, 'imports:progress', { jobId })).phase;
        if (phase === 'reading') answeredWhileReading = (await value(b, 'years:list', {})).length === 0 || answeredWhileReading;
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      const result = await preview;
      const took = performance.now() - started;
      expect(result.ok && result.value.counts.new).toBe(1213);
      expect(answeredWhileReading).toBe(true);
      expect(ticks.filter((t) => t.phase === 'reading').length).toBeGreaterThan(0);
      const gaps = ticks.slice(1).map((t, i) => t.at - ticks[i]!.at);
      // The rows are checked a chunk at a time: no wait between two ticks comes near the whole dry run.
      expect(Math.max(...gaps)).toBeLessThan(Math.min(250, took / 2));
    } finally {
      clearInterval(timer);
    }
  });
});
