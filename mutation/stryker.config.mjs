// Mutation testing of the rules people depend on: `npm run mutate` (not part of `npm test`).
// Mutants that no behaviour can tell apart are listed, with a reason each, in mutation/equivalent.md.

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'mutation/vitest.mutation.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  coverageAnalysis: 'perTest',
  mutate: [
    // Text normalisation and search.
    'src-shared/text/fold.ts',
    'src-shared/text/romaji.ts',
    'src-shared/text/passport.ts',
    'src-main/features/trainees/search.ts',
    // Dates in and out (和暦 too) and date arithmetic.
    'src-shared/text/date-parse.ts',
    'src-shared/text/date-format.ts',
    'src-shared/text/date-math.ts',
    // Assignment and pickup rules, zoned time.
    'src-main/features/assignments/assignment-rules.ts',
    'src-main/features/pickup/pickup-rules.ts',
    'src-main/features/flights/zoned-time.ts',
    // The sync merge and bundle; the single write path; migrations.
    'src-main/features/sync/merge.ts',
    'src-main/features/sync/bundle.ts',
    'src-main/db/rows.ts',
    'src-main/db/migrate.ts',
    // Backups kept and damage checks.
    'src-main/features/backups/backup-policy.ts',
    'src-main/db/damage.ts',
    // The host's checks, the IPC sender check (isTrustedSender, isTrustedEvent, registerIpc), dispatch.
    'src-main/host/host-server.ts',
    'src-main/shell/app-shell.ts:53-84',
    'src-main/ipc/dispatch.ts',
    // Import: header and name classification, cell normalisation, file decoding (Shift_JIS, ISO-2022-JP, UTF-16).
    'src-main/features/imports/mapping.ts',
    'src-main/features/imports/normalize.ts',
    'src-main/features/imports/read-file.ts',
    // Trainee warnings.
    'src-main/features/trainees/trainee.ts',
  ],
  ignorePatterns: ['build', 'dist', 'release', 'docs', 'test-results', 'playwright-report', 'reports', '.kakehashi-data', 'tests/e2e'],
  concurrency: 2,
  // A static mutant (a module-level table or constant) runs every test in the config: together they cost
  // more than twice all the others. They are left out of the score (see equivalent.md), not tested.
  ignoreStatic: true,
  dryRunTimeoutMinutes: 15,
  timeoutMS: 20_000,
  incremental: true,
  incrementalFile: 'mutation/stryker-incremental.json',
  reporters: ['json', 'clear-text', 'progress'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
