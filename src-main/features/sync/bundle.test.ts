import { describe, expect, it } from 'vitest';
import { BundleInput, BUNDLE_MAX_BYTES } from '@shared/contract/sync';
import { AppError } from '../../ipc/app-error';
import { memoryBackend, value } from '../../test/backend';
import { openBundle, sealBundle } from './bundle';
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
