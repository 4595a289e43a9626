import { z } from 'zod';
import type { ChannelDef } from './channel-def';
import { NameLang } from './trainees';
import { MilestoneKind } from './years';
import { ExportFile } from './exports';
import { Language } from './settings';
import { ChecklistItem, ChecklistItemInput, ChecklistMoveInput, checklistItemUpdate } from './checklist';
import { base64File, emptyInput, nullableString, optionalText, requiredText, uuid } from './rules';

/** Who provides an item: the trainee, their sending government, the host, CLAIR, or the travel agent. */
export const PROCEDURE_PROVIDERS = ['trainee', 'sending_government', 'host', 'clair', 'travel_agent'] as const;
export const ProcedureProvider = z.enum(PROCEDURE_PROVIDERS, { error: 'invalid_choice' });
export type ProcedureProvider = z.infer<typeof ProcedureProvider>;

/** Where a trainee stands on an item: 未依頼 → 依頼済 → 受領 → 不備あり → 完了, or 不要. */
export const PROCEDURE_STATUSES = ['not_requested', 'requested', 'received', 'incomplete', 'done', 'not_needed'] as const;
export const ProcedureStatus = z.enum(PROCEDURE_STATUSES, { error: 'invalid_choice' });
export type ProcedureStatus = z.infer<typeof ProcedureStatus>;

/** A received scan: PDF, JPEG or PNG, at most 10 MB. */
export const PROCEDURE_FILE_MAX_BYTES = 10 * 1024 * 1024;
export const PROCEDURE_FILE_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;

export const PROCEDURE_WARNINGS = ['overdue', 'entry_not_ready'] as const;
export type ProcedureWarningKind = (typeof PROCEDURE_WARNINGS)[number];

/** An item of the office's template: a checklist item, with who provides it and the milestone it is due from. */
export const TemplateItemInput = ChecklistItemInput.extend({
  provider: ProcedureProvider,
  milestoneKind: MilestoneKind,
  needsTranslation: z.boolean({ error: 'invalid_choice' }),
});
export const TemplateItemUpdateInput = checklistItemUpdate(TemplateItemInput);
export const TemplateMoveInput = ChecklistMoveInput;

/** An item of the office's template. */
export const TemplateItem = ChecklistItem.extend({ provider: ProcedureProvider, milestoneKind: MilestoneKind, needsTranslation: z.boolean() });
export type TemplateItem = z.infer<typeof TemplateItem>;

export const ProcedureOptions = z.object({
  /** The COE and the visa are to be done this many weeks before arrival, or they are a warning. */
  entryWarningWeeks: z.number(),
});
export type ProcedureOptions = z.infer<typeof ProcedureOptions>;

export const ProcedureOptionsInput = z.object({
  entryWarningWeeks: z.number({ error: 'invalid_number' }).int('invalid_number').min(0, 'out_of_range_weeks').max(26, 'out_of_range_weeks'),
});

export const Template = z.object({ items: z.array(TemplateItem), options: ProcedureOptions });
export type Template = z.infer<typeof Template>;

/** An item of one year's checklist, with its due date from the year's milestone (null when the milestone has no date). */
export const YearItem = TemplateItem.extend({ yearId: z.string(), templateId: nullableString, dueOn: nullableString });
export type YearItem = z.infer<typeof YearItem>;

export const ProcedureFile = z.object({ name: z.string(), mime: z.string(), sizeBytes: z.number() });

/** Where one trainee stands on one item. */
export const ProcedureCell = z.object({
  traineeId: z.string(),
  itemId: z.string(),
  status: ProcedureStatus,
  changedOn: nullableString,
  /** Who made the last change (the staff name set on that PC). */
  changedBy: nullableString,
  note: nullableString,
  file: ProcedureFile.nullable(),
  /** Due, passed, and still owed (not received, done or not needed). */
  isOverdue: z.boolean(),
});
export type ProcedureCell = z.infer<typeof ProcedureCell>;

export const ProcedureWarning = z.object({
  kind: z.enum(PROCEDURE_WARNINGS),
  traineeId: z.string(),
  traineeName: z.string(),
  itemId: z.string(),
  itemNameJa: z.string(),
  itemNameEn: z.string(),
  dueOn: nullableString,
});
export type ProcedureWarning = z.infer<typeof ProcedureWarning>;

export const ProcedureTrainee = z.object({
  id: z.string(),
  name: z.string(),
  nameLang: NameLang,
  latinName: z.string(),
  status: z.string(),
  hostId: nullableString,
  hostName: nullableString,
  hostNameEn: nullableString,
});
export type ProcedureTrainee = z.infer<typeof ProcedureTrainee>;

