import countries from '../../resources/reference/countries.json';
import { hostNameIn, latinName, nativeName } from './names';
import type { Language, TraineeColumn } from './settings';
import { TRAINEE_STATUSES, type TraineeRow, type TraineeSort } from './trainees';

const countryNames = new Map(countries.map((c) => [c.code, c]));

/**
 * What a trainee sorts by in a column, as the person reads the column: countries, hosts and
 * fields by their names in the screen's language, the status in the order a program runs.
 * One rule for the list the backend pages and for the lists a screen holds whole (the trash).
 */
export function traineeSortKey(t: TraineeRow, column: TraineeColumn, language: Language): string | number {
  switch (column) {
    case 'nativeName':
      return nativeName(t);
    case 'latinName':
      return latinName(t);
    case 'kana':
      return t.nameKana ?? '';
    case 'country':
      return countryNames.get(t.nationality)?.[language] ?? t.nationality;
    case 'sendingGovernment': {
      // As the list labels it: 경주시 / Gyeongju / 慶州市.
      const g = t.sendingGovernment;
      if (!g) return '';
      return [g.nameLocal, g.nameEn !== g.nameLocal ? g.nameEn : null, language === 'ja' ? g.nameJa : null].filter(Boolean).join(' / ');
    }
    case 'trainingField':
      return t.trainingField ? (language === 'ja' ? t.trainingField.nameJa : t.trainingField.nameEn) : '';
    case 'host':
      return hostNameIn(t, language) ?? '';
    case 'status':
      return TRAINEE_STATUSES.indexOf(t.status);
    case 'year':
      return t.fiscalYear;
    case 'warnings':
      return t.warnings.length;
    case 'photo':
      return t.hasPhoto ? 1 : 0;
    case 'passportNumber':
      return t.passportNumber ?? '';
  }
}

/**
 * Sorts trainees by a column (a stable sort: rows with the same key keep the order they came
 * in), names compared as the language orders them, numbers in them by value (Kim2 before Kim10).
 */
export function sortTrainees<T extends TraineeRow>(trainees: readonly T[], sort: TraineeSort, language: Language): T[] {
  const collator = new Intl.Collator(language === 'ja' ? 'ja' : 'en', { numeric: true });
  const sign = sort.isDescending ? -1 : 1;
  const keyed = trainees.map((t) => ({ t, key: traineeSortKey(t, sort.column, language) }));
  keyed.sort((a, b) =>
    sign * (typeof a.key === 'number' && typeof b.key === 'number' ? a.key - b.key : collator.compare(String(a.key), String(b.key))),
  );
  return keyed.map((k) => k.t);
}
