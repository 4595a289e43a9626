/** What other features may use of the staff list. */
export { findStaff } from './staff.repo';
/** The channels, for the composition root (features/handlers.ts). */
export { staffHandlers } from './staff.handlers';
