/**
 * What the rest of the app may use of the backups: where they live, whether anything changed
 * since the last one, making one, and the newest that passes its check (the startup uses it to
 * offer a restore); and the channels for the composition root.
 */
export { backupsDirOf, hasUnsavedChanges, makeBackup, newestSoundBackup } from './backups.service';
export { backupsHandlers } from './backups.handlers';
