import { create } from 'zustand';
import type { i18n } from 'i18next';
import type { Language, Settings, TraineeColumn } from '@shared/contract/settings';
import type { Api } from '../../api';

/** This PC's settings: read from the backend at start, remembered there when changed. */
interface SettingsState extends Settings {
  load(api: Api, i18n: i18n): Promise<void>;
  setLanguage(api: Api, i18n: i18n, language: Language): Promise<void>;
  /** Saves one of the free-text settings; false when it was refused. */
  setText(api: Api, key: 'staffName' | 'officePhone', value: string): Promise<boolean>;
  setTraineeColumns(api: Api, columns: TraineeColumn[]): Promise<void>;
}

function apply(i18n: i18n, language: Language): void {
  void i18n.changeLanguage(language);
  document.documentElement.lang = language;
}

export const useSettings = create<SettingsState>((set) => ({
  language: 'ja',
  staffName: null,
  officePhone: null,
  traineeColumns: ['photo', 'nativeName', 'latinName', 'kana', 'country', 'sendingGovernment', 'host', 'status', 'warnings'],
  load: async (api, i18n) => {
    const result = await api.call('settings:get', {});
    if (!result.ok) return;
    apply(i18n, result.value.language);
    set(result.value);
  },
  setLanguage: async (api, i18n, language) => {
    apply(i18n, language);
    set({ language });
    await api.call('settings:update', { language });
  },
  setText: async (api, key, value) => {
    const result = await api.call('settings:update', { [key]: value });
    if (result.ok) set({ [key]: result.value[key] });
    return result.ok;
  },
  setTraineeColumns: async (api, traineeColumns) => {
    set({ traineeColumns });
    await api.call('settings:update', { traineeColumns });
  },
}));
