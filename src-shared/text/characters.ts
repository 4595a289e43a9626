/**
 * Characters no one types into a field, refused where text enters (the contract), never stored or
 * silently removed: control characters (NUL, ESC, DEL, the C1 range) that break files, terminals and
 * printed sheets; the bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) that make
 * a name or a file name read other than it is stored (`invoice\u202Efdp.exe`); and lone surrogates,
 * which are not text (malformed UTF-16) and become U+FFFD in any file written from them.
 * Tab and line breaks are allowed only in a text that may have several lines.
 */
// eslint-disable-next-line no-control-regex
const SINGLE_LINE = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uD800-\uDFFF]/u;
// eslint-disable-next-line no-control-regex
const MULTI_LINE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uD800-\uDFFF]/u;

/** True when the text holds a character `characters.ts` refuses; with `isMultiline`, tab, LF and CR are allowed. */
export function hasInvalidCharacters(text: string, isMultiline = false): boolean {
  return (isMultiline ? MULTI_LINE : SINGLE_LINE).test(text);
}
