import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { call, memoryBackend, value } from '../../test/backend';
import { SAMPLE_FLIGHTS } from '../../test/sample-flights';
import { latinName } from '@shared/contract/names';
import { EXPORT_LISTS } from '@shared/contract/exports';
import { ARRIVAL_STATUSES, FLIGHT_KINDS, GROUP_FLAGS, STAFF_ORGANISATIONS, TRANSPORTS } from '@shared/contract/arrivals';
import { SURVEY_STATUSES } from '@shared/contract/hosts';
import { CLASS_LEVELS, EVENT_KINDS } from '@shared/contract/schedule';
import { PLACE_KINDS } from '@shared/contract/stays';
import { COUNTRY_CODES, DIETS, GENDERS, JAPANESE_LEVELS, NAME_LANGS, NAME_ORDERS, TRAINEE_STATUSES, TRAINEE_WARNINGS } from '@shared/contract/trainees';
import type { Language } from '@shared/contract/settings';
import { translate } from '../../i18n';

async function sample() {
  const backend = memoryBackend();
  const { yearId } = await value(backend, 'sample:load', {});
  return { backend, yearId };
}

/** The sample year with a row in every list: flights, a pickup group, a room, an event, and a trainee with a diet. */
async function fullYear() {
  const { backend, yearId } = await sample();
  const trainees = await value(backend, 'trainees:list', { yearId });
  for (const { latinName: name, ...flight } of SAMPLE_FLIGHTS) {
    await value(backend, 'flights:create', { traineeId: trainees.find((t) => latinName(t) === name)!.id, kind: 'arrival', ...flight });
  }
  const kato = await value(backend, 'staff:create', { name: '加藤 美咲', organisation: 'clair', phone: '090-1234-5678' });
  await value(backend, 'pickup-groups:create', { yearId, name: '成田', airport: 'NRT', terminal: '1', meetingTime: '2024-05-20T12:50', staffIds: [kato.id] });
  await value(backend, 'pickup-groups:place', { yearId });
  await value(backend, 'schedule:create', { yearId, kind: 'orientation', startsAt: '2024-05-21T09:30', titleJa: 'オリエンテーション', audience: 'all' });
  const hotel = await value(backend, 'places:create', { kind: 'hotel', nameJa: 'ホテル東京ベイ', nameEn: 'Hotel Tokyo Bay' });
  const room = await value(backend, 'rooms:create', { placeId: hotel.id, name: '101', capacity: 2 });
  const wang = trainees.find((t) => t.nameLang === 'zh-Hans' && t.status === 'selected')!;
  await value(backend, 'stays:create', { yearId, traineeId: wang.id, roomId: room.id, checkIn: '2024-05-20', checkOut: '2024-05-25' });
  const [host] = await value(backend, 'hosts:list', {});
  await value(backend, 'survey:save', { yearId, hostId: host!.id, requestedCount: 1, preferredCountry: 'CN', status: 'accepted' });
  const full = await value(backend, 'trainees:get', { id: wang.id });
  await value(backend, 'trainees:update', { ...full, diet: 'no_pork', japaneseLevel: 'none', gender: 'female' });
  return { backend, yearId, wang: wang.id };
}

/** Every code a list stores for a choice, except those that read the same as their label (N1 … N5). */
function codesIn(language: Language): Map<string, string> {
  const lists: Array<[readonly string[], string | null]> = [
    [GENDERS, 'trainee.gender'], [NAME_ORDERS, 'trainee.nameOrder'], [JAPANESE_LEVELS, 'trainee.japaneseLevel'], [DIETS, 'trainee.diet'],
    [NAME_LANGS, 'trainee.nameLang'], [TRAINEE_STATUSES, 'trainee.status'], [TRAINEE_WARNINGS, 'trainee.warningShort'], [COUNTRY_CODES, null],
    [SURVEY_STATUSES, 'survey.status'], [FLIGHT_KINDS, 'flight.kind'], [ARRIVAL_STATUSES, 'board.status'], [GROUP_FLAGS, 'pickup.flag'],
    [EVENT_KINDS, 'event.kind'], [STAFF_ORGANISATIONS, null], [TRANSPORTS, null], [CLASS_LEVELS, null], [PLACE_KINDS, null],
  ];
  const codes = new Map<string, string>();
  for (const [list, prefix] of lists) {
    for (const code of list) if (!prefix || translate(language, `${prefix}.${code}`) !== code) codes.set(code, prefix ?? 'country or other code');
  }
  return codes;
}

