import { z } from 'zod';

export const BACKUP_REASONS = ['start', 'hourly', 'manual', 'before-restore'] as const;

export const Backup = z.object({
  /** The file name inside the data folder's backups/ (never a path). */
  file: z.string(),
  createdAt: z.string(),
  sizeBytes: z.number(),
  reason: z.enum(BACKUP_REASONS),
});
export type Backup = z.infer<typeof Backup>;

export const BACKUP_FILE = /^kakehashi-(\d{8}T\d{6}Z)-(start|hourly|manual|before-restore)\.sqlite$/;

export const RestoreInput = z.object({ file: z.string({ error: 'required' }).regex(BACKUP_FILE, 'invalid_backup') });

export const CopyToInput = z.object({
  /** Where to write the copy: an absolute path of a new .sqlite file on this PC. */
  path: z
    .string({ error: 'required' })
    .trim()
    .min(1, 'required')
    .max(1000, 'too_long')
    .refine((p) => /^([A-Za-z]:[\\/]|\/|\\\\)/.test(p), 'absolute_path')
    .refine((p) => p.toLowerCase().endsWith('.sqlite'), 'sqlite_extension'),
});
