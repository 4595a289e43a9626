import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Page, TestInfo } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/**
 * The accessibility scan every spec runs (issue 20): each screen state a spec reaches — its route, language, selected
 * tabs and open dialogs — is scanned with axe-core once it has settled (no DOM change for a moment, no transition
 * running): when the spec leaves it through a page object (the menu, the language switch, a printed sheet) and where
 * the test ends. Scans run only at those points, between the test's own steps, never under them (a scan in the
 * background slowed a loaded machine's pages enough to miss a six-second flash). A state already scanned in this run
 * is not scanned again (one file per state in the run's folder), so the suite pays for each screen once. Serious and critical violations fail the spec that reached the state; the
 * moderate ones are counted and printed at the end of the run (global-setup.ts's teardown).
 */

export const AXE_DIR_ENV = 'KAKEHASHI_AXE_DIR';
/** `report`: count and print, fail nothing (to measure a tree before its fixes). */
export const AXE_MODE_ENV = 'KAKEHASHI_AXE';

const FAILING = new Set(['serious', 'critical']);

export interface StateRecord {
  key: string;
  test: string;
  violations: { id: string; impact: string; help: string; nodes: number; targets: string[] }[];
}

/** The states this worker has seen scanned (by any test of the run), with what was found. */
const scannedInWorker = new Map<string, StateRecord>();

function stateFile(dir: string, key: string): string {
  return path.join(dir, `${crypto.createHash('sha1').update(key).digest('hex')}.json`);
}

