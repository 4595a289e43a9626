import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database as Db } from 'better-sqlite3-multiple-ciphers';
import type { Page } from '@playwright/test';
import type { ChannelInput, ChannelOutput } from '@shared/contract/channels';
import { latinName } from '@shared/contract/names';
import { foldText } from '@shared/text/fold';
import { openBackend } from './backend';
import { openWithKey } from './db/open';
import { benchSecrets, launchChromium, startHost } from './bench-prints';
import { dispatch } from './ipc/dispatch';

const HANGUL_FAMILY = ['김', '이', '박', '최', '정'];
const HANGUL_GIVEN = ['시현', '서연', '민준', '지우', '하은'];
const KANA_FAMILY = ['キム', 'イ', 'パク', 'チェ', 'チョン'];
const KANA_GIVEN = ['シヒョン', 'ソヨン', 'ミンジュン', 'チウ', 'ハウン'];
const LATIN_FAMILY = ['Kim', 'Lee', 'Park', 'Choi', 'Jung'];
const LATIN_GIVEN = ['Sihyeon', 'Seoyeon', 'Minjun', 'Jiwoo', 'Haeun'];

/** Trainee number `i` of a bench archive: Korean, Chinese, Nepali and Spanish names mixed. */
export function benchTrainee(i: number, yearId: string): ChannelInput<'trainees:create'> {
  const a = i % 5;
  const b = Math.floor(i / 5) % 5;
  switch (i % 4) {
    case 0:
      return {
        yearId, familyNameNative: HANGUL_FAMILY[a], givenNameNative: HANGUL_GIVEN[b], familyNameLatin: LATIN_FAMILY[a],
        givenNameLatin: `${LATIN_GIVEN[b]}${i}`, nameKana: `${KANA_FAMILY[a]} ${KANA_GIVEN[b]}`, nameLang: 'ko',
        nameOrder: 'family_first', nationality: 'KR', status: 'completed',
      };
    case 1:
      return {
        yearId, familyNameNative: ['王', '李', '张', '刘', '陈'][a], givenNameNative: ['晓燕', '建国', '梦琪', '佳', '思远'][b],
        familyNameLatin: ['Wang', 'Li', 'Zhang', 'Liu', 'Chen'][a], givenNameLatin: `Xiao${i}`, nameKana: 'ワン シャオイエン',
        nameLang: 'zh-Hans', nameOrder: 'family_first', nationality: 'CN', status: 'completed',
      };
    case 2:
      return {
        yearId, familyNameNative: 'श्रेष्ठ', givenNameNative: 'अनिता', familyNameLatin: 'Shrestha', givenNameLatin: `Anita${i}`,
        nameKana: 'アニタ シュレスタ', nameLang: 'ne', nameOrder: 'given_first', nationality: 'NP', status: 'completed',
      };
    default:
      return {
        yearId, familyNameNative: 'Peña Quispe', givenNameNative: 'José', familyNameLatin: 'Peña Quispe', givenNameLatin: `José${i}`,
        nameKana: 'ホセ ペニャ', nameLang: 'es', nameOrder: 'given_first', nationality: 'PE', status: 'completed',
      };
  }
}

export function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function p95(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)]!;
}

const ARCHIVE_SIZE = 20_000;
const FIRST_YEAR = 1996;
const YEARS = 30;

/**
 * A data folder holding 20,000 trainees over 30 fiscal years, written through the real
 * dispatcher and services (validation, rows.ts, the change log, the search index) inside one
 * transaction, so it takes seconds rather than minutes. The last year's cohort is still in
 * its program (selected), the others have completed.
 */
async function seedArchive(dataDir: string): Promise<{ databasePath: string }> {
  const backend = openBackend({ dataDir, secrets: benchSecrets(dataDir) });
  const yearIds: string[] = [];
  for (let fy = FIRST_YEAR; fy < FIRST_YEAR + YEARS; fy++) {
    const created = await dispatch(backend.handlers, 'years:create', { fiscalYear: fy });
    if (!created.ok) throw new Error(`could not create FY${fy}: ${JSON.stringify(created.error)}`);
    yearIds.push((created.value as { id: string }).id);
  }
  const db = backend.ctx.db;
  db.exec('BEGIN');
  try {
    for (let i = 0; i < ARCHIVE_SIZE; i++) {
      const yearIndex = i % YEARS;
      const input = { ...benchTrainee(i, yearIds[yearIndex]!), ...(yearIndex === YEARS - 1 ? { status: 'selected' as const } : {}) };
      const result = await dispatch(backend.handlers, 'trainees:create', input);
      if (!result.ok) throw new Error(JSON.stringify(result.error));
    }
    db.exec('COMMIT');
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }
  const databasePath = backend.ctx.databasePath;
  backend.close();
  return { databasePath };
}

