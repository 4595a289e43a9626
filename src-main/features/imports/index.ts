/** What the rest of the app may use of the imports: its channels, for the composition root. */
export { importsHandlers } from './imports.handlers';
