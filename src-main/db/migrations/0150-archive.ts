import type { Migration } from '../migrate';

/** The archive (issue 19): past years brought in from old workbooks, and what the statistics need of them. */
export const archive: Migration = {
  version: 150,
  name: '0150-archive',
  up() {},
};