/** Runs in the page: tells when the screen has settled, names its state, and asks the test side to scan a new one. */
function watcher() {
  const w = window as unknown as Record<string, unknown>;
  if (w.__kkAxe) return;
  // The page's own clock may be fixed or faked by the test (page.clock): time here is counted in ticks of the real timer.
  const sleep = window.setTimeout.bind(window);
  const tick = () => new Promise<void>((resolve) => sleep(resolve, 100));
  let changes = 0;
  let dirty = false;
  let busy: Promise<void> | null = null;
  const done = new Set<string>();
  new MutationObserver(() => {
    changes++;
    dirty = true;
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  const visible = (el: Element) => (el as HTMLElement).offsetWidth > 0 || (el as HTMLElement).offsetHeight > 0;
  const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
  function key(): string {
    const hash = location.hash.startsWith('#token=') ? '#/' : location.hash || '#/';
    const route = hash
      .split('?')[0]!
      .split('/')
      .map((segment) => (/^[0-9a-f-]{8,}$/i.test(segment) || /^\d+$/.test(segment) ? ':id' : segment))
      .join('/');
    const tabs = [...document.querySelectorAll('[role="tab"][aria-selected="true"]')].filter(visible).map(text);
    const dialogs = [...document.querySelectorAll('[role="dialog"]')].filter(visible).map((dialog) => {
      const labelledBy = dialog.getAttribute('aria-labelledby');
      return text(labelledBy ? document.getElementById(labelledBy) : dialog.querySelector('h1, h2, h3'));
    });
    return `${route} ${document.documentElement.lang} [${tabs.join('|')}] {${dialogs.join('|')}}`;
  }
  function isStill(): boolean {
    if (document.readyState !== 'complete' || document.querySelector('.mantine-Loader-root')) return false;
    // Transitions and finite animations (a dialog fading in) must have ended; endless ones (a skeleton) never do.
    return document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity);
  }
  /** Waits until nothing has changed for three ticks in a row; false if that does not happen within `ticks`. */
  async function settle(ticks: number): Promise<boolean> {
    let quiet = 0;
    for (let i = 0; i < ticks; i++) {
      const before = changes;
      await tick();
      quiet = before === changes && isStill() ? quiet + 1 : 0;
      if (quiet >= 3) return true;
    }
    return false;
  }
  function scan(): Promise<void> {
    const k = key();
    if (busy || done.has(k)) return busy ?? Promise.resolve();
    const ask = w.__kkAxeSettled as (key: string) => Promise<boolean>;
    busy = ask(k)
      .then((ok) => {
        if (ok) done.add(k);
      })
      .catch(() => {})
      .finally(() => {
        busy = null;
      });
    return busy;
  }
  w.__kkAxe = {
    key,
    begin: () => {
      dirty = false;
    },
    isDirty: () => dirty,
    /** Waits for a scan under way, then scans the state the page shows once it settles (within about 3 s). */
    flush: async () => {
      if (busy) await busy;
      for (let attempt = 0; attempt < 3 && !done.has(key()); attempt++) {
        if (!(await settle(30))) return;
        await scan();
      }
    },
  };
}

/**
 * Scans the screen the page shows now, once it has settled, unless this state was scanned already: page objects call
 * it before they leave a screen, since a spec can pass through one faster than it settles on its own.
 */
export async function scanScreen(page: Page): Promise<void> {
  if (!process.env[AXE_DIR_ENV] || page.isClosed()) return;
  await page.evaluate(() => (window as unknown as { __kkAxe?: { flush(): Promise<void> } }).__kkAxe?.flush()).catch(() => {});
}

/** Scans the page's screens while the test runs; `finish` scans the last one and fails the test on serious ones. */
export async function attachScan(page: Page, testInfo: TestInfo): Promise<{ finish(): Promise<void> }> {
  const dir = process.env[AXE_DIR_ENV];
  if (!dir) return { finish: async () => {} };
  const failures: StateRecord[] = [];
  const attempts = new Map<string, number>();
  // A state scanned before (by an earlier test, or by this test's first try when it is retried) is not scanned again, but
  // its serious violations fail this test too: a retry must not pass over what failed the first try.
  const seen = (record: StateRecord) => {
    if (record.violations.some((v) => FAILING.has(v.impact)) && !failures.some((f) => f.key === record.key)) failures.push(record);
    return true;
  };
  await page.exposeBinding('__kkAxeSettled', async (_source, key: string) => {
    const known = scannedInWorker.get(key);
    if (known) return seen(known);
    const file = stateFile(dir, key);
    if (fs.existsSync(file)) {
      const record = JSON.parse(fs.readFileSync(file, 'utf8')) as StateRecord;
      scannedInWorker.set(key, record);
      return seen(record);
    }
    const attempt = (attempts.get(key) ?? 0) + 1;
    attempts.set(key, attempt);
    await page.evaluate(() => (window as unknown as { __kkAxe: { begin(): void } }).__kkAxe.begin());
    const results = await new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] }).analyze();
    const after = await page.evaluate(() => {
      const axe = (window as unknown as { __kkAxe: { isDirty(): boolean; key(): string } }).__kkAxe;
      return { dirty: axe.isDirty(), key: axe.key() };
    });
    // The screen changed under the scan (the test went on): its figures are not of one state; scan it again later.
    if (after.key !== key || (after.dirty && attempt < 3)) return false;
    const record: StateRecord = {
      key,
      test: testInfo.titlePath.slice(1).join(' › '),
      violations: results.violations.map((v) => ({
        id: v.id,
        impact: v.impact ?? 'minor',
        help: v.help,
        nodes: v.nodes.length,
        targets: v.nodes.slice(0, 5).map((node) => `${node.target.join(' ')} — ${(node.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 160)}`),
      })),
    };
    scannedInWorker.set(key, record);
    fs.writeFileSync(file, JSON.stringify(record));
    return seen(record);
  });
  await page.addInitScript(watcher);
  return {
    async finish() {
      await scanScreen(page);
      if (failures.length === 0 || process.env[AXE_MODE_ENV] === 'report') return;
      const lines = failures.flatMap((record) =>
        record.violations
          .filter((v) => FAILING.has(v.impact))
          .map((v) => `${record.key}: ${v.impact} ${v.id} (${v.nodes}) ${v.help}\n    ${v.targets.join('\n    ')}`),
      );
      throw new Error(`accessibility: serious or critical violations on screens this test visited:\n${lines.join('\n')}`);
    },
  };
}

/** Sums the run's states: one line for the run, and the rules behind the figures. */
export function summarizeScan(dir: string): string {
  if (!fs.existsSync(dir)) return 'axe: no screens scanned';
  const records = fs.readdirSync(dir).map((name) => JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as StateRecord);
  const count = (impacts: string[]) => {
    const byRule = new Map<string, number>();
    let total = 0;
    for (const record of records) {
      for (const v of record.violations) {
        if (!impacts.includes(v.impact)) continue;
        total += v.nodes;
        byRule.set(v.id, (byRule.get(v.id) ?? 0) + v.nodes);
      }
    }
    const rules = [...byRule].sort((a, b) => b[1] - a[1]).map(([id, n]) => `${id} ${n}`);
    return `${total}${rules.length ? ` (${rules.join(', ')})` : ''}`;
  };
  return [
    `axe: ${records.length} screen states scanned`,
    `axe: serious/critical = ${count(['serious', 'critical'])}`,
    `axe: moderate = ${count(['moderate'])}`,
  ].join('\n');
}
