import { Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@shared/text/date-format';
import { halfWidth } from '@shared/text/fold';
import { useNavigation } from '../../app/navigation.store';
import { RouteLink } from '../../components/RouteLink';
import { useYearList } from '../../data/lists';
import { FormModal } from '../../data/FormModal';
import { QueryState } from '../../data/QueryState';
import { useContractForm } from '../../data/use-contract-form';
import { useSettings } from '../settings/settings.store';
import { useYearSelection } from './years.store';

/** A fiscal year runs from 1 April to 31 March of the next year. */
export function fiscalYearRange(fy: number): { from: string; to: string } {
  return { from: `${fy}-04-01`, to: `${fy + 1}-03-31` };
}

/** Digits (full-width too) as a number; anything else goes to the backend as typed, which names the problem. */
function fiscalYearInput(text: string): number {
  const digits = halfWidth(text);
  return (/^\d+$/.test(digits) ? Number(digits) : digits) as number;
}

function CreateYearModal({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const navigate = useNavigation((s) => s.navigate);
  const form = useContractForm('years:create', {
    opened,
    initialValues: { fiscalYear: String(new Date().getFullYear() + 1) },
    toInput: (v) => ({ fiscalYear: fiscalYearInput(v.fiscalYear) }),
    fieldLabels: 'year.field',
    flash: (year) => t('year.created', { label: t('year.label', { year: year.fiscalYear }) }),
    onSaved: (year) => {
      useYearSelection.getState().select(year.id);
      onClose();
      navigate(`/years/${year.id}`);
    },
  });

  return (
    <FormModal opened={opened} onClose={onClose} title={t('year.createTitle')} form={form} size="md" submitLabel={t('common.create')}>
      <Text size="sm">{t('year.createHelp')}</Text>
      <TextInput {...form.field('fiscalYear')} inputMode="numeric" data-autofocus required />
    </FormModal>
  );
}

export function YearsPage() {
  const { t } = useTranslation();
  const language = useSettings((s) => s.language);
  const years = useYearList();
  const [isCreating, setCreating] = useState(false);

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('year.title')}</Title>
        <Button onClick={() => setCreating(true)}>{t('year.create')}</Button>
      </Group>
      <QueryState query={years}>
        {(list) =>
          list.length === 0 ? (
            <Paper withBorder p="lg">
              <Text>{t('year.empty')}</Text>
            </Paper>
          ) : (
            <Table striped highlightOnHover withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('year.title')}</Table.Th>
                  <Table.Th>{t('year.period')}</Table.Th>
                  <Table.Th ta="right">{t('year.trainees')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((y) => {
                  const range = fiscalYearRange(y.fiscalYear);
                  return (
                    <Table.Tr key={y.id}>
                      <Table.Td>
                        <RouteLink to={`/years/${y.id}`}>{t('year.label', { year: y.fiscalYear })}</RouteLink>
                      </Table.Td>
                      <Table.Td>{t('year.periodValue', { from: formatDate(range.from, language), to: formatDate(range.to, language) })}</Table.Td>
                      <Table.Td ta="right">{y.traineeCount}</Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          )
        }
      </QueryState>
      <CreateYearModal opened={isCreating} onClose={() => setCreating(false)} />
    </Stack>
  );
}
