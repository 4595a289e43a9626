// `npm start` (after `npm run build`): fetch Electron's binary if needed, build a
// better-sqlite3 binary for Electron beside (not over) the one Node's tests use, and launch.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '..');
const electronDir = path.join(root, 'node_modules', 'electron');
const { version: electronVersion } = require('electron/package.json');

function fail(message) {
  console.error(`Kakehashi: ${message}`);
  process.exit(1);
}

// 1. The Electron binary: downloaded on first start, not at install.
const install = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], { encoding: 'utf8', timeout: 300_000 });
if (install.status !== 0) {
  fail(`the Electron ${electronVersion} binary could not be downloaded on this machine; run \`npm run start:web\` to use Kakehashi in your browser instead.`);
}
const electronPath = require('electron');

// 2. better-sqlite3 for Electron's ABI, in .native/ so node_modules stays built for Node.
const nativeRoot = path.join(root, '.native', `electron-${electronVersion}`);
const binding = path.join(nativeRoot, 'node_modules', 'better-sqlite3-multiple-ciphers', 'build', 'Release', 'better_sqlite3.node');
if (!fs.existsSync(binding)) {
  console.log(`Kakehashi: building better-sqlite3 for Electron ${electronVersion} (once, about two minutes)…`);
  fs.rmSync(nativeRoot, { recursive: true, force: true });
  fs.mkdirSync(path.join(nativeRoot, 'node_modules'), { recursive: true });
  fs.cpSync(path.join(root, 'node_modules', 'better-sqlite3-multiple-ciphers'), path.join(nativeRoot, 'node_modules', 'better-sqlite3-multiple-ciphers'), {
    recursive: true,
    filter: (src) => !src.includes(`${path.sep}build${path.sep}`),
  });
  const { version: sqliteVersion } = require('better-sqlite3-multiple-ciphers/package.json');
  fs.writeFileSync(
    path.join(nativeRoot, 'package.json'),
    JSON.stringify({ name: 'kakehashi-native', private: true, dependencies: { 'better-sqlite3-multiple-ciphers': sqliteVersion } }),
  );
  const { rebuild } = require('@electron/rebuild');
  try {
    await rebuild({ buildPath: nativeRoot, electronVersion, onlyModules: ['better-sqlite3-multiple-ciphers'], force: true });
  } catch (error) {
    fail(`better-sqlite3 could not be built for Electron (${error.message}); run \`npm run start:web\` instead.`);
  }
}

// 3. Launch.
const child = spawn(electronPath, [root], {
  stdio: 'inherit',
  env: { ...process.env, KAKEHASHI_SQLITE_BINDING: binding },
});
child.on('exit', (code) => process.exit(code ?? 0));