/** A year's checklist: items in order, trainees taking part, one cell per trainee and live item. */
export const ProcedureGrid = z.object({
  yearId: z.string(),
  hasChecklist: z.boolean(),
  today: z.string(),
  items: z.array(YearItem),
  trainees: z.array(ProcedureTrainee),
  cells: z.array(ProcedureCell),
  warnings: z.array(ProcedureWarning),
});
export type ProcedureGrid = z.infer<typeof ProcedureGrid>;

/** One trainee's checklist. */
export const TraineeProcedures = z.object({
  traineeId: z.string(),
  yearId: z.string(),
  isWithdrawn: z.boolean(),
  hasChecklist: z.boolean(),
  items: z.array(YearItem),
  cells: z.array(ProcedureCell),
  warnings: z.array(ProcedureWarning),
});
export type TraineeProcedures = z.infer<typeof TraineeProcedures>;

/** One change of a trainee's item: when, by whom, which field (status, note or the file's name), before and after. */
export const PROCEDURE_HISTORY_FIELDS = ['status', 'note', 'file_name'] as const;
export const ProcedureHistoryEntry = z.object({
  id: z.string(),
  at: z.string(),
  author: nullableString,
  field: z.enum(PROCEDURE_HISTORY_FIELDS),
  oldValue: nullableString,
  newValue: nullableString,
});
export type ProcedureHistoryEntry = z.infer<typeof ProcedureHistoryEntry>;

const cellKey = { traineeId: uuid, itemId: uuid };
export const StatusInput = z.object({ ...cellKey, status: ProcedureStatus, note: optionalText(1000, { isMultiline: true }) });
export const FileInput = z.object({
  ...cellKey,
  fileName: requiredText(200),
  dataBase64: base64File(PROCEDURE_FILE_MAX_BYTES),
});

export const proceduresChannels = {
  'procedures:template': { doc: "The office's checklist template (retired items too) and the warning setting.", input: emptyInput, output: Template },
  'procedures:template-create': {
    doc: "Add an item at the end of the template, and to every year's checklist.",
    input: TemplateItemInput,
    output: TemplateItem,
  },
  'procedures:template-update': {
    doc: "Rename, re-date or retire a template item; years' checklists follow (a retired item stays where a trainee has a status for it).",
    input: TemplateItemUpdateInput,
    output: TemplateItem,
  },
  'procedures:template-move': { doc: 'Move a template item one place up or down; the years follow.', input: TemplateMoveInput, output: Template },
  'procedures:set-options': { doc: 'How many weeks before arrival the COE and the visa must be done.', input: ProcedureOptionsInput, output: ProcedureOptions },
  'procedures:start-year': {
    doc: "Make a year's checklist from the template (the items not retired).",
    input: z.object({ yearId: uuid }),
    output: ProcedureGrid,
  },
  'procedures:year': { doc: "A year's checklist: trainees × items, each cell's status, due dates, what is overdue.", input: z.object({ yearId: uuid }), output: ProcedureGrid },
  'procedures:trainee': { doc: "One trainee's checklist with warnings.", input: z.object({ traineeId: uuid }), output: TraineeProcedures },
  'procedures:warnings': {
    doc: "A year's procedure warnings: items overdue, a COE or visa not done N weeks before arrival.",
    input: z.object({ yearId: uuid }),
    output: z.array(ProcedureWarning),
  },
  'procedures:set-status': {
    doc: "Set a trainee's status and note on an item, dated today; refused for a withdrawn trainee.",
    input: StatusInput,
    output: ProcedureCell,
  },
  'procedures:attach-file': {
    doc: 'Keep the received scan (PDF, JPEG or PNG, at most 10 MB) with the item; it replaces any earlier one.',
    input: FileInput,
    output: ProcedureCell,
  },
  'procedures:remove-file': { doc: 'Remove the scan kept with an item.', input: z.object(cellKey), output: ProcedureCell },
  'procedures:file': {
    doc: 'The scan kept with an item, as base64 with its name and type.',
    input: z.object(cellKey),
    output: z.object({ name: z.string(), mime: z.string(), dataBase64: z.string() }),
  },
  'procedures:history': {
    doc: "Every change of a trainee's item, newest first: status, note and file, with who and when.",
    input: z.object(cellKey),
    output: z.array(ProcedureHistoryEntry),
  },
  'procedures:export': {
    doc: "A year's grid as an Excel workbook: a row per trainee, a column per item, each cell its status.",
    input: z.object({ yearId: uuid, language: Language }),
    output: ExportFile,
  },
} as const satisfies Record<string, ChannelDef>;
