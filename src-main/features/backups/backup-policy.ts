/**
 * Which backups to keep: the newest of each of the last 24 hours that have one, of the last
 * 14 days and of the last 12 months (grandfather–father–son). Everything else may go.
 */
export interface Dated {
  file: string;
  createdAt: Date;
}

function keepNewestPerBucket<T extends Dated>(sortedNewestFirst: readonly T[], bucket: (d: Date) => string, count: number): Set<string> {
  const seen = new Set<string>();
  const keep = new Set<string>();
  for (const b of sortedNewestFirst) {
    const key = bucket(b.createdAt);
    if (seen.has(key)) continue;
    if (seen.size === count) break;
    seen.add(key);
    keep.add(b.file);
  }
  return keep;
}

const hour = (d: Date) => d.toISOString().slice(0, 13);
const day = (d: Date) => d.toISOString().slice(0, 10);
const month = (d: Date) => d.toISOString().slice(0, 7);

export const POLICY = { hourly: 24, daily: 14, monthly: 12 } as const;

export function backupsToKeep<T extends Dated>(backups: readonly T[]): Set<string> {
  const sorted = [...backups].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  return new Set([
    ...keepNewestPerBucket(sorted, hour, POLICY.hourly),
    ...keepNewestPerBucket(sorted, day, POLICY.daily),
    ...keepNewestPerBucket(sorted, month, POLICY.monthly),
  ]);
}
