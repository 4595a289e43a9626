import crypto from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { openBackend, restoreNewestBackup, type Backend } from '../backend';
import { DATABASE_FILE, DatabaseKeyError } from '../db/open';
import { openLockedBackend } from '../locked-backend';
import { DamagedDatabaseError } from '../db/damage';
import { newestSoundBackup } from '../features/backups';
import { clockOf } from './clock';
import { createHostServer } from './host-server';
import { fileSecretStore } from '../secrets/file-secret-store';

/** Where the host keeps its key file when KAKEHASHI_KEY_FILE is not set: outside the data folder. */
function defaultKeyFile(): string {
  if (process.platform === 'win32') return path.join(process.env.APPDATA ?? os.homedir(), 'Kakehashi-keys', 'secrets.json');
  return path.join(process.env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config'), 'kakehashi', 'secrets.json');
}

/** Where the host keeps its data when KAKEHASHI_DATA_DIR is not set. */
function defaultDataDir(): string {
  if (process.platform === 'win32') return path.join(process.env.APPDATA ?? os.homedir(), 'Kakehashi');
  return path.join(process.env.XDG_DATA_HOME ?? path.join(os.homedir(), '.local', 'share'), 'kakehashi');
}

function main(): void {
  const port = Number(process.env.PORT ?? 0);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`Kakehashi: PORT must be a number from 0 to 65535 (got "${process.env.PORT}").`);
    process.exit(2);
  }
  const dataDir = process.env.KAKEHASHI_DATA_DIR || defaultDataDir();
  const token = process.env.KAKEHASHI_TOKEN || crypto.randomBytes(24).toString('base64url');
  const secrets = fileSecretStore(process.env.KAKEHASHI_KEY_FILE || defaultKeyFile(), process.env.KAKEHASHI_DB_KEY);
  const options = { dataDir, autoBackup: true, secrets, now: clockOf(process.env.KAKEHASHI_CLOCK) };
  if (process.env.KAKEHASHI_CLOCK) console.log(`Kakehashi: the clock starts at ${process.env.KAKEHASHI_CLOCK} (KAKEHASHI_CLOCK, for tests).`);
  let where = `data in ${path.join(dataDir, DATABASE_FILE)} (encrypted; the key from ${secrets.where})`;
  const open = (): Pick<Backend, 'handlers' | 'close'> => {
    try {
      return openBackend(options);
    } catch (error) {
      if (error instanceof DatabaseKeyError && !process.env.KAKEHASHI_DB_KEY) {
        // A copy from another PC: the screen asks for its transfer code. A key given in the environment that fails is refused.
        where = `${error.message.replace(' Nothing was changed.', '')} Open the address above and enter the copy's transfer code.`;
        return openLockedBackend(options);
      }
      if (!(error instanceof DamagedDatabaseError)) {
        console.error(`Kakehashi: cannot open the database in ${dataDir}: ${(error as Error).message}`);
        process.exit(1);
      }
      // Nothing is replaced without being asked: here, asking is setting KAKEHASHI_RESTORE_LATEST=1.
      const backup = newestSoundBackup(error.file, secrets.read('databaseKey'));
      if (process.env.KAKEHASHI_RESTORE_LATEST !== '1' || !backup) {
        console.error(`Kakehashi: ${error.message}`);
        console.error(
          backup
            ? `Kakehashi: the newest sound backup is ${backup.file}. Start again with KAKEHASHI_RESTORE_LATEST=1 to restore it; the damaged file is kept beside it.`
            : 'Kakehashi: no sound backup was found.',
        );
        process.exit(1);
      }
      console.log(`Kakehashi: restored ${restoreNewestBackup(dataDir, secrets.read('databaseKey'))}; the damaged file is kept beside it.`);
      return openBackend(options);
    }
  };
  const backend = open();
  const server = createHostServer({
    handlers: backend.handlers,
    token,
    staticDir: path.resolve(__dirname, '..', 'renderer'),
    log: (message, error) => console.error(message, error),
  });
  server.listen(port, '127.0.0.1', () => {
    const address = server.address();
    const actual = typeof address === 'object' && address ? address.port : port;
    console.log(`Kakehashi: http://127.0.0.1:${actual}/#token=${token}`);
    console.log(`Kakehashi: ${where}`);
  });
  const stop = () => {
    server.close(() => {
      backend.close();
      process.exit(0);
    });
    server.closeAllConnections();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main();
