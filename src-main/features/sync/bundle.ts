import crypto from 'node:crypto';
import zlib from 'node:zlib';
import { z } from 'zod';
import { BUNDLE_MAX_UNPACKED_BYTES } from '@shared/contract/sync';
import { AppError } from '../../ipc/app-error';

/**
 * A change bundle on disk: `KKHSYNC1`, a header (readable, authenticated: who made it, the salt
 * and nonce), then the changes gzipped and encrypted with AES-256-GCM under a key scrypt derives
 * from the office's passphrase. The GCM tag covers header and content, so a damaged, truncated
 * or altered file — or the wrong passphrase — is refused before anything is applied.
 */
const MAGIC = Buffer.from('KKHSYNC1');
const SCRYPT = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };

const Header = z.object({ v: z.literal(1), from: z.string(), salt: z.string(), iv: z.string(), createdAt: z.string() });
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

function key(passphrase: string, salt: Buffer): Buffer {
  return crypto.scryptSync(passphrase.normalize('NFC'), salt, 32, SCRYPT);
}

export function sealBundle(payload: Payload, passphrase: string): Buffer {
  const salt = crypto.randomBytes(16);
  const iv = crypto.randomBytes(12);
  const header: Header = { v: 1, from: payload.from.deviceId, salt: salt.toString('base64'), iv: iv.toString('base64'), createdAt: payload.createdAt };
  const headerBytes = Buffer.from(JSON.stringify(header));
  const length = Buffer.alloc(4);
  length.writeUInt32BE(headerBytes.length);
  const cipher = crypto.createCipheriv('aes-256-gcm', key(passphrase, salt), iv);
  cipher.setAAD(Buffer.concat([MAGIC, length, headerBytes]));
  const body = Buffer.concat([cipher.update(zlib.gzipSync(JSON.stringify(payload), { level: 6 })), cipher.final()]);
  return Buffer.concat([MAGIC, length, headerBytes, body, cipher.getAuthTag()]);
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
    const decipher = crypto.createDecipheriv('aes-256-gcm', key(passphrase, Buffer.from(header.salt, 'base64')), Buffer.from(header.iv, 'base64'));
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
