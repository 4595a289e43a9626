/** What other features may use of the settings: this PC's own values, read and written by key. */
export { readSetting, writeSetting } from './settings.repo';
/** The channels, for the composition root (features/handlers.ts). */
export { settingsHandlers } from './settings.handlers';
