import { Button, Center, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useContractForm } from '../../data/use-contract-form';

/**
 * The first start on a PC given a copy from another PC: the copy is encrypted under the transfer
 * code shown when it was made. Nothing else opens until it is typed.
 */
export function UnlockPage() {
  const { t } = useTranslation();
  const form = useContractForm('vault:unlock', {
    initialValues: { transferCode: '' },
    toInput: (values) => values,
    fieldLabels: 'vault.field',
    flash: () => t('vault.opened'),
  });
  return (
    <Center mih="100vh" p="md">
      <Paper withBorder p="xl" maw={560} w="100%" component="main">
        <form onSubmit={form.onSubmit} noValidate>
          <Stack>
            <Title order={1} size="h3">
              {t('vault.title')}
            </Title>
            <Text size="sm">{t('vault.body')}</Text>
            <TextInput {...form.field('transferCode')} autoComplete="off" spellCheck={false} styles={{ input: { fontFamily: 'monospace' } }} data-autofocus />
            <ErrorAlert error={form.error} />
            <Button type="submit" loading={form.isSaving} style={{ alignSelf: 'flex-start' }}>
              {t('vault.submit')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