/**
 * What the UI is typed: every script, a one-character query (scanned, as trigrams need three),
 * and names whose answer is a few rows or a few thousand.
 */
const QUERIES = ['kim', 'sihyeon12', '김시현', '王晓燕', 'अनिता', 'pena', 'jose1', '佳', 'shrestha', 'きむ'];

/** The raw search SQLite does for a query: FTS5 MATCH from three characters, the scan below. */
function rawSearch(db: Db): (query: string) => number {
  const match = db.prepare('SELECT rowid FROM trainee_search_fts WHERE trainee_search_fts MATCH ?').pluck();
  const scan = db.prepare("SELECT rowid FROM trainee_search WHERE text LIKE ? ESCAPE '\\'").pluck();
  return (query) => {
    const folded = foldText(query);
    const rows = [...folded].length >= 3 ? match.all(`"${folded.replace(/"/g, '""')}"`) : scan.all(`%${folded.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    return rows.length;
  };
}

type PageAnswer = ChannelOutput<'trainees:page'>;

async function pageOf(url: string, token: string, input: ChannelInput<'trainees:page'>): Promise<PageAnswer> {
  const response = await fetch(`${new URL(url).origin}/api/trainees:page`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify(input),
  });
  const result = (await response.json()) as { ok: true; value: PageAnswer } | { ok: false; error: unknown };
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

/**
 * Resolves, inside the page, with the time of the first frame on which the list shows
 * `total` and its first row reads `firstRow`: the answer as a person sees it.
 */
function answerShown(page: Page, total: number, firstRow: string) {
  return page.waitForFunction(
    ({ total, firstRow }) => {
      const count = document.querySelector('[data-testid="trainee-count"]')?.textContent;
      const row = document.querySelector('[data-testid="trainee-row"]')?.textContent ?? '';
      return count === `${total}人` && row.includes(firstRow) ? performance.now() : false;
    },
    { total, firstRow },
    { polling: 'raf', timeout: 30_000 },
  );
}

/**
 * `bench: ui-search-20000`, `bench: open-list-20000` and `bench: raw-fts-20000`: the trainee
 * list over a 20,000-trainee archive in Debian's Chromium through the built app on the
 * localhost host, and the bare SQLite search of the same queries on the same file. Each line
 * is the median of its samples; a line starting with "  " gives the spread.
 */
export async function benchList(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kk-bench-list-'));
  const seedStart = performance.now();
  const { databasePath } = await seedArchive(dataDir);
  console.log(`  (seeded ${ARCHIVE_SIZE} trainees over ${YEARS} years in ${((performance.now() - seedStart) / 1000).toFixed(1)} s, not measured)`);

  const token = crypto.randomBytes(16).toString('hex');
  const host = await startHost(dataDir, token);
  const browser = await launchChromium();
  try {
    const origin = new URL(host.url).origin;
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(host.url);
    await page.getByRole('navigation').waitFor();
    const search = page.getByRole('searchbox', { name: '氏名で検索' });
    const yearSelect = page.getByRole('combobox', { name: '年度を選択' });
    const all = await pageOf(host.url, token, { limit: 1 });
    if (all.total !== ARCHIVE_SIZE) throw new Error(`the archive holds ${all.total} trainees`);
    const archiveShown = () => answerShown(page, ARCHIVE_SIZE, latinName(all.rows[0]!));

    // open-list-20000: a fresh session opens the list (the newest year, as it always opens),
    // then the archive is chosen (全年度): from that choice to the first rows of all 20,000
    // and their count, nothing read before. The line is the median of 5 after a warm-up.
    const openSamples: number[] = [];
    for (let run = 0; run < 6; run++) {
      await page.goto('about:blank');
      await page.goto(`${origin}/#/trainees`);
      await page.getByTestId('trainee-row').first().waitFor();
      await page.evaluate(() => {
        document.addEventListener('change', () => ((window as unknown as { kkLastChange: number }).kkLastChange = performance.now()), true);
      });
      const shown = archiveShown();
      await yearSelect.selectOption({ label: '全年度' });
      const seenAt = (await (await shown).jsonValue()) as number;
      const chosenAt = await page.evaluate(() => (window as unknown as { kkLastChange: number }).kkLastChange);
      if (run > 0) openSamples.push(seenAt - chosenAt);
    }
    // Coming back to the list from another screen (the archive chosen before): from the
    // navigation to the first rows.
    const backSamples: number[] = [];
    for (let run = 0; run < 6; run++) {
      await page.evaluate(() => (location.hash = '#/years'));
      await page.getByRole('heading', { level: 2 }).first().waitFor();
      await page.waitForFunction(() => !document.querySelector('[data-testid="trainee-table"]'));
      const shown = archiveShown();
      const navigatedAt = await page.evaluate(() => {
        const at = performance.now();
        location.hash = '#/trainees';
        return at;
      });
      const seenAt = (await (await shown).jsonValue()) as number;
      if (run > 0) backSamples.push(seenAt - navigatedAt);
    }
    console.log(`bench: open-list-20000 = ${median(openSamples).toFixed(0)} ms`);
    console.log(`  (open-list-20000: max ${Math.max(...openSamples).toFixed(0)} ms; back to the list from another screen: median ${median(backSamples).toFixed(0)} ms, max ${Math.max(...backSamples).toFixed(0)} ms)`);

    // ui-search-20000: each query typed key by key (50 ms apart, quicker than the list's
    // debounce) into the search box over all years; from the input event of the last key to
    // the first frame showing the answer's count and first row. Median of 3 rounds of every query.
    await page.evaluate(() => {
      document.addEventListener('input', () => ((window as unknown as { kkLastInput: number }).kkLastInput = performance.now()), true);
    });
    const searchSamples: number[] = [];
    for (let round = 0; round < 4; round++) {
      for (const query of QUERIES) {
        const answer = await pageOf(host.url, token, { query, limit: 1 });
        if (answer.total === 0 || answer.total === ARCHIVE_SIZE) throw new Error(`"${query}" is no test of the search (${answer.total})`);
        const cleared = archiveShown();
        await search.fill('');
        await cleared;
        const shown = answerShown(page, answer.total, latinName(answer.rows[0]!));
        await search.pressSequentially(query, { delay: 50 });
        const seenAt = (await (await shown).jsonValue()) as number;
        const lastInput = await page.evaluate(() => (window as unknown as { kkLastInput: number }).kkLastInput);
        if (round > 0) searchSamples.push(seenAt - lastInput);
      }
    }
    console.log(`bench: ui-search-20000 = ${median(searchSamples).toFixed(0)} ms`);
    console.log(`  (ui-search-20000: p95 ${p95(searchSamples).toFixed(0)} ms, max ${Math.max(...searchSamples).toFixed(0)} ms over ${searchSamples.length} queries)`);
  } finally {
    await browser.close();
    host.stop();
  }

  // raw-fts-20000: the same queries straight on the same file, as SQLite answers them (MATCH
  // on the trigram index from three characters, the scan for 佳); median of 20 rounds. The
  // file is encrypted like the app's, so the baseline pays the same decryption.
  const db = openWithKey(databasePath, { key: benchSecrets(dataDir).read('databaseKey'), readonly: true });
  const search = rawSearch(db);
  const rawSamples: number[] = [];
  for (let round = 0; round < 21; round++) {
    for (const query of QUERIES) {
      const start = performance.now();
      search(query);
      if (round > 0) rawSamples.push(performance.now() - start);
    }
  }
  db.close();
  console.log(`bench: raw-fts-20000 = ${median(rawSamples).toFixed(1)} ms`);
  console.log(`  (raw-fts-20000: p95 ${p95(rawSamples).toFixed(1)} ms, max ${Math.max(...rawSamples).toFixed(1)} ms)`);
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.rmSync(`${dataDir}.secrets.json`, { force: true });
}
