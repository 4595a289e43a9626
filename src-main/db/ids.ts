import crypto from 'node:crypto';
import { v7 } from 'uuid';

/** Time-ordered UUIDs: records made on two machines never collide and still sort by age. */
export function newId(): string {
  return v7();
}

/**
 * The same id on every device for the same thing — a fiscal year, a municipality made a host, a
 * trainee in a pickup group — so that one made on two PCs apart merges as one record when they
 * sync, instead of two that the database's uniqueness rules would refuse. A UUID (version 8) from
 * a hash of the table and the parts.
 */
export function keyedId(table: string, ...parts: string[]): string {
  const h = crypto.createHash('sha256').update([table, ...parts].join('\u0000')).digest('hex');
  const variant = (8 | (parseInt(h[16]!, 16) & 3)).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
