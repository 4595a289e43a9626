import type { Migration } from '../migrate';

/** Retention and the close-out of a year (issue 15). */
export const retention: Migration = {
  version: 90,
  name: '0090-retention',
  up() {},
};
