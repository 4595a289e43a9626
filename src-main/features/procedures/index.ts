/** What other features may use of the entry procedures: a year's warnings (for the dashboard). */
export { yearWarnings } from './procedures.service';
/** The channels, for the composition root (features/handlers.ts). */
export { proceduresHandlers } from './procedures.handlers';
