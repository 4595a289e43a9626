import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { call, memoryBackend, tableCount, value } from '../../test/backend';

/** A travel agent's flight list as Japanese Excel saves CSV: Shift_JIS (so no accents), date and time in separate columns. */
const LIST = [
  '2024年度 LGOTP 来日便一覧,,,,,,,,,,',
  '氏名,旅券番号,便名,出発空港,出発日,出発時刻,到着空港,到着日,到着時刻,ターミナル,予約番号',
  'LEE Seoyeon,,ke703,ICN,2024/5/20,9:10,NRT,2024/5/20,11:35,1,XK7P2Q',
  ',TR1234567,ＭＨ８８,KUL,令和6年5月19日,23:30,HND,2024/5/20,7:30,3,',
  'Jose Luis PENA QUISPE,,LA 2452,LIM,2024/5/18,17:40,MEX,2024/5/18,22:55,,',
  'Nobody Here,,NH 1,ICN,2024/5/20,9:00,NRT,2024/5/20,11:00,1,',
  'CHOI Minjun,,703,ICN,2024/5/20,9:30,NRT,2024/5/20,11:50,1,',
  'WANG Xiaoyan,,MU 575,PVG,2024/13/01,8:35,HND,2024/5/20,12:25,3,',
  'LI Jianguo,,CA 181,PEK,2024/5/20,8:25,HND,2024/5/20,6:50,3,',
].join('\r\n');

async function scenario() {
  const backend = memoryBackend();
  const { yearId } = await value(backend, 'sample:load', {});
  await value(backend, 'trainees:create', {
    yearId, familyNameLatin: 'Ahmad', givenNameLatin: 'Siti', nameLang: 'ms', nameOrder: 'given_first', nationality: 'MY', status: 'selected', passportNumber: 'TR1234567',
  });
  const file = { yearId, fileName: 'flights.csv', dataBase64: iconv.encode(LIST, 'cp932').toString('base64') };
  return { backend, yearId, file };
}

describe('importing a flight list', () => {
  it('finds trainees by name or passport, reads separate date and time columns, and explains each bad row', async () => {
    const { backend, file } = await scenario();
    const before = tableCount(backend, 'flights');
    const preview = await value(backend, 'imports:flights-preview', file);
    expect(preview.mapping.slice(0, 5)).toEqual(['traineeName', 'passportNumber', 'flightNumber', 'fromAirport', 'departsDate']);
    expect(preview.rows.map((r) => [r.row, r.kind])).toEqual([
      [3, 'new'], [4, 'new'], [5, 'new'], [6, 'error'], [7, 'error'], [8, 'error'], [9, 'error'],
    ]);
    expect(preview.rows.filter((r) => r.kind === 'error').map((r) => r.errors.map((e) => `${e.column}:${e.rule}`))).toEqual([
      ['氏名:unknown_trainee'],
      ['便名:invalid_flight_number'],
      ['出発日:invalid_datetime'],
      ['到着日:arrives_before_departs'],
    ]);
    expect(preview.counts).toEqual({ new: 3, update: 0, unchanged: 0, error: 4 });
    expect(tableCount(backend, 'flights')).toBe(before);
  });

  it('applies the valid rows in one go, knows them again, and is undone as a whole', async () => {
    const { backend, yearId, file } = await scenario();
    const applied = await value(backend, 'imports:flights-apply', file);
    expect(applied).toMatchObject({ created: 3, updated: 0 });
    const flights = await value(backend, 'flights:list', { yearId });
    const mh = flights.find((f) => f.flightNumber === 'MH 88')!;
    expect(mh).toMatchObject({ departsLocal: '2024-05-19T23:30', arrivesUtc: '2024-05-19T22:30:00.000Z', terminal: '3' });
    expect(flights.find((f) => f.flightNumber === 'LA 2452')).toMatchObject({ from: { iata: 'LIM' }, durationMinutes: 375 });

    const again = await value(backend, 'imports:flights-preview', file);
    expect(again.counts).toMatchObject({ new: 0, unchanged: 3 });
    const changed = { ...file, dataBase64: iconv.encode(LIST.replace('11:35,1,XK7P2Q', '11:45,1,XK7P2Q'), 'cp932').toString('base64') };
    expect((await value(backend, 'imports:flights-preview', changed)).counts).toMatchObject({ update: 1, unchanged: 2 });
    await value(backend, 'imports:flights-apply', changed);
    expect((await value(backend, 'flights:list', { yearId })).find((f) => f.flightNumber === 'KE 703')!.arrivesLocal).toBe('2024-05-20T11:45');

    await value(backend, 'imports:undo', { id: applied.importId });
    expect(await value(backend, 'flights:list', { yearId })).toEqual([]);
  });

  it('finds a trainee by a passport number typed full-width, lower case or with spaces', async () => {
    const { backend, file } = await scenario();
    const list = ['旅券番号,便名,出発空港,出発日時,到着空港,到着日時', 'ｔｒ１２３４５６７,MH 88,KUL,2024/5/19 23:30,HND,2024/5/20 7:30', 'tr 1234 567,MH 89,HND,2025/3/1 10:00,KUL,2025/3/1 16:00', 'TR7654321,MH 90,KUL,2024/5/19 23:30,HND,2024/5/20 7:30'].join('\r\n');
    const preview = await value(backend, 'imports:flights-preview', { ...file, dataBase64: Buffer.from(list).toString('base64') });
    expect(preview.rows.map((r) => [r.name, r.kind, r.errors.map((e) => `${e.column}:${e.rule}`)])).toEqual([
      ['Siti AHMAD MH 88', 'new', []],
      ['Siti AHMAD MH 89', 'new', []],
      ['TR7654321 MH 90', 'error', ['旅券番号:unknown_trainee']],
    ]);
  });

  it('refuses a list without a flight number or a trainee column, changing nothing', async () => {
    const { backend, file } = await scenario();
    const bad = { ...file, dataBase64: Buffer.from('\uFEFF日付,メモ\r\n2024/5/20,x\r\n').toString('base64') };
    const result = await call(backend, 'imports:flights-preview', bad);
    expect(result.ok ? null : result.error.code).toBe('import_no_columns');
  });
});
