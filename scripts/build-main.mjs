// Bundles the main process, the preload, the localhost host and the worker that reads import
// files (spreadsheet-worker, started by read-in-worker.ts from beside the bundle) into build/main/*.cjs.
// better-sqlite3 stays external (native); electron is provided by Electron at run time;
// Playwright (the bench's browser, a dev dependency) is loaded from node_modules.
import { build } from 'esbuild';

const entries = {
  main: 'src-main/main.ts',
  preload: 'src-main/preload.ts',
  host: 'src-main/host/host.ts',
  bench: 'src-main/bench.ts',
  'spreadsheet-worker': 'src-main/features/imports/spreadsheet-worker.ts',
};

await build({
  entryPoints: entries,
  outdir: 'build/main',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  external: ['electron', 'better-sqlite3-multiple-ciphers', '@playwright/test', 'playwright-core'],
  logLevel: 'warning',
});
