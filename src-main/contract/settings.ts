import { z } from 'zod';

export const LANGUAGES = ['ja', 'en'] as const;
export const Language = z.enum(LANGUAGES, { error: 'invalid_choice' });
export type Language = z.infer<typeof Language>;

export const Settings = z.object({ language: Language });
export type Settings = z.infer<typeof Settings>;

export const SettingsUpdateInput = z.object({ language: Language });

export const AppInfo = z.object({
  version: z.string(),
  schemaVersion: z.number(),
  databasePath: z.string(),
  isEmpty: z.boolean(),
});
export type AppInfo = z.infer<typeof AppInfo>;
