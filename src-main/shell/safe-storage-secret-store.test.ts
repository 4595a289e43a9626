import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeSafeStorage } from '../test/fake-electron';
import { safeStorageSecretStore } from './safe-storage-secret-store';

const dirs: string[] = [];
afterEach(() => {
  dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true }));
});

describe('the desktop secret store', () => {
  it('keeps the key and the sync passphrase sealed by the system, in a file only its owner reads', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kk-sealed-'));
    dirs.push(dir);
    const file = path.join(dir, 'kakehashi-secrets.bin');
    const store = safeStorageSecretStore(fakeSafeStorage, file);
    expect(store.where).toBe('safeStorage');
    store.write('databaseKey', 'the-database-key');
    store.write('syncPassphrase', 'KAKE-HASH-IOFF-ICE2-0264');
    expect(safeStorageSecretStore(fakeSafeStorage, file).read('syncPassphrase')).toBe('KAKE-HASH-IOFF-ICE2-0264');
    const bytes = fs.readFileSync(file);
    expect(bytes.includes('KAKE-HASH')).toBe(false);
    expect(bytes.includes('the-database-key')).toBe(false);
    if (process.platform !== 'win32') expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    store.write('syncPassphrase', null);
    expect(store.read('syncPassphrase')).toBeNull();
    expect(store.read('databaseKey')).toBe('the-database-key');
  });

  it('refuses to start where the system offers no protected storage, rather than keep the key in clear', () => {
    expect(() => safeStorageSecretStore({ ...fakeSafeStorage, isEncryptionAvailable: () => false }, '/nowhere/secrets.bin')).toThrow(/safeStorage is not available/);
  });

  it('refuses Linux’s basic_text fallback (a fixed password, no keyring), though it calls itself available', () => {
    const basic = { ...fakeSafeStorage, isEncryptionAvailable: () => true, getSelectedStorageBackend: () => 'basic_text' as const };
    expect(() => safeStorageSecretStore(basic, '/nowhere/secrets.bin', 'linux')).toThrow(/safeStorage is not available/);
    const keyring = { ...basic, getSelectedStorageBackend: () => 'gnome_libsecret' as const };
    expect(safeStorageSecretStore(keyring, '/nowhere/secrets.bin', 'linux').where).toBe('safeStorage');
  });
});
