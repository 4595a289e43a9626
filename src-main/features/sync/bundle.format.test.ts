import { describe, expect, it } from 'vitest';
import { codeOf } from '../../test/refusals';
import { bundleHeader, Entry, openBundle, sealBundle, type Payload } from './bundle';

const PASS = 'office-passphrase-2024';
const DEVICE = '0f8fad5b-d9cb-469f-a165-70867728950e';
const HLC = `001732000000000-0000-${DEVICE}`;

function payload(entries: Payload['entries'] = []): Payload {
  return { format: 'kakehashi-changes', schemaVersion: 160, from: { deviceId: DEVICE, name: '本部' }, createdAt: '2026-11-26T03:00:00.000Z', seen: { [DEVICE]: HLC }, entries };
}

/** A bundle's frame around a header of our choosing (no valid content behind it). */
function framed(header: unknown, rest: Buffer = Buffer.alloc(32)): Buffer {
  const bytes = Buffer.from(typeof header === 'string' ? header : JSON.stringify(header));
  const length = Buffer.alloc(4);
  length.writeUInt32BE(bytes.length);
  return Buffer.concat([Buffer.from('KKHSYNC1'), length, bytes, rest]);
}

const v2 = (kdf: Record<string, unknown>) => ({ v: 2, kdf, from: DEVICE, salt: 'c2FsdA==', iv: 'aXY=', createdAt: '2026-11-26T03:00:00.000Z' });

