import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../backend';
import { memoryBackend, value } from '../../test/backend';
import { tableDigests } from './digest';
import { applyPayload, payloadForPeer } from './sync.service';
import { findPeer } from './sync.repo';

const backends: Backend[] = [];
afterEach(() => backends.splice(0).forEach((b) => b.close()));

type Op =
  | { kind: 'edit'; device: number; trainee: number; field: 'email' | 'notes' | 'phone'; text: number }
  | { kind: 'staff'; device: number }
  | { kind: 'renameStaff'; device: number; staff: number; text: number }
  | { kind: 'removeStaff'; device: number; staff: number }
  | { kind: 'exchange'; from: number; to: number };

const device = fc.integer({ min: 0, max: 2 });
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('edit' as const), device, trainee: fc.integer({ min: 0, max: 1 }), field: fc.constantFrom('email' as const, 'notes' as const, 'phone' as const), text: fc.integer({ min: 0, max: 3 }) }),
  fc.record({ kind: fc.constant('staff' as const), device }),
  fc.record({ kind: fc.constant('renameStaff' as const), device, staff: fc.nat(), text: fc.integer({ min: 0, max: 3 }) }),
  fc.record({ kind: fc.constant('removeStaff' as const), device, staff: fc.nat() }),
  fc.record({ kind: fc.constant('exchange' as const), from: device, to: device }),
);

const TEXTS = {
  email: ['a@example.kr', 'b@example.kr', 'c@example.kr', 'd@example.kr'],
  notes: ['ハラール', '車椅子', '遅延', 'メモ'],
  phone: ['03-1234-5678', '090-1111-2222', '+82-10-1234-5678', '06-9876-5432'],
};

/** Sends what `to` has not seen from `from`, as a bundle would (without the encryption, tested elsewhere). */
function exchange(from: Backend, to: Backend): void {
  const known = findPeer(to.ctx.db, from.ctx.deviceId) && findPeer(from.ctx.db, to.ctx.deviceId);
  applyPayload(to.ctx, payloadForPeer(from.ctx, known ? to.ctx.deviceId : null));
}

async function run(ops: Op[]): Promise<string[]> {
  let clock = Date.parse('2026-11-26T00:00:00Z');
  // Each device's clock drifts a little from the others.
  const devices = [0, 1, 2].map((i) => memoryBackend(() => new Date((clock += 7 + i * 3))));
  backends.push(...devices);
  const [office] = devices as [Backend, Backend, Backend];
  const year = await value(office, 'years:create', { fiscalYear: 2026 });
  const trainees = [];
  for (const name of ['Minji', 'Seoyeon']) {
    trainees.push(await value(office, 'trainees:create', { yearId: year.id, familyNameLatin: 'KIM', givenNameLatin: name, nameLang: 'ko', nameOrder: 'family_first', nationality: 'KR', status: 'selected' }));
  }
  exchange(office, devices[1]!);
  exchange(office, devices[2]!);

  for (const o of ops) {
    if (o.kind === 'exchange') {
      if (o.from !== o.to) exchange(devices[o.from]!, devices[o.to]!);
      continue;
    }
    const b = devices[o.device]!;
    const staff = await value(b, 'staff:list', {});
    if (o.kind === 'edit') {
      const current = await value(b, 'trainees:get', { id: trainees[o.trainee]!.id });
      await value(b, 'trainees:update', { ...current, [o.field]: TEXTS[o.field][o.text] } as never);
    } else if (o.kind === 'staff') {
      await value(b, 'staff:create', { name: `スタッフ${staff.length}`, organisation: 'clair' });
    } else if (staff.length > 0) {
      const member = staff[o.staff % staff.length]!;
      if (o.kind === 'removeStaff') await value(b, 'staff:delete', { id: member.id });
      else await value(b, 'staff:update', { id: member.id, name: `名前${o.text}`, organisation: member.organisation });
    }
  }
  // Everyone passes everything on, round the ring twice.
  for (let round = 0; round < 2; round++) for (let i = 0; i < 3; i++) exchange(devices[i]!, devices[(i + 1) % 3]!);
  return devices.map((b) => tableDigests(b.ctx.db).digest);
}

describe('sync converges', () => {
  it('three devices with random edits, creations and deletions, exchanged in random orders, end with identical data', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 25 }), async (ops) => {
        const digests = await run(ops);
        backends.splice(0).forEach((b) => b.close());
        expect(new Set(digests).size).toBe(1);
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
