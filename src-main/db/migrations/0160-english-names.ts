import type { Migration } from '../migrate';

/** English forms (issue 20): English names of groups, meeting points, event places and staff for the English sheets. */
export const englishNames: Migration = {
  version: 160,
  name: '0160-english-names',
  up() {},
};
