import fs from 'node:fs';
import path from 'node:path';
import type { ExportFile } from '@shared/contract/exports';
import { BUNDLE_EXTENSION, type BundleResult, type FolderResult, type SyncStatus } from '@shared/contract/sync';
import { prepared, withoutWriteCheck } from '../../db/rows';
import { AppError } from '../../ipc/app-error';
import type { Ctx } from '../context';
import { readSetting, writeSetting } from '../settings';
import { applyValueRules, carryOutReceivedErasures, finishPendingErasures, screenReceived, type ValueRuleOutcome } from '../erasure';
import { reindexTrainee } from '../trainees';
import { bundleHeader, openBundle, sealBundle, type Entry, type Payload } from './bundle';
import { tableDigests } from './digest';
import { applyEntries } from './merge';
import { resolveOrphans } from './orphans';
import { listOpenConflicts } from './conflicts.service';
import { findPeer, listPeers, savePeer } from './sync.repo';
import { SYNCED_TABLES } from './tables';

const SYNCED_LIST = [...SYNCED_TABLES].map((t) => `'${t}'`).join(', ');

/** The office's passphrase, kept with the database key outside the data (never in `settings`, so never in a backup). */
function passphrase(ctx: Ctx): string {
  const value = ctx.secrets.read('syncPassphrase');
  if (!value) throw new AppError('sync_no_passphrase');
  return value;
}

/** The newest change this device holds from each device (its own included). */
export function seenHere(ctx: Ctx): Record<string, string> {
  const rows = prepared(ctx.db, `SELECT device_id, MAX(hlc) AS hlc FROM change_log WHERE table_name IN (${SYNCED_LIST}) GROUP BY device_id`).all() as Array<{
    device_id: string;
    hlc: string;
  }>;
  return Object.fromEntries(rows.map((r) => [r.device_id, r.hlc]));
}

/** The changes of shared tables `seen` does not hold, oldest first (`here`: what this device holds). */
function changesSince(ctx: Ctx, here: Record<string, string>, seen: Record<string, string>): Entry[] {
  const origins = Object.keys(here);
  const since = origins.every((o) => seen[o]) && origins.length > 0 ? origins.map((o) => seen[o]!).sort()[0]! : '';
  const rows = prepared(
    ctx.db,
    `SELECT hlc, device_id, author, table_name, row_id, op, changes, base FROM change_log WHERE hlc > ? AND table_name IN (${SYNCED_LIST}) ORDER BY hlc`,
  )
    .raw()
    .all(since) as Entry[];
  return rows.filter((e) => !seen[e[1]] || e[0] > seen[e[1]]!);
}

function payloadFor(ctx: Ctx, seen: Record<string, string>, here = seenHere(ctx)): Payload {
  return {
    format: 'kakehashi-changes',
    schemaVersion: ctx.db.pragma('user_version', { simple: true }) as number,
    from: { deviceId: ctx.deviceId, name: readSetting(ctx.db, 'deviceName') },
    createdAt: ctx.now().toISOString(),
    seen: here,
    entries: changesSince(ctx, here, seen),
  };
}

function stamp(date: Date): string {
  return date.toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
}

/** A device this one has heard from, or null for a new device; an unknown id is refused. */
function knownPeer(ctx: Ctx, peerId: string | null) {
  if (!peerId) return null;
  const peer = findPeer(ctx.db, peerId);
  if (!peer) throw new AppError('not_found', { entity: 'device' });
  return peer;
}

/** What `peerId` has not seen yet (as its last bundle here told), or everything for a new device. */
export function payloadForPeer(ctx: Ctx, peerId: string | null): Payload {
  return payloadFor(ctx, knownPeer(ctx, peerId)?.seen ?? {});
}

