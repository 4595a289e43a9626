/** The channels, for the composition root (features/handlers.ts). */
export { lettersHandlers } from './letters.handlers';
