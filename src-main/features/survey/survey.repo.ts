import type { Database } from 'better-sqlite3-multiple-ciphers';
import type { SurveyAnswer } from '@shared/contract/hosts';
import { deleteRow, insertRow, updateRow, type Row as DbRow, type Writer } from '../../db/rows';
import { HOST_NAME_SQL } from '../hosts';
import { joinedSendingGovernment, joinedTrainingField, SENDING_GOVERNMENT_COLUMNS } from '../masters';

type Row = Record<string, string | number | null>;

const SELECT = `
  SELECT s.*, y.fiscal_year, ${HOST_NAME_SQL} AS host_name, h.name_en AS host_name_en,
         ${SENDING_GOVERNMENT_COLUMNS},
         tf.name_ja AS tf_name_ja, tf.name_en AS tf_name_en,
         (SELECT COUNT(*) FROM host_assignments a JOIN trainees t ON t.id = a.trainee_id
           WHERE a.host_id = s.host_id AND a.year_id = s.year_id AND t.deleted_at IS NULL) AS matched_count
  FROM survey_answers s
  JOIN program_years y ON y.id = s.year_id
  JOIN hosts h ON h.id = s.host_id
  LEFT JOIN sending_governments sg ON sg.id = s.preferred_sending_government_id
  LEFT JOIN training_fields tf ON tf.id = s.training_field_id`;

function toAnswer(r: Row): SurveyAnswer {
  const s = (k: string) => (r[k] ?? null) as string | null;
  return {
    id: s('id')!,
    yearId: s('year_id')!,
    fiscalYear: r.fiscal_year as number,
    hostId: s('host_id')!,
    hostName: s('host_name')!,
    hostNameEn: s('host_name_en'),
    requestedCount: r.requested_count as number,
    preferredCountry: s('preferred_country'),
    preferredSendingGovernment: joinedSendingGovernment(r, 'preferred_sending_government_id'),
    trainingField: joinedTrainingField(r),
    periodMonths: (r.period_months as number | null) ?? null,
    status: s('status') as SurveyAnswer['status'],
    notes: s('notes'),
    matchedCount: r.matched_count as number,
  };
}

export function listAnswers(db: Database, filter: { yearId?: string; hostId?: string }): SurveyAnswer[] {
  if (filter.yearId) return (db.prepare(`${SELECT} WHERE s.year_id = ? ORDER BY h.local_gov_code, h.name_ja`).all(filter.yearId) as Row[]).map(toAnswer);
  return (db.prepare(`${SELECT} WHERE s.host_id = ? ORDER BY y.fiscal_year DESC`).all(filter.hostId ?? '') as Row[]).map(toAnswer);
}

export function findAnswer(db: Database, yearId: string, hostId: string): SurveyAnswer | null {
  const row = db.prepare(`${SELECT} WHERE s.year_id = ? AND s.host_id = ?`).get(yearId, hostId) as Row | undefined;
  return row ? toAnswer(row) : null;
}

export interface AnswerFields {
  requestedCount: number;
  preferredCountry: string | null;
  preferredSendingGovernmentId: string | null;
  trainingFieldId: string | null;
  periodMonths: number | null;
  status: string;
  notes: string | null;
}

function columns(a: AnswerFields): DbRow {
  return {
    requested_count: a.requestedCount,
    preferred_country: a.preferredCountry,
    preferred_sending_government_id: a.preferredSendingGovernmentId,
    training_field_id: a.trainingFieldId,
    period_months: a.periodMonths,
    status: a.status,
    notes: a.notes,
  };
}

export function insertAnswer(w: Writer, a: AnswerFields & { id: string; yearId: string; hostId: string }): void {
  insertRow(w, 'survey_answers', { id: a.id, year_id: a.yearId, host_id: a.hostId, ...columns(a) });
}

export function updateAnswer(w: Writer, id: string, a: AnswerFields): boolean {
  return updateRow(w, 'survey_answers', id, columns(a));
}

export function deleteAnswer(w: Writer, id: string): boolean {
  return deleteRow(w, 'survey_answers', id);
}
