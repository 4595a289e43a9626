/** What other features may use of the program years: reads, and creating a year with its milestones. */
export { findYear, findYearByFiscalYear, listMilestones } from './years.repo';
export { createArchiveYear, createYear, getYear } from './years.service';
/** The channels, for the composition root (features/handlers.ts). */
export { yearsHandlers } from './years.handlers';
