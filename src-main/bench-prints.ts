import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { openBackend } from './backend';
import { fileSecretStore } from './secrets/file-secret-store';
import { dispatch } from './ipc/dispatch';

/** The key file the bench's host is given: the same one the bench opens the folder with first. */
export function benchSecrets(dataDir: string) {
  return fileSecretStore(`${dataDir}.secrets.json`);
}

/** Starts the built localhost host on a data folder; resolves with its address. */
export function startHost(dataDir: string, token: string): Promise<{ url: string; stop(): void }> {
  const child = spawn(process.execPath, [path.join(__dirname, 'host.cjs')], {
    env: { ...process.env, PORT: '0', KAKEHASHI_DATA_DIR: dataDir, KAKEHASHI_KEY_FILE: `${dataDir}.secrets.json`, KAKEHASHI_TOKEN: token },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Kakehashi: (http:\/\/127\.0\.0\.1:\d+\/#token=\S+)/.exec(output);
      if (match) resolve({ url: match[1]!, stop: () => child.kill('SIGTERM') });
    });
    child.on('exit', (code) => reject(new Error(`host exited (${code}): ${output}`)));
  });
}

/** Debian's Chromium (or CHROMIUM_PATH), quiet: no network of its own, no GPU. */
export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * `bench: placards-50-pdf`: 50 name placards, from opening the sheet to the PDF in hand, in
 * Debian's Chromium through the built app (the median of three runs after a warm-up).
 */
export async function benchPlacards(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kk-bench-'));
  const backend = openBackend({ dataDir, secrets: benchSecrets(dataDir) });
  const year = await dispatch(backend.handlers, 'years:create', { fiscalYear: 2024 });
  if (!year.ok) throw new Error('could not create a year');
  const yearId = (year.value as { id: string }).id;
  const names = [['이', '서연', 'Lee', 'Seoyeon', 'ko'], ['王', '晓燕', 'Wang', 'Xiaoyan', 'zh-Hans'], ['श्रेष्ठ', 'अनिता', 'Shrestha', 'Anita', 'ne'], ['Peña Quispe', 'José Luis', 'Peña Quispe', 'José Luis', 'es']] as const;
  for (let i = 0; i < 50; i++) {
    const [fn, gn, fl, gl, lang] = names[i % names.length]!;
    const created = await dispatch(backend.handlers, 'trainees:create', {
      yearId, familyNameNative: fn, givenNameNative: gn, familyNameLatin: fl, givenNameLatin: `${gl} ${i}`, nameKana: 'テスト', nameLang: lang,
      nameOrder: lang === 'ko' || lang === 'zh-Hans' ? 'family_first' : 'given_first', nationality: 'KR', status: 'selected',
    });
    if (!created.ok) throw new Error(JSON.stringify(created.error));
  }
  backend.close();

  const host = await startHost(dataDir, crypto.randomBytes(16).toString('hex'));
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(host.url);
    await page.getByRole('navigation').waitFor();
    const origin = new URL(host.url).origin;
    const render = async () => {
      const start = performance.now();
      await page.goto('about:blank');
      await page.goto(`${origin}/#/print/placards?year=${yearId}&lang=ja`);
      await page.locator('[data-print-ready="true"]').waitFor();
      await page.evaluate(() => document.fonts.ready);
      const pdf = await page.pdf({ preferCSSPageSize: true });
      if (!pdf.subarray(0, 5).equals(Buffer.from('%PDF-'))) throw new Error('not a PDF');
      return performance.now() - start;
    };
    await render();
    const runs = [await render(), await render(), await render()].sort((a, b) => a - b);
    console.log(`bench: placards-50-pdf = ${(runs[1]! / 1000).toFixed(2)} s`);
  } finally {
    await browser.close();
    host.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.rmSync(`${dataDir}.secrets.json`, { force: true });
  }
}
