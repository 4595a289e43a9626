import { describe, expect, it } from 'vitest';
import en from '@shared/i18n/en.json';
import ja from '@shared/i18n/ja.json';
import { openDatabase } from '../../db/open';
import { LOCAL_TABLES, SYNCED_TABLES, writableColumns } from './tables';

describe('shared and local tables', () => {
  const { db } = openDatabase(':memory:');
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'trainee_search_fts%'")
    .pluck()
    .all() as string[];

  it('puts every table on one side: shared by sync, or kept on this PC', () => {
    const unplaced = tables.filter((t) => !SYNCED_TABLES.has(t) && !LOCAL_TABLES.has(t));
    expect(unplaced).toEqual([]);
    expect([...SYNCED_TABLES].filter((t) => LOCAL_TABLES.has(t) || !tables.includes(t))).toEqual([]);
  });

  it('names every shared table and each of its fields in both languages, for the Conflicts page and the digest', () => {
    for (const messages of [ja, en]) {
      const sync = messages.sync as { table: Record<string, string>; field: Record<string, string> };
      const traineeFields = messages.trainee.field as Record<string, string>;
      const missing: string[] = [];
      for (const table of SYNCED_TABLES) {
        if (!sync.table[table]) missing.push(table);
        for (const column of writableColumns(db, table)) {
          const camel = column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
          if (table === 'trainees' ? !traineeFields[camel] : !sync.field[column]) missing.push(`${table}.${column}`);
        }
      }
      expect(missing).toEqual([]);
    }
  });
});
