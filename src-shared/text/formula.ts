/**
 * What a spreadsheet would run as a formula when a CSV cell starts with it (one home for the
 * rule, for the CSV we write and the CSV we read back): = + - @, their full-width forms, which
 * Japanese Excel also takes, tab and CR.
 */
const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/;

/** A text as a CSV cell a spreadsheet cannot run: a leading apostrophe when it starts like a formula (OWASP's advice). */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** A cell of a CSV we (or a careful office) wrote, as it was before its apostrophe: `'+63 912…` is `+63 912…`. */
export function restoreFormulaText(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}
