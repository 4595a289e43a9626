import { Button, Group, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CertificateSigner } from '@shared/contract/completion';
import { ErrorAlert } from '../../components/ErrorAlert';
import { QueryState } from '../../data/QueryState';
import { useChannel } from '../../data/use-channel';
import { useContractForm } from '../../data/use-contract-form';

const FIELDS = ['organizationJa', 'titleJa', 'nameJa', 'organizationEn', 'titleEn', 'nameEn'] as const;

/** Settings: who signs the completion certificates (shared by every PC). It draws its own Paper. */
export function CompletionSettingsSection() {
  const { t } = useTranslation();
  const signer = useChannel('completion:signer', {});
  return (
    <Paper withBorder p="lg" data-testid="completion-settings">
      <Title order={3} mb="xs">
        {t('completion.signer.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('completion.signer.help')}
      </Text>
      <QueryState query={signer}>{(s) => <SignerForm signer={s} />}</QueryState>
    </Paper>
  );
}

function SignerForm({ signer }: { signer: CertificateSigner }) {
  const { t } = useTranslation();
  const values = Object.fromEntries(FIELDS.map((f) => [f, signer[f] ?? ''])) as Record<(typeof FIELDS)[number], string>;
  const form = useContractForm('completion:set-signer', {
    // A signer changed on another PC (through sync) shows here as it is now.
    recordKey: FIELDS.map((f) => signer[f] ?? '').join('\u0000'),
    initialValues: values,
    toInput: (v) => ({ ...v, organizationEn: v.organizationEn || null, titleEn: v.titleEn || null, nameEn: v.nameEn || null }),
    fieldLabels: 'completion.signer.field',
    flash: () => t('completion.signer.saved'),
  });
  return (
    <form onSubmit={form.onSubmit} noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {FIELDS.map((f) => (
            <TextInput key={f} {...form.field(f)} data-testid={`signer-${f}`} />
          ))}
        </SimpleGrid>
        <ErrorAlert error={form.error} />
        <Group>
          <Button type="submit" loading={form.isSaving} disabled={!form.form.isDirty()} data-testid="signer-save">
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
