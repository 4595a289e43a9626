import { inflateRawSync } from 'node:zlib';
import { AppError } from '../../ipc/app-error';

/**
 * The entries of a zip, read from its central directory, so that every entry's size is known
 * before a byte of it is inflated: a file of a few KB that claims (or turns out) to unpack to
 * a gigabyte is refused, never unpacked.
 */

export const MAX_ENTRY_BYTES = 100 * 1024 * 1024;
const MAX_ENTRIES = 10_000;

interface Entry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

export interface ZipEntries {
  /** The entry's path as the zip spells it, found whatever its case; null when there is none. */
  find(name: string): string | null;
  /** The entry's bytes, or null when there is none; refuses one larger than the limit. */
  read(name: string): Buffer | null;
}

function unreadable(): AppError {
  return new AppError('import_file_unreadable');
}

function endOfCentralDirectory(bytes: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65,535.
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (bytes.readUInt32LE(i) === 0x06054b50) return i;
  }
  throw unreadable();
}

/** Zip64 sizes and offsets, which stand in the extra field when the 32-bit ones read 0xFFFFFFFF. */
function zip64(entry: Entry, extra: Buffer): void {
  for (let i = 0; i + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(i);
    const length = extra.readUInt16LE(i + 2);
    if (id === 0x0001) {
      let at = i + 4;
      const next = (): number => {
        if (at + 8 > i + 4 + length) throw unreadable();
        const value = Number(extra.readBigUInt64LE(at));
        at += 8;
        return value;
      };
      if (entry.size === 0xffffffff) entry.size = next();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
      if (entry.localOffset === 0xffffffff) entry.localOffset = next();
      return;
    }
    i += 4 + length;
  }
}

export function zipEntries(bytes: Buffer, maxEntryBytes = MAX_ENTRY_BYTES): ZipEntries {
  if (bytes.length < 22) throw unreadable();
  const end = endOfCentralDirectory(bytes);
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  if (count > MAX_ENTRIES) throw unreadable();
  const entries = new Map<string, Entry>();
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== 0x02014b50) throw unreadable();
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    if (at + 46 + nameLength + extraLength > bytes.length) throw unreadable();
    const entry: Entry = {
      name: bytes.toString('utf8', at + 46, at + 46 + nameLength).replace(/\\/g, '/'),
      flags: bytes.readUInt16LE(at + 8),
      method: bytes.readUInt16LE(at + 10),
      compressedSize: bytes.readUInt32LE(at + 20),
      size: bytes.readUInt32LE(at + 24),
      localOffset: bytes.readUInt32LE(at + 42),
    };
    zip64(entry, bytes.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength));
    entries.set(entry.name.toLowerCase(), entry);
    at += 46 + nameLength + extraLength + commentLength;
  }

  return {
    find: (name) => entries.get(name.toLowerCase())?.name ?? null,
    read(name) {
      const entry = entries.get(name.toLowerCase());
      if (!entry) return null;
      if (entry.size > maxEntryBytes) {
        throw new AppError('import_zip_entry_too_large', { entry: entry.name, limitMb: Math.round(maxEntryBytes / 1024 / 1024) });
      }
      // Bit 0: the entry is encrypted.
      if (entry.flags & 1) throw new AppError('import_file_encrypted');
      const local = entry.localOffset;
      if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== 0x04034b50) throw unreadable();
      const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
      if (start + entry.compressedSize > bytes.length) throw unreadable();
      const data = bytes.subarray(start, start + entry.compressedSize);
      if (entry.method === 0) return data;
      if (entry.method !== 8) throw unreadable();
      try {
        // The central directory's size is the most it may unpack to: one that lies is damaged.
        return inflateRawSync(data, { maxOutputLength: Math.max(1, entry.size) });
      } catch {
        throw unreadable();
      }
    },
  };
}
