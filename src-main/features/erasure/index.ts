/**
 * Erasure: a trainee taken out of the trash for good (or a year's close-out) is erased everywhere
 * — the rows, their values in the change log, the photo bytes, the backups, and on the other PCs.
 */
export { eraseTrainees, eraseTraineeColumns, carryOutReceivedErasures, finishPendingErasures, erasureStatus, backupFilesOf, finishValueRules } from './erasure.service';
export { screenReceived } from './receive';
export { erasureMemoryOf, keepErasureMemory, type MergeEntries } from './restore';
export { registerCopyHolder, registerValueRule, applyValueRule, applyValueRules, carryOutSettled, type ValueRule, type RuledRow, type ValueRuleOutcome } from './erase';
export type { ErasureReport, ErasureReason, ErasureStatus } from '@shared/contract/erasure';
/** The channels, for the composition root (features/handlers.ts). */
export { erasureHandlers } from './erasure.handlers';
