import fs from 'node:fs';
import path from 'node:path';

/** The specs drive the built app; `npm test` builds it first. */
export default function globalSetup(): void {
  const root = path.resolve(import.meta.dirname, '../..');
  for (const file of ['build/main/host.cjs', 'build/renderer/index.html']) {
    if (!fs.existsSync(path.join(root, file))) throw new Error(`${file} is missing: run \`npm run build\` first (npm test does).`);
  }
}
