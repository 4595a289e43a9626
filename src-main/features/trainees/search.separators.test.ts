import { describe, expect, it } from 'vitest';
import { memoryBackend, value } from '../../test/backend';
import { searchText } from './search';

const names = { familyNameNative: null, givenNameNative: null, familyNameLatin: null, givenNameLatin: null, preferredName: null };

/** A backend with two Western names written in katakana with ・ and ＝, and one without either. */
async function backendWithNames() {
  const backend = memoryBackend();
  const year = await value(backend, 'years:create', { fiscalYear: 2024 });
  const base = { yearId: year.id, nameLang: 'es', nameOrder: 'given_first', status: 'selected' } as const;
  await value(backend, 'trainees:create', { ...base, givenNameLatin: 'José', familyNameLatin: 'Peña', nameKana: 'ホセ・ペニャ', nationality: 'PE' });
  await value(backend, 'trainees:create', { ...base, givenNameLatin: 'Jean-Paul', familyNameLatin: 'Martin', nameKana: 'ジャン＝ポール・マルタン', nationality: 'FR', nameLang: 'fr' });
  await value(backend, 'trainees:create', { ...base, givenNameLatin: 'Hosei', familyNameLatin: 'Kim', nameKana: 'キム ホセイ', nationality: 'KR', nameLang: 'ko', nameOrder: 'family_first' });
  return { backend, yearId: year.id };
}

async function found(query: string): Promise<string[]> {
  const { backend, yearId } = await backendWithNames();
  return (await value(backend, 'trainees:list', { yearId, query })).map((t) => t.givenNameLatin!);
}

describe('search: katakana names written with ・ and ＝', () => {
  it('indexes a reading with ・ as its parts, joined, and in romaji', () => {
    const text = searchText({ ...names, nameKana: 'ホセ・ペニャ' });
    expect(text).toContain('ホセ ペニャ');
    expect(text).toContain('ホセペニャ');
    expect(text).toContain('hose penya');
    expect(text).not.toContain('・');
  });

  it('indexes a reading with ＝ (a double given name) the same way', () => {
    const text = searchText({ ...names, nameKana: 'ジャン＝ポール・マルタン' });
    expect(text).toContain('ジャン ポール マルタン');
    expect(text).toContain('ジャンポールマルタン');
    expect(text).not.toMatch(/[＝=・]/);
  });

  it.each([
    ['the full name with ・', 'ホセ・ペニャ'],
    ['the full name without the separator', 'ホセペニャ'],
    ['the full name with a space', 'ホセ ペニャ'],
    ['the full name with a full-width space', 'ホセ　ペニャ'],
    ['the family name alone', 'ペニャ'],
    ['in hiragana', 'ほせ・ぺにゃ'],
    ['in half-width katakana with ･', 'ﾎｾ･ﾍﾟﾆｬ'],
  ])('finds ホセ・ペニャ by %s (%s)', async (_, query) => {
    expect(await found(query)).toEqual(['José']);
  });

  it('finds ホセ alone in both names that hold it, and no one by a made-up join', async () => {
    expect((await found('ホセ')).sort()).toEqual(['Hosei', 'José']);
    expect(await found('ペニャホセ')).toEqual([]);
  });

  it.each([
    ['the full name as written', 'ジャン＝ポール・マルタン'],
    ['a half-width =', 'ジャン=ポール・マルタン'],
    ['without any separator', 'ジャンポールマルタン'],
    ['the double given name with ＝', 'ジャン＝ポール'],
    ['the double given name joined', 'ジャンポール'],
    ['the double given name with a space', 'ジャン ポール'],
    ['the second part of the given name and the family name', 'ポール・マルタン'],
    ['the family name alone', 'マルタン'],
  ])('finds ジャン＝ポール・マルタン by %s (%s)', async (_, query) => {
    expect(await found(query)).toEqual(['Jean-Paul']);
  });
});
