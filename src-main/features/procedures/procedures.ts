import type { ProcedureStatus, ProcedureWarning, YearItem } from '@shared/contract/procedures';
import type { Milestone } from '@shared/contract/years';
import { addDays } from '@shared/text/date-math';

/**
 * The rules of the checklist, pure: when an item is due, when it is overdue, and what warns.
 */

/** Statuses that still wait on someone: not asked for, asked for, or sent back as incomplete. */
const OWED: ReadonlySet<ProcedureStatus> = new Set(['not_requested', 'requested', 'incomplete']);
/** Statuses that settle an item. */
const SETTLED: ReadonlySet<ProcedureStatus> = new Set(['done', 'not_needed']);

export function isOwed(status: ProcedureStatus): boolean {
  return OWED.has(status);
}

export function isSettled(status: ProcedureStatus): boolean {
  return SETTLED.has(status);
}

/** The day an item is due in a year: its milestone's first day moved by the offset; null when the year lacks that milestone. */
export function dueOn(milestones: readonly Milestone[], item: { milestoneKind: string; offsetDays: number }): string | null {
  const milestone = milestones.find((m) => m.kind === item.milestoneKind);
  return milestone ? addDays(milestone.startsOn, item.offsetDays) : null;
}

/** The first day of a program year: its earliest milestone (the demand survey, in the year before). */
export function yearStart(milestones: readonly Milestone[]): string | null {
  return milestones.map((m) => m.startsOn).sort()[0] ?? null;
}

/** Whether an item's due date falls before the year starts (refused: it could never be met). */
export function isDueBeforeYearStart(milestones: readonly Milestone[], item: { milestoneKind: string; offsetDays: number }): boolean {
  const due = dueOn(milestones, item);
  const start = yearStart(milestones);
  return due !== null && start !== null && due < start;
}

/**
 * Whether a checklist item's due date has gone by (the day itself still counts as in time): the
 * one rule of "overdue" for every checklist, the entry procedures and the return tasks alike.
 */
export function isPastDue(due: string | null, today: string): boolean {
  return due !== null && due < today;
}

export function isOverdue(status: ProcedureStatus, due: string | null, today: string): boolean {
  return isPastDue(due, today) && isOwed(status);
}

/** The items that must be done some weeks before arrival, or warn. */
export const ENTRY_KEYS: ReadonlySet<string> = new Set(['coe', 'visa']);

/**
 * The warnings of one trainee: each overdue item, and the COE or visa not done (or not needed)
 * once arrival is `weeks` weeks away or nearer.
 */
export function traineeWarnings(input: {
  traineeId: string;
  traineeName: string;
  items: readonly YearItem[];
  statusOf: (itemId: string) => ProcedureStatus;
  arrivalOn: string | null;
  weeks: number;
  today: string;
}): ProcedureWarning[] {
  const warnings: ProcedureWarning[] = [];
  const entryDeadline = input.arrivalOn ? addDays(input.arrivalOn, -7 * input.weeks) : null;
  for (const item of input.items) {
    if (item.isRetired) continue;
    const status = input.statusOf(item.id);
    const base = { traineeId: input.traineeId, traineeName: input.traineeName, itemId: item.id, itemNameJa: item.nameJa, itemNameEn: item.nameEn };
    if (item.key && ENTRY_KEYS.has(item.key) && entryDeadline !== null && input.today >= entryDeadline && !isSettled(status)) {
      warnings.push({ ...base, kind: 'entry_not_ready', dueOn: entryDeadline });
    } else if (isOverdue(status, item.dueOn, input.today)) {
      warnings.push({ ...base, kind: 'overdue', dueOn: item.dueOn });
    }
  }
  return warnings;
}

/** What a file's first bytes say it is, of the types a scan may be; null for anything else. */
export function sniffScanType(bytes: Buffer): 'application/pdf' | 'image/jpeg' | 'image/png' | null {
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  return null;
}
