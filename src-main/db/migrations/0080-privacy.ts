import type { Migration } from '../migrate';

/** Field classes, the export record and consent (issue 15). */
export const privacy: Migration = {
  version: 80,
  name: '0080-privacy',
  up() {},
};
