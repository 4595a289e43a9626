import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function AlumniPage() {
  const { t } = useTranslation();
  return (
    <Stack>
      <Title order={2}>{t('nav.alumni')}</Title>
    </Stack>
  );
}
