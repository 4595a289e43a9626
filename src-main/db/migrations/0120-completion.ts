import type { Migration } from '../migrate';

/** Completion (issue 17): the date a trainee completed, final reports received, certificates, and a year closed. */
export const completion: Migration = {
  version: 120,
  name: '0120-completion',
  up() {},
};
