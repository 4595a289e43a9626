import { openBackend, type Backend, type BackendOptions } from '../backend';
import { memorySecretStore, type SecretStore } from '../secrets/secret-store';
import type { Channel, ChannelInput, ChannelOutput } from '@shared/contract/channels';
import type { Result } from '@shared/contract/result';
import { dispatch } from '../ipc/dispatch';

/** A real backend on an in-memory database, migrated by the real runner. */
export function memoryBackend(now: () => Date = () => new Date('2026-11-26T03:00:00Z')): Backend {
  return openBackend({ dataDir: ':memory:', now });
}

const folderSecrets = new Map<string, SecretStore>();

/** A test data folder's secrets: the same store, so the same key, every time it is opened (as a PC keeps its key). */
export function secretsOf(dataDir: string): SecretStore {
  let store = folderSecrets.get(dataDir);
  if (!store) folderSecrets.set(dataDir, (store = memorySecretStore()));
  return store;
}

/** A real backend on a data folder on disk (encrypted, with the folder's key). */
export function folderBackend(dataDir: string, options: Omit<BackendOptions, 'dataDir' | 'secrets'> = {}): Backend {
  return openBackend({ ...options, dataDir, secrets: secretsOf(dataDir) });
}

/**
 * A real backend on a plain (unencrypted) data folder: the app's own open (migrations, the purge of
 * the trash, the consent rule …) without the key, so that a test can search every byte of its files.
 * Encrypted pages cannot be read byte by byte outside SQLite (free pages and the free space inside
 * pages included); what a change leaves in the plain files it leaves under the cipher, which sits
 * below the pages.
 */
export function plainFolderBackend(dataDir: string, options: Omit<BackendOptions, 'dataDir' | 'secrets' | 'plainForBenchmark'> = {}): Backend {
  return openBackend({ ...options, dataDir, plainForBenchmark: true });
}

/** Calls a channel through the real dispatcher, as IPC and HTTP do. */
export async function call<C extends Channel>(backend: Backend, channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>> {
  return (await dispatch(backend.handlers, channel, input, (m, e) => process.env.KK_DEBUG && console.error(m, e))) as Result<ChannelOutput<C>>;
}

/** The value of a call that must succeed. */
export async function value<C extends Channel>(backend: Backend, channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await call(backend, channel, input);
  if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
  return result.value;
}

export function tableCount(backend: Backend, table: string): number {
  return (backend.ctx.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
}
