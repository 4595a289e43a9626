import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TranslatedError } from '../i18n/errors';

/** The summary and every field message of a failed call, read out by screen readers. */
export function ErrorAlert({ error }: { error: TranslatedError | null }) {
  const { t } = useTranslation();
  if (!error) return null;
  const fieldMessages = Object.values(error.fields);
  return (
    <Alert color="red" title={fieldMessages.length ? t('errors.title') : t('errors.failed')} role="alert" data-testid="error-alert">
      {fieldMessages.length ? (
        <List size="sm">
          {fieldMessages.map((m) => (
            <List.Item key={m}>{m}</List.Item>
          ))}
        </List>
      ) : (
        error.summary
      )}
    </Alert>
  );
}
