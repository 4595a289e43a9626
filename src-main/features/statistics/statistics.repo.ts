import type { Database } from 'better-sqlite3-multiple-ciphers';

/** One trainee as the statistics count them. */
export interface CountedTrainee {
  fiscalYear: number;
  nationality: string;
  status: string;
  /** The prefecture of the trainee's first host (the earliest assignment); null when never assigned. */
  prefecture: string | null;
  trainingFieldId: string | null;
  /** Whether a withdrawn trainee had come: withdrawn on or after the year's arrival day or a host assignment's first day. */
  hadCome: boolean;
}

/** Every trainee (not in the trash) of the fiscal years in the range, with what the tables count by. */
export function listCountedTrainees(db: Database, fromYear: number, toYear: number): CountedTrainee[] {
  const rows = db
    .prepare(
      `SELECT y.fiscal_year, t.nationality, t.status, t.training_field_id,
              (SELECT h.prefecture_ja FROM host_assignments a JOIN hosts h ON h.id = a.host_id
                WHERE a.trainee_id = t.id ORDER BY a.starts_on IS NULL, a.starts_on, a.created_at LIMIT 1) AS prefecture,
              (t.status = 'withdrawn' AND (
                 EXISTS (SELECT 1 FROM year_milestones m WHERE m.year_id = t.year_id AND m.kind = 'arrival' AND m.starts_on <= t.status_changed_on)
                 OR EXISTS (SELECT 1 FROM host_assignments a WHERE a.trainee_id = t.id AND a.starts_on IS NOT NULL AND a.starts_on <= t.status_changed_on)
              )) AS had_come
       FROM trainees t JOIN program_years y ON y.id = t.year_id
       WHERE t.deleted_at IS NULL AND y.fiscal_year BETWEEN ? AND ?`,
    )
    .all(fromYear, toYear) as Array<{ fiscal_year: number; nationality: string; status: string; training_field_id: string | null; prefecture: string | null; had_come: number }>;
  return rows.map((r) => ({
    fiscalYear: r.fiscal_year,
    nationality: r.nationality,
    status: r.status,
    prefecture: r.prefecture,
    trainingFieldId: r.training_field_id,
    hadCome: r.had_come === 1,
  }));
}
