import type { UseMutationResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { translateError, type TranslatedError } from '../i18n/errors';
import { errorBody } from './channel-error';

/** A failed write, translated, for an ErrorAlert beside the button that made it (null while none failed). */
export function useMutationError(mutation: Pick<UseMutationResult<unknown, unknown, never>, 'error'>, fieldLabels: string): TranslatedError | null {
  const { t } = useTranslation();
  return mutation.error ? translateError(t, errorBody(mutation.error), fieldLabels) : null;
}
