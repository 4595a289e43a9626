import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../backend';
import { call, memoryBackend, tableCount, value } from '../../test/backend';
import { REPORT_PHOTO_MAX_BYTES } from '@shared/contract/alumni';
import { eraseTrainees } from '../erasure';
import { updateTraineeRow } from '../trainees';

const backends: Backend[] = [];
afterEach(() => backends.splice(0).forEach((b) => b.close()));

const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0xff, 0xd9]);

/** The sample cohort, 이서연 (宇佐市) and 최민준 (高知市) made alumni, the others still in the program. */
async function alumni() {
  const b = memoryBackend(() => new Date('2026-11-26T03:00:00Z'));
  backends.push(b);
  const { yearId } = await value(b, 'sample:load', {});
  const trainees = await value(b, 'trainees:list', { yearId });
  const lee = trainees.find((t) => t.givenNameNative === '서연')!;
  const choi = trainees.find((t) => t.givenNameNative === '민준')!;
  for (const t of [lee, choi]) b.ctx.db.transaction(() => updateTraineeRow(b.ctx, t.id, { status: 'completed' }))();
  return { b, yearId, trainees, lee, choi };
}

async function workbookRows(dataBase64: string): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(dataBase64, 'base64') as unknown as ArrayBuffer);
  const rows: string[][] = [];
  workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v)))));
  return rows;
}

describe('alumni lists', () => {
  it('lists only former trainees, of any year, by host, country, sending government and a search in every script', async () => {
    const { b, lee, choi } = await alumni();
    const names = async (input: object) => (await value(b, 'alumni:list', input)).map((r) => r.trainee.givenNameNative);
    expect((await names({})).sort()).toEqual(['민준', '서연']);
    expect(await names({ hostId: lee.hostId })).toEqual(['서연']);
    expect(await names({ hostId: choi.hostId })).toEqual(['민준']);
    expect(await names({ sendingGovernmentId: lee.sendingGovernment!.id })).toEqual(['서연']);
    expect((await names({ country: 'KR' })).sort()).toEqual(['민준', '서연']);
    expect(await names({ country: 'CN' })).toEqual([]);
    expect(await names({ trainingFieldId: lee.trainingField!.id })).toEqual(['서연']);
    // The trainees' own search: Hangul, Latin either way round, katakana, romaji of the katakana.
    for (const query of ['이서연', 'seoyeon lee', 'イ ソヨン', 'ソヨン', 'soyon']) expect(await names({ query })).toEqual(['서연']);
    // Kanji in another form find the same person (王晓燕 typed as 王暁燕), once she is an alumna.
    const wang = (await value(b, 'trainees:list', {})).find((t) => t.givenNameNative === '晓燕')!;
    expect(await names({ query: '王暁燕' })).toEqual([]);
    b.ctx.db.transaction(() => updateTraineeRow(b.ctx, wang.id, { status: 'completed' }))();
    expect(await names({ query: '王暁燕' })).toEqual(['晓燕']);
    b.ctx.db.transaction(() => updateTraineeRow(b.ctx, wang.id, { status: 'at_host' }))();
    // Someone still in the program is no alumnus, however they are searched for.
    expect(await names({ query: 'Wang' })).toEqual([]);
  });
});

