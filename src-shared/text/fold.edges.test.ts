import { describe, expect, it } from 'vitest';
import { foldText, halfWidth, matchKey } from './fold';

describe('text folding at its edges', () => {
  it('halfWidth makes full-width letters and digits half-width and trims the ends, full-width spaces included', () => {
    expect(halfWidth('　ＴＫ１２３４５６７　')).toBe('TK1234567');
    expect(halfWidth('  ｷﾑ\t')).toBe('キム');
    // Spaces inside are kept.
    expect(halfWidth(' Ａ Ｂ ')).toBe('A B');
  });

  it('foldText collapses a run of spaces and separators to one space, whatever mix it is', () => {
    expect(foldText('ホセ・ ペニャ')).toBe('ホセ ペニャ');
    expect(foldText('ジャン＝＝ポール')).toBe('ジャン ポール');
    expect(foldText('Kim   Sihyeon')).toBe('kim sihyeon');
    expect(foldText('Jean - Paul')).toBe('jean paul');
    expect(foldText('キム　 　シヒョン')).toBe('キム シヒョン');
    // So a name typed with a doubled space still matches the one stored with one.
    expect(foldText('ホセ  ペニャ')).toBe(foldText('ホセ・ペニャ'));
    expect(matchKey('ホセ ・ペニャ')).toBe('ホセペニャ');
  });

  it('foldText drops the spaces and separators at either end, so a name pasted with a space or a ・ around it still matches', () => {
    expect(foldText('  김 민지　')).toBe('김 민지');
    expect(foldText('・ホセ・')).toBe('ホセ');
    expect(foldText(' Kim ')).toBe(foldText('Kim'));
  });
});
