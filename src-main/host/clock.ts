/**
 * KAKEHASHI_CLOCK (tests only: the host is never packaged) starts the clock at the given time and
 * lets it run from there, so a spec can stand on a day when an item is overdue. Unset: the real clock.
 */
export function clockOf(start: string | undefined, real: () => number = Date.now): (() => Date) | undefined {
  if (!start) return undefined;
  const at = Date.parse(start);
  if (Number.isNaN(at)) {
    throw new Error(`KAKEHASHI_CLOCK must be a date and time such as 2025-03-01T09:00:00+09:00 (got "${start}").`);
  }
  const startedAt = real();
  return () => new Date(at + (real() - startedAt));
}
