import { Button, Group, NumberInput, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MAX_RETENTION_YEARS, MIN_RETENTION_YEARS, type RetentionPolicy } from '@shared/contract/retention';
import { ErrorAlert } from '../../components/ErrorAlert';
import { QueryState } from '../../data/QueryState';
import { useChannel } from '../../data/use-channel';
import { useContractForm } from '../../data/use-contract-form';
import { DisposalRecordsTable } from '../prints/DisposalRecordsTable';

function RetentionForm({ policy }: { policy: RetentionPolicy }) {
  const { t } = useTranslation();
  const form = useContractForm('retention:set', {
    recordKey: String(policy.years),
    initialValues: { years: policy.years as number | string },
    toInput: (v) => ({ years: typeof v.years === 'number' ? v.years : Number.NaN }),
    fieldLabels: 'retention.field',
    flash: (saved) => t('retention.saved', { years: saved.years }),
  });
  return (
    <form onSubmit={form.onSubmit} noValidate>
      <Stack gap="xs">
        <Group align="flex-end">
          <NumberInput {...form.field('years')} min={MIN_RETENTION_YEARS} max={MAX_RETENTION_YEARS} suffix={` ${t('retention.yearsUnit')}`} w={240} />
          <Button type="submit" variant="default" disabled={!form.form.isDirty()} loading={form.isSaving}>
            {t('common.save')}
          </Button>
        </Group>
        {!policy.isSet && (
          <Text size="sm" c="dimmed">
            {t('retention.isDefault', { years: policy.years })}
          </Text>
        )}
        <ErrorAlert error={form.error} />
      </Stack>
    </form>
  );
}

/**
 * Settings → 個人情報の保存期間: the office-wide rule (the same on every PC) and every disposal
 * record, each to print. A section without props, to sit in its own Paper on the Settings page.
 */
export function RetentionSection() {
  const { t } = useTranslation();
  const policy = useChannel('retention:get', {});
  const records = useChannel('retention:records', {});
  return (
    <Stack data-testid="retention-section">
      <Title order={4}>{t('retention.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('retention.help')}
      </Text>
      <QueryState query={policy}>{(data) => <RetentionForm policy={data} />}</QueryState>
      <Title order={5}>{t('retention.records.title')}</Title>
      <QueryState query={records}>{(list) => <DisposalRecordsTable records={list} withYear emptyText={t('retention.records.noneAll')} />}</QueryState>
    </Stack>
  );
}
