import crypto from 'node:crypto';
import zlib from 'node:zlib';
import { z } from 'zod';
import { BUNDLE_MAX_UNPACKED_BYTES } from '@shared/contract/sync';
import { AppError } from '../../ipc/app-error';

/**
 * A change bundle on disk: `KKHSYNC1`, a header (readable, authenticated: who made it, the key
 * derivation's parameters, the salt and nonce), then the changes gzipped and encrypted with
 * AES-256-GCM under a key scrypt derives from the office's passphrase. The GCM tag covers header
 * and content, so a damaged, truncated or altered file — or the wrong passphrase — is refused
 * before anything is applied.
 */
const MAGIC = Buffer.from('KKHSYNC1');

/**
 * scrypt's cost: N = 2^17, r = 8 (128 MiB and about half a second per key, as OWASP advises for
 * a file an attacker may take away). The header says which parameters a file was written with,
 * so files of version 1 (N = 2^15, no parameters in the header) still open.
 */
const Kdf = z.object({
  name: z.literal('scrypt'),
  // Bounded, so that a forged header cannot ask for gigabytes or minutes.
  N: z
    .number()
    .int()
    .refine((n) => n >= 2 ** 15 && n <= 2 ** 18 && (n & (n - 1)) === 0),
  r: z.literal(8),
  p: z.number().int().min(1).max(2),
});
type Kdf = z.infer<typeof Kdf>;
export const BUNDLE_KDF: Kdf = { name: 'scrypt', N: 2 ** 17, r: 8, p: 1 };
const KDF_V1: Kdf = { name: 'scrypt', N: 2 ** 15, r: 8, p: 1 };

const HeaderFields = { from: z.string(), salt: z.string(), iv: z.string(), createdAt: z.string() };
const Header = z.discriminatedUnion('v', [
  z.object({ v: z.literal(1), ...HeaderFields }),
  z.object({ v: z.literal(2), kdf: Kdf, ...HeaderFields }),
]);
type Header = z.infer<typeof Header>;

const Hlc = z.string().regex(/^\d{15}-[0-9a-z]{4,}-[0-9a-f-]{36}$/);

/** One write: clock, device, author, table, row, op, fields as change-log JSON, delete base. */
export const Entry = z
  .tuple([
    Hlc,
    z.string().max(36),
    z.string().max(200).nullable(),
    z.string().max(60),
    z.string().max(36),
    z.enum(['insert', 'update', 'delete']),
    z.string(),
    Hlc.nullable(),
  ])
  .refine((e) => e[0].endsWith(`-${e[1]}`), 'clock_device');
export type Entry = z.infer<typeof Entry>;

export const Payload = z.object({
  format: z.literal('kakehashi-changes'),
  schemaVersion: z.number(),
  from: z.object({ deviceId: z.string(), name: z.string().nullable() }),
  createdAt: z.string(),
  /** What the sending device had from each device when it wrote this (device id → newest clock). */
  seen: z.record(z.string(), Hlc),
  entries: z.array(Entry),
});
export type Payload = z.infer<typeof Payload>;

/** Derived keys of this run, so a sync of many files derives each key once (the passphrase itself is never a map key). */
const derived = new Map<string, Buffer>();
/** One salt per passphrase for the files this run writes: each file still has its own nonce. */
const sealSalts = new Map<string, Buffer>();
const passphraseId = (passphrase: string) => crypto.createHash('sha256').update(passphrase.normalize('NFC')).digest('base64');

function key(passphrase: string, salt: Buffer, kdf: Kdf): Buffer {
  const id = `${kdf.N}:${kdf.r}:${kdf.p}:${salt.toString('base64')}:${passphraseId(passphrase)}`;
  let found = derived.get(id);
  if (!found) {
    found = crypto.scryptSync(passphrase.normalize('NFC'), salt, 32, { N: kdf.N, r: kdf.r, p: kdf.p, maxmem: 128 * kdf.N * kdf.r * kdf.p + 32 * 1024 * 1024 });
    if (derived.size >= 32) derived.delete(derived.keys().next().value!);
    derived.set(id, found);
  }
  return found;
}

