import { Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Milestone, YearDetail } from '@shared/contract/years';
import { useApi } from '../../api';
import { useFlash } from '../../app/flash.store';
import { useNavigation } from '../../app/navigation.store';
import { ConfirmModal } from '../../components/ConfirmModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { saveFile } from '../../components/ExportMenu';
import { translateError, type TranslatedError } from '../../i18n/errors';
import { formatDate } from '@shared/text/date-format';
import { useSettings } from '../settings/settings.store';
import { fiscalYearRange } from './YearsPage';
import { useYears } from './years.store';

function MilestoneRow({ milestone, onSaved }: { milestone: Milestone; onSaved(m: Milestone): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const language = useSettings((s) => s.language);
  const [startsOn, setStartsOn] = useState(milestone.startsOn);
  const [endsOn, setEndsOn] = useState(milestone.endsOn ?? '');
  const [error, setError] = useState<TranslatedError | null>(null);
  const isDirty = startsOn !== milestone.startsOn || endsOn !== (milestone.endsOn ?? '');
  const name = t(`year.milestone.${milestone.kind}`);

  async function save() {
    const result = await api.call('years:update-milestone', { id: milestone.id, startsOn, endsOn: endsOn || null });
    if (!result.ok) return setError(translateError(t, result.error, 'year.field'));
    setError(null);
    onSaved(result.value);
    useFlash.getState().show(t('year.milestoneSaved', { name }));
  }

  return (
    <Table.Tr data-testid={`milestone-${milestone.kind}`}>
      <Table.Td>
        <Text fw={500}>{name}</Text>
        <Text size="xs" c="dimmed">
          {milestone.endsOn
            ? t('year.periodValue', { from: formatDate(milestone.startsOn, language), to: formatDate(milestone.endsOn, language) })
            : formatDate(milestone.startsOn, language)}
        </Text>
      </Table.Td>
      <Table.Td>
        <TextInput
          type="date"
          aria-label={`${name} ${t('year.field.startsOn')}`}
          value={startsOn}
          onChange={(e) => setStartsOn(e.currentTarget.value)}
          error={error?.fields.startsOn}
        />
      </Table.Td>
      <Table.Td>
        <TextInput
          type="date"
          aria-label={`${name} ${t('year.field.endsOn')}`}
          value={endsOn}
          onChange={(e) => setEndsOn(e.currentTarget.value)}
          error={error?.fields.endsOn}
        />
      </Table.Td>
      <Table.Td>
        <Button size="xs" disabled={!isDirty} onClick={() => void save()}>
          {t('common.save')}
        </Button>
      </Table.Td>
    </Table.Tr>
  );
}

export function YearDetailPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const language = useSettings((s) => s.language);
  const navigate = useNavigation((s) => s.navigate);
  const [year, setYear] = useState<YearDetail | null>(null);
  const [error, setError] = useState<TranslatedError | null>(null);
  const [isConfirming, setConfirming] = useState(false);

  useEffect(() => {
    void api.call('years:get', { id }).then((r) => {
      if (r.ok) setYear(r.value);
      else setError(translateError(t, r.error, 'year.field'));
    });
  }, [api, id, t]);

  if (!year) return <ErrorAlert error={error} />;
  const label = t('year.label', { year: year.fiscalYear });
  const range = fiscalYearRange(year.fiscalYear);

  async function exportYear() {
    const result = await api.call('exports:year', { yearId: id, language });
    if (!result.ok) return setError(translateError(t, result.error, 'year.field'));
    saveFile(result.value);
    useFlash.getState().show(t('export.done', { file: result.value.fileName }));
  }

  async function remove() {
    setConfirming(false);
    const result = await api.call('years:delete', { id });
    if (!result.ok) return setError(translateError(t, result.error, 'year.field'));
    await useYears.getState().refresh(api);
    useFlash.getState().show(t('common.deleted'));
    navigate('/years');
  }

  return (
    <Stack>
      <Group justify="space-between">
        <div>
          <Title order={2}>{label}</Title>
          <Text c="dimmed">
            {t('year.periodValue', { from: formatDate(range.from, language), to: formatDate(range.to, language) })}
          </Text>
        </div>
        <Group>
          <Button variant="light" onClick={() => void exportYear()}>
            {t('export.year')}
          </Button>
          <Button variant="default" onClick={() => navigate('/years')}>
            {t('common.back')}
          </Button>
          <Button color="red" variant="light" onClick={() => setConfirming(true)}>
            {t('common.delete')}
          </Button>
        </Group>
      </Group>
      <ErrorAlert error={error} />
      <Paper withBorder p="md">
        <Title order={4}>{t('year.milestones')}</Title>
        <Text size="sm" c="dimmed" mb="sm">
          {t('year.milestoneHelp')}
        </Text>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('year.milestones')}</Table.Th>
              <Table.Th>{t('year.field.startsOn')}</Table.Th>
              <Table.Th>{t('year.field.endsOn')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {year.milestones.map((m) => (
              <MilestoneRow
                key={m.id}
                milestone={m}
                onSaved={(saved) => setYear({ ...year, milestones: year.milestones.map((x) => (x.id === saved.id ? saved : x)) })}
              />
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
      <ConfirmModal
        opened={isConfirming}
        title={t('year.deleteTitle', { label })}
        body={t('year.deleteBody')}
        confirmLabel={t('common.delete')}
        cancelLabel={t('common.cancel')}
        danger
        onConfirm={() => void remove()}
        onCancel={() => setConfirming(false)}
      />
    </Stack>
  );
}
