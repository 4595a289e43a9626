import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { call, folderBackend, memoryBackend, value } from '../../test/backend';

const PASSPORT = 'PZ9988776';
const CARD = 'AB12345678CD';

/** The sample year, a staff name on this PC, and one trainee with both identifiers. */
async function withNumbers() {
  const backend = memoryBackend();
  const { yearId } = await value(backend, 'sample:load', {});
  await value(backend, 'settings:update', { staffName: '山田 花子' });
  const [first] = await value(backend, 'trainees:list', { yearId });
  const full = await value(backend, 'trainees:get', { id: first!.id });
  await value(backend, 'trainees:update', { ...full, passportNumber: 'TK1234578' });
  await value(backend, 'trainees:update', { ...full, passportNumber: PASSPORT, residenceCardNumber: CARD });
  return { backend, yearId, id: first!.id };
}

async function cellsOf(dataBase64: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(dataBase64, 'base64') as unknown as ArrayBuffer);
  return wb.worksheets.flatMap((sheet) => sheet.getSheetValues().flatMap((row) => (Array.isArray(row) ? row : [])).map((v) => String(v)));
}

describe('privacy', () => {
  it('masks passport and residence card numbers in the history unless asked to show them; the record itself keeps them', async () => {
    const { backend, id } = await withNumbers();
    const history = await value(backend, 'trainees:history', { id });
    const passport = history.filter((e) => e.field === 'passportNumber');
    expect(passport.map((e) => [e.oldValue, e.newValue])).toEqual([
      ['TK12•••78', 'PZ99•••76'],
      [null, 'TK12•••78'],
    ]);
    expect(history.find((e) => e.field === 'residenceCardNumber')?.newValue).toBe('AB12••••••CD');
    expect(JSON.stringify(history)).not.toContain(PASSPORT);

    const shown = await value(backend, 'trainees:history', { id, revealIdentifiers: true });
    expect(shown.find((e) => e.field === 'passportNumber')).toMatchObject({ oldValue: 'TK1234578', newValue: PASSPORT });
    expect((await value(backend, 'trainees:get', { id })).passportNumber).toBe(PASSPORT);
    // Other fields are not touched by the mask.
    expect(shown.filter((e) => e.field === 'status')).toEqual(history.filter((e) => e.field === 'status'));
  });

  it('masks the passport number in the list pages unless the person asks to show the numbers', async () => {
    const { backend, yearId, id } = await withNumbers();
    const page = await value(backend, 'trainees:page', { yearId, limit: 50 });
    expect(page.rows.find((r) => r.id === id)?.passportNumber).toBe('PZ99•••76');
    expect(JSON.stringify(page)).not.toContain(PASSPORT);
    const sorted = await value(backend, 'trainees:page', { yearId, limit: 50, sort: { column: 'passportNumber', isDescending: true } });
    expect(sorted.rows[0]).toMatchObject({ id, passportNumber: 'PZ99•••76' });
    const warned = await value(backend, 'trainees:page', { yearId, limit: 50, warning: 'no_photo' });
    expect(JSON.stringify(warned)).not.toContain(PASSPORT);
    const shown = await value(backend, 'trainees:page', { yearId, limit: 50, revealIdentifiers: true });
    expect(shown.rows.find((r) => r.id === id)?.passportNumber).toBe(PASSPORT);
    // The summaries other screens read carry no number at all.
    expect(JSON.stringify(await value(backend, 'trainees:list', { yearId }))).not.toContain('PZ99');
  });

  it('exports the trainee list with the passport number column masked, or in full when chosen, and records only the latter', async () => {
    const { backend, yearId } = await withNumbers();
    const columns = ['nativeName', 'latinName', 'passportNumber'] as const;
    const masked = await value(backend, 'exports:list', { list: 'trainees', yearId, language: 'ja', format: 'csv', columns: [...columns] });
    const maskedText = Buffer.from(masked.dataBase64, 'base64').toString('utf8');
    expect(maskedText.split('\r\n')[0]).toContain('旅券番号');
    expect(maskedText).toContain('PZ99•••76');
    expect(maskedText).not.toContain(PASSPORT);
    const xlsx = await value(backend, 'exports:list', { list: 'trainees', yearId, language: 'ja', format: 'xlsx', columns: [...columns] });
    expect((await cellsOf(xlsx.dataBase64)).join('\n')).not.toContain(PASSPORT);
    // Included, but not among the columns: nothing identifying goes out, nothing is recorded.
    await value(backend, 'exports:list', { list: 'trainees', yearId, language: 'ja', format: 'csv', columns: ['nativeName'], includeIdentifiers: true });
    expect(await value(backend, 'privacy:export-records', {})).toEqual([]);

    const full = await value(backend, 'exports:list', { list: 'trainees', yearId, language: 'ja', format: 'csv', columns: [...columns], includeIdentifiers: true });
    expect(Buffer.from(full.dataBase64, 'base64').toString('utf8')).toContain(PASSPORT);
    expect(await value(backend, 'privacy:export-records', {})).toMatchObject([
      { author: '山田 花子', list: 'trainees', fiscalYear: 2024, columns: ['passportNumber'], fileName: full.fileName, people: 1 },
    ]);
  });

  it('writes the year masked by default: no full number in the file and no export record', async () => {
    const { backend, yearId } = await withNumbers();
    const file = await value(backend, 'exports:year', { yearId, language: 'ja' });
    const cells = await cellsOf(file.dataBase64);
    expect(cells).toContain('PZ99•••76');
    expect(cells).toContain('AB12••••••CD');
    expect(cells.join('\n')).not.toContain(PASSPORT);
    expect(Buffer.from(file.dataBase64, 'base64').includes(Buffer.from(PASSPORT))).toBe(false);
    expect(await value(backend, 'privacy:export-records', {})).toEqual([]);
  });

  it('reads a masked year back through the trainee import without touching the stored numbers, consent dates with it', async () => {
    const { backend, yearId, id } = await withNumbers();
    const full = await value(backend, 'trainees:get', { id });
    await value(backend, 'trainees:update', { ...full, medicalNotes: '喘息', healthConsentOn: '2024-04-01' });
    const file = await value(backend, 'exports:year', { yearId, language: 'ja' });
    const preview = await value(backend, 'imports:preview', { yearId, fileName: 'year.xlsx', dataBase64: file.dataBase64 });
    expect(preview.headers).toContain('同意取得日（健康）');
    expect(preview.counts).toEqual({ new: 0, update: 0, unchanged: 11, error: 0 });
    await value(backend, 'imports:apply', { yearId, fileName: 'year.xlsx', dataBase64: file.dataBase64 });
    expect(await value(backend, 'trainees:get', { id })).toMatchObject({ passportNumber: PASSPORT, residenceCardNumber: CARD, healthConsentOn: '2024-04-01' });
  });

  it('writes the numbers in full when the person chose to include them, and records who, when, which list and which columns', async () => {
    const { backend, yearId } = await withNumbers();
    const file = await value(backend, 'exports:year', { yearId, language: 'ja', includeIdentifiers: true });
    const cells = await cellsOf(file.dataBase64);
    expect(cells).toContain(PASSPORT);
    expect(cells).toContain(CARD);
    const records = await value(backend, 'privacy:export-records', {});
    expect(records).toEqual([
      {
        id: expect.any(String) as string,
        exportedAt: '2026-11-26T03:00:00.000Z',
        author: '山田 花子',
        list: 'year',
        fiscalYear: 2024,
        columns: ['passportNumber', 'residenceCardNumber'],
        fileName: file.fileName,
        people: 1,
      },
    ]);
    // A second export is a second record, newest first.
    await value(backend, 'settings:update', { staffName: '加藤 美咲' });
    await value(backend, 'exports:year', { yearId, language: 'en', includeIdentifiers: true });
    expect((await value(backend, 'privacy:export-records', {})).map((r) => r.author)).toEqual(['加藤 美咲', '山田 花子']);
    // The other lists hold no identifiers and are not recorded.
    await value(backend, 'exports:list', { list: 'hosts', language: 'ja', format: 'csv', includeIdentifiers: true });
    expect(await value(backend, 'privacy:export-records', {})).toHaveLength(2);
  });

  it('shares the export record with the other PCs: an export made on a laptop is listed at the office', async () => {
    const dirs = [0, 1].map(() => fs.mkdtempSync(path.join(os.tmpdir(), 'kk-privacy-')));
    const [office, laptop] = dirs.map((dir) => folderBackend(dir));
    try {
      for (const [b, name] of [[office!, '事務所PC'], [laptop!, '空港ノートPC']] as const) {
        await value(b, 'sync:settings', { deviceName: name, passphrase: 'kakehashi-office-2026' });
      }
      const { yearId } = await value(office!, 'sample:load', {});
      const full = await value(office!, 'sync:export', { peerId: null });
      await value(laptop!, 'sync:import', { fileName: full.fileName, dataBase64: full.dataBase64 });
      await value(laptop!, 'settings:update', { staffName: '成田 担当' });
      await value(laptop!, 'exports:year', { yearId, language: 'ja', includeIdentifiers: true });
      const changes = await value(laptop!, 'sync:export', { peerId: office!.ctx.deviceId });
      await value(office!, 'sync:import', { fileName: changes.fileName, dataBase64: changes.dataBase64 });
      expect(await value(office!, 'privacy:export-records', {})).toMatchObject([{ author: '成田 担当', list: 'year', fiscalYear: 2024 }]);
    } finally {
      office!.close();
      laptop!.close();
      dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true }));
    }
  });

  it('warns of 要配慮 items held without consent, until a consent covering them is recorded', async () => {
    const backend = memoryBackend();
    const { yearId } = await value(backend, 'sample:load', {});
    const [first] = await value(backend, 'trainees:list', { yearId });
    const full = await value(backend, 'trainees:get', { id: first!.id });
    expect(full.warnings).not.toContain('no_consent');
    const held = await value(backend, 'trainees:update', { ...full, allergies: 'そば', religiousNeeds: '1日5回の礼拝' });
    expect(held.warnings).toContain('no_consent');
    const listed = await value(backend, 'trainees:list', { yearId, warning: 'no_consent' });
    expect(listed.map((t) => t.id)).toEqual([first!.id]);
    const page = await value(backend, 'trainees:page', { yearId, limit: 50, sort: { column: 'warnings', isDescending: false } });
    expect(page.rows.find((t) => t.id === first!.id)?.warnings).toContain('no_consent');
    // Consent to health data does not cover religious needs.
    const health = await value(backend, 'trainees:update', { ...held, healthConsentOn: '令和6年4月1日' });
    expect(health.healthConsentOn).toBe('2024-04-01');
    expect(health.warnings).toContain('no_consent');
    const both = await value(backend, 'trainees:update', { ...health, religionConsentOn: '2024-04-01' });
    expect(both.warnings).not.toContain('no_consent');
    // Whatever the status: the data is held all the same.
    const done = await value(backend, 'trainees:update', { ...both, status: 'completed', religionConsentOn: null });
    expect(done.warnings).toEqual(['no_consent']);
    expect((await value(backend, 'trainees:list', { yearId, warning: 'no_consent' })).map((t) => t.id)).toEqual([first!.id]);
    const bad = await call(backend, 'trainees:update', { ...done, healthConsentOn: '2024-13-01' });
    expect(bad.ok ? null : bad.error.params!.issues![0]).toMatchObject({ field: 'healthConsentOn' });
  });
});
