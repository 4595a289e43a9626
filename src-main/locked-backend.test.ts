import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TRANSFER_CODE } from '@shared/contract/vault';
import { openBackend } from './backend';
import { DatabaseKeyError, openWithKey } from './db/open';
import { dispatch } from './ipc/dispatch';
import { adoptCopy, openLockedBackend } from './locked-backend';
import { memorySecretStore } from './secrets/secret-store';
import { folderBackend, value } from './test/backend';

const dirs: string[] = [];
function folder(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kk-newpc-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe('a copy for a new PC', () => {
  it('is encrypted under a transfer code, opens on the new PC only with it, and is then under the new PC’s own key', async () => {
    const office = folderBackend(folder());
    await value(office, 'sample:load', {});
    const newPc = folder();
    const copy = await value(office, 'backups:copy-to', { path: path.join(newPc, 'kakehashi.sqlite') });
    expect(copy.transferCode).toMatch(TRANSFER_CODE);
    // The office's key does not open the copy: its key never leaves the office PC.
    expect(() => office.ctx.openDatabaseFile(copy.path, { readonly: true })).toThrow(DatabaseKeyError);
    office.close();

    const secrets = memorySecretStore();
    expect(() => openBackend({ dataDir: newPc, secrets })).toThrow(DatabaseKeyError);
    const locked = openLockedBackend({ dataDir: newPc, secrets });
    expect(await dispatch(locked.handlers, 'vault:status', {})).toEqual({ ok: true, value: { locked: true, keyStorage: 'memory' } });
    expect(await dispatch(locked.handlers, 'trainees:list', {})).toMatchObject({ ok: false, error: { code: 'database_locked' } });
    expect(await dispatch(locked.handlers, 'vault:unlock', { transferCode: 'AAAAA-AAAAA-AAAAA-AAAAA-AAAAA' })).toMatchObject({
      ok: false,
      error: { code: 'transfer_code_wrong' },
    });
    expect(await dispatch(locked.handlers, 'vault:unlock', { transferCode: 'ABC' })).toMatchObject({
      ok: false,
      error: { code: 'validation', params: { issues: [{ field: 'transferCode', rule: 'invalid_transfer_code' }] } },
    });
    expect(secrets.read('databaseKey')).toBeNull();

    // Typed as people type: lower case, spaces for dashes.
    const typed = copy.transferCode.toLowerCase().replace(/-/g, ' ');
    expect(await dispatch(locked.handlers, 'vault:unlock', { transferCode: typed })).toEqual({ ok: true, value: { locked: false, keyStorage: 'memory' } });
    const list = await dispatch(locked.handlers, 'trainees:list', {});
    expect(list.ok && (list.value as unknown[]).length).toBe(11);
    locked.close();

    expect(secrets.read('databaseKey')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(() => openWithKey(copy.path, { key: copy.transferCode, readonly: true })).toThrow(DatabaseKeyError);
    const reopened = openBackend({ dataDir: newPc, secrets });
    expect(await value(reopened, 'trainees:list', {})).toHaveLength(11);
    reopened.close();
  });

  it('opens the copy on a second try when the first re-keyed it and then failed to open it', async () => {
    const office = folderBackend(folder());
    await value(office, 'sample:load', {});
    const newPc = folder();
    const copy = await value(office, 'backups:copy-to', { path: path.join(newPc, 'kakehashi.sqlite') });
    office.close();
    const secrets = memorySecretStore();
    // What a first try leaves when the opening after the re-key fails: the copy under this PC's key.
    adoptCopy(newPc, copy.transferCode, secrets);
    const locked = openLockedBackend({ dataDir: newPc, secrets });
    expect(await dispatch(locked.handlers, 'vault:unlock', { transferCode: copy.transferCode })).toMatchObject({ ok: true, value: { locked: false } });
    const list = await dispatch(locked.handlers, 'trainees:list', {});
    expect(list.ok && (list.value as unknown[]).length).toBe(11);
    locked.close();
  });
});
