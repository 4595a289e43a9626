import type { Staff } from '@shared/contract/arrivals';

/** The staff of a group as one line to call from: name and phone of each. */
export function staffContacts(staff: readonly Staff[], separator: string): string {
  return staff.map((s) => `${s.name}${s.phone ? ` ${s.phone}` : ''}`).join(separator);
}
