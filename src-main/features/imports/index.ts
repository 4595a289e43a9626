/** What the rest of the app may use of the imports: its channels, for the composition root; the .xlsx reader, for the bench. */
export { importsHandlers } from './imports.handlers';
export { readFirstSheet } from './xlsx-reader';
