import { z } from 'zod';
import { nullableString, requiredText, uuid } from './rules';

/**
 * What the office's checklist templates share: the entry procedures' and the return tasks'. An item
 * has a name in Japanese and in English, is due a number of days from a date (negative: before it),
 * stands in an order, and can be retired. Each template's own fields extend these.
 */

const offsetDays = z
  .number({ error: 'invalid_number' })
  .int('invalid_number')
  .min(-365, 'out_of_range_offset')
  .max(365, 'out_of_range_offset');

/** What adding an item takes. */
export const ChecklistItemInput = z.object({ nameJa: requiredText(100), nameEn: requiredText(100), offsetDays });

/** What changing an item takes: its id, the fields of `input`, and whether it is retired. */
export function checklistItemUpdate<S extends z.ZodRawShape>(input: z.ZodObject<S>) {
  return z.object({ id: uuid, ...input.shape, isRetired: z.boolean({ error: 'invalid_choice' }) });
}

/** Moving an item one place up or down. */
export const ChecklistMoveInput = z.object({ id: uuid, direction: z.enum(['up', 'down'], { error: 'invalid_choice' }) });

/** An item of a template, as the office keeps it (`key`: the built-in item it started as, else null). */
export const ChecklistItem = z.object({
  id: z.string(),
  key: nullableString,
  nameJa: z.string(),
  nameEn: z.string(),
  offsetDays: z.number(),
  position: z.number(),
  isRetired: z.boolean(),
});
export type ChecklistItem = z.infer<typeof ChecklistItem>;
