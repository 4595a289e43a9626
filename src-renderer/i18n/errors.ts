import type { TFunction } from 'i18next';
import type { AppErrorBody } from '@shared/contract/result';

export interface TranslatedError {
  /** One line for the whole failure. */
  summary: string;
  /** A message per field, keyed by the contract's field name. */
  fields: Record<string, string>;
}

/**
 * Where the fields' labels are in the translations: a prefix (`trainee.field` →
 * `trainee.field.nameKana`), or several, the first that has the field's label winning.
 */
export type FieldLabels = string | readonly string[];

/** The keys a field's label is looked up under, in order (for `t`). */
export function labelKeys(fieldLabels: FieldLabels, field: string): string[] {
  return (typeof fieldLabels === 'string' ? [fieldLabels] : fieldLabels).map((prefix) => `${prefix}.${field}`);
}

/**
 * Turns a Result error into sentences in the person's language; each field issue names the
 * field with its label under `fieldLabels` (e.g. `trainee.field`).
 */
export function translateError(t: TFunction, error: AppErrorBody, fieldLabels: FieldLabels): TranslatedError {
  const fields: Record<string, string> = {};
  for (const issue of error.params?.issues ?? []) {
    if (fields[issue.field]) continue;
    const label = t(labelKeys(fieldLabels, issue.field), { defaultValue: issue.field });
    fields[issue.field] = t(`errors.rule.${issue.rule}`, { ...issue.params, field: label, defaultValue: t('errors.rule.invalid', { field: label }) });
  }
  const params = { ...(error.params ?? {}) } as Record<string, unknown>;
  delete params.issues;
  return { summary: t(`errors.code.${error.code}`, params), fields };
}
