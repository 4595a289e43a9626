import { matchKey } from '@shared/text/fold';
import { normalizeDocumentNumber } from '@shared/text/passport';

/**
 * When two records are likely the same person: the rules the import finds a trainee again by,
 * kept here so that the import, the form and the list's duplicate filter agree.
 */

export interface Identity {
  familyNameLatin: string | null;
  givenNameLatin: string | null;
  birthDate: string | null;
  passportNumber: string | null;
}

/** A passport number as compared: half-width, upper case, without spaces or dashes (ＴＫ１２３ = tk 123 = TK123). */
export function passportKey(value: unknown): string | null {
  return typeof value === 'string' ? normalizeDocumentNumber(value) : null;
}

/** The passport name and birth date, the name matched as every list matches names (KIM Si-hyeon = kim sihyeon). */
export function nameAndBirthKey(familyNameLatin: unknown, givenNameLatin: unknown, birthDate: unknown): string {
  return `${matchKey(String(familyNameLatin ?? ''))}|${matchKey(String(givenNameLatin ?? ''))}|${String(birthDate ?? '')}`;
}

/**
 * The keys a record is matched by as a likely duplicate: its passport number, and its name
 * with its birth date. A name alone is not enough here (two people may share one); the import
 * also takes a name without a birth date, as a row of the list it read before.
 */
export function duplicateKeys(t: Identity): string[] {
  const keys: string[] = [];
  const passport = passportKey(t.passportNumber);
  if (passport) keys.push(`passport:${passport}`);
  if (t.birthDate && (t.familyNameLatin || t.givenNameLatin)) keys.push(`name:${nameAndBirthKey(t.familyNameLatin, t.givenNameLatin, t.birthDate)}`);
  return keys;
}

/** The ids among these records that share a key with another one. */
export function duplicateIds(records: ReadonlyArray<Identity & { id: string }>): Set<string> {
  const byKey = new Map<string, string[]>();
  for (const r of records) {
    for (const key of duplicateKeys(r)) {
      const ids = byKey.get(key);
      if (ids) ids.push(r.id);
      else byKey.set(key, [r.id]);
    }
  }
  return new Set([...byKey.values()].filter((ids) => ids.length > 1).flat());
}
