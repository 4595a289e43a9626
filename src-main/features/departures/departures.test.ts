import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../backend';
import { call, folderBackend, memoryBackend, value } from '../../test/backend';
import { departureWarnings, isTaskOverdue, taskDueOn, timeline } from './departures';

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

/** FY2027: 이서연 at 宇佐市 until 2028-03-10, Ram Shrestha at 札幌市 until 2028-03-31. */
async function year(b: Backend, leeStatus: 'selected' | 'at_host' = 'at_host') {
  const y = await value(b, 'years:create', { fiscalYear: 2027 });
  const lee = await value(b, 'trainees:create', {
    yearId: y.id, familyNameNative: '이', givenNameNative: '서연', familyNameLatin: 'LEE', givenNameLatin: 'Seoyeon', nameLang: 'ko', nameOrder: 'family_first', nationality: 'KR', status: leeStatus,
  });
  const ram = await value(b, 'trainees:create', {
    yearId: y.id, familyNameLatin: 'SHRESTHA', givenNameLatin: 'Ram', nameLang: 'en', nameOrder: 'given_first', nationality: 'NP', status: 'at_host',
  });
  const usa = await value(b, 'hosts:create', { code: '442119' });
  const sapporo = await value(b, 'hosts:create', { code: '011002' });
  await value(b, 'assignments:create', { yearId: y.id, traineeId: lee.id, hostId: usa.id, startsOn: '2027-06-24', endsOn: '2028-03-10' });
  await value(b, 'assignments:create', { yearId: y.id, traineeId: ram.id, hostId: sapporo.id, startsOn: '2027-06-24', endsOn: '2028-03-31' });
  return { year: y, lee, ram };
}

async function returnFlight(b: Backend, traineeId: string, departsLocal: string, from = 'FUK', to = 'ICN', number = 'KE 788') {
  return value(b, 'flights:create', {
    traineeId, kind: 'return', flightNumber: number, fromAirport: from, toAirport: to, departsLocal, arrivesLocal: departsLocal.replace(/T\d\d/, 'T23'),
  } as never);
}

const kinds = (warnings: Array<{ kind: string; traineeId: string; itemNameJa?: string | null }>, traineeId: string) =>
  warnings.filter((w) => w.traineeId === traineeId).map((w) => (w.kind === 'overdue' ? `overdue:${w.itemNameJa}` : w.kind));

describe('departure rules (pure)', () => {
  it('dates a task from the return flight and calls it overdue only after the day, while not settled', () => {
    expect(taskDueOn('2028-03-20', -14)).toBe('2028-03-06');
    expect(taskDueOn('2028-03-20', 14)).toBe('2028-04-03');
    expect(taskDueOn(null, -14)).toBeNull();
    expect(isTaskOverdue('open', '2028-03-06', '2028-03-06')).toBe(false);
    expect(isTaskOverdue('open', '2028-03-06', '2028-03-07')).toBe(true);
    expect(isTaskOverdue('in_progress', '2028-03-06', '2028-03-07')).toBe(true);
    expect(isTaskOverdue('done', '2028-03-06', '2028-03-07')).toBe(false);
    expect(isTaskOverdue('not_needed', '2028-03-06', '2028-03-07')).toBe(false);
    expect(isTaskOverdue('open', null, '2028-03-07')).toBe(false);
  });

  it('warns of each case and of nothing else', () => {
    const base = { traineeId: 't', traineeName: 'x', status: 'at_host', tasks: [], today: '2028-03-01' };
    expect(departureWarnings({ ...base, endsOn: '2028-03-10', flightOn: null }).map((w) => w.kind)).toEqual(['no_return_flight']);
    expect(departureWarnings({ ...base, endsOn: null, flightOn: null })).toEqual([]);
    expect(departureWarnings({ ...base, endsOn: '2028-03-10', flightOn: '2028-03-09' }).map((w) => w.kind)).toEqual(['return_before_end']);
    expect(departureWarnings({ ...base, endsOn: '2028-03-10', flightOn: '2028-03-10' })).toEqual([]);
    expect(departureWarnings({ ...base, endsOn: '2028-03-10', flightOn: '2028-03-12', today: '2028-03-10' })).toEqual([]);
    expect(departureWarnings({ ...base, endsOn: '2028-03-10', flightOn: '2028-03-12', today: '2028-03-11' }).map((w) => w.kind)).toEqual(['still_at_host']);
    expect(departureWarnings({ ...base, status: 'completed', endsOn: '2028-03-10', flightOn: '2028-03-12', today: '2028-03-11' })).toEqual([]);
  });

  it('groups departures by month and airport, months in order, the airport not yet known last', () => {
    expect(
      timeline([
        { traineeId: 'a', leavesOn: '2028-03-20', airport: 'NRT' },
        { traineeId: 'b', leavesOn: '2028-02-10', airport: 'KIX' },
        { traineeId: 'c', leavesOn: '2028-03-31', airport: null },
        { traineeId: 'd', leavesOn: '2028-03-02', airport: 'HND' },
        { traineeId: 'e', leavesOn: '2028-03-25', airport: 'NRT' },
        { traineeId: 'f', leavesOn: null, airport: null },
      ]),
    ).toEqual([
      { month: '2028-02', airport: 'KIX', traineeIds: ['b'] },
      { month: '2028-03', airport: 'HND', traineeIds: ['d'] },
      { month: '2028-03', airport: 'NRT', traineeIds: ['a', 'e'] },
      { month: '2028-03', airport: null, traineeIds: ['c'] },
    ]);
  });
});

