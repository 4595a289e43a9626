/**
 * How the law classes each trainee field, one home for every rule that depends on it:
 * - `identifier`: 個人識別符号 (passport and residence card numbers) — masked in lists, the
 *   history and exports (TK12•••78) unless a person chooses to show or include them; an export
 *   that includes them is recorded.
 * - `sensitive`: 要配慮個人情報 (health and religion) — held only with consent, recorded per trainee.
 * - every other field is ordinary personal data.
 * Keys are the contract's field names; `column` is the database column.
 */
export type FieldClass = 'identifier' | 'sensitive';

export const TRAINEE_FIELD_CLASSES = {
  passportNumber: { column: 'passport_number', class: 'identifier' },
  residenceCardNumber: { column: 'residence_card_number', class: 'identifier' },
  medicalNotes: { column: 'medical_notes', class: 'sensitive' },
  allergies: { column: 'allergies', class: 'sensitive' },
  religiousNeeds: { column: 'religious_needs', class: 'sensitive' },
} as const satisfies Record<string, { column: string; class: FieldClass }>;

export type ClassedTraineeField = keyof typeof TRAINEE_FIELD_CLASSES;

export function fieldClassOf(field: string): FieldClass | 'ordinary' {
  return (TRAINEE_FIELD_CLASSES as Record<string, { class: FieldClass }>)[field]?.class ?? 'ordinary';
}

export function fieldsOfClass(fieldClass: FieldClass): ClassedTraineeField[] {
  return (Object.keys(TRAINEE_FIELD_CLASSES) as ClassedTraineeField[]).filter((f) => TRAINEE_FIELD_CLASSES[f].class === fieldClass);
}

/**
 * What the close-out of a year erases once the retention period is over: the identifiers, the
 * health and religion notes, and the other details of the travel documents. What stays is the
 * statistical record (names, country, sending government, host, field, dates). The photo goes too.
 */
export const CLOSE_OUT_TRAINEE_COLUMNS = [
  'passport_number',
  'residence_card_number',
  'passport_expiry',
  'coe_number',
  'medical_notes',
  'allergies',
  'religious_needs',
  'diet_notes',
] as const;
