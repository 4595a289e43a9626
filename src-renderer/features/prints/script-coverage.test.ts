import { describe, expect, it } from 'vitest';
import { uncoveredCharacters } from './script-coverage';

describe('script coverage of the bundled fonts', () => {
  it('draws Hangul, Chinese, Japanese, Devanagari, Vietnamese and accented Latin', () => {
    for (const name of ['이서연', '王晓燕', '宇佐 花子', 'カトウ', 'अनिता श्रेष्ठ', 'Nguyễn Thị Hồng', 'José Luis Peña Quispe', 'Иванов']) {
      expect(uncoveredCharacters(name), name).toEqual([]);
    }
  });

  it('names the characters it cannot draw: Thai, Mongolian Ө and Ү, Arabic', () => {
    expect(uncoveredCharacters('สมชาย')).toEqual(['ส', 'ม', 'ช', 'า', 'ย']);
    expect(uncoveredCharacters('Өлзий Үүрцайх')).toEqual(['Ө', 'Ү', 'ү']);
    expect(uncoveredCharacters('محمد')).toEqual(['م', 'ح', 'د']);
  });
});