/** Seals with the current parameters; `kdf` only for tests writing a file as an earlier version did. */
export function sealBundle(payload: Payload, passphrase: string, kdf: Kdf | 'v1' = BUNDLE_KDF): Buffer {
  let salt = sealSalts.get(passphraseId(passphrase));
  if (!salt) sealSalts.set(passphraseId(passphrase), (salt = crypto.randomBytes(16)));
  const iv = crypto.randomBytes(12);
  const fields = { from: payload.from.deviceId, salt: salt.toString('base64'), iv: iv.toString('base64'), createdAt: payload.createdAt };
  const header: Header = kdf === 'v1' ? { v: 1, ...fields } : { v: 2, kdf, ...fields };
  const headerBytes = Buffer.from(JSON.stringify(header));
  const length = Buffer.alloc(4);
  length.writeUInt32BE(headerBytes.length);
  const cipher = crypto.createCipheriv('aes-256-gcm', key(passphrase, salt, kdfOf(header)), iv);
  cipher.setAAD(Buffer.concat([MAGIC, length, headerBytes]));
  const body = Buffer.concat([cipher.update(zlib.gzipSync(JSON.stringify(payload), { level: 6 })), cipher.final()]);
  return Buffer.concat([MAGIC, length, headerBytes, body, cipher.getAuthTag()]);
}

function kdfOf(header: Header): Kdf {
  return header.v === 1 ? KDF_V1 : header.kdf;
}

/** The readable header, or null when the bytes are not a bundle at all. */
export function bundleHeader(bytes: Buffer): { header: Header; headerEnd: number } | null {
  if (bytes.length < MAGIC.length + 4 || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) return null;
  const length = bytes.readUInt32BE(MAGIC.length);
  const headerEnd = MAGIC.length + 4 + length;
  if (length > 4096 || headerEnd > bytes.length) return null;
  try {
    const parsed = Header.safeParse(JSON.parse(bytes.subarray(MAGIC.length + 4, headerEnd).toString('utf8')));
    return parsed.success ? { header: parsed.data, headerEnd } : null;
  } catch {
    return null;
  }
}

/** Opens a bundle; refuses (with a code a person can read) what is not one, or is damaged, altered or for another passphrase. */
export function openBundle(bytes: Buffer, passphrase: string, maxUnpackedBytes = BUNDLE_MAX_UNPACKED_BYTES): Payload {
  const found = bundleHeader(bytes);
  if (!found) throw new AppError('sync_not_bundle');
  const { header, headerEnd } = found;
  if (bytes.length < headerEnd + 16) throw new AppError('sync_bundle_invalid');
  let plain: Buffer;
  try {
    const decipher = crypto.createDecipheriv('aes-256-gcm', key(passphrase, Buffer.from(header.salt, 'base64'), kdfOf(header)), Buffer.from(header.iv, 'base64'));
    decipher.setAAD(bytes.subarray(0, headerEnd));
    decipher.setAuthTag(bytes.subarray(bytes.length - 16));
    plain = Buffer.concat([decipher.update(bytes.subarray(headerEnd, bytes.length - 16)), decipher.final()]);
  } catch {
    throw new AppError('sync_bundle_invalid');
  }
  let payload: unknown;
  try {
    // Checked while unpacking: a few KB of gzip can claim gigabytes.
    payload = JSON.parse(zlib.gunzipSync(plain, { maxOutputLength: maxUnpackedBytes }).toString('utf8'));
  } catch (e) {
    if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw new AppError('sync_bundle_too_large', { limitMb: Math.round(maxUnpackedBytes / 1024 / 1024) });
    throw new AppError('sync_bundle_invalid');
  }
  const parsed = Payload.safeParse(payload);
  if (!parsed.success || parsed.data.from.deviceId !== header.from) throw new AppError('sync_bundle_invalid');
  return parsed.data;
}