describe('change bundle format', () => {
  // Version 1's cheaper key keeps these tests quick; the format around it is the same.
  it('opens what it sealed, with every field of the payload', () => {
    const entry: Payload['entries'][number] = [HLC, DEVICE, '早日渡', 'trainees', 't1', 'update', '[["status","selected","arrived"]]', null];
    const sealed = sealBundle(payload([entry]), PASS, 'v1');
    expect(sealed.subarray(0, 8).toString('latin1')).toBe('KKHSYNC1');
    expect(openBundle(sealed, PASS)).toEqual(payload([entry]));
    expect(bundleHeader(sealed)).toMatchObject({ header: { v: 1, from: DEVICE, createdAt: '2026-11-26T03:00:00.000Z' } });
  });

  it('reads the passphrase in one Unicode form, however it was typed (NFC = NFD)', () => {
    const sealed = sealBundle(payload(), 'パスフレーズ', 'v1');
    expect(openBundle(sealed, 'パスフレーズ'.normalize('NFD')).from.deviceId).toBe(DEVICE);
  });

  it('refuses a damaged, truncated or extended file, and one for another passphrase', () => {
    const sealed = sealBundle(payload(), PASS, 'v1');
    const flipped = Buffer.from(sealed);
    flipped[flipped.length - 20]! ^= 0x01;
    expect(codeOf(() => openBundle(flipped, PASS))).toBe('sync_bundle_invalid');
    expect(codeOf(() => openBundle(sealed.subarray(0, sealed.length - 1), PASS))).toBe('sync_bundle_invalid');
    expect(codeOf(() => openBundle(Buffer.concat([sealed, Buffer.from([0])]), PASS))).toBe('sync_bundle_invalid');
    expect(codeOf(() => openBundle(sealed, `${PASS}!`))).toBe('sync_bundle_invalid');
    const { headerEnd } = bundleHeader(sealed)!;
    expect(codeOf(() => openBundle(sealed.subarray(0, headerEnd + 15), PASS))).toBe('sync_bundle_invalid');
    expect(codeOf(() => openBundle(sealed.subarray(0, headerEnd), PASS))).toBe('sync_bundle_invalid');
  });

  it('is not a bundle without the magic, the length, or a header it can read', () => {
    expect(bundleHeader(Buffer.from('KKHSYNC1'))).toBeNull();
    expect(bundleHeader(Buffer.from('KKHSYNC2\0\0\0\x02{}'))).toBeNull();
    expect(bundleHeader(Buffer.alloc(0))).toBeNull();
    expect(bundleHeader(framed('{"v":1'))).toBeNull();
    expect(bundleHeader(framed({ v: 3, from: DEVICE, salt: '', iv: '', createdAt: '' }))).toBeNull();
    expect(bundleHeader(framed({ v: 1, from: DEVICE, salt: '', iv: '' }))).toBeNull();
    // The header's length must fit the file and stay under 4 KB.
    const header = framed({ v: 1, from: DEVICE, salt: '', iv: '', createdAt: '' }, Buffer.alloc(0));
    expect(bundleHeader(header)).not.toBeNull();
    expect(bundleHeader(header.subarray(0, header.length - 1))).toBeNull();
    const long = { v: 1, from: DEVICE, salt: 'x'.repeat(4100), iv: '', createdAt: '' };
    expect(bundleHeader(framed(long))).toBeNull();
    const justUnder = { v: 1, from: DEVICE, salt: '', iv: '', createdAt: '' };
    const pad = 4096 - JSON.stringify(justUnder).length;
    expect(bundleHeader(framed({ ...justUnder, salt: 'x'.repeat(pad) }))!.headerEnd).toBe(8 + 4 + 4096);
    expect(codeOf(() => openBundle(Buffer.from('PK\x03\x04 a zip, not a bundle'), PASS))).toBe('sync_not_bundle');
  });

  it('accepts only key costs within bounds: N a power of two from 2^15 to 2^18, r = 8, p 1 or 2', () => {
    const ok = (kdf: Record<string, unknown>) => bundleHeader(framed(v2(kdf))) !== null;
    expect(ok({ name: 'scrypt', N: 2 ** 15, r: 8, p: 1 })).toBe(true);
    expect(ok({ name: 'scrypt', N: 2 ** 18, r: 8, p: 2 })).toBe(true);
    expect(ok({ name: 'scrypt', N: 2 ** 14, r: 8, p: 1 })).toBe(false);
    expect(ok({ name: 'scrypt', N: 2 ** 19, r: 8, p: 1 })).toBe(false);
    expect(ok({ name: 'scrypt', N: 2 ** 17 + 2, r: 8, p: 1 })).toBe(false);
    expect(ok({ name: 'scrypt', N: 2 ** 17, r: 16, p: 1 })).toBe(false);
    expect(ok({ name: 'scrypt', N: 2 ** 17, r: 8, p: 0 })).toBe(false);
    expect(ok({ name: 'scrypt', N: 2 ** 17, r: 8, p: 3 })).toBe(false);
    expect(ok({ name: 'scrypt', N: 2 ** 17, r: 8, p: 1.5 })).toBe(false);
    expect(ok({ name: 'argon2', N: 2 ** 17, r: 8, p: 1 })).toBe(false);
  });

  it('takes an entry only with a well-formed clock that ends in its own device', () => {
    const entry = [HLC, DEVICE, null, 'trainees', 't1', 'insert', '[]', null];
    expect(Entry.safeParse(entry).success).toBe(true);
    expect(Entry.safeParse([HLC, DEVICE, null, 'trainees', 't1', 'delete', '[]', HLC]).success).toBe(true);
    expect(Entry.safeParse([HLC, 'other-device', null, 'trainees', 't1', 'insert', '[]', null]).success).toBe(false);
    expect(Entry.safeParse([`x${HLC}`, DEVICE, null, 'trainees', 't1', 'insert', '[]', null]).success).toBe(false);
    expect(Entry.safeParse([`${HLC}0`, DEVICE, null, 'trainees', 't1', 'insert', '[]', null]).success).toBe(false);
    expect(Entry.safeParse([`00173200000000-0000-${DEVICE}`, DEVICE, null, 'trainees', 't1', 'insert', '[]', null]).success).toBe(false);
    expect(Entry.safeParse([`001732000000000-000-${DEVICE}`, DEVICE, null, 'trainees', 't1', 'insert', '[]', null]).success).toBe(false);
    expect(Entry.safeParse([HLC, DEVICE, null, 'trainees', 't1', 'upsert', '[]', null]).success).toBe(false);
    expect(Entry.safeParse([HLC, DEVICE, null, 'x'.repeat(61), 't1', 'insert', '[]', null]).success).toBe(false);
    expect(Entry.safeParse([HLC, DEVICE, null, 'trainees', 'x'.repeat(37), 'insert', '[]', null]).success).toBe(false);
    expect(Entry.safeParse([HLC, DEVICE, 'x'.repeat(201), 'trainees', 't1', 'insert', '[]', null]).success).toBe(false);
  });

  it('refuses a payload that is not ours, even sealed with the right passphrase', () => {
    const notOurs = sealBundle({ ...payload(), format: 'something-else' } as unknown as Payload, PASS, 'v1');
    expect(codeOf(() => openBundle(notOurs, PASS))).toBe('sync_bundle_invalid');
  });
});
