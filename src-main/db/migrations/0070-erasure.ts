import type { Migration } from '../migrate';

/** Erasures that travel to other PCs (issue 15). */
export const erasure: Migration = {
  version: 70,
  name: '0070-erasure',
  up() {},
};
