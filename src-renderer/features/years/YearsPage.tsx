import { Button, Group, Modal, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api';
import { useFlash } from '../../app/flash.store';
import { useNavigation } from '../../app/navigation.store';
import { ErrorAlert } from '../../components/ErrorAlert';
import { translateError, type TranslatedError } from '../../i18n/errors';
import { formatDate } from '@shared/text/date-format';
import { useSettings } from '../settings/settings.store';
import { useYears } from './years.store';
import { RouteLink } from '../../components/RouteLink';

/** A fiscal year runs from 1 April to 31 March of the next year. */
export function fiscalYearRange(fy: number): { from: string; to: string } {
  return { from: `${fy}-04-01`, to: `${fy + 1}-03-31` };
}

function CreateYearModal({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const navigate = useNavigation((s) => s.navigate);
  const [value, setValue] = useState(String(new Date().getFullYear() + 1));
  const [error, setError] = useState<TranslatedError | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const text = value.trim().replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
    // Anything that is not digits goes to the backend as typed, which names the problem.
    const fiscalYear: unknown = /^\d+$/.test(text) ? Number(text) : text;
    const result = await api.call('years:create', { fiscalYear: fiscalYear as number });
    if (!result.ok) return setError(translateError(t, result.error, 'year.field'));
    setError(null);
    await useYears.getState().refresh(api);
    useYears.getState().select(result.value.id);
    useFlash.getState().show(t('year.created', { label: t('year.label', { year: result.value.fiscalYear }) }));
    onClose();
    navigate(`/years/${result.value.id}`);
  }

  return (
    <Modal opened={opened} onClose={onClose} title={t('year.createTitle')} centered>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          <Text size="sm">{t('year.createHelp')}</Text>
          <TextInput
            label={t('year.field.fiscalYear')}
            value={value}
            onChange={(e) => setValue(e.currentTarget.value)}
            error={error?.fields.fiscalYear}
            inputMode="numeric"
            data-autofocus
            required
          />
          <ErrorAlert error={error && !error.fields.fiscalYear ? error : null} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit">{t('common.create')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function YearsPage() {
  const { t } = useTranslation();
  const language = useSettings((s) => s.language);
  const years = useYears((s) => s.years) ?? [];
  const [isCreating, setCreating] = useState(false);

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('year.title')}</Title>
        <Button onClick={() => setCreating(true)}>{t('year.create')}</Button>
      </Group>
      {years.length === 0 ? (
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
            {years.map((y) => {
              const range = fiscalYearRange(y.fiscalYear);
              return (
                <Table.Tr key={y.id}>
                  <Table.Td>
                    <RouteLink to={`/years/${y.id}`}>
                      {t('year.label', { year: y.fiscalYear })}
                    </RouteLink>
                  </Table.Td>
                  <Table.Td>
                    {t('year.periodValue', { from: formatDate(range.from, language), to: formatDate(range.to, language) })}
                  </Table.Td>
                  <Table.Td ta="right">{y.traineeCount}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      {isCreating && <CreateYearModal opened onClose={() => setCreating(false)} />}
    </Stack>
  );
}
