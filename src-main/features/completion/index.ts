/** What other features may use of completion: the rule that keeps a closed year read only (the backend's write check), and which years are closed. */
export { refuseClosedYearWrites } from './closed-year';
export { closedYearIds } from './completion.repo';
/** The channels, for the composition root (features/handlers.ts). */
export { completionHandlers } from './completion.handlers';
