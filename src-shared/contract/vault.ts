import { z } from 'zod';
import type { ChannelDef } from './channel-def';
import { emptyInput } from './rules';

/** Crockford base32 in five groups of five (about 125 bits): typed by hand on the new PC. */
export const TRANSFER_CODE = /^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){4}$/;

/** What a person types: any case, spaces or dashes anywhere, I/L read as 1 and O as 0. */
export function normaliseTransferCode(typed: string): string {
  const plain = typed
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-‐－ー]/g, '')
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0');
  return plain.match(/.{1,5}/g)?.join('-') ?? '';
}

export const TransferCode = z
  .string({ error: 'required' })
  .transform(normaliseTransferCode)
  .refine((code) => code.length > 0, 'required')
  .refine((code) => TRANSFER_CODE.test(code), 'invalid_transfer_code');

export const VaultStatus = z.object({
  /** True when the database here is a copy from another PC that waits for its transfer code. */
  locked: z.boolean(),
  /** Where this PC keeps the database key: 'safeStorage', 'KAKEHASHI_DB_KEY', a key file's path, or 'memory'. */
  keyStorage: z.string(),
});
export type VaultStatus = z.infer<typeof VaultStatus>;

/** The database key: its status, and opening a copy brought from another PC. */
export const vaultChannels = {
  'vault:status': {
    doc: 'Whether the database is open, or a copy from another PC waiting for its transfer code; and where the key is kept.',
    input: emptyInput,
    output: VaultStatus,
  },
  'vault:unlock': {
    doc: 'Opens a copy from another PC with the transfer code shown when it was made, and puts it under this PC’s own key.',
    input: z.object({ transferCode: TransferCode }),
    output: VaultStatus,
  },
} as const satisfies Record<string, ChannelDef>;
