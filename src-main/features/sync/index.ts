/** What the rest of the app may use of the sync: its channels, for the composition root. */
export { syncHandlers } from './sync.handlers';
