/** What other features may use of the departures: a year's warnings. */
export { yearWarnings } from './departures.service';
/** The channels, for the composition root (features/handlers.ts). */
export { departuresHandlers } from './departures.handlers';
