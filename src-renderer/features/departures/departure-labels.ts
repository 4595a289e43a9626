import type { TFunction } from 'i18next';
import type { Airport } from '@shared/contract/arrivals';
import type { DepartureStatus, DepartureWarning } from '@shared/contract/departures';
import { inLanguage } from '@shared/contract/names';
import type { Language } from '@shared/contract/settings';
import { formatDate } from '@shared/text/date-format';
import { airportName } from '../arrivals/AirportInput';

/** Each status's colour: grey not started, blue in progress, green done, dark not needed. */
export const DEPARTURE_STATUS_COLOR: Record<DepartureStatus, string> = {
  open: 'gray',
  in_progress: 'blue',
  done: 'teal',
  not_needed: 'dark',
};

/** "帰国便の出発の14日前", "出発当日", "出発の14日後". */
export function departureOffsetLabel(t: TFunction, offsetDays: number): string {
  if (offsetDays === 0) return t('departures.offset.on');
  return offsetDays < 0 ? t('departures.offset.before', { count: -offsetDays }) : t('departures.offset.after', { count: offsetDays });
}

/** One warning as a sentence: whose, what, which date. */
export function departureWarningText(t: TFunction, w: DepartureWarning, language: Language): string {
  return t(`departures.warning.${w.kind}`, {
    name: w.traineeName,
    item: w.itemNameJa ? inLanguage(w.itemNameJa, w.itemNameEn, language) : '',
    date: w.date ? formatDate(w.date, language) : '',
  });
}

/** 成田国際空港 (NRT) / Narita International Airport (NRT). */
export function airportLabel(a: Airport | null, language: Language): string | null {
  return a ? `${airportName(a, language)} (${a.iata})` : null;
}
