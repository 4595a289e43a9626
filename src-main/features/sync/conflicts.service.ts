import { fieldClassOf } from '@shared/contract/field-classes';
import type { Conflict } from '@shared/contract/sync';
import { maskIdentifier } from '@shared/text/mask';
import { decodeValue, displayValue, type LoggedValue } from '../../db/log-values';
import { fieldClocks, insertRow, readRow, rowClock, updateRow, type Row } from '../../db/rows';
import { AppError } from '../../ipc/app-error';
import type { Ctx } from '../context';
import { isIdentifier } from '../privacy';
import { readSetting } from '../settings';
import { fieldOf, findTrainee, reindexTrainee, updateTrainee } from '../trainees';
import { TraineeUpdateInput } from '@shared/contract/trainees';
import { toFieldIssues } from '../../ipc/dispatch';
import { replayRow } from './merge';
import { closeConflict, findConflict, listPeers, openConflicts, type ConflictRow } from './sync.repo';

const newest = (...hlcs: Array<string | null>) => hlcs.filter((h): h is string => Boolean(h)).sort().at(-1) ?? '';

/** A later write of the field (or the record) than both sides settles a conflict on every device. */
function isSuperseded(ctx: Ctx, c: ConflictRow): boolean {
  const since = newest(c.kept_hlc, c.other_hlc);
  if (c.kind === 'field' && c.field) return (fieldClocks(ctx.db, c.table_name, c.row_id).get(c.field) ?? '') > since;
  if (c.kind === 'deleted') return readRow(ctx.db, c.table_name, c.row_id) !== undefined && (rowClock(ctx.db, c.table_name, c.row_id) ?? '') > since;
  return false;
}

/** The conflicts still waiting for a person (those a later write settled are closed on the way). */
export function listOpenConflicts(ctx: Ctx): ConflictRow[] {
  const now = ctx.now().toISOString();
  return openConflicts(ctx.db).filter((c) => {
    if (!isSuperseded(ctx, c)) return true;
    closeConflict(ctx.db, c.id, 'superseded', now);
    return false;
  });
}

/** How a person sees one column's value in a conflict: a trainee's 個人識別符号 masked (TK12•••78) unless `reveal`. */
function shownValue(table: string, column: string, value: LoggedValue, reveal: boolean): string | null {
  const shown = displayValue(value);
  return !reveal && table === 'trainees' && isIdentifier(fieldOf(column)) ? maskIdentifier(shown) : shown;
}

/**
 * One side of a conflict as a person sees it. A whole record is its values in order, as a person
 * recognises it: the trainee's identifiers masked unless `reveal`, and the 要配慮 items (health,
 * religion) never in it, since they are not needed to tell the record and bringing it back
 * restores them all the same.
 */
function show(table: string, column: string | null, value: string | null, reveal: boolean): string | null {
  if (value === null) return null;
  const parsed = JSON.parse(value) as LoggedValue | Record<string, LoggedValue>;
  if (parsed !== null && typeof parsed === 'object' && !('bytes' in parsed)) {
    const shown = Object.entries(parsed)
      .filter(([field, v]) => v !== null && field !== 'id' && !field.endsWith('_id') && field !== 'created_at' && field !== 'updated_at')
      .filter(([field]) => table !== 'trainees' || fieldClassOf(fieldOf(field)) !== 'sensitive')
      .map(([field, v]) => shownValue(table, field, v as LoggedValue, reveal))
      .join(' / ');
    return shown || null;
  }
  return column ? shownValue(table, column, parsed as LoggedValue, reveal) : displayValue(parsed as LoggedValue);
}

function text(row: Row, column: string): string | null {
  const v = row[column];
  return v === null || v === undefined || Buffer.isBuffer(v) ? null : String(v);
}

/** What the record is, for a person: a trainee's names, a flight number, a place's name… */
function recordLabel(ctx: Ctx, table: string, rowId: string): string | null {
  const row = readRow(ctx.db, table, rowId) ?? replayRow(ctx.db, table, rowId);
  if (table === 'trainees' || table === 'trainee_photos') {
    const t = table === 'trainees' ? row : (readRow(ctx.db, 'trainees', rowId) ?? replayRow(ctx.db, 'trainees', rowId));
    const names = [[text(t, 'family_name_native'), text(t, 'given_name_native')], [text(t, 'family_name_latin'), text(t, 'given_name_latin')]]
      .map((parts) => parts.filter(Boolean).join(' '))
      .filter(Boolean);
    return names.length > 0 ? [...new Set(names)].join(' · ') : null;
  }
  // A trainee's entry procedure is named by its item (研修実施予定表), which lives in the year's copy of the template.
  const itemId = table === 'trainee_procedures' ? text(row, 'item_id') : null;
  const item = itemId ? (readRow(ctx.db, 'year_procedure_items', itemId) ?? replayRow(ctx.db, 'year_procedure_items', itemId)) : undefined;
  const own = [item ? text(item, 'name_ja') : null, ...['name_ja', 'name', 'title_ja', 'flight_number', 'fiscal_year', 'name_local', 'kind'].map((c) => text(row, c))].find(Boolean) ?? null;
  const traineeId = text(row, 'trainee_id');
  const trainee = traineeId ? recordLabel(ctx, 'trainees', traineeId) : null;
  return [trainee, own].filter(Boolean).join(' — ') || null;
}

