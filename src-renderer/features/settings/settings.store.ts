import { create } from 'zustand';
import type { i18n } from 'i18next';
import type { Language } from '@contract/settings';
import type { Api } from '../../api';

/** The screen language: read from the backend at start, remembered there when changed. */
interface SettingsState {
  language: Language;
  load(api: Api, i18n: i18n): Promise<void>;
  setLanguage(api: Api, i18n: i18n, language: Language): Promise<void>;
}

function apply(i18n: i18n, language: Language): void {
  void i18n.changeLanguage(language);
  document.documentElement.lang = language;
}

export const useSettings = create<SettingsState>((set) => ({
  language: 'ja',
  load: async (api, i18n) => {
    const result = await api.call('settings:get', {});
    if (!result.ok) return;
    apply(i18n, result.value.language);
    set({ language: result.value.language });
  },
  setLanguage: async (api, i18n, language) => {
    apply(i18n, language);
    set({ language });
    await api.call('settings:update', { language });
  },
}));
