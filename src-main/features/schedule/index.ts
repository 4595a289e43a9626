/** What other features may use of the schedule. */
export { listEvents } from './schedule.repo';
/** The channels, for the composition root (features/handlers.ts). */
export { scheduleHandlers } from './schedule.handlers';
