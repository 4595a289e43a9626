import type { Database } from 'better-sqlite3-multiple-ciphers';

/** The tables every device shares: written only through db/rows.ts, so each change is in the log. */
export const SYNCED_TABLES: ReadonlySet<string> = new Set([
  'program_years', 'year_milestones', 'training_fields', 'sending_governments', 'hosts', 'trainees', 'trainee_photos',
  'host_assignments', 'sister_ties', 'survey_answers', 'staff', 'flights', 'arrival_events', 'places', 'rooms', 'room_stays',
  'pickup_groups', 'pickup_staff', 'pickup_members', 'schedule_events', 'event_attendees', 'jiam_classes', 'placements',
  'export_records',
  'retention_policy', 'disposal_records',
  'erasures',
  'procedure_items', 'year_procedure_items', 'trainee_procedures', 'procedure_options',
  'letter_templates', 'letter_options', 'letter_number_ranges', 'letter_year_options', 'letters',
  'completion_reports', 'certificate_signers',
  'alumni_careers', 'alumni_contacts', 'alumni_activities', 'trainee_reports',
  'departure_items', 'trainee_departure_tasks',
]);

/**
 * What stays on one PC: its settings (language, staff name, device id, passphrase), the log
 * itself, the record of imports made here (undone here), what sync knows of the others, and the
 * search index (rebuilt from the records).
 */
export const LOCAL_TABLES: ReadonlySet<string> = new Set(['settings', 'change_log', 'imports', 'sync_peers', 'sync_conflicts', 'trainee_search',
  // What was erased here, and whether it was carried out here and in the backups (features/erasure).
  'erased_rows', 'erasure_runs',
]);

const STAMPS = new Set(['created_at', 'updated_at']);
const columnCache = new WeakMap<Database, Map<string, Set<string>>>();

/** The columns of a shared table a change may write (never the id or the stamps). */
export function writableColumns(db: Database, table: string): Set<string> {
  let cache = columnCache.get(db);
  if (!cache) columnCache.set(db, (cache = new Map()));
  let columns = cache.get(table);
  if (!columns) {
    const info = db.pragma(`table_info(${table})`) as Array<{ name: string }>;
    columns = new Set(info.map((c) => c.name).filter((c) => c !== 'id' && !STAMPS.has(c)));
    cache.set(table, columns);
  }
  return columns;
}

/** Every column of a shared table, stamps left out: what two devices must agree on. */
export function comparedColumns(db: Database, table: string): string[] {
  return ['id', ...writableColumns(db, table)];
}
