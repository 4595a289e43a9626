import { Autocomplete } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Airport } from '@shared/contract/arrivals';
import type { Language } from '@shared/contract/settings';
import { errorBody } from '../../data/channel-error';
import { useChannel } from '../../data/use-channel';
import { translateError } from '../../i18n/errors';
import { useSettings } from '../settings/settings.store';

export function airportName(a: Airport, language: Language): string {
  return language === 'ja' && a.nameJa ? a.nameJa : a.name;
}

interface Props {
  label: string;
  value?: string;
  error?: ReactNode;
  onChange(code: string): void;
  onFocus?(): void;
  onBlur?(): void;
}

/**
 * An IATA code typed or found by name or city from the bundled airport list; the chosen
 * airport's name, city and time zone show under it, so a wrong code is seen at once. The field
 * holds the code: a suggestion picked puts its code in the box, never its whole label.
 */
export function AirportInput({ label, value = '', error, onChange, onFocus, onBlur }: Props) {
  const { t } = useTranslation();
  const language = useSettings((s) => s.language);
  const query = value.trim();
  // The last answer stays while the next key's is read, so the list does not flicker as a person types.
  const search = useChannel('airports:search', query.length >= 2 ? { query } : null, { keepPrevious: true });
  const options = query.length >= 2 ? (search.data ?? []) : [];
  const searchError = search.isError ? t('flight.airportSearchFailed', { reason: translateError(t, errorBody(search.error), 'flight.field').summary }) : undefined;

  const exact = options.find((a) => a.iata === query.toUpperCase());
  const labelOf = (a: Airport) => `${a.iata} ${airportName(a, language)}${t('common.paren', { text: a.city })}`;
  // Mantine's Autocomplete writes a picked option's label into the box; the code is what is meant.
  const change = (text: string) => onChange(options.find((a) => labelOf(a) === text)?.iata ?? text);
  return (
    <Autocomplete
      label={label}
      value={value}
      error={error || searchError}
      onChange={change}
      onFocus={onFocus}
      onBlur={onBlur}
      filter={({ options: all }) => all}
      data={options.map((a) => ({ value: a.iata, label: labelOf(a) }))}
      description={exact ? `${airportName(exact, language)} · ${exact.city} · ${exact.timeZone}` : undefined}
      maxLength={40}
    />
  );
}
