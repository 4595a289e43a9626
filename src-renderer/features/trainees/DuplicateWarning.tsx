import { Alert, Button, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DuplicateMatch } from '@shared/contract/trainees';
import { formatFiscalYear } from '@shared/text/date-format';
import { RouteLink } from '../../components/RouteLink';
import { useSettings } from '../settings/settings.store';

interface Props {
  matches: DuplicateMatch[];
  isSaving: boolean;
  onConfirm(): void;
}

/**
 * Shown instead of saving a new trainee who is likely someone entered already (the same
 * passport number, or the same name and birth date): who they are, with a link to each, and a
 * button to save anyway once the person has checked it is someone else.
 */
export function DuplicateWarning({ matches, isSaving, onConfirm }: Props) {
  const { t } = useTranslation();
  const language = useSettings((s) => s.language);
  return (
    <Alert color="yellow" title={t('trainee.duplicate.title')} data-testid="duplicate-warning">
      <Text size="sm">{t('trainee.duplicate.body')}</Text>
      <List size="sm" my="xs">
        {matches.map((m) => (
          <List.Item key={m.id}>
            <RouteLink to={`/trainees/${m.id}`}>{t('trainee.duplicate.match', { name: m.nativeName, latin: m.latinName, year: formatFiscalYear(m.fiscalYear, language) })}</RouteLink>
          </List.Item>
        ))}
      </List>
      <Button size="xs" variant="light" color="yellow" c="dark" loading={isSaving} onClick={onConfirm} data-testid="confirm-duplicate">
        {t('trainee.duplicate.confirm')}
      </Button>
    </Alert>
  );
}
