import { Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ComingSection } from '../../app/router';

/** A screen that a later version fills; it says so in both languages. */
export function ComingPage({ section }: { section: ComingSection }) {
  const { t } = useTranslation();
  return (
    <>
      <Title order={2} mb="md">
        {t(`nav.${section}`)}
      </Title>
      <Paper withBorder p="xl">
        <Text fw={700}>{t('app.coming')}</Text>
        <Text c="dimmed">{t('app.comingDetail')}</Text>
      </Paper>
    </>
  );
}
