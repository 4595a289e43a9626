import type { Migration } from '../migrate';

/** Official letters (issue 18): letter templates, the document-number register (文書番号簿) per fiscal year. */
export const letters: Migration = {
  version: 130,
  name: '0130-letters',
  up() {},
};
