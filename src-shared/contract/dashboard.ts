import { z } from 'zod';
import { TRAINEE_WARNINGS } from './trainees';
import { Milestone } from './years';

const Count = z.object({ key: z.string(), count: z.number() });

export const YearDashboard = z.object({
  yearId: z.string(),
  fiscalYear: z.number(),
  total: z.number(),
  byStatus: z.array(Count),
  byCountry: z.array(Count),
  /** Keyed by training field id; `unset` for trainees without one. */
  byField: z.array(Count.extend({ nameJa: z.string().nullable(), nameEn: z.string().nullable() })),
  nextMilestones: z.array(Milestone),
  warnings: z.array(z.object({ warning: z.enum(TRAINEE_WARNINGS), count: z.number() })),
});
export type YearDashboard = z.infer<typeof YearDashboard>;

/** Trainees by country and fiscal year since the first year, like CLAIR's published table. */
export const Archive = z.object({
  years: z.array(z.number()),
  rows: z.array(z.object({ country: z.string(), counts: z.array(z.number()), total: z.number() })),
  totals: z.array(z.number()),
  total: z.number(),
});
export type Archive = z.infer<typeof Archive>;
