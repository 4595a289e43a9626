import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function LettersPage() {
  const { t } = useTranslation();
  return (
    <Stack>
      <Title order={2}>{t('nav.letters')}</Title>
    </Stack>
  );
}
