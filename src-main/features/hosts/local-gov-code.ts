const WEIGHTS = [6, 5, 4, 3, 2] as const;

/**
 * Check digit of a 全国地方公共団体コード: the five digits weighted 6…2, summed, and the
 * last digit of 11 minus the remainder mod 11 (a remainder of 0 or 1 gives 1 or 0).
 */
export function checkDigit(fiveDigits: string): number {
  if (!/^\d{5}$/.test(fiveDigits)) throw new Error(`not a 5-digit local government code: ${fiveDigits}`);
  const sum = WEIGHTS.reduce((acc, w, i) => acc + w * Number(fiveDigits[i]), 0);
  return (11 - (sum % 11)) % 10;
}

/** The 6-digit code for a 5-digit one. */
export function withCheckDigit(fiveDigits: string): string {
  return fiveDigits + String(checkDigit(fiveDigits));
}

export function isValidLocalGovCode(code: string): boolean {
  return /^\d{6}$/.test(code) && checkDigit(code.slice(0, 5)) === Number(code[5]);
}
