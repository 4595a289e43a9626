import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { Peer } from '@shared/contract/sync';
import { prepared } from '../../db/rows';

// What sync keeps for this PC alone (peers heard from, conflicts to show): written directly, never synced.

interface PeerRow {
  device_id: string;
  name: string | null;
  seen: string;
  bundle_at: string;
  imported_at: string;
}

function toPeer(r: PeerRow): Peer & { seen: Record<string, string> } {
  return { deviceId: r.device_id, name: r.name, bundleAt: r.bundle_at, importedAt: r.imported_at, seen: JSON.parse(r.seen) as Record<string, string> };
}

export function listPeers(db: Database): Array<Peer & { seen: Record<string, string> }> {
  return (prepared(db, 'SELECT * FROM sync_peers ORDER BY imported_at DESC').all() as PeerRow[]).map(toPeer);
}

export function findPeer(db: Database, deviceId: string) {
  const row = prepared(db, 'SELECT * FROM sync_peers WHERE device_id = ?').get(deviceId) as PeerRow | undefined;
  return row && toPeer(row);
}

/** Remembers a device and what it had; what a device has seen only ever grows. */
export function savePeer(db: Database, peer: { deviceId: string; name: string | null; seen: Record<string, string>; bundleAt: string; importedAt: string }): void {
  const before = findPeer(db, peer.deviceId);
  const seen = { ...(before?.seen ?? {}) };
  for (const [device, hlc] of Object.entries(peer.seen)) if (!seen[device] || seen[device]! < hlc) seen[device] = hlc;
  prepared(
    db,
    `INSERT INTO sync_peers (device_id, name, seen, bundle_at, imported_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT(device_id) DO UPDATE SET name = excluded.name, seen = excluded.seen, bundle_at = MAX(bundle_at, excluded.bundle_at), imported_at = excluded.imported_at`,
  ).run(peer.deviceId, peer.name, JSON.stringify(seen), peer.bundleAt, peer.importedAt);
}

export interface ConflictRow {
  id: string;
  kind: 'field' | 'deleted' | 'orphan' | 'duplicate';
  table_name: string;
  row_id: string;
  field: string | null;
  kept_value: string | null;
  kept_hlc: string | null;
  kept_author: string | null;
  other_value: string | null;
  other_hlc: string | null;
  other_author: string | null;
  snapshot: string | null;
  created_at: string;
  resolved_at: string | null;
  resolution: string | null;
}

export function addConflict(db: Database, c: Omit<ConflictRow, 'resolved_at' | 'resolution'>): void {
  prepared(
    db,
    `INSERT INTO sync_conflicts (id, kind, table_name, row_id, field, kept_value, kept_hlc, kept_author, other_value, other_hlc, other_author, snapshot, created_at)
     VALUES (@id, @kind, @table_name, @row_id, @field, @kept_value, @kept_hlc, @kept_author, @other_value, @other_hlc, @other_author, @snapshot, @created_at)`,
  ).run(c);
}

export function openConflicts(db: Database): ConflictRow[] {
  return prepared(db, 'SELECT * FROM sync_conflicts WHERE resolved_at IS NULL ORDER BY created_at, id').all() as ConflictRow[];
}

export function findConflict(db: Database, id: string): ConflictRow | undefined {
  return prepared(db, 'SELECT * FROM sync_conflicts WHERE id = ?').get(id) as ConflictRow | undefined;
}

export function closeConflict(db: Database, id: string, resolution: 'kept' | 'other' | 'edit' | 'superseded', at: string): void {
  prepared(db, 'UPDATE sync_conflicts SET resolved_at = ?, resolution = ? WHERE id = ?').run(at, resolution, id);
}

/** The author of one write in the log. */
export function authorOf(db: Database, hlc: string | null): string | null {
  if (!hlc) return null;
  return (prepared(db, 'SELECT author FROM change_log WHERE hlc = ?').get(hlc) as { author: string | null } | undefined)?.author ?? null;
}
