/** Erasure: a trainee taken out of the trash for good is erased everywhere (the log, the photos, the backups, the other PCs). */
export { erasureHandlers } from './erasure.handlers';
