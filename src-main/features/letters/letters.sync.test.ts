import { describe, expect, it } from 'vitest';
import { templateSeedId } from '../../db/migrations/0130-letters';
import { call, value } from '../../test/backend';
import { syncingPcs } from '../../test/syncing-pcs';

const { device, exchange, digest } = syncingPcs('2024-05-20T00:00:00Z');
const DECISION = templateSeedId(1);

describe('document numbers across PCs', () => {
  it('never gives the same number twice when two PCs issue offline and then sync', async () => {
    const office = await device('事務所PC 1', '佐藤');
    const { yearId } = await value(office, 'sample:load', {});
    await value(office, 'letters:set-range', { firstNumber: 1, lastNumber: 499 });
    const laptop = await device('ノートPC', '鈴木');
    await exchange(office, laptop);
    // The laptop knows the office's block and refuses one that overlaps it.
    const overlap = await call(laptop, 'letters:set-range', { firstNumber: 400, lastNumber: 999 });
    expect(overlap).toMatchObject({ ok: false, error: { params: { issues: [{ rule: 'letter_range_overlap' }] } } });
    await value(laptop, 'letters:set-range', { firstNumber: 500, lastNumber: 999 });

    const hosts = (await value(office, 'letters:recipients', { yearId })).filter((h) => h.traineeCount > 0).map((h) => ({ hostId: h.hostId, values: {}, allowMissing: false }));
    // Both issue while apart.
    const a = await value(office, 'letters:issue', { templateId: DECISION, yearId, language: 'ja', recipients: hosts.slice(0, 6) });
    const b = await value(laptop, 'letters:issue', { templateId: DECISION, yearId, language: 'ja', recipients: hosts.slice(6) });
    expect(a.letters.map((l) => l.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(b.letters.map((l) => l.number)).toEqual([500, 501, 502, 503, 504]);
    await value(laptop, 'letters:cancel', { id: b.letters[0]!.id });

    await exchange(laptop, office);
    await exchange(office, laptop);
    const onOffice = await value(office, 'letters:register', { fiscalYear: 2024 });
    const onLaptop = await value(laptop, 'letters:register', { fiscalYear: 2024 });
    const numbers = onOffice.entries.map((e) => e.number);
    expect(numbers).toEqual([1, 2, 3, 4, 5, 6, 500, 501, 502, 503, 504]);
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(onLaptop.entries).toEqual(onOffice.entries);
    expect(onOffice.entries.find((e) => e.number === 500)).toMatchObject({ status: 'cancelled', cancelledBy: '鈴木', issuedBy: '鈴木' });

    // After the sync each goes on in its own block; the cancelled 500 is never given again.
    const more = await value(laptop, 'letters:issue', { templateId: DECISION, yearId, language: 'ja', recipients: hosts.slice(0, 1) });
    expect(more.letters[0]!.number).toBe(505);
    const again = await value(office, 'letters:issue', { templateId: DECISION, yearId, language: 'ja', recipients: hosts.slice(0, 1) });
    expect(again.letters[0]!.number).toBe(7);
  });

  it('stops both PCs issuing when blocks set apart turn out to overlap at sync', async () => {
    const office = await device('事務所PC 1', '佐藤');
    const { yearId } = await value(office, 'sample:load', {});
    const laptop = await device('ノートPC', '鈴木');
    await exchange(office, laptop);
    await value(office, 'letters:set-range', { firstNumber: 1, lastNumber: 499 });
    await value(laptop, 'letters:set-range', { firstNumber: 100, lastNumber: 999 });
    await exchange(laptop, office);
    const [host] = (await value(office, 'letters:recipients', { yearId })).filter((h) => h.traineeCount > 0);
    const refused = await call(office, 'letters:issue', { templateId: DECISION, yearId, language: 'ja', recipients: [{ hostId: host!.hostId, values: {}, allowMissing: false }] });
    expect(refused).toMatchObject({ ok: false, error: { params: { issues: [{ rule: 'letter_range_overlap', params: { device: 'ノートPC' } }] } } });
  });

  it('keeps both letters when two PCs gave the same number with blocks set apart, and marks them 番号重複', async () => {
    const office = await device('事務所PC 1', '佐藤');
    const { yearId } = await value(office, 'sample:load', {});
    const laptop = await device('ノートPC', '鈴木');
    await exchange(office, laptop);
    // Both set 1–499 while apart: neither knows the other's block, so neither refuses it.
    await value(office, 'letters:set-range', { firstNumber: 1, lastNumber: 499 });
    await value(laptop, 'letters:set-range', { firstNumber: 1, lastNumber: 499 });
    const [h1, h2] = (await value(office, 'letters:recipients', { yearId })).filter((h) => h.traineeCount > 0);
    const a = await value(office, 'letters:issue', { templateId: DECISION, yearId, language: 'ja', recipients: [{ hostId: h1!.hostId, values: {}, allowMissing: false }] });
    const b = await value(laptop, 'letters:issue', { templateId: DECISION, yearId, language: 'ja', recipients: [{ hostId: h2!.hostId, values: {}, allowMissing: false }] });
    expect(a.letters[0]).toMatchObject({ number: 1, numberLabel: '自国経第1号', duplicated: false });
    expect(b.letters[0]).toMatchObject({ number: 1, numberLabel: '自国経第1号', duplicated: false });
    expect(a.letters[0]!.id).not.toBe(b.letters[0]!.id);

    await exchange(office, laptop);
    await exchange(laptop, office);
    await exchange(office, laptop);
    for (const pc of [office, laptop]) {
      const register = await value(pc, 'letters:register', { fiscalYear: 2024 });
      expect(register.entries.map((e) => [e.number, e.addressee, e.duplicated])).toEqual(
        expect.arrayContaining([
          [1, a.letters[0]!.addressee, true],
          [1, b.letters[0]!.addressee, true],
        ]),
      );
      expect(register.entries).toHaveLength(2);
      expect(new Set(register.entries.map((e) => e.id))).toEqual(new Set([a.letters[0]!.id, b.letters[0]!.id]));
      expect(register.duplicates).toEqual([{ fiscalYear: 2024, number: 1, numberLabel: '自国経第1号' }]);
      // Each letter still prints as it was issued.
      const [letter] = await value(pc, 'letters:issued', { id: b.letters[0]!.id });
      expect(letter).toMatchObject({ duplicated: true, doc: { numberLabel: '自国経第1号', addressee: b.letters[0]!.addressee } });
    }
    expect(await digest(office)).toBe(await digest(laptop));
    // Now that each knows the other's block, neither issues again until one moves.
    const refused = await call(laptop, 'letters:issue', { templateId: DECISION, yearId, language: 'ja', recipients: [{ hostId: h2!.hostId, values: {}, allowMissing: false }] });
    expect(refused).toMatchObject({ ok: false, error: { params: { issues: [{ rule: 'letter_range_overlap' }] } } });
  });
});
