import { Autocomplete } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Airport } from '@shared/contract/arrivals';
import { useApi } from '../../api';
import type { Language } from '@shared/contract/settings';

export function airportName(a: Airport, language: Language): string {
  return language === 'ja' && a.nameJa ? a.nameJa : a.name;
}

interface Props {
  label: string;
  value: string;
  error?: string;
  language: Language;
  onChange(code: string): void;
}

/**
 * An IATA code typed or found by name or city from the bundled airport list; the chosen
 * airport's name, city and time zone show under it, so a wrong code is seen at once.
 */
export function AirportInput({ label, value, error, language, onChange }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const [options, setOptions] = useState<Airport[]>([]);

  useEffect(() => {
    let isCurrent = true;
    if (value.trim().length < 2) return setOptions([]);
    void api.call('airports:search', { query: value }).then((r) => isCurrent && r.ok && setOptions(r.value));
    return () => {
      isCurrent = false;
    };
  }, [api, value]);

  const exact = options.find((a) => a.iata === value.trim().toUpperCase());
  return (
    <Autocomplete
      label={label}
      value={value}
      error={error}
      onChange={onChange}
      filter={({ options: all }) => all}
      data={options.map((a) => ({ value: a.iata, label: `${a.iata} ${airportName(a, language)}${t('common.paren', { text: a.city })}` }))}
      description={exact ? `${airportName(exact, language)} · ${exact.city} · ${exact.timeZone}` : undefined}
      maxLength={40}
    />
  );
}
