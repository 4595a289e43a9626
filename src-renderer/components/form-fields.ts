import type { TFunction } from 'i18next';
import type { Dispatch, SetStateAction } from 'react';
import type { TranslatedError } from '../i18n/errors';

/**
 * Props for a text input bound to one key of a form's values: its translated label
 * (`<labels>.<key>`), its value, its error from the last save, and its change handler.
 */
export function textFieldBinder<V extends Record<string, string>>(
  t: TFunction,
  labels: string,
  values: V,
  setValues: Dispatch<SetStateAction<V>>,
  error: TranslatedError | null,
) {
  return (key: keyof V & string) => ({
    label: t(`${labels}.${key}`),
    value: values[key],
    error: error?.fields[key],
    onChange: (e: { currentTarget: { value: string } }) => {
      const value = e.currentTarget.value;
      setValues((v) => ({ ...v, [key]: value }));
    },
  });
}
