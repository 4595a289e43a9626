import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect } from '@playwright/test';
import type { Channel, ChannelInput, ChannelOutput } from '@shared/contract/channels';
import type { Result } from '@shared/contract/result';
import { attachScan } from './axe-scan';
import { AppPage } from './pages/app-page';

export const ROOT = path.resolve(import.meta.dirname, '../..');

export interface Host {
  /** The address the host printed, token in the fragment. */
  url: string;
  origin: string;
  token: string;
  dataDir: string;
  /** Calls the contract directly, to arrange data or to check what was stored. */
  call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>>;
}

/** Each host's key file sits beside its data folder, not in it (as the real one does). */
export function keyFileOf(dataDir: string): string {
  return `${dataDir}.secrets.json`;
}

/** Starts the built host on a data folder; resolves with its address once it listens. */
export function startHost(dataDir: string, token: string, env: Record<string, string> = {}): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [path.join(ROOT, 'build/main/host.cjs')], {
    env: { ...process.env, PORT: '0', KAKEHASHI_DATA_DIR: dataDir, KAKEHASHI_KEY_FILE: keyFileOf(dataDir), KAKEHASHI_TOKEN: token, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`host did not start: ${output}`)), 15_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Kakehashi: (http:\/\/127\.0\.0\.1:\d+\/#token=\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1]! });
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`host exited (${code}): ${output}`)));
  });
}

/** A host on a fresh data folder of its own (a second PC, for sync), with a way to stop and clear it. */
export async function launchHost(): Promise<{ host: Host; stop(): void }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kk-e2e-'));
  const token = crypto.randomBytes(16).toString('hex');
  const { child, url } = await startHost(dataDir, token);
  const origin = new URL(url).origin;
  const host: Host = {
    url,
    origin,
    token,
    dataDir,
    async call(channel, input) {
      const response = await fetch(`${origin}/api/${channel}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(input),
      });
      return response.json();
    },
  };
  return {
    host,
    stop() {
      child.kill('SIGTERM');
      fs.rmSync(dataDir, { recursive: true, force: true });
      fs.rmSync(keyFileOf(dataDir), { force: true });
    },
  };
}

export const test = base.extend<{ host: Host; app: AppPage }>({
  // Every screen a spec reaches is scanned for accessibility as it goes (./axe-scan.ts); serious violations fail it.
  page: async ({ page }, use, testInfo) => {
    const scan = await attachScan(page, testInfo);
    await use(page);
    await scan.finish();
  },
  // Playwright reads a fixture's dependencies from its destructuring pattern; this one has none.
  // eslint-disable-next-line no-empty-pattern
  host: async ({}, use) => {
    const { host, stop } = await launchHost();
    await use(host);
    stop();
  },
  app: async ({ page, host }, use) => {
    const app = new AppPage(page);
    await app.open(host.url);
    await use(app);
  },
});

export { expect };

/** The value of a host call that must succeed. */
export async function valueOf<T>(result: Promise<Result<T>>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}
