import crypto from 'node:crypto';
import zlib from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../ipc/app-error';
import { codeOf } from '../../test/refusals';
import { openBundle, sealBundle, type Payload } from './bundle';

const PASS = 'office-passphrase-2024';
const DEVICE = '0f8fad5b-d9cb-469f-a165-70867728950e';
const OTHER = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
const HLC = `001732000000000-0000-${DEVICE}`;
const CREATED = '2026-11-26T03:00:00.000Z';

function payload(entries: Payload['entries'] = []): Payload {
  return { format: 'kakehashi-changes', schemaVersion: 160, from: { deviceId: DEVICE, name: '本部' }, createdAt: CREATED, seen: { [DEVICE]: HLC }, entries };
}

function errorOf(run: () => unknown): unknown {
  try {
    run();
  } catch (e) {
    return e;
  }
  return null;
}

type Cost = { N: number; r: number; p: number };
const V1_COST: Cost = { N: 2 ** 15, r: 8, p: 1 };

/** The frame and header of a bundle, with a fresh salt and nonce (so no key of this run fits it). */
function frame(header: { v: 1 } | { v: 2; kdf: Cost & { name: 'scrypt' } }, from = DEVICE) {
  const full = { ...header, from, salt: crypto.randomBytes(16).toString('base64'), iv: crypto.randomBytes(12).toString('base64'), createdAt: CREATED };
  const headerBytes = Buffer.from(JSON.stringify(full));
  const length = Buffer.alloc(4);
  length.writeUInt32BE(headerBytes.length);
  return { full, start: Buffer.concat([Buffer.from('KKHSYNC1'), length, headerBytes]) };
}

/**
 * A bundle sealed here, independently of sealBundle: the key derived with the cost given, the
 * content whatever we choose — so the reader is checked against the format, not against itself.
 */
function sealedByHand(plain: Buffer, options: { v2?: Cost; from?: string; cost?: Cost } = {}): Buffer {
  const { full, start } = frame(options.v2 ? { v: 2, kdf: { name: 'scrypt', ...options.v2 } } : { v: 1 }, options.from);
  const cost = options.cost ?? options.v2 ?? V1_COST;
  const key = crypto.scryptSync(PASS, Buffer.from(full.salt, 'base64'), 32, { ...cost, maxmem: 512 * 1024 * 1024 });
  const cipher = crypto.createCipheriv('aes-256-gcm', key, Buffer.from(full.iv, 'base64'));
  cipher.setAAD(start);
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([start, body, cipher.getAuthTag()]);
}

const packed = (p: unknown) => zlib.gzipSync(JSON.stringify(p));

afterEach(() => {
  vi.restoreAllMocks();
});

describe('change bundle edges', () => {
  it('opens a version 1 file sealed elsewhere under scrypt N = 2^15, r = 8, p = 1', () => {
    expect(openBundle(sealedByHand(packed(payload())), PASS)).toEqual(payload());
  });

  it('opens a version 2 file under the cost its header names, not the cost of version 1', () => {
    const file = sealedByHand(packed(payload()), { v2: { N: 2 ** 15, r: 8, p: 2 } });
    expect(openBundle(file, PASS)).toEqual(payload());
    // The same file's header claiming p = 1 no longer fits its key.
    const claimingV1Cost = sealedByHand(packed(payload()), { v2: { N: 2 ** 15, r: 8, p: 1 }, cost: { N: 2 ** 15, r: 8, p: 2 } });
    expect(codeOf(() => openBundle(claimingV1Cost, PASS))).toBe('sync_bundle_invalid');
  });

  it('seals and opens at p = 2, giving scrypt the memory that cost needs', () => {
    const sealed = sealBundle(payload(), PASS, { name: 'scrypt', N: 2 ** 16, r: 8, p: 2 });
    expect(openBundle(sealed, PASS)).toEqual(payload());
  });

  it('refuses content that is not gzip, or gzip that is not JSON, as a damaged bundle, not as a too large one', () => {
    expect(codeOf(() => openBundle(sealedByHand(Buffer.from('not gzip at all')), PASS))).toBe('sync_bundle_invalid');
    expect(codeOf(() => openBundle(sealedByHand(zlib.gzipSync('{"format": "kakehashi-chan')), PASS))).toBe('sync_bundle_invalid');
  });

  it('names the unpacking limit in whole megabytes when a bundle unpacks past it', () => {
    const entry: Payload['entries'][number] = [HLC, DEVICE, null, 'trainees', 't1', 'update', 'x'.repeat(4 * 1024 * 1024), null];
    const sealed = sealBundle(payload([entry]), PASS, 'v1');
    const error = errorOf(() => openBundle(sealed, PASS, 3 * 1024 * 1024));
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'sync_bundle_too_large', params: { limitMb: 3 } });
  });

  it('refuses a payload that names another device than its header', () => {
    const file = sealedByHand(packed(payload()), { from: OTHER });
    expect(codeOf(() => openBundle(file, PASS))).toBe('sync_bundle_invalid');
  });

  it('refuses a file too short to hold the tag without deriving a key; one that can hold it goes on to the passphrase', () => {
    const scrypt = vi.spyOn(crypto, 'scryptSync');
    const { start } = frame({ v: 1 });
    expect(codeOf(() => openBundle(Buffer.concat([start, Buffer.alloc(15)]), PASS))).toBe('sync_bundle_invalid');
    expect(scrypt).not.toHaveBeenCalled();
    expect(codeOf(() => openBundle(Buffer.concat([start, Buffer.alloc(16)]), PASS))).toBe('sync_bundle_invalid');
    expect(scrypt).toHaveBeenCalledTimes(1);
  });

  it('is not a bundle when the header runs past the end of the file, even if the part there reads', () => {
    const header = Buffer.from(`${JSON.stringify({ v: 1, from: DEVICE, salt: '', iv: '', createdAt: CREATED })}    `);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(header.length);
    const cut = Buffer.concat([Buffer.from('KKHSYNC1'), length, header]).subarray(0, 12 + header.length - 2);
    expect(codeOf(() => openBundle(cut, PASS))).toBe('sync_not_bundle');
  });

  it('derives each key once and keeps the 32 newest: a 33rd makes the oldest be derived again', { timeout: 120_000 }, () => {
    const files = Array.from({ length: 33 }, () => sealedByHand(packed(payload())));
    const scrypt = vi.spyOn(crypto, 'scryptSync');
    const opened = (i: number) => {
      const before = scrypt.mock.calls.length;
      expect(openBundle(files[i]!, PASS).from.deviceId).toBe(DEVICE);
      return scrypt.mock.calls.length - before;
    };
    expect(opened(0)).toBe(1);
    expect(opened(1)).toBe(1);
    expect(opened(0)).toBe(0); // two keys held, not just the last one
    for (let i = 2; i < 32; i++) expect(opened(i)).toBe(1);
    expect(opened(0)).toBe(0); // 32 held
    expect(opened(32)).toBe(1);
    expect(opened(1)).toBe(0);
    expect(opened(0)).toBe(1); // the oldest went when the 33rd came
  });
});
