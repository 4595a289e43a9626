import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '@shared/contract/settings';
import ja from '@shared/i18n/ja.json';
import en from '@shared/i18n/en.json';
import { formatDate } from '@shared/text/date-format';

export const resources = { ja: { translation: ja }, en: { translation: en } } as const;

/** A fresh i18next instance; Japanese unless told otherwise. */
export function createI18n(language: Language = 'ja'): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'ja',
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  // `{{startsOn, isoDate}}`: a date the backend sent as 2024-06-24, written as people read it.
  instance.services.formatter?.add('isoDate', (value: string, lng) => formatDate(value, lng === 'en' ? 'en' : 'ja'));
  return instance;
}
