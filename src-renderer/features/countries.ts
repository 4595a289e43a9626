import { useMemo } from 'react';
import type { Language } from '@shared/contract/settings';
import countries from '../../resources/reference/countries.json';

const byCode = new Map(countries.map((c) => [c.code, c]));

export function countryName(code: string, language: Language): string {
  return byCode.get(code)?.[language] ?? code;
}

/** Country options sorted for the language (Japanese in gojūon order of their names). */
export function useCountryOptions(language: Language): Array<{ value: string; label: string }> {
  return useMemo(() => {
    const collator = new Intl.Collator(language === 'ja' ? 'ja' : 'en');
    return countries
      .map((c) => ({ value: c.code, label: c[language] }))
      .sort((a, b) => collator.compare(a.label, b.label));
  }, [language]);
}
