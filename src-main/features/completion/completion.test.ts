import { afterEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../backend';
import { call, memoryBackend, tableCount, value } from '../../test/backend';
import { REPORT_FILE_MAX_BYTES } from '@shared/contract/completion';
import { formatOfficialDate, formatWareki } from '@shared/text/date-format';
import { eraseTrainees } from '../erasure';
import { statusBeforeCompletion } from './completion';

const backends: Backend[] = [];
afterEach(() => backends.splice(0).forEach((b) => b.close()));

/** A backend whose clock reads the given Japan date (noon). */
function at(date: string): Backend {
  const b = memoryBackend(() => new Date(`${date}T03:00:00Z`));
  backends.push(b);
  return b;
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

async function yearWithTrainees(b: Backend) {
  await value(b, 'settings:update', { staffName: '佐藤' });
  const year = await value(b, 'years:create', { fiscalYear: 2024 });
  const lee = await value(b, 'trainees:create', {
    yearId: year.id, familyNameNative: '이', givenNameNative: '서연', familyNameLatin: 'LEE', givenNameLatin: 'Seoyeon', nameLang: 'ko', nameOrder: 'family_first', nationality: 'KR', status: 'at_host', statusChangedOn: '2024-11-01',
  });
  const ram = await value(b, 'trainees:create', {
    yearId: year.id, familyNameNative: 'श्रेष्ठ', givenNameNative: 'राम', familyNameLatin: 'SHRESTHA', givenNameLatin: 'Ram', nameLang: 'ne', nameOrder: 'given_first', nationality: 'NP', status: 'at_host',
  });
  return { year, lee, ram };
}

describe('the certificate date in 和暦', () => {
  it('writes the first year of Reiwa as 元年, and the day before it in Heisei', () => {
    expect(formatOfficialDate('2019-05-01', 'ja')).toBe('令和元年5月1日');
    expect(formatWareki('2019-04-30')).toBe('平成31年4月30日');
    expect(formatOfficialDate('2025-03-31', 'ja')).toBe('令和7年3月31日');
    expect(formatOfficialDate('2025-03-31', 'en')).toBe('31 March 2025');
  });
});

describe('undoing a completion (rule)', () => {
  it('goes back to the status and date before the latest completion, or at host on the day', () => {
    const log = [
      { changes: [['status', null, 'selected'] as [string, null, string]] },
      { changes: [['status', 'at_jiam', 'completed'], ['status_changed_on', '2024-10-01', '2025-01-10']] as Array<[string, string, string]> },
      { changes: [['status', 'completed', 'at_host'], ['status_changed_on', '2025-01-10', '2025-01-11']] as Array<[string, string, string]> },
      { changes: [['status', 'at_host', 'completed'], ['status_changed_on', '2025-01-11', '2025-03-31']] as Array<[string, string, string]> },
    ];
    expect(statusBeforeCompletion(log, '2025-03-31')).toEqual({ status: 'at_host', statusChangedOn: '2025-01-11' });
    expect(statusBeforeCompletion([{ changes: [['status', null, 'completed']] }], '2025-03-31')).toEqual({ status: 'at_host', statusChangedOn: '2025-03-31' });
  });
});

describe('completion on real SQLite', () => {
  it('marks a trainee completed on a day, in their history, and undoes it back to where they were', async () => {
    const b = at('2025-03-31');
    const { lee } = await yearWithTrainees(b);
    const done = await value(b, 'completion:complete', { traineeId: lee.id, completedOn: '令和7年3月28日' });
    expect(done).toMatchObject({ status: 'completed', completedOn: '2025-03-28', canComplete: false });
    expect((await value(b, 'trainees:get', { id: lee.id })).status).toBe('completed');

    const history = await value(b, 'trainees:history', { id: lee.id, revealIdentifiers: false });
    expect(history.filter((h) => h.op === 'update').map((h) => [h.field, h.oldValue, h.newValue, h.author])).toEqual([
      ['statusChangedOn', '2024-11-01', '2025-03-28', '佐藤'],
      ['status', 'at_host', 'completed', '佐藤'],
    ]);

    const undone = await value(b, 'completion:undo', { traineeId: lee.id });
    expect(undone).toMatchObject({ status: 'at_host', completedOn: null, canComplete: true });
    expect((await value(b, 'trainees:get', { id: lee.id })).statusChangedOn).toBe('2024-11-01');
  });

  it('dates a completion today by default and refuses a day in the future, before the year, or a trainee who cannot complete', async () => {
    const b = at('2025-03-31');
    const { lee, ram } = await yearWithTrainees(b);
    expect((await value(b, 'completion:complete', { traineeId: lee.id, completedOn: null })).completedOn).toBe('2025-03-31');
    expect(await call(b, 'completion:complete', { traineeId: ram.id, completedOn: '2025-04-01' })).toEqual({
      ok: false, error: { code: 'validation', params: { issues: [{ field: 'completedOn', rule: 'date_in_future' }] } },
    });
    expect(await call(b, 'completion:complete', { traineeId: ram.id, completedOn: '2024-03-31' })).toMatchObject({
      ok: false, error: { params: { issues: [{ field: 'completedOn', rule: 'before_year_start' }] } },
    });
    expect(await call(b, 'completion:complete', { traineeId: lee.id, completedOn: null })).toMatchObject({
      ok: false, error: { params: { issues: [{ field: 'status', rule: 'already_completed' }] } },
    });
    await value(b, 'trainees:update', { ...(await value(b, 'trainees:get', { id: ram.id })), status: 'withdrawn', withdrawnReason: '家庭の事情' });
    expect(await call(b, 'completion:complete', { traineeId: ram.id, completedOn: null })).toMatchObject({
      ok: false, error: { params: { issues: [{ field: 'status', rule: 'not_taking_part' }] } },
    });
    expect(await call(b, 'completion:undo', { traineeId: ram.id })).toMatchObject({ ok: false, error: { params: { issues: [{ field: 'status', rule: 'not_completed' }] } } });
  });
});

describe('final reports on real SQLite', () => {
  it('records a report received, keeps its file in the database, and takes it back', async () => {
    const b = at('2025-03-31');
    const { lee } = await yearWithTrainees(b);
    const empty = await value(b, 'completion:trainee', { traineeId: lee.id });
    expect(empty.reports).toEqual([
      { kind: 'final_report', receivedOn: null, file: null },
      { kind: 'host_evaluation', receivedOn: null, file: null },
    ]);
    await value(b, 'completion:set-report', { traineeId: lee.id, kind: 'host_evaluation', isReceived: true, receivedOn: '2025-03-20' });
    const withFile = await value(b, 'completion:attach-report', { traineeId: lee.id, kind: 'final_report', fileName: '最終報告書.pdf', dataBase64: PDF.toString('base64') });
    expect(withFile.reports).toEqual([
      { kind: 'final_report', receivedOn: '2025-03-31', file: { name: '最終報告書.pdf', mime: 'application/pdf', sizeBytes: PDF.length } },
      { kind: 'host_evaluation', receivedOn: '2025-03-20', file: null },
    ]);
    const file = await value(b, 'completion:report-file', { traineeId: lee.id, kind: 'final_report' });
    expect(Buffer.from(file.dataBase64, 'base64').equals(PDF)).toBe(true);
    expect(tableCount(b, 'completion_reports')).toBe(2);

    const year = await value(b, 'completion:year', { yearId: lee.yearId });
    expect(year.trainees.find((t) => t.id === lee.id)?.reports.map((r) => r.receivedOn)).toEqual(['2025-03-31', '2025-03-20']);

    const notReceived = await value(b, 'completion:set-report', { traineeId: lee.id, kind: 'final_report', isReceived: false, receivedOn: null });
    expect(notReceived.reports[0]).toEqual({ kind: 'final_report', receivedOn: null, file: null });
    expect(await call(b, 'completion:report-file', { traineeId: lee.id, kind: 'final_report' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('refuses a file above the limit with its size, and one that is not a PDF or image by its bytes', async () => {
    const b = at('2025-03-31');
    const { lee } = await yearWithTrainees(b);
    const big = Buffer.alloc(REPORT_FILE_MAX_BYTES + 1, 0x20);
    big.write('%PDF-', 0, 'latin1');
    expect(await call(b, 'completion:attach-report', { traineeId: lee.id, kind: 'final_report', fileName: 'big.pdf', dataBase64: big.toString('base64') })).toEqual({
      ok: false, error: { code: 'validation', params: { issues: [{ field: 'dataBase64', rule: 'file_too_large', params: { limitMb: 10 } }] } },
    });
    expect(await call(b, 'completion:attach-report', { traineeId: lee.id, kind: 'final_report', fileName: 'report.pdf', dataBase64: Buffer.from('<html>').toString('base64') })).toMatchObject({
      ok: false, error: { params: { issues: [{ field: 'dataBase64', rule: 'invalid_file_type' }] } },
    });
    expect(tableCount(b, 'completion_reports')).toBe(0);
  });
});

describe('certificates', () => {
  it('lists the completed trainees of one trainee, a host or the year, with the period from the year’s arrival and the signer', async () => {
    const b = at('2025-03-31');
    const { year, lee, ram } = await yearWithTrainees(b);
    const host = await value(b, 'hosts:create', { code: '442119' });
    await value(b, 'assignments:create', { yearId: year.id, traineeId: lee.id, hostId: host.id, startsOn: '2024-11-01', endsOn: '2025-03-31' });
    await value(b, 'completion:complete', { traineeId: lee.id, completedOn: '2025-03-31' });

    const all = await value(b, 'completion:certificates', { yearId: year.id, traineeId: null, hostId: null });
    expect(all.isSignerDefault).toBe(true);
    expect(all.signer).toMatchObject({ organizationJa: '一般財団法人自治体国際化協会', titleJa: '理事長' });
    expect(all.certificates).toEqual([
      expect.objectContaining({ traineeId: lee.id, nativeName: '이서연', latinName: 'LEE Seoyeon', hostName: '大分県宇佐市', hostNameEn: 'Usa City', completedOn: '2025-03-31' }),
    ]);
    expect(all.certificates[0]!.startsOn).toBe(year.milestones.find((m) => m.kind === 'arrival')!.startsOn);
    expect((await value(b, 'completion:certificates', { yearId: year.id, traineeId: null, hostId: host.id })).certificates).toHaveLength(1);
    expect((await value(b, 'completion:certificates', { yearId: year.id, traineeId: ram.id, hostId: null })).certificates).toEqual([]);

    const signer = await value(b, 'completion:set-signer', { organizationJa: '一般財団法人自治体国際化協会', titleJa: '理事長', nameJa: '岡本 保', organizationEn: '', titleEn: 'President', nameEn: 'OKAMOTO Tamotsu' });
    expect(signer).toEqual({ organizationJa: '一般財団法人自治体国際化協会', titleJa: '理事長', nameJa: '岡本 保', organizationEn: null, titleEn: 'President', nameEn: 'OKAMOTO Tamotsu' });
    expect((await value(b, 'completion:certificates', { yearId: year.id, traineeId: lee.id, hostId: null })).isSignerDefault).toBe(false);
    expect(await call(b, 'completion:set-signer', { organizationJa: '', titleJa: '理事長', nameJa: '岡本 保' })).toMatchObject({
      ok: false, error: { params: { issues: [{ field: 'organizationJa', rule: 'required' }] } },
    });
  });
});

describe("the year's close on real SQLite", () => {
  it('refuses to close while anyone is neither completed nor withdrawn, naming them, and closes once all are', async () => {
    const b = at('2025-03-31');
    const { year, lee, ram } = await yearWithTrainees(b);
    await value(b, 'completion:complete', { traineeId: lee.id, completedOn: null });
    expect(await call(b, 'completion:close-year', { yearId: year.id })).toEqual({
      ok: false, error: { code: 'year_not_finished', params: { fiscalYear: 2024, count: 1, names: ['राम श्रेष्ठ'] } },
    });
    expect((await value(b, 'completion:year', { yearId: year.id })).notFinished).toEqual([{ id: ram.id, name: 'राम श्रेष्ठ' }]);
    await value(b, 'trainees:update', { ...(await value(b, 'trainees:get', { id: ram.id })), status: 'withdrawn', withdrawnReason: '家庭の事情' });

    const closed = await value(b, 'completion:close-year', { yearId: year.id });
    expect(closed).toMatchObject({ closedOn: '2025-03-31', notFinished: [] });
    expect(closed.history).toEqual([expect.objectContaining({ action: 'closed', author: '佐藤', closedOn: '2025-03-31' })]);
    expect((await value(b, 'years:list', {})).find((y) => y.id === year.id)?.closedOn).toBe('2025-03-31');
  });

  it('refuses every write to a closed year’s records with year_closed, allows them again once reopened, and leaves other years alone', async () => {
    const b = at('2025-03-31');
    const { year, lee, ram } = await yearWithTrainees(b);
    const host = await value(b, 'hosts:create', { code: '442119' });
    await value(b, 'assignments:create', { yearId: year.id, traineeId: lee.id, hostId: host.id, startsOn: '2024-11-01', endsOn: '2025-03-31' });
    const flight = await value(b, 'flights:create', {
      traineeId: lee.id, kind: 'arrival', flightNumber: 'KE 703', fromAirport: 'ICN', toAirport: 'NRT', departsLocal: '2024-10-01T09:00', arrivesLocal: '2024-10-01T11:30',
    });
    await value(b, 'completion:complete', { traineeId: lee.id, completedOn: null });
    await value(b, 'completion:complete', { traineeId: ram.id, completedOn: null });
    await value(b, 'completion:close-year', { yearId: year.id });
    const next = await value(b, 'years:create', { fiscalYear: 2025 });

    const closed = { ok: false, error: { code: 'year_closed', params: { fiscalYear: 2024 } } };
    const leeNow = await value(b, 'trainees:get', { id: lee.id });
    expect(await call(b, 'trainees:update', { ...leeNow, position: '国際交流課' })).toEqual(closed);
    expect(await call(b, 'trainees:create', { yearId: year.id, familyNameLatin: 'KIM', givenNameLatin: 'Minji', nameLang: 'en', nameOrder: 'family_first', nationality: 'KR', status: 'selected' })).toEqual(closed);
    expect(await call(b, 'trainees:delete', { id: ram.id })).toEqual(closed);
    expect(await call(b, 'completion:undo', { traineeId: lee.id })).toEqual(closed);
    expect(await call(b, 'completion:set-report', { traineeId: lee.id, kind: 'final_report', isReceived: true, receivedOn: null })).toEqual(closed);
    expect(await call(b, 'flights:delete', { id: flight.id })).toEqual(closed);
    const arrival = year.milestones.find((m) => m.kind === 'arrival')!;
    expect(await call(b, 'years:update-milestone', { id: arrival.id, startsOn: '2024-10-02', endsOn: null })).toEqual(closed);
    expect(await call(b, 'procedures:start-year', { yearId: year.id })).toEqual(closed);
    // Nothing of it was written.
    expect((await value(b, 'trainees:get', { id: lee.id })).position).toBeNull();
    expect(tableCount(b, 'completion_reports')).toBe(0);

    // Another year and the masters are not touched by the close.
    const nextArrival = next.milestones.find((m) => m.kind === 'arrival')!;
    expect((await call(b, 'years:update-milestone', { id: nextArrival.id, startsOn: nextArrival.startsOn, endsOn: null })).ok).toBe(true);
    expect((await call(b, 'trainees:create', { yearId: next.id, familyNameLatin: 'KIM', givenNameLatin: 'Minji', nameLang: 'en', nameOrder: 'family_first', nationality: 'KR', status: 'selected' })).ok).toBe(true);

    const reopened = await value(b, 'completion:reopen-year', { yearId: year.id });
    expect(reopened.closedOn).toBeNull();
    expect(reopened.history.map((h) => h.action)).toEqual(['reopened', 'closed']);
    expect((await value(b, 'trainees:update', { ...leeNow, position: '国際交流課' })).position).toBe('国際交流課');
    expect((await call(b, 'completion:undo', { traineeId: lee.id })).ok).toBe(true);
  });

  it("lets a closed year's former trainees gain careers, contacts, activities and reports (the record after the program)", async () => {
    const b = at('2025-03-31');
    const { year, lee, ram } = await yearWithTrainees(b);
    await value(b, 'completion:complete', { traineeId: lee.id, completedOn: null });
    await value(b, 'completion:complete', { traineeId: ram.id, completedOn: null });
    await value(b, 'completion:close-year', { yearId: year.id });

    const career = await value(b, 'alumni:create-career', { traineeId: lee.id, position: '国際交流課長', organisation: '慶州市', startsOn: '2026-01-01', endsOn: null, note: null });
    await value(b, 'alumni:update-career', { id: career.id, position: '国際交流課長', organisation: '慶州市庁', startsOn: '2026-01-01', endsOn: null, note: null });
    await value(b, 'alumni:set-contact', {
      traineeId: lee.id, consentOn: '2025-03-31', consentScope: 'share', email: 'lee@example.kr', phone: null, address: null, other: null, lastContactOn: '2026-02-01',
    });
    await value(b, 'alumni:create-activity', { traineeId: lee.id, kind: 'visit', happenedOn: '2026-05-10', title: '宇佐市訪問団の受入れ', note: null });
    await value(b, 'alumni:create-report', { traineeId: lee.id, kind: 'trainee_report', title: '宇佐市での研修', textJa: '研修の報告です。', textOriginal: null, fiscalYear: 2024, publishedIn: null });
    const record = await value(b, 'alumni:trainee', { traineeId: lee.id });
    expect([record.careers[0]?.organisation, record.contact.email, record.activities.length, record.reports.length]).toEqual(['慶州市庁', 'lee@example.kr', 1, 1]);
    // The year's own record stays read only.
    expect((await call(b, 'trainees:update', { ...(await value(b, 'trainees:get', { id: lee.id })), position: '国際交流課' })).ok).toBe(false);
  });

  it('closes a year with an applicant never selected: only those taking part must be completed or withdrawn', async () => {
    const b = at('2025-03-31');
    const { year, lee, ram } = await yearWithTrainees(b);
    await value(b, 'trainees:create', { yearId: year.id, familyNameLatin: 'KIM', givenNameLatin: 'Sihyun', nameLang: 'en', nameOrder: 'family_first', nationality: 'KR', status: 'applicant' });
    await value(b, 'completion:complete', { traineeId: lee.id, completedOn: null });
    await value(b, 'completion:complete', { traineeId: ram.id, completedOn: null });
    expect((await value(b, 'completion:year', { yearId: year.id })).notFinished).toEqual([]);
    expect((await value(b, 'completion:close-year', { yearId: year.id })).closedOn).toBe('2025-03-31');
  });

  it('keeps a closed year from being deleted', async () => {
    const b = at('2025-03-31');
    const empty = await value(b, 'years:create', { fiscalYear: 2026 });
    await value(b, 'completion:close-year', { yearId: empty.id });
    expect(await call(b, 'years:delete', { id: empty.id })).toEqual({ ok: false, error: { code: 'year_closed', params: { fiscalYear: 2026 } } });
    await value(b, 'completion:reopen-year', { yearId: empty.id });
    expect((await call(b, 'years:delete', { id: empty.id })).ok).toBe(true);
  });
});

describe('the dashboard after a close', () => {
  it('opens on the year in progress, and moves on to the next year once it is closed', async () => {
    const b = at('2025-03-31');
    const { year, lee, ram } = await yearWithTrainees(b);
    const next = await value(b, 'years:create', { fiscalYear: 2025 });
    await value(b, 'trainees:create', { yearId: next.id, familyNameLatin: 'KIM', givenNameLatin: 'Minji', nameLang: 'en', nameOrder: 'family_first', nationality: 'KR', status: 'applicant' });
    expect(await value(b, 'dashboard:current-year', {})).toEqual({ yearId: year.id });
    await value(b, 'completion:complete', { traineeId: lee.id, completedOn: null });
    await value(b, 'completion:complete', { traineeId: ram.id, completedOn: null });
    await value(b, 'completion:close-year', { yearId: year.id });
    expect(await value(b, 'dashboard:current-year', {})).toEqual({ yearId: next.id });
  });
});

describe('what a closed year does not stop', () => {
  it('lets the trash be emptied of a closed year’s trainee (an erasure reaches every record)', async () => {
    const b = at('2025-03-31');
    const { year, lee, ram } = await yearWithTrainees(b);
    await value(b, 'trainees:delete', { id: ram.id });
    await value(b, 'completion:complete', { traineeId: lee.id, completedOn: null });
    await value(b, 'completion:close-year', { yearId: year.id });
    expect(await call(b, 'trainees:restore', { id: ram.id })).toMatchObject({ ok: false, error: { code: 'year_closed' } });
    expect(eraseTrainees(b.ctx, [ram.id], 'trash').trainees).toBe(1);
    expect(b.ctx.db.prepare('SELECT COUNT(*) AS n FROM trainees WHERE id = ?').get(ram.id)).toEqual({ n: 0 });
  });
});
