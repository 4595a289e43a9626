import type { Language } from '../contract/settings';
import { japanDate } from './date-math';

const LOCALES: Record<Language, string> = { ja: 'ja-JP', en: 'en-GB' };

function parseIso(iso: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
}

/** A date as people write it: 2024年5月20日 / 20 May 2024. */
export function formatDate(iso: string | null | undefined, language: Language): string {
  if (!iso) return '';
  const date = parseIso(iso);
  if (!date) return iso;
  return new Intl.DateTimeFormat(LOCALES[language], { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(date);
}

/** A month (`YYYY-MM`, or a date in it) as people write it: 2025年3月 / March 2025. */
export function formatMonth(yearMonth: string, language: Language): string {
  const date = parseIso(`${yearMonth.slice(0, 7)}-01`);
  if (!date) return yearMonth;
  return new Intl.DateTimeFormat(LOCALES[language], { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(date);
}

/**
 * A range of days written once: 2024年5月20日〜23日, 2024年5月20日〜6月2日 / 20–23 May 2024,
 * 20 May – 2 June 2024 (what the two dates share is not repeated).
 */
export function formatDateRange(from: string, to: string, language: Language): string {
  const [a, b] = [parseIso(from), parseIso(to)];
  if (!a || !b) return `${formatDate(from, language)}〜${formatDate(to, language)}`;
  const sameYear = a.getUTCFullYear() === b.getUTCFullYear();
  const sameMonth = sameYear && a.getUTCMonth() === b.getUTCMonth();
  if (language === 'ja') {
    const end = sameMonth ? `${b.getUTCDate()}日` : sameYear ? `${b.getUTCMonth() + 1}月${b.getUTCDate()}日` : formatDate(to, 'ja');
    return `${formatDate(from, 'ja')}〜${end}`;
  }
  return new Intl.DateTimeFormat(LOCALES.en, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).formatRange(a, b).replace(/\s*–\s*/, sameMonth ? '–' : ' – ');
}

/** Date and time in Japan: 2024年5月20日 14:35 / 20 May 2024, 14:35. */
export function formatDateTime(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Asia/Tokyo',
  }).format(new Date(iso));
}

/** The time of an instant in Japan, with the day when it is not today: 14:35 / 5月19日 23:10. */
export function formatJapanTime(iso: string, language: Language, now: number = Date.now()): string {
  const sameDay = japanDate(Date.parse(iso)) === japanDate(now);
  return new Intl.DateTimeFormat(LOCALES[language], {
    ...(sameDay ? {} : { month: 'short', day: 'numeric' }),
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Asia/Tokyo',
  }).format(new Date(iso));
}

/** Age in whole years on a given day. */
export function ageOn(birthDate: string, day: string): number | null {
  const b = parseIso(birthDate);
  const d = parseIso(day);
  if (!b || !d) return null;
  const hadBirthday =
    d.getUTCMonth() > b.getUTCMonth() || (d.getUTCMonth() === b.getUTCMonth() && d.getUTCDate() >= b.getUTCDate());
  return d.getUTCFullYear() - b.getUTCFullYear() - (hadBirthday ? 0 : 1);
}

function wallClock(local: string): Date {
  return new Date(`${local.slice(0, 16)}:00Z`);
}

/** A time on a wall clock (`YYYY-MM-DDTHH:MM`), shown as it is, never converted: 14:35. */
export function formatTime(local: string | null | undefined): string {
  return local ? local.slice(11, 16) : '';
}

/** A short date with the weekday: 5月20日(月) / Mon 20 May. */
export function formatDay(isoDate: string | null | undefined, language: Language): string {
  if (!isoDate) return '';
  const options: Intl.DateTimeFormatOptions = { month: 'short', day: 'numeric', weekday: 'short', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(LOCALES[language], options).format(wallClock(`${isoDate.slice(0, 10)}T00:00`));
}

/** A wall-clock date and time, as it is: 5月20日(月) 14:35 / Mon 20 May 14:35. */
export function formatWallTime(local: string | null | undefined, language: Language): string {
  return local ? `${formatDay(local, language)} ${formatTime(local)}` : '';
}

const WAREKI = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
const WAREKI_YEAR = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', timeZone: 'UTC' });

/** The first year of an era is 元年 in official writing, whatever the ICU version prints. */
function firstYearAsGannen(text: string): string {
  return text.replace(/^(\D+?)1年/, '$1元年');
}

/** A date in 和暦, as official documents write it: 令和6年5月20日, 令和元年5月1日. */
export function formatWareki(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = parseIso(iso);
  return date ? firstYearAsGannen(WAREKI.format(date)) : iso;
}

/**
 * A fiscal year (April to March) as people write it: 2024年度 / FY2024, or in 和暦 令和6年度
 * (the era of its first day, 1 April).
 */
export function formatFiscalYear(fiscalYear: number, language: Language, options: { wareki?: boolean } = {}): string {
  if (language === 'en') return `FY${fiscalYear}`;
  if (!options.wareki) return `${fiscalYear}年度`;
  return `${firstYearAsGannen(WAREKI_YEAR.format(new Date(Date.UTC(fiscalYear, 3, 1))))}度`;
}

/**
 * How a document that leaves the office writes the year and its dates: 令和6年度（2024年度）
 * and 令和6年5月20日 in Japanese (as the office's letters do), FY2024 and 20 May 2024 in English.
 * Every sheet sent out goes through these two, so the form is decided here once.
 */
export function formatOfficialYear(fiscalYear: number, language: Language): string {
  if (language === 'en') return formatFiscalYear(fiscalYear, 'en');
  return `${formatFiscalYear(fiscalYear, 'ja', { wareki: true })}（${formatFiscalYear(fiscalYear, 'ja')}）`;
}

export function formatOfficialDate(iso: string | null | undefined, language: Language): string {
  if (language !== 'ja') return formatDate(iso, language);
  return sheetDateStyle === 'wareki' ? formatWareki(iso) : formatDate(iso, 'ja');
}

/**
 * How the sheets write a date in Japanese: 和暦 (the default) or 西暦, the office's choice in
 * Settings (letters, below, are always 和暦). Set once where the sheets are printed.
 */
let sheetDateStyle: 'wareki' | 'western' = 'wareki';

export function setSheetDateStyle(style: 'wareki' | 'western'): void {
  sheetDateStyle = style;
}

/** A letter's date: always 和暦 in Japanese (令和6年5月20日, 令和元年5月1日), whatever the sheets use. */
export function formatLetterDate(iso: string | null | undefined, language: Language): string {
  return language === 'ja' ? formatWareki(iso) : formatDate(iso, language);
}