/** The conflicts waiting for a person, as the screen shows them (identifiers masked unless `revealIdentifiers`). */
export function listConflicts(ctx: Ctx, { revealIdentifiers = false }: { revealIdentifiers?: boolean } = {}): Conflict[] {
  const names = new Map(listPeers(ctx.db).map((p) => [p.deviceId, p.name]));
  names.set(ctx.deviceId, readSetting(ctx.db, 'deviceName'));
  const side = (c: ConflictRow, value: string | null, hlc: string | null, author: string | null) => ({
    value: show(c.table_name, c.field, value, revealIdentifiers),
    author,
    at: hlc ? new Date(Number(hlc.slice(0, 15))).toISOString() : null,
    deviceName: hlc ? (names.get(hlc.replace(/^\d{15}-[0-9a-z]+-/, '')) ?? null) : null,
  });
  return listOpenConflicts(ctx).map((c) => ({
    id: c.id,
    kind: c.kind,
    table: c.table_name,
    rowId: c.row_id,
    field: c.field,
    record: recordLabel(ctx, c.table_name, c.row_id),
    kept: side(c, c.kept_value, c.kept_hlc, c.kept_author),
    other: side(c, c.other_value, c.other_hlc, c.other_author),
    createdAt: c.created_at,
  }));
}

function isForeignKeyError(error: unknown): boolean {
  return error instanceof Error && 'code' in error && String((error as { code: string }).code).startsWith('SQLITE_CONSTRAINT');
}

/**
 * A person's choice: for a field, the value kept or the other one, written as a new change so
 * every device takes it; for a deleted record, leave it deleted or bring it back with all it had.
 */
export function resolveConflict(ctx: Ctx, input: { id: string; choice: 'kept' | 'other' | 'edit'; value?: string }): { id: string } {
  const c = findConflict(ctx.db, input.id);
  if (!c || c.resolved_at) throw new AppError('not_found', { entity: 'conflict' });
  ctx.db.transaction(() => {
    if (input.choice === 'edit') {
      editTraineeField(ctx, c, input.value ?? '');
    } else if (c.kind === 'field' && c.field && readRow(ctx.db, c.table_name, c.row_id)) {
      const chosen = JSON.parse((input.choice === 'kept' ? c.kept_value : c.other_value) ?? 'null') as LoggedValue;
      updateRow(ctx, c.table_name, c.row_id, { [c.field]: decodeValue(chosen) ?? null }, { always: true });
    } else if ((c.kind === 'deleted' || c.kind === 'orphan') && input.choice === 'other' && !readRow(ctx.db, c.table_name, c.row_id)) {
      const values = { ...(c.snapshot ? decodeRow(c.snapshot) : {}), ...replayRow(ctx.db, c.table_name, c.row_id) };
      delete values.created_at;
      delete values.updated_at;
      try {
        insertRow(ctx, c.table_name, { ...values, id: c.row_id });
      } catch (error) {
        if (isForeignKeyError(error)) throw new AppError('sync_restore_blocked');
        throw error;
      }
    }
    if (c.table_name === 'trainees') reindexTrainee(ctx.db, c.row_id);
    closeConflict(ctx.db, c.id, input.choice, ctx.now().toISOString());
  })();
  return { id: c.id };
}

/**
 * A value a person typed for a trainee's field in conflict, checked by the same rules as the
 * trainee form (each problem named by its field); written even when it equals the value now, so
 * that the choice reaches every device.
 */
function editTraineeField(ctx: Ctx, c: ConflictRow, value: string): void {
  if (c.kind !== 'field' || c.table_name !== 'trainees' || !c.field) throw new AppError('validation', { issues: [{ field: 'value', rule: 'not_editable' }] });
  const current = findTrainee(ctx.db, c.row_id);
  if (!current) throw new AppError('not_found', { entity: 'trainee' });
  const parsed = TraineeUpdateInput.safeParse({ ...current, [fieldOf(c.field)]: value });
  if (!parsed.success) throw new AppError('validation', { issues: toFieldIssues(parsed.error.issues) });
  const before = fieldClocks(ctx.db, 'trainees', c.row_id).get(c.field);
  updateTrainee(ctx, parsed.data);
  if (fieldClocks(ctx.db, 'trainees', c.row_id).get(c.field) === before) {
    updateRow(ctx, 'trainees', c.row_id, { [c.field]: readRow(ctx.db, 'trainees', c.row_id)?.[c.field] ?? null }, { always: true });
  }
}

function decodeRow(json: string): Row {
  return Object.fromEntries(Object.entries(JSON.parse(json) as Record<string, LoggedValue>).map(([k, v]) => [k, decodeValue(v) ?? null]));
}
