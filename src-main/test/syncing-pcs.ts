import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import type { Backend } from '../backend';
import { folderBackend, value } from './backend';

const PASS = 'kakehashi-office-2026';

/**
 * PCs of one office, each on its own data folder, that share what they change by change files
 * (the sync of features/sync): for tests of what travels between PCs and how it converges. The
 * clock starts at `start` and moves a second on each read, the same clock for every PC of the
 * test file; the folders are closed and removed after each test.
 */
export function syncingPcs(start: string) {
  const dirs: string[] = [];
  const backends: Backend[] = [];
  afterEach(() => {
    backends.splice(0).forEach((b) => b.close());
    dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true }));
  });
  let clock = Date.parse(start);
  const now = () => new Date((clock += 1000));

  /** A PC named `name` (its staff member `staff`, when given), with the office's sync passphrase. */
  async function device(name: string, staff?: string): Promise<Backend> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kk-sync-pc-'));
    dirs.push(dir);
    const backend = folderBackend(dir, { now });
    backends.push(backend);
    await value(backend, 'sync:settings', { deviceName: name, passphrase: PASS });
    if (staff) await value(backend, 'settings:update', { staffName: staff });
    return backend;
  }

  /** Sends what `from` has that `to` has not seen (everything, the first time) and reads it in on `to`. */
  async function exchange(from: Backend, to: Backend) {
    const known = (await value(from, 'sync:status', {})).peers.some((p) => p.deviceId === to.ctx.deviceId);
    const file = await value(from, 'sync:export', { peerId: known ? to.ctx.deviceId : null });
    return value(to, 'sync:import', { fileName: file.fileName, dataBase64: file.dataBase64 });
  }

  /** The digest of the shared data: equal on two PCs when they hold the same. */
  const digest = async (b: Backend) => (await value(b, 'sync:digest', {})).digest;

  return { device, exchange, digest };
}
