/**
 * Secrets are kept outside the data: the database key and the office's sync passphrase.
 * In Electron they are sealed by the operating system (safeStorage: DPAPI on Windows, tied to
 * the Windows account); in the localhost host they live in a key file of mode 0600 outside
 * the data folder. Never in `settings`, so never in a backup or a change file.
 */
export type SecretName = 'databaseKey' | 'syncPassphrase';

export interface SecretStore {
  read(name: SecretName): string | null;
  /** Writes a secret, or removes it with null. */
  write(name: SecretName, value: string | null): void;
  /** Where the secrets are kept, for the start line and Settings ("Windows (DPAPI)", a file path, "memory"). */
  readonly where: string;
}

/** Secrets held in memory only: tests, and an in-memory database. */
export function memorySecretStore(initial: Partial<Record<SecretName, string>> = {}): SecretStore {
  const values = new Map<SecretName, string>(Object.entries(initial) as Array<[SecretName, string]>);
  return {
    where: 'memory',
    read: (name) => values.get(name) ?? null,
    write: (name, value) => {
      if (value === null) values.delete(name);
      else values.set(name, value);
    },
  };
}
