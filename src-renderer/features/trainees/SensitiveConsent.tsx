import { Paper, SimpleGrid, Text, TextInput, Title, type TextInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * The record of the trainee's consent to the office holding their 要配慮個人情報: the day it was
 * obtained, for health (medical notes, allergies) and for religion. An item held with no date
 * covering it is a warning on the trainee.
 */
export function SensitiveConsent({ health, religion }: { health: TextInputProps; religion: TextInputProps }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" data-testid="sensitive-consent">
      <Title order={4} mb={4}>
        {t('trainee.consent.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('trainee.consent.help')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput {...health} placeholder="2024-04-01" description={t('trainee.hint.healthConsentOn')} />
        <TextInput {...religion} placeholder="2024-04-01" description={t('trainee.hint.religionConsentOn')} />
      </SimpleGrid>
    </Paper>
  );
}
