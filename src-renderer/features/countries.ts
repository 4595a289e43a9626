import { useMemo } from 'react';
import type { Language } from '@shared/contract/settings';
import countries from '../../resources/reference/countries.json';
import { compareCountries } from '@shared/text/countries';

/** Country names and their order live in src-shared/text/countries.ts (main sorts its Excel sheets by them too). */
export { compareCountries, countryName } from '@shared/text/countries';

/** Country options sorted for the language (Japanese in gojūon order of their names). */
export function useCountryOptions(language: Language): Array<{ value: string; label: string }> {
  return useMemo(() => {
    const compare = compareCountries(language);
    return countries.map((c) => ({ value: c.code, label: c[language] })).sort((a, b) => compare(a.value, b.value));
  }, [language]);
}
