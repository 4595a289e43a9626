import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** LibreOffice's `soffice`, when installed: the spreadsheet that reads our files back as an office would. */
export function soffice(): string | null {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (dir && fs.existsSync(path.join(dir, 'soffice'))) return path.join(dir, 'soffice');
  }
  return null;
}

/**
 * Converts a file with LibreOffice (a profile of its own, so it never meets another running
 * copy) and returns the converted file's path.
 */
export function convertWithLibreOffice(file: string, to: 'xlsx' | 'csv', infilter?: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kk-lo-'));
  const args = [`-env:UserInstallation=file://${dir}/profile`, '--headless', ...(infilter ? [`--infilter=${infilter}`] : []), '--convert-to', to, '--outdir', dir, file];
  execFileSync(soffice()!, args, { stdio: 'ignore', timeout: 60_000 });
  return path.join(dir, `${path.basename(file, path.extname(file))}.${to}`);
}
