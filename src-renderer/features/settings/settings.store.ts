import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { create } from 'zustand';
import type { i18n } from 'i18next';
import type { Language, Settings } from '@shared/contract/settings';
import { setSheetDateStyle } from '@shared/text/date-format';
import { useApi, type Api } from '../../api';
import { errorBody } from '../../data/channel-error';
import { callOrThrow } from '../../data/use-channel';
import { translateError, type TranslatedError } from '../../i18n/errors';

/**
 * The person's own choices among this PC's settings (the language, the list's columns): read from the backend at start, remembered
 * there when changed (the columns by the trainee list's own save). Each call throws the ChannelError when the backend refuses it,
 * so the caller shows it; a refused change is put back first.
 */
interface SettingsState extends Pick<Settings, 'language' | 'traineeColumns'> {
  load(api: Api, i18n: i18n): Promise<void>;
  setLanguage(api: Api, i18n: i18n, language: Language): Promise<void>;
}

function apply(i18n: i18n, language: Language): void {
  void i18n.changeLanguage(language);
  document.documentElement.lang = language;
}

export const useSettings = create<SettingsState>((set, get) => ({
  language: 'ja',
  traineeColumns: ['photo', 'nativeName', 'latinName', 'kana', 'country', 'sendingGovernment', 'host', 'status', 'warnings'],
  load: async (api, i18n) => {
    const settings = await callOrThrow(api, 'settings:get', {});
    // The office's choice of 和暦 or 西暦 for the sheets, read by formatOfficialDate.
    setSheetDateStyle((await callOrThrow(api, 'letters:options', {})).sheetDates);
    apply(i18n, settings.language);
    set({ language: settings.language, traineeColumns: settings.traineeColumns });
  },
  // The screen changes at once; the choice is remembered right after.
  setLanguage: async (api, i18n, language) => {
    const before = get().language;
    apply(i18n, language);
    set({ language });
    try {
      await callOrThrow(api, 'settings:update', { language });
    } catch (error) {
      apply(i18n, before);
      set({ language: before });
      throw error;
    }
  },
}));

/** The language switch of a screen: the language, a way to change it, and why the last change was refused. */
export function useLanguageChoice(): { language: Language; choose(language: Language): void; error: TranslatedError | null } {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const language = useSettings((s) => s.language);
  const [error, setError] = useState<TranslatedError | null>(null);
  return {
    language,
    choose: (next) => {
      setError(null);
      useSettings
        .getState()
        .setLanguage(api, i18n, next)
        .catch((caught: unknown) => setError(translateError(t, errorBody(caught), 'settings')));
    },
    error,
  };
}
