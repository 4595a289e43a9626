import fs from 'node:fs';
import type * as Electron from 'electron';
import type { SecretName, SecretStore } from '../secrets/secret-store';
import { writePrivateFile } from '../secrets/file-secret-store';

/**
 * The desktop app's secrets, sealed by the operating system (safeStorage: DPAPI on Windows,
 * tied to the Windows account; the Keychain on macOS; the desktop's keyring on Linux). The
 * sealed file sits in userData; without the account it is noise.
 */
export function safeStorageSecretStore(
  safeStorage: Pick<Electron.SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'> & Partial<Pick<Electron.SafeStorage, 'getSelectedStorageBackend'>>,
  file: string,
  platform: NodeJS.Platform = process.platform,
): SecretStore {
  // On Linux without a keyring safeStorage falls back to 'basic_text': a fixed password, no protection.
  const backend = platform === 'linux' ? safeStorage.getSelectedStorageBackend?.() : undefined;
  if (!safeStorage.isEncryptionAvailable() || backend === 'basic_text') {
    throw new Error('This system offers no protected storage for the database key (safeStorage is not available); Kakehashi does not keep the key in clear.');
  }
  const readAll = (): Partial<Record<SecretName, string>> =>
    fs.existsSync(file) ? (JSON.parse(safeStorage.decryptString(fs.readFileSync(file))) as Partial<Record<SecretName, string>>) : {};
  return {
    where: 'safeStorage',
    read: (name) => readAll()[name] ?? null,
    write(name, value) {
      const values = readAll();
      if (value === null) delete values[name];
      else values[name] = value;
      writePrivateFile(file, safeStorage.encryptString(JSON.stringify(values)));
    },
  };
}
