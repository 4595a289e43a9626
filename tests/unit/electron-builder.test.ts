import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '../..');

interface BuilderConfig {
  appId: string;
  files: string[];
  win: { target: Array<{ target: string }>; icon: string };
  linux: { target: Array<{ target: string }>; icon: string };
}

function load(): BuilderConfig {
  return yaml.load(fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
}

// electron-builder's own schema check, run offline without building anything.
async function validate(config: unknown): Promise<void> {
  const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js');
  const { DebugLogger } = require('builder-util');
  await validateConfiguration(config, new DebugLogger(false));
}

// Loading electron-builder's schema validator takes seconds on a busy machine.
describe('electron-builder.yml', { timeout: 30_000 }, () => {
  it('passes electron-builder\'s schema', async () => {
    await expect(validate(load())).resolves.toBeUndefined();
  });

  it('would be refused if it named an option electron-builder does not know', async () => {
    await expect(validate({ ...load(), installerFlavour: 'fancy' })).rejects.toThrow(/installerFlavour/);
  });

  it('builds an NSIS installer and an AppImage from the built app, with icons that exist', () => {
    const config = load();
    expect(config.win.target.map((t) => t.target)).toEqual(['nsis']);
    expect(config.linux.target.map((t) => t.target)).toEqual(['AppImage']);
    expect(config.files).toEqual(expect.arrayContaining(['build/main/**/*', 'build/renderer/**/*']));
    expect(fs.existsSync(path.join(root, config.win.icon))).toBe(true);
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    expect(pkg.main).toBe('build/main/main.cjs');
  });
});
