import type { Flight, GroupCounts, GroupFlag } from '@shared/contract/arrivals';
import { addMinutes } from '../flights';

/** A pickup group as the rules see it; times are local at the group's airport. */
export interface RuleGroup {
  id: string;
  airport: string;
  terminal: string | null;
  meetingTime: string | null;
  marginMinutes: number;
  windowFrom: string | null;
  windowTo: string | null;
}

/** An arrival as the rules see it: where and when (local time at that airport) it is expected to land. */
export interface RuleArrival {
  airport: string;
  terminal: string | null;
  expectedArrivesLocal: string;
}

/**
 * The meeting time to suggest: the last expected landing in the group plus the margin for
 * immigration and baggage. Null when nobody in the group has a flight yet.
 */
export function suggestMeetingTime(landings: readonly string[], marginMinutes: number): string | null {
  if (landings.length === 0) return null;
  const last = [...landings].sort().at(-1)!;
  return addMinutes(last, marginMinutes);
}

/** A terminal as people write it (T1, ｔ１, " T1 ") read as its name ("1"): the leading T is found after the spaces. */
function terminalKey(terminal: string): string {
  return terminal.normalize('NFKC').trim().replace(/^T/i, '').trim().toUpperCase();
}

function sameTerminal(a: string | null, b: string | null): boolean {
  return !a || !b || terminalKey(a) === terminalKey(b);
}

/** What is wrong with a trainee's place in a group, given their arrival flight. */
export function groupFlags(group: RuleGroup, arrival: RuleArrival | null): GroupFlag[] {
  if (!arrival) return ['no_arrival_flight'];
  if (arrival.airport !== group.airport) return ['other_airport'];
  const flags: GroupFlag[] = [];
  if (!sameTerminal(group.terminal, arrival.terminal)) flags.push('other_terminal');
  const lands = arrival.expectedArrivesLocal;
  if ((group.windowFrom && lands < group.windowFrom) || (group.windowTo && lands > group.windowTo)) flags.push('outside_window');
  if (group.meetingTime && addMinutes(lands, group.marginMinutes) > group.meetingTime) flags.push('lands_after_meeting');
  return flags;
}

/**
 * The group an arrival belongs in: same airport, then the terminal, then a window that holds
 * the landing; among groups without a window, the one whose meeting the trainee makes first.
 * Null when no group fits.
 */
export function groupFor(groups: readonly RuleGroup[], arrival: RuleArrival): string | null {
  const candidates = groups.filter((g) => g.airport === arrival.airport && sameTerminal(g.terminal, arrival.terminal));
  const fits = candidates.filter((g) => groupFlags(g, arrival).length === 0);
  const withWindow = fits.filter((g) => g.windowFrom || g.windowTo);
  if (withWindow.length) return withWindow[0]!.id;
  const byMeeting = fits.filter((g) => g.meetingTime).sort((a, b) => a.meetingTime!.localeCompare(b.meetingTime!));
  if (byMeeting.length) return byMeeting[0]!.id;
  return fits.length === 1 ? fits[0]!.id : null;
}

const MET = new Set(['met', 'on_transport']);

/** Counts at the top of a group: everyone expected, those met (or on the way), those missing. */
export function countArrivals(statuses: readonly string[]): GroupCounts {
  return {
    expected: statuses.length,
    met: statuses.filter((s) => MET.has(s)).length,
    missing: statuses.filter((s) => s === 'no_show').length,
  };
}

/** Whether two trainees' flight rows are the same plane: the same flight number from the same airport on the same day. */
export function isSameFlight(a: Flight, b: Flight): boolean {
  return a.flightNumber === b.flightNumber && a.from.iata === b.from.iata && a.departsLocal.slice(0, 10) === b.departsLocal.slice(0, 10);
}
