import crypto from 'node:crypto';
import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { Digest } from '@shared/contract/sync';
import { comparedColumns, SYNCED_TABLES } from './tables';

/**
 * A fingerprint of every shared table (every row and field, stamps left out): two devices that
 * have exchanged all their changes show the same digests.
 */
export function tableDigests(db: Database): Digest {
  const overall = crypto.createHash('sha256');
  const tables = [...SYNCED_TABLES].sort().map((table) => {
    const hash = crypto.createHash('sha256');
    let rows = 0;
    const select = db.prepare(`SELECT ${comparedColumns(db, table).join(', ')} FROM ${table} ORDER BY id`).raw();
    for (const row of select.iterate() as Iterable<unknown[]>) {
      hash.update(JSON.stringify(row.map((v) => (Buffer.isBuffer(v) ? { blob: v.toString('base64') } : v))));
      hash.update('\n');
      rows++;
    }
    const digest = hash.digest('hex').slice(0, 16);
    overall.update(`${table}:${digest}\n`);
    return { table, rows, digest };
  });
  return { tables, digest: overall.digest('hex').slice(0, 16) };
}
