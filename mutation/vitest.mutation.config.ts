import path from 'node:path';
import { defineConfig } from 'vitest/config';

/**
 * The unit tests of the modules `npm run mutate` mutates (see stryker.config.mjs), in Node:
 * no jsdom component tests, no e2e. Stryker runs only the tests that cover each mutant.
 */
const root = path.resolve(import.meta.dirname, '..');

export default defineConfig({
  root,
  resolve: { alias: { '@shared': path.resolve(root, 'src-shared') } },
  test: {
    environment: 'node',
    // Each module's own tests; integration tests only where the rule lives behind the database
    // (rows, merge, migrations, dispatch, the host). Whole-app tests (the sample data, backups on disk,
    // the import round trip) stay in `npm test`: under mutation they cover everything and cost hours.
    include: [
      'src-shared/text/*.test.ts',
      'src-main/features/trainees/{search,search.separators,trainee,trainee.statuses}.test.ts',
      'src-main/features/assignments/assignment-rules*.test.ts',
      'src-main/features/pickup/pickup-rules*.test.ts',
      'src-main/features/flights/zoned-time*.test.ts',
      'src-main/features/sync/{bundle,bundle.*,sync,sync.property,conflicts,merge,merge.*}.test.ts',
      'src-main/db/{migrate,migrate.*,rows.*,damage,damage.*}.test.ts',
      'src-main/features/backups/backup-policy*.test.ts',
      'src-main/host/host-server*.test.ts',
      'src-main/shell/app-shell*.test.ts',
      'src-main/ipc/*.test.ts',
      'src-main/features/imports/{read-csv,read-file.*,mapping.rules}.test.ts',
    ],
    testTimeout: 30_000,
  },
});
