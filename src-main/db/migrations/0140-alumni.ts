import type { Migration } from '../migrate';

/** Alumni (issue 19): careers after return, contact details held with consent, activities, and trainee reports. */
export const alumni: Migration = {
  version: 140,
  name: '0140-alumni',
  up() {},
};
