import fs from 'node:fs';

/**
 * The data folder is the person's alone: 0700 for folders, 0600 for files, where the system
 * has modes (on Windows the folder's ACL, under the user's profile, does the same; chmod is a no-op there).
 */
export function secureDir(dir: string): void {
  if (process.platform !== 'win32' && fs.existsSync(dir)) fs.chmodSync(dir, 0o700);
}

export function secureFile(file: string): void {
  if (process.platform !== 'win32' && fs.existsSync(file)) fs.chmodSync(file, 0o600);
}

/** Overwrites a file's bytes with zeros in place and flushes them to the disk (the file stays). */
export function zeroFile(file: string): void {
  if (!fs.existsSync(file)) return;
  const size = fs.statSync(file).size;
  const fd = fs.openSync(file, 'r+');
  try {
    const zeros = Buffer.alloc(Math.min(size, 1 << 20));
    for (let at = 0; at < size; at += zeros.length) fs.writeSync(fd, zeros, 0, Math.min(zeros.length, size - at), at);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Overwrites a file with zeros, flushes it to the disk and removes it: what is left of a
 * plain copy is not readable from the free space by opening the file again. (An SSD may keep
 * old blocks elsewhere; full-disk encryption, BitLocker, covers that.)
 */
export function shredFile(file: string): void {
  if (!fs.existsSync(file)) return;
  zeroFile(file);
  fs.rmSync(file);
}
