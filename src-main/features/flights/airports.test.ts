import { describe, expect, it } from 'vitest';
import { memoryBackend, value } from '../../test/backend';

async function codesFor(query: string): Promise<string[]> {
  return (await value(memoryBackend(), 'airports:search', { query })).map((a) => a.iata);
}

describe('airports are found by their names in Japanese and in the local script', () => {
  it.each([
    ['仁川', 'ICN'],
    ['ソウル', 'ICN'],
    ['인천', 'ICN'],
    ['金浦', 'GMP'],
    ['上海', 'PVG'],
    ['北京', 'PEK'],
    ['台北', 'TPE'],
    ['カトマンズ', 'KTM'],
    ['काठमाडौं', 'KTM'],
    ['ハノイ', 'HAN'],
    ['ha noi', 'HAN'],
    ['はねだ', 'HND'],
    ['廣州', 'CAN'],
    ['瀋陽', 'SHE'],
    ['沈阳', 'SHE'],
  ])('%s finds %s', async (query, code) => {
    expect(await codesFor(query)).toContain(code);
  });

  it('ソウル finds both of Seoul’s airports, and 上海 both of Shanghai’s', async () => {
    expect(await codesFor('ソウル')).toEqual(expect.arrayContaining(['ICN', 'GMP']));
    expect(await codesFor('上海')).toEqual(expect.arrayContaining(['PVG', 'SHA']));
  });

  it('the code and the English name still work, an exact code first', async () => {
    expect((await codesFor('icn'))[0]).toBe('ICN');
    expect(await codesFor('Incheon')).toContain('ICN');
  });
});
