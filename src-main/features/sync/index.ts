/** What the rest of the app may use of the sync: its channels, for the composition root; the start's move of the passphrase out of the data. */
export { syncHandlers } from './sync.handlers';
export { moveSecretsOutOfSettings } from './passphrase';
/** Received writes merged into a database (for a restore, which carries a withdrawal's writes into the restored file). */
export { applyEntries } from './merge';
