/** What the rest of the app may use of the exports: its channels, for the composition root. */
export { exportsHandlers } from './exports.handlers';
