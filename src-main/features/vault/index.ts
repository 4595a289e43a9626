/** The database key's status for Settings; opening a copy from another PC is in src-main/locked-backend.ts. */
export { vaultHandlers } from './vault.handlers';
