import { ERASED_VALUE } from '@shared/contract/erasure';
import type { Value } from './rows';

/**
 * How values are kept in the change log's JSON: text and numbers as themselves, blobs as their
 * size, and — for a new value that sync must be able to carry — their bytes in base64.
 */
export type LoggedValue = string | number | null | { bytes: number; b64?: string } | Redacted;

/**
 * What an erased value becomes in the log (features/erasure): the write is still there (when,
 * who, which field), the value is not. It is never applied by sync nor restored.
 */
export type Redacted = { redacted: true };
export const REDACTED: Redacted = Object.freeze({ redacted: true as const });

export function isRedacted(value: unknown): value is Redacted {
  return typeof value === 'object' && value !== null && (value as { redacted?: unknown }).redacted === true;
}

/** One field of one write: name, value before, value after, and (updates) the write it overwrote. */
export type LoggedChange = [field: string, before: LoggedValue, after: LoggedValue, base?: string | null];

export function encodeValue(value: Value | undefined, keepBytes: boolean): LoggedValue {
  if (value === null || value === undefined) return null;
  if (Buffer.isBuffer(value)) return keepBytes ? { bytes: value.length, b64: value.toString('base64') } : { bytes: value.length };
  return value;
}

/** The stored value back; undefined when only a blob's size was kept. */
export function decodeValue(value: LoggedValue): Value | undefined {
  if (value === null || typeof value !== 'object') return value;
  if (isRedacted(value)) return undefined;
  return value.b64 === undefined ? undefined : Buffer.from(value.b64, 'base64');
}

/** What a person sees in history: text as it is, blobs by size, an erased value as ERASED_VALUE. */
export function displayValue(value: LoggedValue): string | null {
  if (value === null) return null;
  if (isRedacted(value)) return ERASED_VALUE;
  if (typeof value === 'object') return `(${value.bytes} bytes)`;
  return String(value);
}

export function sameLogged(a: LoggedValue, b: LoggedValue): boolean {
  if (isRedacted(a) || isRedacted(b)) return isRedacted(a) && isRedacted(b);
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') return a.bytes === b.bytes && a.b64 === b.b64;
  return a === b;
}
