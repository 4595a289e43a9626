import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AXE_DIR_ENV, summarizeScan } from './axe-scan';

/** The specs drive the built app; `npm test` builds it first. Sets up the run's accessibility scan and sums it at the end. */
export default function globalSetup(): () => void {
  const root = path.resolve(import.meta.dirname, '../..');
  for (const file of ['build/main/host.cjs', 'build/renderer/index.html']) {
    if (!fs.existsSync(path.join(root, file))) throw new Error(`${file} is missing: run \`npm run build\` first (npm test does).`);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kk-axe-'));
  process.env[AXE_DIR_ENV] = dir;
  return () => {
    const summary = summarizeScan(dir);
    console.log(summary);
    fs.mkdirSync(path.join(root, 'test-results'), { recursive: true });
    fs.writeFileSync(path.join(root, 'test-results', 'axe-summary.txt'), `${summary}\n`);
    const states = fs.existsSync(dir) ? fs.readdirSync(dir).map((name) => JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8'))) : [];
    fs.writeFileSync(path.join(root, 'test-results', 'axe-states.json'), JSON.stringify(states, null, 1));
    fs.rmSync(dir, { recursive: true, force: true });
  };
}