describe('a year of departures (SQLite)', () => {
  it('reads the training end from the assignment and the return flight from the flights, and each warning comes and goes', async () => {
    const b = at('2028-02-20');
    const { year: y, lee, ram } = await year(b);
    let data = await value(b, 'departures:year', { yearId: y.id });
    expect(data.departures.map((d) => [d.name, d.endsOn, d.returnFlight, d.leavesOn])).toEqual([
      ['이서연', '2028-03-10', null, '2028-03-10'],
      ['Ram SHRESTHA', '2028-03-31', null, '2028-03-31'],
    ]);
    expect(data.departures[0]!.hostName).toBe('大分県宇佐市');
    expect(kinds(data.warnings, lee.id)).toEqual(['no_return_flight']);
    expect(data.timeline).toEqual([{ month: '2028-03', airport: null, traineeIds: [lee.id, ram.id] }]);

    // A return flight a day before the end: no longer "no flight", but "before the end".
    const early = await returnFlight(b, lee.id, '2028-03-09T10:00');
    // An arrival flight is not a return flight.
    await value(b, 'flights:create', { traineeId: ram.id, kind: 'arrival', flightNumber: 'RA 401', fromAirport: 'KTM', toAirport: 'NRT', departsLocal: '2027-05-19T23:00', arrivesLocal: '2027-05-20T08:00' } as never);
    data = await value(b, 'departures:year', { yearId: y.id });
    expect(kinds(data.warnings, lee.id)).toEqual(['return_before_end']);
    expect(kinds(data.warnings, ram.id)).toEqual(['no_return_flight']);
    expect(data.departures[0]!.airport?.iata).toBe('FUK');
    expect(data.timeline).toEqual([
      { month: '2028-03', airport: 'FUK', traineeIds: [lee.id] },
      { month: '2028-03', airport: null, traineeIds: [ram.id] },
    ]);

    // Moved to the day after the end: no warning until the end has passed while still 研修中.
    await value(b, 'flights:update', { id: early.id, kind: 'return', flightNumber: 'KE 788', fromAirport: 'FUK', toAirport: 'ICN', departsLocal: '2028-03-11T10:00', arrivesLocal: '2028-03-11T11:30' } as never);
    expect(kinds(await value(b, 'departures:warnings', { yearId: y.id }), lee.id)).toEqual([]);
  });

  it('warns of a trainee still at the host after the end date, until their status moves on', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kk-dep-'));
    dirs.push(dir);
    let b = folderBackend(dir, { now: () => new Date('2028-03-01T03:00:00Z') });
    const { year: y, lee } = await year(b);
    await returnFlight(b, lee.id, '2028-03-15T10:00');
    for (const item of await value(b, 'departures:template', {})) await value(b, 'departures:set-status', { traineeId: lee.id, itemId: item.id, status: 'done', note: null });
    expect(kinds(await value(b, 'departures:warnings', { yearId: y.id }), lee.id)).toEqual([]);
    b.close();

    b = folderBackend(dir, { now: () => new Date('2028-03-11T03:00:00Z') });
    backends.push(b);
    expect(kinds(await value(b, 'departures:warnings', { yearId: y.id }), lee.id)).toEqual(['still_at_host']);
    await value(b, 'trainees:update', { ...(await value(b, 'trainees:get', { id: lee.id })), status: 'completed' } as never);
    expect(kinds(await value(b, 'departures:warnings', { yearId: y.id }), lee.id)).toEqual([]);
  });

  it("dates the tasks from the return flight; 転出届 becomes overdue when the clock passes its day, and settles when done", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kk-dep-'));
    dirs.push(dir);
    let b = folderBackend(dir, { now: () => new Date('2028-03-06T03:00:00Z') });
    const { year: y, lee } = await year(b, 'selected');
    await returnFlight(b, lee.id, '2028-03-20T10:00');
    const mine = await value(b, 'departures:trainee', { traineeId: lee.id });
    const named = (nameJa: string) => mine.items.find((i) => i.nameJa === nameJa)!;
    const due = (d: typeof mine, nameJa: string) => d.departure.tasks.find((t) => t.itemId === named(nameJa).id)!;
    expect(mine.items.map((i) => i.nameJa)).toEqual([
      '退去・住居の引渡し', '転出届', '国民健康保険の脱退', '銀行口座の解約', '在留カードの返納（出国時・空港）', '活動機関に関する届出', '最終報告書の受領', '修了証書の授与',
    ]);
    expect(due(mine, '転出届')).toMatchObject({ dueOn: '2028-03-06', status: 'open', isOverdue: false });
    expect(due(mine, '活動機関に関する届出').dueOn).toBe('2028-04-03');
    expect(due(mine, '在留カードの返納（出国時・空港）').dueOn).toBe('2028-03-20');
    expect(kinds(mine.departure.warnings, lee.id)).toEqual([]);
    b.close();

    b = folderBackend(dir, { now: () => new Date('2028-03-07T03:00:00Z') });
    backends.push(b);
    await value(b, 'settings:update', { staffName: '佐藤' });
    const later = await value(b, 'departures:trainee', { traineeId: lee.id });
    expect(due(later, '転出届').isOverdue).toBe(true);
    expect(kinds(later.departure.warnings, lee.id)).toEqual(['overdue:転出届']);
    expect(kinds(await value(b, 'departures:warnings', { yearId: y.id }), lee.id)).toEqual(['overdue:転出届']);

    const task = await value(b, 'departures:set-status', { traineeId: lee.id, itemId: named('転出届').id, status: 'done', note: '宇佐市役所で提出' });
    expect(task).toMatchObject({ status: 'done', changedOn: '2028-03-07', changedBy: '佐藤', note: '宇佐市役所で提出', isOverdue: false });
    expect(kinds(await value(b, 'departures:warnings', { yearId: y.id }), lee.id)).toEqual([]);
    // The change is in the row's history.
    const log = b.ctx.db.prepare("SELECT changes FROM change_log WHERE table_name = 'trainee_departure_tasks'").all() as Array<{ changes: string }>;
    expect(log.map((l) => l.changes).join()).toContain('done');
  });

  it('keeps the date of a status when only the note changes, and refuses a withdrawn trainee', async () => {
    let clock = '2028-03-01';
    const b = memoryBackend(() => new Date(`${clock}T03:00:00Z`));
    backends.push(b);
    const { lee, ram } = await year(b);
    const [item] = await value(b, 'departures:template', {});
    await value(b, 'departures:set-status', { traineeId: lee.id, itemId: item!.id, status: 'in_progress', note: null });
    clock = '2028-03-04';
    expect(await value(b, 'departures:set-status', { traineeId: lee.id, itemId: item!.id, status: 'in_progress', note: '鍵は2本' })).toMatchObject({ changedOn: '2028-03-01', note: '鍵は2本' });
    expect(await value(b, 'departures:set-status', { traineeId: lee.id, itemId: item!.id, status: 'done', note: '鍵は2本' })).toMatchObject({ changedOn: '2028-03-04' });

    await value(b, 'trainees:update', { ...(await value(b, 'trainees:get', { id: ram.id })), status: 'withdrawn', withdrawnReason: '家庭の事情' } as never);
    const refused = await call(b, 'departures:set-status', { traineeId: ram.id, itemId: item!.id, status: 'done', note: null });
    expect(refused).toMatchObject({ ok: false, error: { code: 'validation' } });
    const bad = await call(b, 'departures:set-status', { traineeId: lee.id, itemId: item!.id, status: 'finished' as never, note: null });
    expect(bad).toMatchObject({ ok: false, error: { code: 'validation' } });
  });
});

