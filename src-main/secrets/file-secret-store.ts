import fs from 'node:fs';
import path from 'node:path';
import type { SecretName, SecretStore } from './secret-store';

/** A file of secrets as JSON, readable by its owner alone. */
function readJson(file: string): Partial<Record<SecretName, string>> {
  if (!fs.existsSync(file)) return {};
  const parsed: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (typeof parsed !== 'object' || parsed === null) throw new Error(`the key file ${file} is not one Kakehashi wrote`);
  return parsed as Partial<Record<SecretName, string>>;
}

/** Writes beside, then renames: a crash mid-write never leaves half a key file. */
export function writePrivateFile(file: string, content: string | Buffer): void {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, content, { mode: 0o600 });
  if (process.platform !== 'win32') fs.chmodSync(temp, 0o600);
  fs.renameSync(temp, file);
}

/**
 * The localhost host's secrets: a key file (mode 0600, in a folder of mode 0700) outside the
 * data folder, so copying the data folder does not copy the key. `KAKEHASHI_DB_KEY`, when set,
 * is the database key instead, and nothing of it is written.
 */
export function fileSecretStore(file: string, envKey?: string): SecretStore {
  const fromEnv = envKey ? envKey : null;
  return {
    where: fromEnv ? 'KAKEHASHI_DB_KEY' : file,
    read(name) {
      if (name === 'databaseKey' && fromEnv) return fromEnv;
      return readJson(file)[name] ?? null;
    },
    write(name, value) {
      if (name === 'databaseKey' && fromEnv) return;
      const values = readJson(file);
      if (value === null) delete values[name];
      else values[name] = value;
      writePrivateFile(file, `${JSON.stringify(values, null, 2)}\n`);
    },
  };
}
