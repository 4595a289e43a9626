import { describe, expect, it } from 'vitest';
import { BundleInput, BUNDLE_MAX_BYTES } from '@shared/contract/sync';
import { AppError } from '../../ipc/app-error';
import { codeOf } from '../../test/refusals';
import { memoryBackend, value } from '../../test/backend';
import { bundleHeader, openBundle, sealBundle } from './bundle';
import { payloadForPeer } from './sync.service';

const PASS = 'office-passphrase-2024';

describe('change bundle limits', () => {
  it('stops unpacking at the limit with a coded error instead of filling the memory', async () => {
    const backend = memoryBackend();
    await value(backend, 'sample:load', {});
    const sealed = sealBundle(payloadForPeer(backend.ctx, null), PASS);
    expect(openBundle(sealed, PASS).entries.length).toBeGreaterThan(0);
    let error: unknown = null;
    try {
      openBundle(sealed, PASS, 1000);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'sync_bundle_too_large' });
  });

  it('refuses at the contract a bundle larger than 200 MB, before decoding it', () => {
    const ok = BundleInput.safeParse({ fileName: 'a.kkhsync', dataBase64: 'QUJD' });
    expect(ok.success).toBe(true);
    const limit = Math.ceil(BUNDLE_MAX_BYTES / 3) * 4;
    const big = BundleInput.safeParse({ fileName: 'a.kkhsync', dataBase64: 'A'.repeat(limit + 4) });
    expect(big.success ? null : big.error.issues[0]!.message).toBe('file_too_large');
  });
});

/** Rewrites a bundle's header (the tag no longer matches, but the header is read first). */
function withHeader(sealed: Buffer, change: (header: Record<string, unknown>) => void): Buffer {
  const found = bundleHeader(sealed)!;
  const header = { ...found.header } as Record<string, unknown>;
  change(header);
  const bytes = Buffer.from(JSON.stringify(header));
  const length = Buffer.alloc(4);
  length.writeUInt32BE(bytes.length);
  return Buffer.concat([sealed.subarray(0, 8), length, bytes, sealed.subarray(found.headerEnd)]);
}

describe('change bundle key derivation', () => {
  it('derives the key with scrypt N = 2^17, r = 8, and says so in the header', async () => {
    const backend = memoryBackend();
    await value(backend, 'years:create', { fiscalYear: 2026 });
    const sealed = sealBundle(payloadForPeer(backend.ctx, null), PASS);
    expect(bundleHeader(sealed)!.header).toMatchObject({ v: 2, kdf: { name: 'scrypt', N: 2 ** 17, r: 8, p: 1 } });
    expect(openBundle(sealed, PASS).entries.length).toBeGreaterThan(0);
    expect(codeOf(() => openBundle(sealed, 'another-office-phrase'))).toBe('sync_bundle_invalid');
  });

  it('still opens a file an earlier version wrote (version 1: N = 2^15, no parameters in the header)', async () => {
    const backend = memoryBackend();
    await value(backend, 'years:create', { fiscalYear: 2026 });
    const old = sealBundle(payloadForPeer(backend.ctx, null), PASS, 'v1');
    expect(bundleHeader(old)!.header).not.toHaveProperty('kdf');
    expect(bundleHeader(old)!.header.v).toBe(1);
    expect(openBundle(old, PASS).entries.length).toBeGreaterThan(0);
  });

  it('refuses a header that asks for a cost out of bounds before deriving anything', async () => {
    const backend = memoryBackend();
    const sealed = sealBundle(payloadForPeer(backend.ctx, null), PASS);
    const started = Date.now();
    for (const kdf of [
      { name: 'scrypt', N: 2 ** 30, r: 8, p: 1 },
      { name: 'scrypt', N: 2 ** 17, r: 64, p: 1 },
      { name: 'scrypt', N: 2 ** 17, r: 8, p: 16 },
      { name: 'scrypt', N: 1000, r: 8, p: 1 },
      { name: 'pbkdf2', N: 2 ** 17, r: 8, p: 1 },
    ]) {
      expect(codeOf(() => openBundle(withHeader(sealed, (h) => (h.kdf = kdf)), PASS))).toBe('sync_not_bundle');
    }
    expect(codeOf(() => openBundle(withHeader(sealed, (h) => delete h.kdf), PASS))).toBe('sync_not_bundle');
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