/** A bundle of what `peerId` has not seen yet, or of everything for a new device, sealed with the passphrase. */
export function exportBundle(ctx: Ctx, input: { peerId: string | null }): ExportFile {
  const key = passphrase(ctx);
  const peer = knownPeer(ctx, input.peerId);
  const bytes = sealBundle(payloadFor(ctx, peer?.seen ?? {}), key);
  const to = peer ? (peer.name ?? peer.deviceId.slice(-6)) : 'all';
  const from = readSetting(ctx.db, 'deviceName') ?? ctx.deviceId.slice(-6);
  return { fileName: `kakehashi-${from}-to-${to}-${stamp(ctx.now())}${BUNDLE_EXTENSION}`.replace(/[\\/:*?"<>|\s]+/g, '_'), mime: 'application/octet-stream', dataBase64: bytes.toString('base64') };
}

/** Applies a bundle in one transaction: new changes merged, conflicts kept, orphans settled; nothing changes if it fails. */
export function importBundleBytes(ctx: Ctx, bytes: Buffer): BundleResult {
  return applyPayload(ctx, openBundle(bytes, passphrase(ctx)));
}

/** Applies an opened bundle in one transaction (see importBundleBytes). */
export function applyPayload(ctx: Ctx, payload: Payload): BundleResult {
  if (payload.from.deviceId === ctx.deviceId) throw new AppError('sync_own_bundle');
  if (payload.schemaVersion > (ctx.db.pragma('user_version', { simple: true }) as number)) throw new AppError('sync_newer_version');
  const db = ctx.db;
  db.pragma('foreign_keys = OFF');
  let result: BundleResult;
  let ruled: ValueRuleOutcome = { rows: 0, conflicts: [] };
  try {
    // What another PC wrote is applied whatever it touches, a closed year's records too (features/completion).
    result = withoutWriteCheck(db, () => db.transaction((): BundleResult => {
      const before = new Set(prepared(db, 'SELECT id FROM sync_conflicts').pluck().all() as string[]);
      // Nothing of an erased trainee comes back; erasures the bundle brings are carried out here too.
      const outcome = applyEntries(db, screenReceived(ctx, payload.entries), ctx.now());
      carryOutReceivedErasures(ctx);
      const orphans = resolveOrphans(ctx);
      // Values a feature's rule says no row may keep (an alumnus's contact details without consent), whatever the merge chose.
      ruled = applyValueRules(ctx, rowsOf(payload.entries));
      for (const id of new Set([...outcome.trainees, ...orphans.trainees])) reindexTrainee(db, id);
      savePeer(db, { deviceId: payload.from.deviceId, name: payload.from.name, seen: payload.seen, bundleAt: payload.createdAt, importedAt: ctx.now().toISOString() });
      // A conflict this import made that a rule took away again (it held only erased values) is none a person can settle;
      // older ones the rule took away were counted by the import that made them.
      const conflicts = outcome.conflicts + orphans.conflicts - ruled.conflicts.filter((id) => !before.has(id)).length;
      return { fromName: payload.from.name, received: payload.entries.length, applied: outcome.applied, conflicts };
    })());
  } finally {
    db.pragma('foreign_keys = ON');
  }
  // After the commit: one vacuum, and each backup rewritten once for the erasures and the values a rule erased.
  finishPendingErasures(ctx, { retry: false, valueRules: ruled.rows > 0 });
  return result;
}

export function importBundle(ctx: Ctx, input: { fileName: string; dataBase64: string }): BundleResult {
  return importBundleBytes(ctx, Buffer.from(input.dataBase64, 'base64'));
}

function folderOf(ctx: Ctx): string {
  const folder = readSetting(ctx.db, 'syncFolder');
  if (!folder || !fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) throw new AppError('sync_no_folder');
  return folder;
}

/**
 * The shared folder: reads every other device's bundle there (a damaged one is reported and
 * skipped), then writes this device's own (`<device id>.kkhsync`, replaced whole) with what any
 * device it knows has not seen — everything while it knows none.
 */
export function syncFolder(ctx: Ctx): FolderResult {
  const folder = folderOf(ctx);
  const key = passphrase(ctx);
  const own = `${ctx.deviceId}${BUNDLE_EXTENSION}`;
  const read: FolderResult['read'] = [];
  for (const file of fs.readdirSync(folder).filter((f) => f.endsWith(BUNDLE_EXTENSION) && f !== own).sort()) {
    try {
      const bytes = fs.readFileSync(path.join(folder, file));
      if (bundleHeader(bytes)?.header.from === ctx.deviceId) continue;
      read.push({ file, result: importBundleBytes(ctx, bytes), error: null });
    } catch (error) {
      read.push({ file, result: null, error: error instanceof AppError ? error.code : 'internal' });
    }
  }
  const peers = listPeers(ctx.db);
  const here = seenHere(ctx);
  const common: Record<string, string> = {};
  if (peers.length > 0) {
    for (const device of Object.keys(here)) {
      const values = peers.map((p) => p.seen[device] ?? '');
      if (values.every(Boolean)) common[device] = values.sort()[0]!;
    }
  }
  const target = path.join(folder, own);
  try {
    fs.writeFileSync(`${target}.tmp`, sealBundle(payloadFor(ctx, common, here), key));
    fs.renameSync(`${target}.tmp`, target);
  } catch (error) {
    console.error('[kakehashi] could not write to the shared folder', error);
    throw new AppError('sync_no_folder');
  }
  return { read, wrote: own };
}

export function syncStatus(ctx: Ctx): SyncStatus {
  return {
    deviceId: ctx.deviceId,
    deviceName: readSetting(ctx.db, 'deviceName'),
    hasPassphrase: ctx.secrets.read('syncPassphrase') !== null,
    folder: readSetting(ctx.db, 'syncFolder'),
    peers: listPeers(ctx.db).map(({ seen: _seen, ...peer }) => peer),
    openConflicts: listOpenConflicts(ctx).length,
  };
}

export function updateSyncSettings(ctx: Ctx, input: { deviceName?: string; passphrase?: string; folder?: string }): SyncStatus {
  const now = ctx.now();
  ctx.db.transaction(() => {
    if (input.deviceName !== undefined) writeSetting(ctx.db, 'deviceName', input.deviceName, now);
    if (input.folder !== undefined) {
      if (input.folder) writeSetting(ctx.db, 'syncFolder', input.folder, now);
      else prepared(ctx.db, "DELETE FROM settings WHERE id = 'syncFolder'").run();
    }
  })();
  if (input.passphrase !== undefined) ctx.secrets.write('syncPassphrase', input.passphrase);
  return syncStatus(ctx);
}

/** The rows a bundle wrote, by table (a value rule looks only at those: the others are as it left them). */
function rowsOf(entries: ReadonlyArray<readonly unknown[]>): Map<string, string[]> {
  const rows = new Map<string, Set<string>>();
  for (const e of entries) rows.set(e[3] as string, (rows.get(e[3] as string) ?? new Set()).add(e[4] as string));
  return new Map([...rows].map(([table, ids]) => [table, [...ids]]));
}

/** A digest of every shared table: equal on devices that have exchanged all their changes. */
export function syncDigest(ctx: Ctx): ReturnType<typeof tableDigests> {
  return tableDigests(ctx.db);
}
