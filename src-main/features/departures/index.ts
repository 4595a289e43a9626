/** The channels, for the composition root (features/handlers.ts). */
export { departuresHandlers } from './departures.handlers';
