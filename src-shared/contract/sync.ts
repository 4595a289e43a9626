import { z } from 'zod';
import { base64File, nullableString, uuid, requiredText, typedText } from './rules';

/** A change bundle's file name ends so; the shared folder holds one per device (`<device id>.kkhsync`). */
export const BUNDLE_EXTENSION = '.kkhsync';

/** The largest change file read, and the most its changes may unpack to (checked while unpacking). */
export const BUNDLE_MAX_BYTES = 200 * 1024 * 1024;
export const BUNDLE_MAX_UNPACKED_BYTES = 200 * 1024 * 1024;

/** The office's sync passphrase is at least this long (the screen offers a generated one of 24 characters). */
export const PASSPHRASE_MIN_LENGTH = 12;

/** Bundles as the browser hands them over: base64, at most 200 MB of file. */
export const BundleInput = z.object({
  fileName: requiredText(255),
  dataBase64: base64File(BUNDLE_MAX_BYTES).min(1, 'required'),
});

export const BundleExportInput = z.object({
  /** The device the bundle is for (only what it has not seen), or null for everything (a new device). */
  peerId: uuid.nullable(),
});

export const SyncSettingsInput = z
  .object({
    deviceName: requiredText(60),
    /** The office's passphrase; the same on every device. Never sent back to the screen. */
    passphrase: z.string().min(PASSPHRASE_MIN_LENGTH, 'passphrase_too_short').max(200, 'too_long'),
    /** A shared folder (network share or synced drive) every device reads and writes bundles in; empty to stop. */
    folder: z
      .string()
      .trim()
      .max(1000, 'too_long')
      .refine((p) => p === '' || /^([A-Za-z]:[\\/]|\/|\\\\)/.test(p), 'absolute_path'),
  })
  .partial();

export const Peer = z.object({ deviceId: z.string(), name: nullableString, bundleAt: z.string(), importedAt: z.string() });
export type Peer = z.infer<typeof Peer>;

export const SyncStatus = z.object({
  deviceId: z.string(),
  deviceName: nullableString,
  hasPassphrase: z.boolean(),
  folder: nullableString,
  peers: z.array(Peer),
  openConflicts: z.number(),
});
export type SyncStatus = z.infer<typeof SyncStatus>;

export const BundleResult = z.object({
  fromName: nullableString,
  /** Changes in the bundle, those new here, and the conflicts they raised. */
  received: z.number(),
  applied: z.number(),
  conflicts: z.number(),
});
export type BundleResult = z.infer<typeof BundleResult>;

export const FolderResult = z.object({
  read: z.array(z.object({ file: z.string(), result: BundleResult.nullable(), error: nullableString })),
  wrote: z.string(),
});
export type FolderResult = z.infer<typeof FolderResult>;

export const TableDigest = z.object({ table: z.string(), rows: z.number(), digest: z.string() });
export const Digest = z.object({ tables: z.array(TableDigest), digest: z.string() });
export type Digest = z.infer<typeof Digest>;

export const CONFLICT_KINDS = ['field', 'deleted', 'orphan', 'duplicate'] as const;

const Side = z.object({ value: nullableString, author: nullableString, at: nullableString, deviceName: nullableString });

export const Conflict = z.object({
  id: z.string(),
  kind: z.enum(CONFLICT_KINDS),
  table: z.string(),
  rowId: z.string(),
  field: nullableString,
  /** What the record is, for a person: a trainee's name, a flight number… */
  record: nullableString,
  /** The value now in the database, and the one set aside. */
  kept: Side,
  other: Side,
  createdAt: z.string(),
});
export type Conflict = z.infer<typeof Conflict>;

/**
 * Passport and residence card numbers in full (the person turned on 番号を表示); masked
 * (TK12•••78) by default, in a field's two values as in a whole record's summary.
 */
export const ConflictsInput = z
  .object({ revealIdentifiers: z.boolean({ error: 'invalid_type' }).default(false) })
  .strict()
  .optional()
  .transform((v) => v ?? { revealIdentifiers: false });

export const ResolveInput = z
  .object({
    id: uuid,
    /**
     * Keep what is in the database now, take the other value (for a deleted record: bring it back),
     * or write a value a person typed (a trainee's field, checked as the trainee form checks it).
     */
    choice: z.enum(['kept', 'other', 'edit'], { error: 'invalid_choice' }),
    value: typedText({ error: 'invalid_type' }, { isMultiline: true }).max(4000, 'too_long').optional(),
  })
  .refine((r) => r.choice !== 'edit' || r.value !== undefined, { message: 'required', path: ['value'] });
