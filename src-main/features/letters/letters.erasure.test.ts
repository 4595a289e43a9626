import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { ERASED_VALUE } from '@shared/contract/erasure';
import type { Backend } from '../../backend';
import { templateSeedId } from '../../db/migrations/0130-letters';
import { value } from '../../test/backend';
import { syncingPcs } from '../../test/syncing-pcs';
import { eraseTrainees } from '../erasure';

const { device, exchange, digest } = syncingPcs('2024-05-20T00:00:00Z');

/** Every value the change log holds (the letters' and everything else's), as one text. */
const logText = (b: Backend) => (b.ctx.db.prepare('SELECT group_concat(changes, char(10)) FROM change_log').pluck().get() as string | null) ?? '';
const contentOf = (b: Backend, id: string) => b.ctx.db.prepare('SELECT content FROM letters WHERE id = ?').pluck().get(id) as string;

async function docText(dataBase64: string): Promise<string> {
  const zip = await JSZip.loadAsync(Buffer.from(dataBase64, 'base64'));
  const xml = await zip.file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

describe('erasing a trainee named in issued letters', () => {
  it('takes their row out of the letter and its history, here and on the other PC, the letter and the other trainee kept', async () => {
    const office = await device('事務所PC 1');
    const { yearId } = await value(office, 'sample:load', {});
    await value(office, 'letters:set-range', { firstNumber: 1, lastNumber: 499 });
    // A second trainee moved to the first one's host, so its letter names two.
    const [first, second] = await value(office, 'assignments:list', { yearId });
    await value(office, 'assignments:delete', { id: second!.id });
    await value(office, 'assignments:create', { yearId, traineeId: second!.traineeId, hostId: first!.hostId, startsOn: second!.startsOn, endsOn: second!.endsOn });
    const host = (await value(office, 'letters:recipients', { yearId })).find((r) => r.traineeCount >= 2)!;
    const { letters } = await value(office, 'letters:issue', {
      templateId: templateSeedId(1),
      yearId,
      language: 'ja',
      recipients: [{ hostId: host.hostId, values: {}, allowMissing: false }],
    });
    const id = letters[0]!.id;
    const [before] = await value(office, 'letters:issued', { id });
    const table = before!.doc.table!;
    expect(table.rows.length).toBeGreaterThanOrEqual(2);
    const erasedId = table.traineeIds![0]!;
    const [goneName, goneLatin] = table.rows[0]!.map((c) => c.text);
    const [keptName, keptLatin] = table.rows[1]!.map((c) => c.text);
    const laptop = await device('ノートPC');
    await exchange(office, laptop);
    expect(contentOf(laptop, id)).toContain(goneName);

    eraseTrainees(office.ctx, [erasedId], 'trash');
    await exchange(office, laptop);

    for (const pc of [office, laptop]) {
      const [after] = await value(pc, 'letters:issued', { id });
      expect(after).toMatchObject({ number: 1, numberLabel: '自国経第1号', title: before!.title, addressee: before!.addressee, status: 'issued' });
      expect(after!.doc.table!.rows[0]!.every((c) => c.text === ERASED_VALUE)).toBe(true);
      expect(after!.doc.table!.rows[1]!.slice(0, 2).map((c) => c.text)).toEqual([keptName, keptLatin]);
      for (const text of [contentOf(pc, id), logText(pc)]) {
        expect(text).not.toContain(goneName!);
        expect(text).not.toContain(goneLatin!);
      }
      expect(contentOf(pc, id)).toContain(keptName);
      // The Word letter shows the redaction word in that row.
      const word = await docText((await value(pc, 'letters:docx', { id })).dataBase64);
      expect(word).toContain('（消去済み）');
      expect(word).toContain(keptName);
      expect(word).not.toContain(goneName!);
    }
    expect(await digest(laptop)).toBe(await digest(office));

    // A PC that never had the letter gets it whole (its history holds the trainee's row taken out, not the letter dropped).
    const fresh = await device('新しいPC');
    await exchange(office, fresh);
    const [onFresh] = await value(fresh, 'letters:issued', { id });
    expect(onFresh!.doc.table!.rows[1]![0]!.text).toBe(keptName);
    expect(logText(fresh)).not.toContain(goneName!);
    expect(await digest(fresh)).toBe(await digest(office));
  });
});
