/** The channels, for the composition root (features/handlers.ts). */
export { completionHandlers } from './completion.handlers';
