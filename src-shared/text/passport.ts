import { halfWidth } from './fold';

/**
 * An identity document number as stored: half-width, upper case, without the spaces and dashes
 * lists put in for reading (ｔｋ １２３, TK-123 → TK123); the numbers themselves are letters and digits only.
 */
export function normalizeDocumentNumber(text: string): string {
  return halfWidth(text).replace(/[\s-]/g, '').toUpperCase();
}

/** Passport numbers are letters and digits only, 5 to 12 of them. */
export function isPassportNumber(normalized: string): boolean {
  return /^[A-Z0-9]{5,12}$/.test(normalized);
}

/** Residence card numbers: two letters, eight digits, two letters (AB12345678CD). */
export function isResidenceCardNumber(normalized: string): boolean {
  return /^[A-Z]{2}\d{8}[A-Z]{2}$/.test(normalized);
}
