import type { MilestoneKind } from '@shared/contract/years';

export interface MilestoneDates {
  kind: MilestoneKind;
  startsOn: string;
  endsOn: string | null;
}

function iso(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The usual LGOTP calendar for fiscal year `fy` (April fy – March fy+1): the survey opens in
 * August of the year before, trainees fly in together in May, move to their host in late
 * June and fly home between November and the next May. A person adjusts the exact dates.
 */
export function defaultMilestones(fy: number): MilestoneDates[] {
  const before = fy - 1;
  return [
    { kind: 'survey_open', startsOn: iso(before, 8, 1), endsOn: null },
    { kind: 'survey_due', startsOn: iso(before, 10, 31), endsOn: null },
    { kind: 'selection', startsOn: iso(before, 11, 1), endsOn: iso(before, 12, 28) },
    { kind: 'decision', startsOn: iso(fy, 1, 31), endsOn: null },
    { kind: 'entry_procedures', startsOn: iso(fy, 2, 1), endsOn: iso(fy, 4, 30) },
    { kind: 'arrival', startsOn: iso(fy, 5, 20), endsOn: null },
    { kind: 'tokyo_orientation', startsOn: iso(fy, 5, 21), endsOn: iso(fy, 5, 22) },
    { kind: 'jiam_training', startsOn: iso(fy, 5, 23), endsOn: iso(fy, 6, 21) },
    { kind: 'host_move', startsOn: iso(fy, 6, 24), endsOn: null },
    { kind: 'host_training', startsOn: iso(fy, 6, 24), endsOn: iso(fy + 1, 3, lastDay(fy + 1, 3)) },
    { kind: 'return_home', startsOn: iso(fy, 11, 1), endsOn: iso(fy + 1, 5, 31) },
  ];
}
