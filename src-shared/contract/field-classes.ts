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

/** What a trainee's consent to hold 要配慮 items covers; each 要配慮 field belongs to one. */
export const CONSENT_SCOPES = ['health', 'religion'] as const;
export type ConsentScope = (typeof CONSENT_SCOPES)[number];

export const TRAINEE_FIELD_CLASSES = {
  passportNumber: { column: 'passport_number', class: 'identifier' },
  residenceCardNumber: { column: 'residence_card_number', class: 'identifier' },
  medicalNotes: { column: 'medical_notes', class: 'sensitive', consent: 'health' },
  allergies: { column: 'allergies', class: 'sensitive', consent: 'health' },
  religiousNeeds: { column: 'religious_needs', class: 'sensitive', consent: 'religion' },
} as const satisfies Record<string, { column: string; class: FieldClass; consent?: ConsentScope }>;

/** The trainee field holding the day consent was obtained for each scope (同意取得日), and its column. */
export const CONSENT_FIELDS = {
  health: { field: 'healthConsentOn', column: 'health_consent_on' },
  religion: { field: 'religionConsentOn', column: 'religion_consent_on' },
} as const satisfies Record<ConsentScope, { field: string; column: string }>;

export type ClassedTraineeField = keyof typeof TRAINEE_FIELD_CLASSES;

export function fieldClassOf(field: string): FieldClass | 'ordinary' {
  return (TRAINEE_FIELD_CLASSES as Record<string, { class: FieldClass }>)[field]?.class ?? 'ordinary';
}

export function fieldsOfClass(fieldClass: FieldClass): ClassedTraineeField[] {
  return (Object.keys(TRAINEE_FIELD_CLASSES) as ClassedTraineeField[]).filter((f) => TRAINEE_FIELD_CLASSES[f].class === fieldClass);
}

/** The 要配慮 fields a consent scope covers (health: medical notes and allergies; religion: religious needs). */
export function sensitiveFieldsOf(scope: ConsentScope): ClassedTraineeField[] {
  return (Object.keys(TRAINEE_FIELD_CLASSES) as ClassedTraineeField[]).filter((f) => (TRAINEE_FIELD_CLASSES[f] as { consent?: ConsentScope }).consent === scope);
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

/**
 * What the close-out also erases of each of the trainee's entry-procedure items
 * (`trainee_procedures`): the scan kept with it (健康診断書, 在留資格認定証明書, 履歴書 …), its
 * name and type, and the note. The item's status and its date stay (the statistical record).
 */
export const CLOSE_OUT_PROCEDURE_COLUMNS = ['file', 'file_name', 'file_mime', 'note'] as const;

/** How the preview and the disposal record name that kind of data (`trainee.field.*`): 提出書類の写し・備考. */
export const CLOSE_OUT_PROCEDURE_FIELD = 'procedureDocuments';
