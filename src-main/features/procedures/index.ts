/** What other features may use of the entry procedures: a year's warnings (for the dashboard). */
export { yearWarnings } from './procedures.service';
/** The checklists' shared rules: when an item is past due, and who wrote a row last. */
export { isPastDue } from './procedures';
/** The one rule of a received file's type (PDF, JPEG or PNG by its bytes), for every file kept in the database. */
export { sniffScanType } from './procedures';
export { lastAuthor } from './procedures.repo';
/** The channels, for the composition root (features/handlers.ts). */
export { proceduresHandlers } from './procedures.handlers';
