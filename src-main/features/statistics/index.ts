/** The channels, for the composition root (features/handlers.ts). */
export { statisticsHandlers } from './statistics.handlers';