function cellsOf(wb: ExcelJS.Workbook): Array<{ where: string; value: unknown }> {
  return wb.worksheets.flatMap((sheet) =>
    sheet.getSheetValues().flatMap((row, r) => (Array.isArray(row) ? row.map((value, c) => ({ where: `${sheet.name}!R${r}C${c}`, value })) : [])),
  );
}

async function workbook(dataBase64: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(dataBase64, 'base64') as unknown as ArrayBuffer);
  return wb;
}

describe('exports', () => {
  it('writes the trainee list as on screen to xlsx: Japanese headers, frozen header row, filter, names in every script', async () => {
    const { backend, yearId } = await sample();
    const file = await value(backend, 'exports:list', {
      list: 'trainees', yearId, language: 'ja', format: 'xlsx', columns: ['nativeName', 'latinName', 'country', 'status', 'year'],
    });
    expect(file.fileName).toBe('研修員_2024年度_20261126.xlsx');
    const sheet = (await workbook(file.dataBase64)).worksheets[0]!;
    expect(sheet.name).toBe('研修員');
    expect(sheet.getRow(1).values).toEqual([undefined, '氏名（母国語表記）', '氏名（ローマ字）', '国・地域', '状況', '年度']);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.rowCount).toBe(12);
    const names = sheet.getColumn(1).values.slice(2);
    expect(names).toEqual(expect.arrayContaining(['이서연', '王晓燕', 'अनिता श्रेष्ठ', 'José Luis Peña Quispe']));
    expect(sheet.getColumn(5).values.slice(2).every((v) => v === 2024)).toBe(true);
  });

  it('writes dates as dates in the whole-year workbook, a sheet per list, in English', async () => {
    const { backend, yearId } = await sample();
    const file = await value(backend, 'exports:year', { yearId, language: 'en' });
    const wb = await workbook(file.dataBase64);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Trainees', 'Hosts', 'Demand survey', 'Assignments', 'Flights', 'Pickup groups', 'Rooming', 'Schedule']);
    const trainees = wb.worksheets[0]!;
    const headers = (trainees.getRow(1).values as string[]).slice(1);
    const birth = headers.indexOf('Date of birth') + 1;
    expect(birth).toBeGreaterThan(0);
    const cell = trainees.getRow(2).getCell(birth);
    expect(cell.value).toBeInstanceOf(Date);
    expect(cell.numFmt).toBe('yyyy/mm/dd');
    expect(wb.worksheets[3]!.rowCount).toBe(12);
    // Hosts by their English names in an English workbook, by their Japanese ones in a Japanese one.
    const hostColumn = headers.indexOf('Host') + 1;
    expect(trainees.getColumn(hostColumn).values.slice(2)).toEqual(expect.arrayContaining(['Usa City', 'Toyama City']));
    expect((wb.worksheets[3]!.getColumn(3).values as unknown[]).slice(2)).toEqual(expect.arrayContaining(['Usa City']));
    const ja = await workbook((await value(backend, 'exports:year', { yearId, language: 'ja' })).dataBase64);
    expect((ja.worksheets[3]!.getColumn(3).values as unknown[]).slice(2)).toEqual(expect.arrayContaining(['大分県宇佐市']));
    const start = wb.worksheets[3]!.getRow(2).getCell(4).value as Date;
    expect(start.toISOString().slice(0, 10)).toBe('2024-06-24');
  });

  it('writes CSV for Japanese Excel: UTF-8 with BOM and CRLF, or Shift_JIS', async () => {
    const { backend } = await sample();
    const utf8 = Buffer.from((await value(backend, 'exports:list', { list: 'hosts', language: 'ja', format: 'csv' })).dataBase64, 'base64');
    expect([...utf8.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = utf8.subarray(3).toString('utf8');
    expect(text.split('\r\n')[0]).toBe('団体コード,都道府県,団体名,よみがな,英語名,担当部署,担当者名,役職,電話番号,メールアドレス,住所,備考');
    expect(text).toContain('442119,大分県,宇佐市,うさし,Usa City');

    const sjis = Buffer.from((await value(backend, 'exports:list', { list: 'hosts', language: 'ja', format: 'csv', encoding: 'cp932' })).dataBase64, 'base64');
    expect(sjis[0]).not.toBe(0xef);
    expect(iconv.decode(sjis, 'cp932')).toContain('442119,大分県,宇佐市');
  });

  it('writes flights with local times as date-times, pickup groups with their staff, rooming and schedule', async () => {
    const { backend, yearId } = await sample();
    const trainees = await value(backend, 'trainees:list', { yearId });
    for (const { latinName: name, ...flight } of SAMPLE_FLIGHTS) {
      await value(backend, 'flights:create', { traineeId: trainees.find((t) => latinName(t) === name)!.id, kind: 'arrival', ...flight });
    }
    const kato = await value(backend, 'staff:create', { name: '加藤 美咲', organisation: 'clair', phone: '090-1234-5678' });
    await value(backend, 'pickup-groups:create', { yearId, name: '成田', airport: 'NRT', terminal: '1', meetingTime: '2024-05-20T12:50', staffIds: [kato.id] });
    await value(backend, 'pickup-groups:place', { yearId });
    await value(backend, 'schedule:create', { yearId, kind: 'orientation', startsAt: '2024-05-21T09:30', titleJa: 'オリエンテーション', audience: 'all' });

    const flights = (await workbook((await value(backend, 'exports:list', { list: 'flights', yearId, language: 'ja', format: 'xlsx' })).dataBase64)).worksheets[0]!;
    expect(flights.name).toBe('航空便');
    const headers = (flights.getRow(1).values as string[]).slice(1);
    expect(headers.slice(0, 6)).toEqual(['氏名（母国語表記）', '氏名（ローマ字）', '種別', '便名', '出発空港', '出発日時']);
    const lee = flights.getRows(2, flights.rowCount - 1)!.find((r) => r.getCell(2).value === 'LEE Seoyeon')!;
    const arrives = lee.getCell(headers.indexOf('到着日時') + 1);
    expect((arrives.value as Date).toISOString()).toBe('2024-05-20T11:35:00.000Z');
    expect(arrives.numFmt).toBe('yyyy/mm/dd hh:mm');
    expect(lee.getCell(headers.indexOf('所要時間（分）') + 1).value).toBe(145);

    // A trainee with no arrival flight yet is not an arrival to organise: not on the pickup list.
    await value(backend, 'trainees:create', { yearId, familyNameLatin: 'Later', givenNameLatin: 'Hubert', nameLang: 'en', nameOrder: 'given_first', nationality: 'DE', status: 'selected' });
    const csv = Buffer.from((await value(backend, 'exports:list', { list: 'pickup', yearId, language: 'ja', format: 'csv' })).dataBase64, 'base64').toString('utf8');
    expect(csv).toContain('成田,NRT,1,,2024/05/20 12:50,加藤 美咲 090-1234-5678,이서연,LEE Seoyeon,KE 703,2024/05/20 11:35,到着予定,');
    expect(csv).toContain('グループなし,HND');
    expect(csv.split('\r\n')).toHaveLength(1 + 11 + 1); // header, the 11 with flights, the final line end
    expect(csv).not.toContain('Hubert');
    const schedule = Buffer.from((await value(backend, 'exports:list', { list: 'schedule', yearId, language: 'en', format: 'csv' })).dataBase64, 'base64').toString('utf8');
    expect(schedule.split('\r\n')[1]).toBe('2024/05/21 09:30,,Orientation,オリエンテーション,,,All trainees,,,');
    const noYear = await call(backend, 'exports:list', { list: 'rooming', language: 'ja', format: 'csv' });
    expect(noYear.ok ? null : noYear.error.params!.issues![0]).toMatchObject({ field: 'yearId', rule: 'required' });
  });

  it('writes labels in the file’s language in every sheet of the year workbook and every list, never codes', async () => {
    const { backend, yearId } = await fullYear();
    const expected = { ja: ['女性', '中国', '豚肉不可', '参加決定', '中国語（簡体字）', '姓 → 名'], en: ['Female', 'China', 'No pork', 'Selected', 'Chinese (simplified)', 'Family name first'] };
    for (const language of ['ja', 'en'] as const) {
      const codes = codesIn(language);
      const year = await workbook((await value(backend, 'exports:year', { yearId, language })).dataBase64);
      expect(year.worksheets.filter((sheet) => sheet.rowCount < 2).map((sheet) => sheet.name)).toEqual([]);
      const files = [year];
      for (const list of EXPORT_LISTS) files.push(await workbook((await value(backend, 'exports:list', { list, yearId, language, format: 'xlsx' })).dataBase64));
      const cells = files.flatMap(cellsOf);
      const codesFound = cells.filter((c) => typeof c.value === 'string' && codes.has(c.value)).map((c) => `${c.where}=${String(c.value)}`);
      expect(codesFound).toEqual([]);
      const texts = new Set(cellsOf(year).map((c) => c.value));
      for (const label of expected[language]) expect(texts, label).toContain(label);
      for (const list of EXPORT_LISTS) {
        const csv = Buffer.from((await value(backend, 'exports:list', { list, yearId, language, format: 'csv' })).dataBase64, 'base64').toString('utf8');
        const found = csv.split('\r\n').flatMap((line) => line.split(',')).filter((cell) => codes.has(cell));
        expect(found, list).toEqual([]);
      }
    }
  });

  it('lists the names a Shift_JIS CSV cannot hold, and writes a negative number bare', async () => {
    const { backend, yearId } = await sample();
    const file = await value(backend, 'exports:list', { list: 'trainees', yearId, language: 'ja', format: 'csv', encoding: 'cp932', columns: ['nativeName', 'latinName'] });
    const names = file.lossy.map((l) => l.name);
    expect(names).toEqual(expect.arrayContaining(['이서연（LEE Seoyeon）']));
    const jose = file.lossy.find((l) => l.column === '氏名（ローマ字）' && l.value.startsWith('José'))!;
    expect(jose).toMatchObject({ name: 'José Luis Peña Quispe', written: 'Jos? Luis PE?A QUISPE' });
    expect(iconv.decode(Buffer.from(file.dataBase64, 'base64'), 'cp932').split('\r\n')[jose.row - 1]).toContain(jose.written);
    const utf8 = await value(backend, 'exports:list', { list: 'trainees', yearId, language: 'ja', format: 'csv', columns: ['nativeName', 'latinName'] });
    expect(utf8.lossy).toEqual([]);
  });

  it('reads back unchanged through the trainee import: the labels it writes are ones the import knows, in either language', async () => {
    const { backend, yearId } = await fullYear();
    for (const language of ['ja', 'en'] as const) {
      const file = await value(backend, 'exports:year', { yearId, language });
      const preview = await value(backend, 'imports:preview', { yearId, fileName: 'year.xlsx', dataBase64: file.dataBase64 });
      expect(preview.counts, language).toEqual({ new: 0, update: 0, unchanged: 11, error: 0 });
      expect(preview.mapping.filter(Boolean)).toHaveLength(40);
    }
  });
});
