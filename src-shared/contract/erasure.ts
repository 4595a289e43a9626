import { z } from 'zod';
import type { ChannelDef } from './channel-def';
import { emptyInput } from './rules';

/**
 * Erasure: a trainee taken out of the trash for good (or closed out) is erased everywhere — the
 * rows, their values in the change log, the photo bytes, the backups, and on the other PCs.
 */
export const ErasureStatus = z.object({
  /** Erasures done in this database whose vacuum or backups are not finished (tried again on every start). */
  pending: z.number(),
  /** The backups the last try could not open or rewrite: they may still hold erased data. */
  failedBackups: z.array(z.string()),
});
export type ErasureStatus = z.infer<typeof ErasureStatus>;

export const erasureChannels = {
  'erasure:status': {
    doc: 'Erasures not yet finished in the backups, and the backups that could not be rewritten (they may still hold erased data).',
    input: emptyInput,
    output: ErasureStatus,
  },
} as const satisfies Record<string, ChannelDef>;

/**
 * What the history and the conflicts show in place of an erased value (the change log keeps that
 * the field changed, not what it was). The renderer shows it as `erasure.redacted`.
 */
export const ERASED_VALUE = '\u2060[erased]\u2060';

/** Why something was erased: out of the trash, a year's close-out, or an import taken back. */
export type ErasureReason = 'trash' | 'close-out' | 'import-undone';

/** What an erasure did: how many trainees, which backups were rewritten, which could not be opened. */
export interface ErasureReport {
  trainees: number;
  /** Backup files rewritten with the erasure (and vacuumed). */
  backupsRewritten: number;
  /** Backup files that could not be opened or rewritten (file names): they still hold the data. */
  backupsFailed: string[];
  /**
   * True when the vacuum (and so the backups) is still to be done: the erasure ran inside an
   * outer transaction, or the vacuum failed; the next start (or finishPendingErasures) does it.
   */
  pending: boolean;
}
