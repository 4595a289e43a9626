import type { Airport } from '@shared/contract/arrivals';
import airports from '../../../resources/reference/airports.json';
import { foldText } from '@shared/text/fold';

type Entry = [iata: string, name: string, city: string, country: string | null, timeZone: string];

/** Japanese names of the airports trainees land at and fly on from. */
const NAMES_JA: Record<string, string> = {
  NRT: '成田国際空港',
  HND: '東京国際空港（羽田）',
  KIX: '関西国際空港',
  ITM: '大阪国際空港（伊丹）',
  NGO: '中部国際空港',
  FUK: '福岡空港',
  CTS: '新千歳空港',
  OKA: '那覇空港',
  SDJ: '仙台空港',
  HIJ: '広島空港',
  KOJ: '鹿児島空港',
  KMJ: '熊本空港',
  OIT: '大分空港',
  KMQ: '小松空港',
  NGS: '長崎空港',
  KIJ: '新潟空港',
  TAK: '高松空港',
  MYJ: '松山空港',
  OKJ: '岡山空港',
  AOJ: '青森空港',
  AKJ: '旭川空港',
  HKD: '函館空港',
};

let byCode: Map<string, Airport> | null = null;
let searchIndex: Array<{ airport: Airport; text: string }> | null = null;

function all(): Map<string, Airport> {
  byCode ??= new Map(
    (airports as Entry[]).map(([iata, name, city, country, timeZone]) => [iata, { iata, name, nameJa: NAMES_JA[iata] ?? null, city, country, timeZone }]),
  );
  return byCode;
}

/** The airport with that IATA code in the bundled list, or null. */
export function findAirport(iata: string): Airport | null {
  return all().get(iata.toUpperCase()) ?? null;
}

/** Airports by code, name or city: an exact code first, then Japanese airports, then by code. */
export function searchAirports(query: string, limit = 20): Airport[] {
  const q = foldText(query);
  if (!q) return [];
  searchIndex ??= [...all().values()].map((airport) => ({
    airport,
    text: foldText([airport.iata, airport.name, airport.city, airport.nameJa ?? ''].join(' | ')),
  }));
  const code = query.trim().toUpperCase();
  return searchIndex
    .filter((e) => e.text.includes(q))
    .map((e) => e.airport)
    .sort((a, b) => Number(b.iata === code) - Number(a.iata === code) || Number(b.country === 'JP') - Number(a.country === 'JP') || a.iata.localeCompare(b.iata))
    .slice(0, limit);
}