describe('the template', () => {
  it('adds, renames in both languages, moves and retires items; a retired item stays only where a trainee moved on it', async () => {
    const b = at('2028-03-01');
    const { year: y, lee, ram } = await year(b);
    const added = await value(b, 'departures:template-create', { nameJa: '送別会', nameEn: 'Farewell party', offsetDays: -5 });
    expect((await value(b, 'departures:template', {})).at(-1)).toMatchObject({ nameJa: '送別会', position: 8 });
    await value(b, 'departures:template-update', { id: added.id, nameJa: '送別会の開催', nameEn: 'Farewell held', offsetDays: -4, isRetired: false });
    const moved = await value(b, 'departures:template-move', { id: added.id, direction: 'up' });
    expect(moved.map((i) => i.nameJa).slice(-2)).toEqual(['送別会の開催', '修了証書の授与']);
    expect(moved.map((i) => i.position)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);

    await value(b, 'departures:set-status', { traineeId: lee.id, itemId: added.id, status: 'done', note: null });
    await value(b, 'departures:template-update', { id: added.id, nameJa: '送別会の開催', nameEn: 'Farewell held', offsetDays: -4, isRetired: true });
    const data = await value(b, 'departures:year', { yearId: y.id });
    expect(data.departures.find((d) => d.traineeId === lee.id)!.tasks.map((t) => t.itemId)).toContain(added.id);
    expect(data.departures.find((d) => d.traineeId === ram.id)!.tasks.map((t) => t.itemId)).not.toContain(added.id);

    const tooFar = await call(b, 'departures:template-create', { nameJa: 'x', nameEn: 'x', offsetDays: 400 });
    expect(tooFar).toMatchObject({ ok: false, error: { code: 'validation' } });
    const noName = await call(b, 'departures:template-create', { nameJa: ' ', nameEn: 'x', offsetDays: 0 });
    expect(noName).toMatchObject({ ok: false, error: { code: 'validation' } });
  });
});

