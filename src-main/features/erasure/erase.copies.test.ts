import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Backend } from '../../backend';
import { templateSeedId } from '../../db/migrations/0130-letters';
import { memoryBackend, value } from '../../test/backend';
import { eraseTrainees } from './index';

const backends: Backend[] = [];
afterEach(() => backends.splice(0).forEach((b) => b.close()));

/**
 * Issues `letters` letters to the sample's first host, erases the first trainee they name, and
 * counts each statement prepared during the erasure; checks the trainee's name is out of every letter.
 */
async function preparedWhileErasing(letters: number): Promise<(sql: string) => number> {
  const b = memoryBackend();
  backends.push(b);
  const { yearId } = await value(b, 'sample:load', {});
  await value(b, 'letters:set-range', { firstNumber: 1, lastNumber: 499 });
  const host = (await value(b, 'letters:recipients', { yearId }))[0]!;
  const ids: string[] = [];
  for (let i = 0; i < letters; i++) {
    const issued = await value(b, 'letters:issue', {
      templateId: templateSeedId(1),
      yearId,
      language: 'ja',
      recipients: [{ hostId: host.hostId, values: {}, allowMissing: false }],
    });
    ids.push(issued.letters[0]!.id);
  }
  const [first] = await value(b, 'letters:issued', { id: ids[0]! });
  const traineeId = first!.doc.table!.traineeIds![0]!;
  const name = first!.doc.table!.rows[0]![0]!.text;
  const content = b.ctx.db.prepare('SELECT content FROM letters WHERE id = ?').pluck();
  expect(ids.every((id) => (content.get(id) as string).includes(name))).toBe(true);

  const prepare = vi.spyOn(b.ctx.db, 'prepare');
  eraseTrainees(b.ctx, [traineeId], 'trash');
  const prepared = prepare.mock.calls.map(([sql]) => String(sql));
  prepare.mockRestore();

  for (const id of ids) expect(content.get(id) as string).not.toContain(name);
  return (sql) => prepared.filter((s) => s === sql).length;
}

describe('erasing a trainee out of the rows that keep copies of them (issued letters)', () => {
  it("prepares a holder's statements once, however many of its rows name the trainee", async () => {
    const one = await preparedWhileErasing(1);
    const three = await preparedWhileErasing(3);
    for (const count of [one, three]) {
      expect(count('SELECT content FROM letters WHERE id = ?')).toBe(1);
      // (Here the row writer has taken the trainee out already, so the plain write need not run.)
      expect(count('UPDATE letters SET content = ? WHERE id = ?')).toBeLessThanOrEqual(1);
    }
    // The log's statements are prepared by the rest of the erasure too: two letters more add none.
    for (const sql of ['SELECT hlc, changes FROM change_log WHERE table_name = ? AND row_id = ?', 'UPDATE change_log SET changes = ? WHERE hlc = ?']) {
      expect(three(sql)).toBe(one(sql));
    }
  });
});
