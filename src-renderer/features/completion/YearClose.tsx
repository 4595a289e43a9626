import { Badge, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CompletionYear } from '@shared/contract/completion';
import { formatDate, formatDateTime } from '@shared/text/date-format';
import { useFlash } from '../../app/flash.store';
import { ErrorAlert } from '../../components/ErrorAlert';
import { QueryState } from '../../data/QueryState';
import { useChannel, useChannelMutation } from '../../data/use-channel';
import { useMutationError } from '../../data/use-mutation-error';
import { useSettings } from '../settings/settings.store';

/**
 * The year's close: whether it is confirmed as finished, who is not finished yet, the button to
 * close or reopen it, and the record of each. On the year's page and the completion tab.
 */
export function YearClose({ year }: { year: CompletionYear }) {
  const { t } = useTranslation();
  const language = useSettings((s) => s.language);
  const close = useChannelMutation('completion:close-year');
  const reopen = useChannelMutation('completion:reopen-year');
  const closeError = useMutationError(close, 'completion.field');
  const reopenError = useMutationError(reopen, 'completion.field');
  const label = t('year.label', { year: year.fiscalYear });

  function onClose() {
    reopen.reset();
    void close.run({ yearId: year.yearId }, { onSuccess: () => useFlash.getState().show(t('completion.close.closed', { year: label })) });
  }

  function onReopen() {
    close.reset();
    void reopen.run({ yearId: year.yearId }, { onSuccess: () => useFlash.getState().show(t('completion.close.reopened', { year: label })) });
  }

  return (
    <Stack gap="xs" data-testid="year-close">
      <Group gap="sm">
        {year.closedOn ? (
          <Badge color="gray" variant="filled" tt="none" data-testid="year-closed-badge">
            {t('completion.close.badge', { date: formatDate(year.closedOn, language) })}
          </Badge>
        ) : (
          <Badge color="blue" variant="light" tt="none">
            {t('completion.close.open')}
          </Badge>
        )}
        {year.closedOn ? (
          <Button variant="default" size="xs" onClick={onReopen} loading={reopen.isPending} data-testid="year-reopen">
            {t('completion.close.reopen')}
          </Button>
        ) : (
          <Button size="xs" onClick={onClose} loading={close.isPending} data-testid="year-close-button">
            {t('completion.close.close')}
          </Button>
        )}
      </Group>
      <Text size="sm" c="dimmed">
        {year.closedOn ? t('completion.close.closedHelp') : t('completion.close.help')}
      </Text>
      {!year.closedOn && year.notFinished.length > 0 && (
        <Text size="sm" data-testid="year-not-finished">
          {t('completion.close.notFinished', { count: year.notFinished.length, names: year.notFinished.map((n) => n.name) })}
        </Text>
      )}
      <ErrorAlert error={closeError} />
      <ErrorAlert error={reopenError} />
      {year.history.length > 0 && (
        <List size="sm" data-testid="year-close-history">
          {year.history.map((h) => (
            <List.Item key={h.id}>
              {t(h.action === 'closed' ? 'completion.close.historyClosed' : 'completion.close.historyReopened', {
                at: formatDateTime(h.at, language),
                by: h.author ?? t('completion.unknownAuthor'),
              })}
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}

/** The year's close on the year's page: its own Paper, reading the year's completion. */
export function YearCloseSection({ yearId }: { yearId: string }) {
  const { t } = useTranslation();
  const year = useChannel('completion:year', { yearId });
  return (
    <Paper withBorder p="md" data-testid="year-close-section">
      <Title order={4} mb="xs">
        {t('completion.close.sectionTitle')}
      </Title>
      <QueryState query={year}>{(y) => <YearClose year={y} />}</QueryState>
    </Paper>
  );
}
