import { describe, expect, it } from 'vitest';
import { foldText, matchKey, toKatakana } from './fold';
import { katakanaToRomaji } from './romaji';
import { isPassportNumber, normalizeDocumentNumber } from './passport';

describe('text folding', () => {
  it('ignores case, width and Latin accents', () => {
    expect(foldText('ＰＥÑＡ')).toBe('pena');
    expect(foldText('José Luis')).toBe('jose luis');
    expect(foldText('ｷﾑ')).toBe('キム');
  });

  it('reads the double hyphen ゠ and the middle dot · between name parts as ・ and ＝ are read', () => {
    expect(foldText('ジャン゠ポール')).toBe(foldText('ジャン＝ポール'));
    expect(foldText('ホセ·ペニャ')).toBe(foldText('ホセ・ペニャ'));
    expect(foldText('ホセ·ペニャ')).toBe('ホセ ペニャ');
  });

  it('reads hiragana as katakana', () => {
    expect(toKatakana('きむ しひょん')).toBe('キム シヒョン');
    expect(foldText('うさし')).toBe(foldText('ウサシ'));
  });

  it('keeps the marks of Devanagari and Hangul', () => {
    expect(foldText('अनिता')).toBe('अनिता');
    expect(foldText('김시현')).toBe('김시현');
    expect(foldText('王晓燕')).toBe('王晓燕');
  });

  it('matches names without spaces, punctuation, accents or width', () => {
    expect(matchKey('PEÑA, Rosa')).toBe(matchKey('pena rosa'));
    expect(matchKey('Peña')).toBe(matchKey('Pena'));
    expect(matchKey('ＫＩＭ　Ｓｉｈｙｅｏｎ')).toBe(matchKey('Kim Sihyeon'));
    expect(matchKey('अनिता')).not.toBe(matchKey('अनत'));
  });

  it('matches labels and headers without brackets, colons, kana or width', () => {
    expect(matchKey('「生年月日」')).toBe(matchKey('生年月日'));
    expect(matchKey('Passport No.:')).toBe(matchKey('ＰＡＳＳＰＯＲＴ　ＮＯ'));
    expect(matchKey('ふりがな')).toBe(matchKey('フリガナ'));
    expect(matchKey('【備考】')).toBe('備考');
  });

  it('romanises katakana readings the Hepburn way', () => {
    expect(katakanaToRomaji('キム シヒョン')).toBe('kimu shihyon');
    expect(katakanaToRomaji('チェ ミンジュン')).toBe('che minjun');
    expect(katakanaToRomaji('ホセ ペニャ')).toBe('hose penya');
    expect(katakanaToRomaji('ラジェシュ')).toBe('rajeshu');
    expect(katakanaToRomaji('ハットリ')).toBe('hattori');
  });

  it('keeps passport numbers half-width, upper case, without spaces', () => {
    expect(normalizeDocumentNumber('ｔｋ １２３４５６')).toBe('TK123456');
    expect(normalizeDocumentNumber('TR-1234567')).toBe('TR1234567');
    expect(normalizeDocumentNumber('ＴＲ－１２３４５６７')).toBe('TR1234567');
    expect(isPassportNumber('TK123456')).toBe(true);
    expect(isPassportNumber('TK-12')).toBe(false);
  });
});

describe('formula guard', () => {
  it('guards a cell that starts like a formula, and reads it back as it was', async () => {
    const { neutraliseFormula, restoreFormulaText } = await import('./formula');
    for (const text of ['=HYPERLINK("http://x","y")', '+63 912 345 6789', '-3', '@SUM(A1)', '＝1+1']) {
      expect(neutraliseFormula(text)).toBe(`'${text}`);
      expect(restoreFormulaText(neutraliseFormula(text))).toBe(text);
    }
    expect(neutraliseFormula('Kim')).toBe('Kim');
    expect(restoreFormulaText("O'Brien")).toBe("O'Brien");
    expect(restoreFormulaText("'Brien")).toBe("'Brien");
  });
});
