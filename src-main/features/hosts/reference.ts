import type { Municipality } from '@shared/contract/hosts';
import municipalities from '../../../resources/reference/municipalities.json';
import { foldText } from '@shared/text/fold';
import { englishName, romanizeReading } from './municipality-names';

interface Entry {
  code: string;
  kind: Municipality['kind'];
  prefectureJa: string;
  nameJa: string;
  nameKana: string;
  cityKana?: string;
}

interface Indexed extends Municipality {
  search: string;
}

let index: Indexed[] | null = null;

function nameEn(e: Entry): string {
  if (e.kind !== 'ward' || !e.cityKana) return englishName(e.nameKana, e.kind);
  return `${englishName(e.nameKana, 'ward', true)}, ${englishName(e.cityKana, 'municipality')}`;
}

/** The bundled list, with English names and a search text of kanji, kana and romaji. */
function all(): Indexed[] {
  index ??= (municipalities as Entry[]).map((e) => {
    const m: Municipality = {
      code: e.code,
      kind: e.kind,
      prefectureJa: e.prefectureJa,
      nameJa: e.nameJa,
      nameKana: e.cityKana ? e.cityKana + e.nameKana : e.nameKana,
      nameEn: nameEn(e),
    };
    const search = foldText(
      [e.prefectureJa + e.nameJa, e.nameJa, m.nameKana, romanizeReading(m.nameKana), m.nameEn].join(' | '),
    );
    return { ...m, search };
  });
  return index;
}

export function findMunicipality(code: string): Municipality | null {
  const found = all().find((m) => m.code === code);
  if (!found) return null;
  const { search: _search, ...m } = found;
  return m;
}

/** Municipalities whose kanji, kana or romaji contains the query; exact name matches first. */
export function searchMunicipalities(query: string, limit = 50): Municipality[] {
  const q = foldText(query);
  if (!q) return [];
  return all()
    .filter((m) => m.search.includes(q))
    .sort((a, b) => Number(b.nameJa === query.trim()) - Number(a.nameJa === query.trim()) || a.code.localeCompare(b.code))
    .slice(0, limit)
    .map(({ search: _search, ...m }) => m);
}
