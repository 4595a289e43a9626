/** What other features may use of the schedule. */
export { listEvents } from './schedule.repo';
