import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Trainee } from '@shared/contract/trainees';
import { call, memoryBackend, tableCount, value } from '../../test/backend';
import { fieldOfHeader, splitLatinName, splitNativeName } from './mapping';
import { governmentNames } from './imports.service';
import { parseDate } from './normalize';

const FIXTURES = path.resolve(import.meta.dirname, '../../../tests/fixtures');
const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name)).toString('base64');

async function emptyYear() {
  const backend = memoryBackend();
  const year = await value(backend, 'years:create', { fiscalYear: 2024 });
  return { backend, yearId: year.id };
}

/** Everything that should survive a round trip; ids, times and derived fields aside. */
function comparable(t: Trainee) {
  const { id: _id, yearId: _y, createdAt: _c, updatedAt: _u, sendingGovernmentId: _s, trainingFieldId: _f, hostId: _hi, hostName: _h, hostNameEn: _he, warnings: _w, ...rest } = t;
  // The province is master data of the sending government, not written in the trainee's row.
  return { ...rest, sendingGovernment: t.sendingGovernment && { ...t.sendingGovernment, id: '', provinceLocal: null, provinceEn: null } };
}

describe('imports', () => {
  it('reads dates as offices write them', () => {
    expect(parseDate('2024/5/20')).toBe('2024-05-20');
    expect(parseDate('２０２４年５月２０日')).toBe('2024-05-20');
    expect(parseDate('令和6年5月20日')).toBe('2024-05-20');
    expect(parseDate('令和元年5月1日')).toBe('2019-05-01');
    expect(parseDate('H31.4.30')).toBe('2019-04-30');
    expect(parseDate('2024/13/01')).toBe('invalid');
    expect(parseDate(new Date(Date.UTC(1995, 4, 17)))).toBe('1995-05-17');
    expect(parseDate('')).toBeNull();
  });

  it('round trip: the sample cohort exported to xlsx comes back into an empty database with every field', async () => {
    const source = memoryBackend();
    const { yearId } = await value(source, 'sample:load', {});
    const file = await value(source, 'exports:year', { yearId, language: 'ja' });
    const original = await Promise.all((await value(source, 'trainees:list', { yearId })).map((t) => value(source, 'trainees:get', { id: t.id })));

    const { backend, yearId: target } = await emptyYear();
    const preview = await value(backend, 'imports:preview', { yearId: target, fileName: file.fileName, dataBase64: file.dataBase64 });
    expect(preview.counts).toEqual({ new: 11, update: 0, unchanged: 0, error: 0 });
    expect(preview.newSendingGovernments).toHaveLength(11);
    await value(backend, 'imports:apply', { yearId: target, fileName: file.fileName, dataBase64: file.dataBase64 });
    const imported = await Promise.all((await value(backend, 'trainees:list', { yearId: target })).map((t) => value(backend, 'trainees:get', { id: t.id })));
    const byName = (list: Trainee[]) => Object.fromEntries(list.map((t) => [`${t.familyNameLatin} ${t.givenNameLatin}`, comparable(t)]));
    expect(byName(imported)).toEqual(byName(original));

    // Importing the same file again changes nothing.
    const again = await value(backend, 'imports:preview', { yearId: target, fileName: file.fileName, dataBase64: file.dataBase64 });
    expect(again.counts).toEqual({ new: 0, update: 0, unchanged: 11, error: 0 });
  });

  it('round trip: a city whose local name is its English one is written once and comes back with the same names', async () => {
    const source = memoryBackend();
    const year = await value(source, 'years:create', { fiscalYear: 2024 });
    const cusco = await value(source, 'sending-governments:create', { country: 'PE', nameLocal: 'Cusco', nameEn: 'Cusco', nameJa: 'クスコ市' });
    await value(source, 'trainees:create', {
      yearId: year.id, familyNameLatin: 'Quispe', givenNameLatin: 'Rosa', nameLang: 'es', nameOrder: 'given_first', nationality: 'PE', status: 'selected', sendingGovernmentId: cusco.id,
    });
    const file = await value(source, 'exports:year', { yearId: year.id, language: 'ja' });
    const { backend, yearId } = await emptyYear();
    const preview = await value(backend, 'imports:preview', { yearId, fileName: file.fileName, dataBase64: file.dataBase64 });
    expect(preview.newSendingGovernments).toEqual(['Cusco / クスコ市']);
    await value(backend, 'imports:apply', { yearId, fileName: file.fileName, dataBase64: file.dataBase64 });
    expect((await value(backend, 'sending-governments:list', {})).map((g) => [g.country, g.nameLocal, g.nameEn, g.nameJa])).toEqual([['PE', 'Cusco', 'Cusco', 'クスコ市']]);
  });

  it('reads a Shift_JIS CSV from Japanese Excel, a UTF-8 CSV with BOM, and an xlsx with merged Japanese headers', async () => {
    const { backend, yearId } = await emptyYear();
    const sjis = await value(backend, 'imports:preview', { yearId, fileName: 'trainees-sjis.csv', dataBase64: fixture('trainees-sjis.csv') });
    expect(sjis.headers).toEqual(['姓', '名', 'フリガナ', '生年月日', '国籍', '旅券番号', '性別']);
    expect(sjis.mapping).toEqual(['familyNameLatin', 'givenNameLatin', 'nameKana', 'birthDate', 'nationality', 'passportNumber', 'gender']);
    expect(sjis.counts).toEqual({ new: 3, update: 0, unchanged: 0, error: 0 });
    await value(backend, 'imports:apply', { yearId, fileName: 'trainees-sjis.csv', dataBase64: fixture('trainees-sjis.csv') });
    const kim = (await value(backend, 'trainees:list', { query: 'minji' }))[0]!;
    expect(await value(backend, 'trainees:get', { id: kim.id })).toMatchObject({
      birthDate: '2019-05-20', nationality: 'KR', passportNumber: 'MA1234567', gender: 'female', nameKana: 'キム ミンジ',
    });

    const bom = await value(backend, 'imports:preview', { yearId, fileName: 'trainees-utf8-bom.csv', dataBase64: fixture('trainees-utf8-bom.csv') });
    expect(bom.counts).toEqual({ new: 2, update: 0, unchanged: 0, error: 0 });
    await value(backend, 'imports:apply', { yearId, fileName: 'x.csv', dataBase64: fixture('trainees-utf8-bom.csv') });
    expect((await value(backend, 'trainees:list', { query: 'अनिता' }))[0]).toMatchObject({ nameLang: 'ne', nationality: 'NP' });

    const merged = await value(backend, 'imports:preview', { yearId, fileName: 'm.xlsx', dataBase64: fixture('trainees-merged-header.xlsx') });
    expect(merged.mapping).toEqual(['familyNameLatin', 'givenNameLatin', 'familyNameNative', 'givenNameNative', 'birthDate', 'nationality']);
    expect(merged.rows.map((r) => [r.row, r.kind, r.name])).toEqual([
      [4, 'new', 'Lee Seoyeon'],
      [5, 'new', 'Liu Jia'],
    ]);
  });

  it('classifies each bad row with its row, column and rule, and applies only the good ones', async () => {
    const { backend, yearId } = await emptyYear();
    const input = { yearId, fileName: 'bad.csv', dataBase64: fixture('trainees-bad-rows.csv') };
    const preview = await value(backend, 'imports:preview', input);
    expect(preview.rows.map((r) => [r.row, r.kind, r.errors])).toEqual([
      [2, 'new', []],
      [3, 'error', [{ column: '生年月日', field: 'birthDate', rule: 'invalid_date' }]],
      [4, 'error', [{ column: '国籍', field: 'nationality', rule: 'unknown_country' }]],
      [5, 'error', [{ column: '名', field: 'givenNameLatin', rule: 'name_required' }]],
      [6, 'error', [{ column: '旅券番号', field: 'passportNumber', rule: 'invalid_passport' }]],
      [7, 'error', [{ column: 'メールアドレス', field: 'email', rule: 'invalid_email' }]],
    ]);
    expect(await value(backend, 'imports:apply', input)).toMatchObject({ created: 1, updated: 0 });
    expect(tableCount(backend, 'trainees')).toBe(1);
  });

  it('matches existing trainees by passport number and updates only what changed; the import can be undone as a whole', async () => {
    const { backend, yearId } = await emptyYear();
    const sjis = { yearId, fileName: 'a.csv', dataBase64: fixture('trainees-sjis.csv') };
    await value(backend, 'imports:apply', sjis);
    const changed = fs.readFileSync(path.join(FIXTURES, 'trainees-sjis.csv'), 'latin1').replace('1996/07/08', '1996/07/09');
    const input = { yearId, fileName: 'b.csv', dataBase64: Buffer.from(changed, 'latin1').toString('base64') };
    const preview = await value(backend, 'imports:preview', input);
    expect(preview.rows.map((r) => r.kind)).toEqual(['unchanged', 'unchanged', 'update']);
    const applied = await value(backend, 'imports:apply', input);
    expect(applied).toMatchObject({ created: 0, updated: 1 });
    const wang = (await value(backend, 'trainees:list', { query: 'wang' }))[0]!;
    expect(wang.birthDate).toBe('1996-07-09');

    await value(backend, 'imports:undo', { id: applied.importId });
    expect((await value(backend, 'trainees:list', { query: 'wang' }))[0]!.birthDate).toBe('1996-07-08');
    expect(await call(backend, 'imports:undo', { id: applied.importId })).toEqual({ ok: false, error: { code: 'import_undone' } });
    const first = (backend.ctx.db.prepare("SELECT id FROM imports WHERE file_name = 'a.csv'").get() as { id: string }).id;
    expect(await value(backend, 'imports:undo', { id: first })).toMatchObject({ removed: 3 });
    expect(await value(backend, 'trainees:list', {})).toEqual([]);
  });

  it('remembers the columns a person chose for files with the same headers', async () => {
    const { backend, yearId } = await emptyYear();
    const input = { yearId, fileName: 'a.csv', dataBase64: fixture('trainees-sjis.csv') };
    const chosen = ['familyNameLatin', 'givenNameLatin', 'nameKana', 'birthDate', 'nationality', null, 'gender'] as const;
    await value(backend, 'imports:apply', { ...input, mapping: [...chosen] });
    expect((await value(backend, 'imports:preview', input)).mapping).toEqual([...chosen]);
  });

  it('maps the headers sending offices write without help, and imports every column', async () => {
    const { backend, yearId } = await emptyYear();
    const input = { yearId, fileName: 'trainees-office-headers.csv', dataBase64: fixture('trainees-office-headers.csv') };
    const preview = await value(backend, 'imports:preview', input);
    expect(preview.mapping).toEqual([
      'familyNameLatin', 'givenNameLatin', 'familyNameNative', 'givenNameNative', 'birthDate', 'nationality', 'sendingGovernmentId', 'position', 'diet', 'notes',
    ]);
    expect(preview.counts).toMatchObject({ new: 1, error: 0 });
    await value(backend, 'imports:apply', input);
    const park = (await value(backend, 'trainees:list', { query: 'jiwoo' }))[0]!;
    expect(await value(backend, 'trainees:get', { id: park.id })).toMatchObject({
      familyNameLatin: 'PARK', givenNameLatin: 'Jiwoo', familyNameNative: '박', givenNameNative: '지우', nameLang: 'ko', nameOrder: 'family_first',
      birthDate: '1994-04-12', nationality: 'KR', position: '主事', diet: 'no_pork', notes: '日本語初級',
      sendingGovernment: { nameLocal: 'Busan', nameEn: 'Busan' },
    });
  });

  it('splits one full-name column: "FAMILY Given" and "Family, Given" as passports and lists write them', async () => {
    const { backend, yearId } = await emptyYear();
    const input = { yearId, fileName: 'trainees-full-name.csv', dataBase64: fixture('trainees-full-name.csv') };
    expect((await value(backend, 'imports:preview', input)).mapping).toEqual(['fullName', 'birthDate', 'nationality']);
    await value(backend, 'imports:apply', input);
    const names = (await value(backend, 'trainees:list', { yearId })).map((t) => [t.familyNameLatin, t.givenNameLatin]);
    expect(names.sort()).toEqual([['NGUYEN', 'Thi Mai'], ['Peña Quispe', 'José Luis']]);
  });

  it('reads the name order of a full name: capitals, comma, then family first; native names by their language', () => {
    expect(splitLatinName('José Luis PEÑA QUISPE')).toEqual({ family: 'PEÑA QUISPE', given: 'José Luis' });
    expect(splitLatinName('KIM MINJI')).toEqual({ family: 'KIM', given: 'MINJI' });
    expect(splitLatinName('Shrestha, Anita')).toEqual({ family: 'Shrestha', given: 'Anita' });
    expect(splitLatinName('Madonna')).toEqual({ family: 'Madonna', given: null });
    expect(splitNativeName('김민지')).toEqual({ family: '김', given: '민지' });
    expect(splitNativeName('欧阳娜娜')).toEqual({ family: '欧阳', given: '娜娜' });
    expect(splitNativeName('刘 佳')).toEqual({ family: '刘', given: '佳' });
    expect(splitNativeName('अनिता श्रेष्ठ')).toEqual({ family: 'श्रेष्ठ', given: 'अनिता' });
  });

  it('never copies a sending government\'s native name into its English one', () => {
    expect(governmentNames(['경주시'])).toEqual({ local: '경주시', english: '', japanese: null });
    expect(governmentNames(['경주시', '慶州市'])).toEqual({ local: '경주시', english: '', japanese: '慶州市' });
    expect(governmentNames(['경주시', 'Gyeongju'])).toEqual({ local: '경주시', english: 'Gyeongju', japanese: null });
    expect(governmentNames(['Cusco', 'クスコ市'])).toEqual({ local: 'Cusco', english: 'Cusco', japanese: 'クスコ市' });
    expect(governmentNames(['경주시', 'Gyeongju', '慶州市'])).toEqual({ local: '경주시', english: 'Gyeongju', japanese: '慶州市' });
  });

  it('names a field without a column by the field, for the screen to label, never by its program name', async () => {
    const { backend, yearId } = await emptyYear();
    const csv = Buffer.from('生年月日,国籍\r\n1990/1/1,韓国\r\n').toString('base64');
    const preview = await value(backend, 'imports:preview', { yearId, fileName: 'x.csv', dataBase64: csv });
    expect(preview.rows[0]!.errors).toEqual([{ column: '', field: 'givenNameLatin', rule: 'name_required' }]);
  });

  it('reads headers however a spreadsheet writes them: brackets, width, case, kana and punctuation aside', () => {
    expect(['「生年月日」', '生年月日', '旅券番号', 'Passport No.', 'ＰＡＳＳＰＯＲＴ　ＮＯ', 'passport-no', 'ふりがな', 'フリガナ', 'E-mail', '国・地域', '姓（ローマ字）'].map(fieldOfHeader)).toEqual([
      'birthDate', 'birthDate', 'passportNumber', 'passportNumber', 'passportNumber', 'passportNumber', 'nameKana', 'nameKana', 'email', 'nationality', 'familyNameLatin',
    ]);
    expect(fieldOfHeader('姓')).toBe('familyNameLatin');
    expect(fieldOfHeader('生年')).toBeNull();
  });

  it('finds a sending government and a training field however the file writes them, adding no second government', async () => {
    const { backend, yearId } = await emptyYear();
    const gyeongju = await value(backend, 'sending-governments:create', { country: 'KR', nameLocal: '경주시', nameEn: 'Gyeongju', nameJa: '慶州市' });
    const field = (await value(backend, 'training-fields:list', {})).find((f) => f.nameJa === '一般行政')!;
    const csv = [
      '姓,名,生年月日,国籍,派遣元,研修分野',
      'KIM,Minji,1996/1/1,KR,GYEONGJU,GENERAL ADMINISTRATION',
      'LEE,Seoyeon,1996/2/2,KR,ｇｙｅｏｎｇｊｕ,ｇｅｎｅｒａｌ　ａｄｍｉｎｉｓｔｒａｔｉｏｎ',
      'PARK,Jisoo,1996/3/3,KR,경주시 ／ ＧＹＥＯＮＧＪＵ,一般行政',
      // Not in the master list, written two ways: one new government.
      'CHOI,Minjun,1996/4/4,KR,Chuncheon,',
      'JUNG,Hana,1996/5/5,KR,CHUNCHEON,',
      // The label an export writes for a Latin-script city: its local name is its English one.
      'QUISPE,Rosa,1996/6/6,PE,Cusco / クスコ市,',
      'MAMANI,Luis,1996/7/7,PE,Cusco,unknown field',
    ].join('\r\n');
    const input = { yearId, fileName: 'agent.csv', dataBase64: Buffer.from(csv).toString('base64') };
    const preview = await value(backend, 'imports:preview', input);
    expect(preview.rows.map((r) => [r.name, r.kind, r.errors.map((e) => `${e.column}:${e.rule}`)])).toEqual([
      ['KIM Minji', 'new', []],
      ['LEE Seoyeon', 'new', []],
      ['PARK Jisoo', 'new', []],
      ['CHOI Minjun', 'new', []],
      ['JUNG Hana', 'new', []],
      ['QUISPE Rosa', 'new', []],
      ['MAMANI Luis', 'error', ['研修分野:unknown_training_field']],
    ]);
    expect(preview.newSendingGovernments).toEqual(['Chuncheon', 'Cusco / クスコ市']);

    await value(backend, 'imports:apply', input);
    const governments = await value(backend, 'sending-governments:list', {});
    expect(governments.map((g) => [g.country, g.nameLocal, g.nameEn, g.nameJa])).toEqual(
      expect.arrayContaining([
        ['KR', '경주시', 'Gyeongju', '慶州市'],
        ['KR', 'Chuncheon', 'Chuncheon', null],
        ['PE', 'Cusco', 'Cusco', 'クスコ市'],
      ]),
    );
    expect(governments).toHaveLength(3);
    const trainees = await Promise.all((await value(backend, 'trainees:list', { yearId })).map((t) => value(backend, 'trainees:get', { id: t.id })));
    const of = (family: string) => trainees.find((t) => t.familyNameLatin === family)!;
    for (const family of ['KIM', 'LEE', 'PARK']) expect(of(family)).toMatchObject({ sendingGovernmentId: gyeongju.id, trainingFieldId: field.id });
    expect(of('CHOI').sendingGovernmentId).toBe(of('JUNG').sendingGovernmentId);
  });

  it('reads a cell typed over two lines as one line in a one-line field, and keeps the lines of a note', async () => {
    const { backend, yearId } = await emptyYear();
    const csv = '\uFEFF姓,名,国籍,所属,備考\r\nKim,Sihyeon,KR,"総務部\n国際交流課","1行目\n2行目"\r\n';
    const input = { yearId, fileName: 'lines.csv', dataBase64: Buffer.from(csv, 'utf8').toString('base64') };
    expect((await value(backend, 'imports:preview', input)).counts).toMatchObject({ new: 1, error: 0 });
    await value(backend, 'imports:apply', input);
    const [row] = await value(backend, 'trainees:list', { yearId });
    const trainee = await value(backend, 'trainees:get', { id: row!.id });
    expect(trainee.department).toBe('総務部 国際交流課');
    expect(trainee.notes).toBe('1行目\n2行目');
  });

  it('refuses files that are not spreadsheets with a clear code, changing nothing', async () => {
    const { backend, yearId } = await emptyYear();
    const attempt = (dataBase64: string) => call(backend, 'imports:preview', { yearId, fileName: 'f', dataBase64 });
    expect(await attempt('')).toEqual({ ok: false, error: { code: 'import_file_empty', params: { file: 'f' } } });
    expect(await attempt(fixture('encrypted.xlsx'))).toEqual({ ok: false, error: { code: 'import_file_encrypted', params: { file: 'f' } } });
    expect(await attempt(fixture('portrait.png'))).toEqual({ ok: false, error: { code: 'import_file_unreadable', params: { file: 'f' } } });
    expect(await attempt(Buffer.from('hello,world\r\n1,2\r\n').toString('base64'))).toEqual({ ok: false, error: { code: 'import_no_columns' } });
    const junk = Buffer.alloc(50 * 1024 * 1024, 0x41);
    // Refused at the contract, before a byte of it is decoded.
    expect(await attempt(junk.toString('base64'))).toMatchObject({ ok: false, error: { code: 'validation', params: { issues: [{ field: 'dataBase64', rule: 'file_too_large', params: { limitMb: 20 } }] } } });
    const brokenZip = Buffer.concat([Buffer.from('504b0304', 'hex'), Buffer.alloc(1000, 7)]);
    expect(await attempt(brokenZip.toString('base64'))).toEqual({ ok: false, error: { code: 'import_file_unreadable', params: { file: 'f' } } });
    expect(tableCount(backend, 'trainees')).toBe(0);
  });
});
