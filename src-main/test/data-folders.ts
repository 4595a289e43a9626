import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import type { Backend } from '../backend';

/**
 * Temporary data folders for tests on disk. `folder()` makes a new empty folder (its name starts
 * with `prefix`); `keep(backend)` has a backend closed after the test, `close(backend)` closes it
 * now. After each test every kept backend still open is closed and every folder removed.
 */
export function dataFolders(prefix: string) {
  const dirs: string[] = [];
  const backends: Backend[] = [];
  afterEach(() => {
    backends.splice(0).forEach((b) => {
      try {
        b.close();
      } catch {
        /* closed by the test */
      }
    });
    dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true }));
  });

  return {
    /** A new empty folder, removed after the test. */
    folder: (): string => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
      dirs.push(dir);
      return dir;
    },
    /** `backend`, to be closed after the test. */
    keep: <B extends Backend>(backend: B): B => {
      backends.push(backend);
      return backend;
    },
    /** Closes a kept backend now (not again after the test). */
    close: (backend: Backend): void => {
      const kept = backends.indexOf(backend);
      if (kept >= 0) backends.splice(kept, 1);
      backend.close();
    },
  };
}

/** Every file below `dir`: the database, its WAL, its copies, the backups. */
export function filesIn(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? filesIn(full) : [full];
  });
}

/** The files of the data folder's backups folder. */
export function backupFilesIn(dir: string): string[] {
  return filesIn(dir).filter((f) => f.includes(`${path.sep}backups${path.sep}`));
}

/**
 * Which of `texts` the bytes of the data folder's files hold (UTF-8), as the files lie on disk, by
 * file: the database and its WAL by name, any file under backups/ as 'a backup'; files that hold
 * none are left out. On a plain folder (plainFolderBackend) this is every byte SQLite wrote.
 */
export function heldOnDisk(dir: string, texts: readonly string[]): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  for (const file of filesIn(dir)) {
    const bytes = fs.readFileSync(file);
    const held = texts.filter((t) => bytes.includes(Buffer.from(t, 'utf8')));
    if (held.length > 0) found[path.relative(dir, file).replace(/^backups[\\/].*$/, 'a backup')] = held;
  }
  return found;
}

/**
 * Which of `texts` stand in any text of any table of each database file of the data folder, opened
 * with the backend's key, by file: 'live' for the backend's own database, 'a backup' for any other;
 * files that hold none are left out.
 */
export function heldInTables(backend: Backend, dir: string, texts: readonly string[]): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  for (const file of filesIn(dir).filter((f) => f.endsWith('.sqlite'))) {
    const db = backend.ctx.openDatabaseFile(file, { readonly: true });
    try {
      const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all() as string[];
      const values = tables.flatMap((t) => (db.prepare(`SELECT * FROM "${t}"`).raw().all() as unknown[][]).flat().filter((v): v is string => typeof v === 'string'));
      const held = texts.filter((t) => values.some((v) => v.includes(t)));
      if (held.length > 0) found[file === backend.ctx.databasePath ? 'live' : 'a backup'] = held;
    } finally {
      db.close();
    }
  }
  return found;
}

/**
 * Backups of `b` whose file name `isLocked` accepts cannot be opened for writing (another program
 * holds them), until the function returned is called; what fails is not logged meanwhile.
 */
export function lockBackups(b: Backend, isLocked: (file: string) => boolean): () => void {
  const open = b.ctx.openDatabaseFile;
  const logged = console.error;
  console.error = () => undefined;
  b.ctx.openDatabaseFile = (file, options) => {
    if (!options?.readonly && isLocked(path.basename(file))) throw new Error('EBUSY: resource busy or locked');
    return open(file, options);
  };
  return () => {
    b.ctx.openDatabaseFile = open;
    console.error = logged;
  };
}
