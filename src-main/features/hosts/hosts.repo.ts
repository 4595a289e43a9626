import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { Host, SisterTie } from '@shared/contract/hosts';
import { deleteRow, insertRow, updateRow, type Writer } from '../../db/rows';
import { joinedSendingGovernment, SENDING_GOVERNMENT_COLUMNS } from '../masters';
import { HOST_NAME_SQL } from './host-name';

export interface HostRecord {
  id: string;
  localGovCode: string | null;
  prefectureJa: string;
  nameJa: string;
  nameKana: string | null;
  nameEn: string | null;
  isCustom?: boolean;
  headTitle?: string | null;
}

interface HostRow {
  id: string;
  local_gov_code: string | null;
  is_custom: number;
  prefecture_ja: string;
  name_ja: string;
  name_kana: string | null;
  name_en: string | null;
  head_title: string | null;
  department: string | null;
  contact_name: string | null;
  contact_title: string | null;
  contact_phone: string | null;
  contact_email: string | null;
  address: string | null;
  notes: string | null;
}

function toHost(r: HostRow): Host {
  return {
    id: r.id,
    localGovCode: r.local_gov_code,
    isCustom: r.is_custom === 1,
    prefectureJa: r.prefecture_ja,
    nameJa: r.name_ja,
    nameKana: r.name_kana,
    nameEn: r.name_en,
    headTitle: r.head_title,
    department: r.department,
    contactName: r.contact_name,
    contactTitle: r.contact_title,
    contactPhone: r.contact_phone,
    contactEmail: r.contact_email,
    address: r.address,
    notes: r.notes,
  };
}

export function findHostIdByCode(db: Database, code: string): string | null {
  const row = db.prepare('SELECT id FROM hosts WHERE local_gov_code = ?').get(code) as { id: string } | undefined;
  return row?.id ?? null;
}

export function findHost(db: Database, id: string): Host | null {
  const row = db.prepare('SELECT * FROM hosts WHERE id = ?').get(id) as HostRow | undefined;
  return row ? toHost(row) : null;
}

export function listHosts(db: Database): Host[] {
  return (db.prepare('SELECT * FROM hosts ORDER BY is_custom, local_gov_code, name_ja').all() as HostRow[]).map(toHost);
}

export function insertHost(w: Writer, h: HostRecord): void {
  insertRow(w, 'hosts', {
    id: h.id,
    local_gov_code: h.localGovCode,
    is_custom: h.isCustom ? 1 : 0,
    prefecture_ja: h.prefectureJa,
    name_ja: h.nameJa,
    name_kana: h.nameKana,
    name_en: h.nameEn,
    head_title: h.headTitle ?? null,
  });
}

export function updateHostContact(
  w: Writer,
  id: string,
  c: Omit<Host, 'id' | 'localGovCode' | 'isCustom' | 'prefectureJa' | 'nameJa' | 'nameKana' | 'nameEn' | 'headTitle'> & { headTitle?: string | null },
): boolean {
  return updateRow(w, 'hosts', id, {
    ...(c.headTitle !== undefined ? { head_title: c.headTitle } : {}),
    department: c.department,
    contact_name: c.contactName,
    contact_title: c.contactTitle,
    contact_phone: c.contactPhone,
    contact_email: c.contactEmail,
    address: c.address,
    notes: c.notes,
  });
}

interface TieRow extends Record<string, unknown> {
  id: string;
  host_id: string;
  host_name: string;
  host_name_en: string | null;
  kind: SisterTie['kind'];
  since: string | null;
  notes: string | null;
}

const TIE_SELECT = `
  SELECT t.id, t.host_id, ${HOST_NAME_SQL} AS host_name, h.name_en AS host_name_en, t.kind, t.since, t.notes, t.sending_government_id,
         ${SENDING_GOVERNMENT_COLUMNS}
  FROM sister_ties t JOIN hosts h ON h.id = t.host_id JOIN sending_governments sg ON sg.id = t.sending_government_id`;

function toTie(r: TieRow): SisterTie {
  return {
    id: r.id,
    hostId: r.host_id,
    hostName: r.host_name,
    hostNameEn: r.host_name_en,
    kind: r.kind,
    since: r.since,
    notes: r.notes,
    sendingGovernment: joinedSendingGovernment(r, 'sending_government_id')!,
  };
}

/** Ties of one host, of one sending government, or all. */
export function listTies(db: Database, filter: { hostId?: string | null; sendingGovernmentId?: string | null }): SisterTie[] {
  if (filter.hostId) return (db.prepare(`${TIE_SELECT} WHERE t.host_id = ? ORDER BY sg.country, sg.name_en`).all(filter.hostId) as TieRow[]).map(toTie);
  if (filter.sendingGovernmentId) {
    return (db.prepare(`${TIE_SELECT} WHERE t.sending_government_id = ? ORDER BY h.local_gov_code`).all(filter.sendingGovernmentId) as TieRow[]).map(toTie);
  }
  return (db.prepare(`${TIE_SELECT} ORDER BY h.local_gov_code`).all() as TieRow[]).map(toTie);
}

export function findTie(db: Database, hostId: string, sendingGovernmentId: string): string | null {
  const row = db.prepare('SELECT id FROM sister_ties WHERE host_id = ? AND sending_government_id = ?').get(hostId, sendingGovernmentId) as
    | { id: string }
    | undefined;
  return row?.id ?? null;
}

export function insertTie(w: Writer, t: { id: string; hostId: string; sendingGovernmentId: string; kind: string; since: string | null; notes: string | null }): void {
  insertRow(w, 'sister_ties', {
    id: t.id,
    host_id: t.hostId,
    sending_government_id: t.sendingGovernmentId,
    kind: t.kind,
    since: t.since,
    notes: t.notes,
  });
}

/**
 * How many assignments (of any trainee, the trash too) and survey answers point at a host. Counted
 * by table: assignments and the survey sit above hosts, and a host with either cannot be deleted.
 */
export function countUses(db: Database, id: string): { assignments: number; answers: number } {
  return db
    .prepare('SELECT (SELECT count(*) FROM host_assignments WHERE host_id = ?) AS assignments, (SELECT count(*) FROM survey_answers WHERE host_id = ?) AS answers')
    .get(id, id) as { assignments: number; answers: number };
}

export function deleteHost(w: Writer, id: string): boolean {
  return deleteRow(w, 'hosts', id);
}

export function deleteTie(w: Writer, id: string): boolean {
  return deleteRow(w, 'sister_ties', id);
}
