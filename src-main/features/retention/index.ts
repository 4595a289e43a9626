/** Keeping only what is needed: the retention setting and the close-out of a year, with its disposal record (廃棄記録). */
export { retentionHandlers } from './retention.handlers';
