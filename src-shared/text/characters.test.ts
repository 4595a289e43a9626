import { describe, expect, it } from 'vitest';
import { hasInvalidCharacters } from './characters';

describe('hasInvalidCharacters', () => {
  it('accepts text in any script, emoji and a surrogate pair', () => {
    for (const text of ['Kim Minji', '김민지', 'José Luis PEÑA QUISPE', 'श्रेष्ठ', '𠮷野家', '👍', 'ｶﾀｶﾅ', 'a\u200db']) {
      expect(hasInvalidCharacters(text)).toBe(false);
    }
  });

  it('refuses control characters, bidi overrides and isolates, and lone surrogates', () => {
    for (const text of ['a\u0000b', '\u001b[31mred', 'a\u007f', 'a\u0085', 'evil\u202Etxt.exe', '\u202Aa', '\u2066a\u2069', 'a\uD800', '\uDC00b', 'x\uDBFF']) {
      expect(hasInvalidCharacters(text)).toBe(true);
      expect(hasInvalidCharacters(text, true)).toBe(true);
    }
  });

  it('allows tab and line breaks only in a multi-line text', () => {
    for (const text of ['a\tb', 'a\nb', 'a\r\nb']) {
      expect(hasInvalidCharacters(text)).toBe(true);
      expect(hasInvalidCharacters(text, true)).toBe(false);
    }
  });
});