describe('contact details held with consent', () => {
  it('refuses details without a consent date, naming the consent field', async () => {
    const { b, lee } = await alumni();
    const refused = await call(b, 'alumni:set-contact', { traineeId: lee.id, email: 'seoyeon@example.kr' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'validation', params: { issues: [{ field: 'consentOn', rule: 'consent_required' }] } } });
    const noScope = await call(b, 'alumni:set-contact', { traineeId: lee.id, consentOn: '2025-03-01', email: 'seoyeon@example.kr' });
    expect(noScope).toMatchObject({ ok: false, error: { params: { issues: [{ field: 'consentScope', rule: 'required' }] } } });
    expect(tableCount(b, 'alumni_contacts')).toBe(0);
    // The last contact is the office's own note: it needs no consent.
    expect(await value(b, 'alumni:set-contact', { traineeId: lee.id, lastContactOn: '令和7年4月1日' })).toMatchObject({ lastContactOn: '2025-04-01', email: null });
  });

  it('shows no details without consent on the trainee, in the list or in the Excel file, and passes on only what the scope allows', async () => {
    const { b, lee, choi } = await alumni();
    await value(b, 'alumni:set-contact', { traineeId: lee.id, consentOn: '2025-03-01', consentScope: 'share', email: 'seoyeon@example.kr', phone: '+82 10 1111 2222' });
    await value(b, 'alumni:set-contact', { traineeId: choi.id, consentOn: '2025-03-02', consentScope: 'office', email: 'minjun@example.kr' });
    expect((await value(b, 'alumni:trainee', { traineeId: lee.id })).contact).toMatchObject({ consentScope: 'share', email: 'seoyeon@example.kr' });

    // Consent withdrawn on another PC while details were still held here: nothing is shown.
    const choiContact = b.ctx.db.prepare('SELECT id FROM alumni_contacts WHERE trainee_id = ?').pluck().get(choi.id) as string;
    b.ctx.db.prepare('UPDATE alumni_contacts SET consent_on = NULL WHERE id = ?').run(choiContact);
    expect((await value(b, 'alumni:trainee', { traineeId: choi.id })).contact).toMatchObject({ consentOn: null, email: null, phone: null });
    const list = await value(b, 'alumni:list', {});
    expect(list.find((r) => r.trainee.id === choi.id)!.contact.email).toBeNull();
    expect(list.find((r) => r.trainee.id === lee.id)!.contact.email).toBe('seoyeon@example.kr');
    // Nor in the history: the change is there, its values are not.
    expect((await value(b, 'alumni:history', { traineeId: choi.id })).find((h) => h.field === 'email')).toMatchObject({ isHidden: true, oldValue: null, newValue: null });
    expect((await value(b, 'alumni:history', { traineeId: lee.id })).find((h) => h.field === 'email')).toMatchObject({ isHidden: false, newValue: 'seoyeon@example.kr' });
    // With a consent for the office only, the details stay here and out of the file.
    b.ctx.db.prepare("UPDATE alumni_contacts SET consent_on = '2025-03-02' WHERE id = ?").run(choiContact);

    const plain = await value(b, 'alumni:export', { language: 'ja' });
    const plainRows = await workbookRows(plain.dataBase64);
    expect(plainRows[0]).not.toContain('メールアドレス');
    expect(plainRows.flat().join(' ')).not.toContain('@example.kr');
    expect(await value(b, 'privacy:export-records', {})).toEqual([]);

    const withContacts = await value(b, 'alumni:export', { language: 'ja', includeContacts: true });
    const rows = await workbookRows(withContacts.dataBase64);
    const header = rows[0]!;
    const email = header.indexOf('メールアドレス');
    expect(email).toBeGreaterThan(0);
    const rowOf = (name: string) => rows.find((r) => r[0] === name)!;
    expect(rowOf('이서연')[email]).toBe('seoyeon@example.kr');
    expect(rowOf('최민준')[email] ?? '').toBe('');
    expect(rows.flat().join(' ')).not.toContain('minjun@example.kr');
    // Recorded as an export of personal data: one person's details in it.
    expect(await value(b, 'privacy:export-records', {})).toMatchObject([{ list: 'alumni', columns: ['alumniContacts'], fileName: withContacts.fileName, people: 1 }]);
  });
});