describe('the departures list to Excel', () => {
  it('writes a row per trainee with the flight, airport, host and each task, headers in the language', async () => {
    const b = at('2028-03-07');
    const { year: y, lee } = await year(b);
    await returnFlight(b, lee.id, '2028-03-20T10:00');
    const file = await value(b, 'departures:export', { yearId: y.id, language: 'ja' });
    expect(file.fileName).toBe('帰国予定_2027年度_20280307.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.dataBase64, 'base64') as never);
    const sheet = book.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 8)).toEqual(['研修員', '研修修了日', '出発日時', '便名', '出発空港', '到着空港', '受入自治体', '受入自治体の連絡先']);
    expect(header).toContain('転出届');
    const lee1 = (sheet.getRow(2).values as unknown[]).slice(1);
    expect(lee1[0]).toBe('이서연 LEE Seoyeon');
    expect(lee1[3]).toBe('KE 788');
    expect(lee1[4]).toBe('FUK');
    expect(lee1[6]).toBe('大分県宇佐市');
    expect(lee1[8 + header.slice(8).indexOf('転出届')]).toBe('未対応（期限超過）');
    const en = await value(b, 'departures:export', { yearId: y.id, language: 'en' });
    const bookEn = new ExcelJS.Workbook();
    await bookEn.xlsx.load(Buffer.from(en.dataBase64, 'base64') as never);
    expect((bookEn.worksheets[0]!.getRow(1).values as unknown[]).slice(1, 3)).toEqual(['Trainee', 'End of training']);
  });
});
