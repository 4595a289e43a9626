import type { Airport } from '@shared/contract/arrivals';
import airports from '../../../resources/reference/airports.json';
import airportNames from '../../../resources/reference/airport-names.json';
import { foldText } from '@shared/text/fold';
import { foldHan } from '@shared/text/han';

type Entry = [iata: string, name: string, city: string, country: string | null, timeZone: string];

/**
 * The names the bundled list (in English) does not hold, for the airports trainees fly from and
 * land at: `ja` is the Japanese name shown for an airport in Japan; `names` are what a person may
 * type instead of the code, in Japanese and in the local script (仁川, ソウル, 인천, 北京, Hà Nội).
 */
const NAMES: Record<string, { ja?: string; names: string[] }> = airportNames;

let byCode: Map<string, Airport> | null = null;
let searchIndex: Array<{ airport: Airport; text: string }> | null = null;

function all(): Map<string, Airport> {
  byCode ??= new Map(
    (airports as Entry[]).map(([iata, name, city, country, timeZone]) => [iata, { iata, name, nameJa: NAMES[iata]?.ja ?? null, city, country, timeZone }]),
  );
  return byCode;
}

/** The airport with that IATA code in the bundled list, or null. */
export function findAirport(iata: string): Airport | null {
  return all().get(iata.toUpperCase()) ?? null;
}

/** Airports by code, name or city, in English, Japanese or the local script: an exact code first, then Japanese airports, then by code. */
export function searchAirports(query: string, limit = 20): Airport[] {
  // Folded as every search is, Han characters too: 廣州 (traditional) finds 広州 (Japanese) and 广州.
  const fold = (text: string) => foldHan(foldText(text));
  const q = fold(query);
  if (!q) return [];
  searchIndex ??= [...all().values()].map((airport) => ({
    airport,
    text: fold([airport.iata, airport.name, airport.city, airport.nameJa ?? '', ...(NAMES[airport.iata]?.names ?? [])].join(' | ')),
  }));
  const code = query.trim().toUpperCase();
  return searchIndex
    .filter((e) => e.text.includes(q))
    .map((e) => e.airport)
    .sort((a, b) => Number(b.iata === code) - Number(a.iata === code) || Number(b.country === 'JP') - Number(a.country === 'JP') || a.iata.localeCompare(b.iata))
    .slice(0, limit);
}