describe('careers, activities and reports', () => {
  it('adds, changes and removes careers and activities, each change in the history', async () => {
    const { b, lee } = await alumni();
    const career = await value(b, 'alumni:create-career', { traineeId: lee.id, position: '国際協力チーム長', organisation: '慶州市役所', startsOn: '2025-04-01' });
    await value(b, 'alumni:create-career', { traineeId: lee.id, position: '主務官', organisation: '慶州市役所 国際交流課', startsOn: '2023-01-01', endsOn: '2025-03-31' });
    const refused = await call(b, 'alumni:create-career', { traineeId: lee.id, position: 'x', organisation: 'y', startsOn: '2025-04-01', endsOn: '2025-03-01' });
    expect(refused).toMatchObject({ ok: false, error: { params: { issues: [{ field: 'endsOn', rule: 'end_before_start' }] } } });
    await value(b, 'alumni:update-career', { id: career.id, position: '国際協力課長', organisation: '慶州市役所', startsOn: '2025-04-01' });
    const activity = await value(b, 'alumni:create-activity', { traineeId: lee.id, kind: 'delegation', happenedOn: '2025-10-10', title: '慶州市訪問団として宇佐市を訪問' });
    await value(b, 'alumni:update-activity', { id: activity.id, kind: 'visit', happenedOn: '2025-10-11', title: '宇佐市を訪問' });

    const record = await value(b, 'alumni:trainee', { traineeId: lee.id });
    expect(record.isAlumnus).toBe(true);
    expect(record.careers.map((c) => c.position)).toEqual(['国際協力課長', '主務官']);
    expect(record.activities).toMatchObject([{ kind: 'visit', happenedOn: '2025-10-11', title: '宇佐市を訪問' }]);
    expect((await value(b, 'alumni:list', { hostId: lee.hostId }))[0]!.career).toMatchObject({ position: '国際協力課長' });

    await value(b, 'alumni:delete-activity', { id: activity.id });
    await value(b, 'alumni:delete-career', { id: career.id });
    expect(await call(b, 'alumni:delete-career', { id: career.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const after = await value(b, 'alumni:trainee', { traineeId: lee.id });
    expect(after.careers.map((c) => c.position)).toEqual(['主務官']);
    expect(after.activities).toEqual([]);

    const history = await value(b, 'alumni:history', { traineeId: lee.id });
    expect(history.filter((h) => h.record === 'career' && h.op === 'delete')).toHaveLength(1);
    expect(history).toContainEqual(expect.objectContaining({ record: 'career', op: 'update', field: 'position', oldValue: '国際協力チーム長', newValue: '国際協力課長' }));
    expect(history).toContainEqual(expect.objectContaining({ record: 'activity', op: 'update', field: 'kind', oldValue: 'delegation', newValue: 'visit' }));
    expect(history.filter((h) => h.record === 'activity' && h.op === 'delete')).toHaveLength(1);
  });

  it('keeps a report with its photo in the database, refuses a photo too large or not an image, and puts a year’s reports in host order', async () => {
    const { b, lee, choi } = await alumni();
    const report = await value(b, 'alumni:create-report', {
      traineeId: lee.id, kind: 'trainee_report', title: '宇佐市での研修', textJa: '慶州市と宇佐市は長い間、友好な関係を築いており…', textOriginal: '경주시와 우사시는…', fiscalYear: 2024, publishedIn: '自治体国際化フォーラム',
    });
    const big = Buffer.alloc(REPORT_PHOTO_MAX_BYTES + 3, 0xff).toString('base64');
    expect(await call(b, 'alumni:set-report-photo', { id: report.id, dataBase64: big })).toMatchObject({ ok: false, error: { params: { issues: [{ field: 'dataBase64', rule: 'file_too_large' }] } } });
    expect(await call(b, 'alumni:set-report-photo', { id: report.id, dataBase64: Buffer.from('%PDF-1.4').toString('base64') })).toMatchObject({
      ok: false, error: { params: { issues: [{ field: 'photo', rule: 'invalid_image' }] } },
    });
    expect((await value(b, 'alumni:set-report-photo', { id: report.id, dataBase64: JPEG.toString('base64') })).hasPhoto).toBe(true);
    expect(await value(b, 'alumni:report-photo', { id: report.id })).toEqual({ mime: 'image/jpeg', dataBase64: JPEG.toString('base64') });

    // 高知市 (39201) comes after 宇佐市 (44211)? No: 団体コード order puts 高知県 (39) before 大分県 (44).
    await value(b, 'alumni:create-report', { traineeId: choi.id, kind: 'final_report', title: '最終報告書', textJa: '高知市での研修…', fiscalYear: 2024 });
    await value(b, 'alumni:create-report', { traineeId: choi.id, kind: 'trainee_report', title: '別の年度', textJa: '…', fiscalYear: 2023 });
    const booklet = await value(b, 'alumni:booklet', { fiscalYear: 2024 });
    expect(booklet.map((e) => e.trainee.hostName)).toEqual(['高知県高知市', '大分県宇佐市']);
    expect((await value(b, 'alumni:report', { id: report.id })).trainee.id).toBe(lee.id);
    expect((await value(b, 'alumni:list', {})).find((r) => r.trainee.id === lee.id)!.reportCount).toBe(1);

    await value(b, 'alumni:remove-report-photo', { id: report.id });
    expect(await value(b, 'alumni:report-photo', { id: report.id })).toBeNull();
    await value(b, 'alumni:delete-report', { id: report.id });
    expect(await call(b, 'alumni:report', { id: report.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe('erasure', () => {
  it("takes an erased trainee's alumni records with them, contact details and their history included", async () => {
    const { b, lee, choi } = await alumni();
    await value(b, 'alumni:set-contact', { traineeId: lee.id, consentOn: '2025-03-01', consentScope: 'share', email: 'seoyeon@example.kr', address: '경주시 …' });
    await value(b, 'alumni:create-career', { traineeId: lee.id, position: '課長', organisation: '慶州市役所' });
    await value(b, 'alumni:create-activity', { traineeId: lee.id, kind: 'visit', happenedOn: '2025-10-10', title: '訪問' });
    const report = await value(b, 'alumni:create-report', { traineeId: lee.id, kind: 'trainee_report', title: 'レポート', textJa: '本文', fiscalYear: 2024 });
    await value(b, 'alumni:set-report-photo', { id: report.id, dataBase64: JPEG.toString('base64') });
    await value(b, 'alumni:set-contact', { traineeId: choi.id, consentOn: '2025-03-01', consentScope: 'office', email: 'minjun@example.kr' });

    eraseTrainees(b.ctx, [lee.id], 'trash');
    for (const table of ['alumni_careers', 'alumni_activities', 'trainee_reports']) expect(tableCount(b, table)).toBe(0);
    expect(b.ctx.db.prepare('SELECT trainee_id FROM alumni_contacts').pluck().all()).toEqual([choi.id]);
    const log = b.ctx.db.prepare("SELECT changes FROM change_log WHERE table_name LIKE 'alumni_%' OR table_name = 'trainee_reports'").pluck().all() as string[];
    expect(log.join('\n')).not.toContain('seoyeon@example.kr');
    expect(log.join('\n')).not.toContain('경주시');
    expect(log.join('\n')).toContain('minjun@example.kr');
  });
});
