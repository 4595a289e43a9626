/** What other features may use of the pickup: the arrivals board and the year's pickup groups. */
export { board } from './pickup.service';
export { listGroups } from './pickup.repo';
/** The channels, for the composition root (features/handlers.ts). */
export { pickupHandlers } from './pickup.handlers';
