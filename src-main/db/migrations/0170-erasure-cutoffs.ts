import type { Migration } from '../migrate';

/**
 * The value rules' record of backups they could not rewrite (an `erasure_runs` row of this PC,
 * features/erasure) keeps, after a restore, the rows and cutoffs the replaced database named: the
 * restored file may not know the withdrawal that named them, and the backups still to be
 * rewritten must lose what it named all the same.
 */
export const erasureCutoffs: Migration = {
  version: 170,
  name: '0170-erasure-cutoffs',
  up(db) {
    db.exec('ALTER TABLE erasure_runs ADD COLUMN kept_cutoffs TEXT;');
  },
};
