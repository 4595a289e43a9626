import { create } from 'zustand';
import type { i18n } from 'i18next';
import type { Language, Settings, TraineeColumn } from '@contract/settings';
import type { Api } from '../../api';

/** This PC's settings: read from the backend at start, remembered there when changed. */
interface SettingsState extends Settings {
  load(api: Api, i18n: i18n): Promise<void>;
  setLanguage(api: Api, i18n: i18n, language: Language): Promise<void>;
  setStaffName(api: Api, staffName: string): Promise<boolean>;
  setTraineeColumns(api: Api, columns: TraineeColumn[]): Promise<void>;
}

function apply(i18n: i18n, language: Language): void {
  void i18n.changeLanguage(language);
  document.documentElement.lang = language;
}

export const useSettings = create<SettingsState>((set) => ({
  language: 'ja',
  staffName: null,
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
  setStaffName: async (api, staffName) => {
    const result = await api.call('settings:update', { staffName });
    if (result.ok) set({ staffName: result.value.staffName });
    return result.ok;
  },
  setTraineeColumns: async (api, traineeColumns) => {
    set({ traineeColumns });
    await api.call('settings:update', { traineeColumns });
  },
}));
