import { Group, Switch, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** 番号を表示: passport and residence card numbers in full, masked (TK12•••78) until a person asks. */
export function RevealIdentifiers({ checked, onChange, testId }: { checked: boolean; onChange(checked: boolean): void; testId: string }) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between">
      <Text size="sm" c="dimmed">
        {checked ? '' : t('trainee.history.identifiersMasked')}
      </Text>
      <Switch label={t('trainee.history.showIdentifiers')} checked={checked} onChange={(event) => onChange(event.currentTarget.checked)} data-testid={testId} />
    </Group>
  );
}
