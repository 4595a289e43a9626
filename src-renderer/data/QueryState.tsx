import { Alert, Button, Center, Group, Loader, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { translateError } from '../i18n/errors';
import { errorBody } from './channel-error';

/** A failed read, where its data would have been: what failed, in the person's language, and a way to try again. */
export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="red" role="alert" title={t('errors.loadFailed')} data-testid="query-error">
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Text size="sm">{translateError(t, errorBody(error), 'errors.field').summary}</Text>
        {onRetry && (
          <Button size="compact-sm" variant="light" color="red" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        )}
      </Group>
    </Alert>
  );
}

interface Props<T> {
  query: UseQueryResult<T, unknown>;
  children: (data: T) => ReactNode;
  /** Shown while the first answer is read (a spinner by default). */
  loading?: ReactNode;
}

/**
 * The one way a screen shows what it read: a spinner until the first answer, the error
 * with a retry when the call failed (above the last answer, when there is one), else its
 * children with the data. Never an empty table for a failure.
 */
export function QueryState<T>({ query, children, loading }: Props<T>) {
  const { t } = useTranslation();
  const error = query.isError ? <QueryError error={query.error} onRetry={() => void query.refetch()} /> : null;
  // A re-read that failed while an answer is on screen keeps it (and any form typed into it) below the error:
  // the children stay in the same place with or without the error, so React keeps them mounted.
  if (query.data !== undefined) {
    return (
      <>
        {error}
        {children(query.data)}
      </>
    );
  }
  if (error) return error;
  return (
    loading ?? (
      <Center p="md">
        <Loader size="sm" aria-label={t('common.loading')} />
      </Center>
    )
  );
}
