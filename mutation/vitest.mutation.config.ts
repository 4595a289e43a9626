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
    include: [
      'src-shared/text/*.test.ts',
      'tests/unit/dates-everywhere.test.ts',
      'src-main/features/trainees/{search,search.*,trainee,trainee.*,trainees}.test.ts',
      'src-main/features/sample/sample.statuses.test.ts',
      'src-main/features/assignments/*.test.ts',
      'src-main/features/pickup/pickup-rules.test.ts',
      'src-main/features/flights/zoned-time*.test.ts',
      'src-main/features/sync/{bundle*,sync,sync.property,conflicts,merge*}.test.ts',
      // encrypt.test.ts is left out: it tests encryption at rest, none of the mutated modules' rules.
      'src-main/db/{migrate,damage}.test.ts',
      'src-main/db/migrations/0060-sync.test.ts',
      'src-main/features/backups/*.test.ts',
      'src-main/host/host-server*.test.ts',
      'src-main/shell/app-shell*.test.ts',
      'src-main/ipc/*.test.ts',
      'src-main/features/imports/{read-csv,imports,flight-import,normalize*,mapping*,read-file*}.test.ts',
    ],
    testTimeout: 30_000,
  },
});
