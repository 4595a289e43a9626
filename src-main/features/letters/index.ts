/** The channels, for the composition root (features/handlers.ts). */
export { lettersHandlers } from './letters.handlers';
// Letters hold copies of trainees' names: the erasure takes them out (see the file).
import './letters.erasure';
