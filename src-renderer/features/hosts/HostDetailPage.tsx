import { Badge, Button, Group, Paper, SimpleGrid, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { hostFullName } from '@shared/contract/names';
import type { Host, HostDetail, SurveyAnswer } from '@shared/contract/hosts';
import { useApi } from '../../api';
import { useFlash } from '../../app/flash.store';
import { useNavigation } from '../../app/navigation.store';
import { ConfirmModal } from '../../components/ConfirmModal';
import { FormattedName } from '../../components/PersonName';
import { ErrorAlert } from '../../components/ErrorAlert';
import { translateError, type TranslatedError } from '../../i18n/errors';
import { formatDate } from '@shared/text/date-format';
import { useMasters } from '../master-labels';
import { useSettings } from '../settings/settings.store';
import { SurveyAnswerModal } from '../survey/SurveyAnswerModal';
import { SurveyTable } from '../survey/SurveyTable';
import { useYears } from '../years/years.store';
import { TiesSection } from './TiesSection';

const CONTACT_FIELDS = ['department', 'contactName', 'contactTitle', 'contactPhone', 'contactEmail', 'address', 'notes'] as const;
type ContactValues = Record<(typeof CONTACT_FIELDS)[number], string>;

function contactValues(h: Host): ContactValues {
  return Object.fromEntries(CONTACT_FIELDS.map((f) => [f, h[f] ?? ''])) as ContactValues;
}

/** One host: contact, ties abroad, survey answers over the years, trainees hosted. */
export function HostDetailPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const language = useSettings((s) => s.language);
  const years = useYears((s) => s.years) ?? [];
  const navigate = useNavigation((s) => s.navigate);
  const [detail, setDetail] = useState<HostDetail | null>(null);
  const [values, setValues] = useState<ContactValues | null>(null);
  const [error, setError] = useState<TranslatedError | null>(null);
  const [editing, setEditing] = useState<SurveyAnswer | null | 'new'>(null);
  const [isConfirmingDelete, setConfirmingDelete] = useState(false);
  const form = useRef<HTMLFormElement>(null);

  const load = useCallback(() => {
    void api.call('hosts:get', { id }).then((r) => {
      if (!r.ok) return setError(translateError(t, r.error, 'host.field'));
      setDetail(r.value);
      setValues((v) => v ?? contactValues(r.value.host));
    });
  }, [api, id, t]);
  useEffect(load, [load]);

  if (!detail || !values) return <ErrorAlert error={error} />;
  const { host } = detail;

  async function save(event: FormEvent) {
    event.preventDefault();
    const result = await api.call('hosts:update', { id, ...values });
    if (!result.ok) return setError(translateError(t, result.error, 'host.field'));
    setError(null);
    await useMasters.getState().refresh(api);
    useFlash.getState().show(t('host.saved', { name: hostFullName(result.value) }));
    load();
  }

  async function remove() {
    setConfirmingDelete(false);
    const result = await api.call('hosts:delete', { id });
    if (!result.ok) return setError(translateError(t, result.error, 'host.field'));
    await useMasters.getState().refresh(api);
    useFlash.getState().show(t('host.deleted', { name: hostFullName(host) }));
    navigate('/hosts');
  }

  const text = (key: keyof ContactValues) => ({
    label: t(`host.field.${key}`),
    value: values[key],
    error: error?.fields[key],
    onChange: (e: { currentTarget: { value: string } }) => {
      const value = e.currentTarget.value;
      setValues((v) => (v ? { ...v, [key]: value } : v));
    },
  });

  return (
    <Stack maw={1000}>
      <Group justify="space-between">
        <div>
          <Title order={2}>
            {hostFullName(host)}{' '}
            {host.isCustom && (
              <Badge variant="outline" tt="none">
                {t('host.custom')}
              </Badge>
            )}
          </Title>
          <Text c="dimmed">
            {host.nameEn} {host.localGovCode && `· ${t('host.code')} ${host.localGovCode}`}
          </Text>
        </div>
        <Group>
          <Button variant="default" onClick={() => navigate('/hosts')}>
            {t('common.back')}
          </Button>
          <Button color="red" variant="light" onClick={() => setConfirmingDelete(true)}>
            {t('common.delete')}
          </Button>
        </Group>
      </Group>
      <ErrorAlert error={error} />
      <Paper ref={form} data-page-form withBorder p="md" component="form" onSubmit={(e: FormEvent) => void save(e)} noValidate>
        <Title order={4} mb="sm">
          {t('host.section.contact')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput {...text('department')} />
          <TextInput {...text('contactName')} />
          <TextInput {...text('contactTitle')} />
          <TextInput {...text('contactPhone')} type="tel" />
          <TextInput {...text('contactEmail')} type="email" />
          <TextInput {...text('address')} />
        </SimpleGrid>
        <Textarea {...text('notes')} mt="sm" autosize minRows={2} />
        <Group justify="flex-end" mt="sm">
          <Button type="submit" title={t('common.saveShortcut')}>{t('common.save')}</Button>
        </Group>
      </Paper>
      <Paper withBorder p="md">
        <Title order={4} mb="sm">
          {t('host.section.ties')}
        </Title>
        <TiesSection hostId={id} ties={detail.ties} onChanged={load} />
      </Paper>
      <Paper withBorder p="md">
        <Group justify="space-between" mb="sm">
          <Title order={4}>{t('host.section.survey')}</Title>
          <Button variant="light" onClick={() => setEditing('new')} disabled={years.length === 0}>
            {t('survey.add')}
          </Button>
        </Group>
        {detail.surveyAnswers.length === 0 ? (
          <Text c="dimmed">{t('host.noAnswers')}</Text>
        ) : (
          <SurveyTable answers={detail.surveyAnswers} showYear onEdit={setEditing} />
        )}
      </Paper>
      <Paper withBorder p="md">
        <Title order={4} mb="sm">
          {t('host.section.trainees')}
        </Title>
        {detail.assignments.length === 0 ? (
          <Text c="dimmed">{t('host.noTrainees')}</Text>
        ) : (
          <Table data-testid="host-trainees">
            <Table.Tbody>
              {detail.assignments.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>{t('year.label', { year: a.fiscalYear })}</Table.Td>
                  <Table.Td>
                    <FormattedName name={a.traineeName} nameLang={a.nameLang} latin={a.latinName} />
                  </Table.Td>
                  <Table.Td>{t('year.periodValue', { from: formatDate(a.startsOn, language), to: formatDate(a.endsOn, language) })}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
      <ConfirmModal
        opened={isConfirmingDelete}
        title={t('host.deleteTitle', { name: hostFullName(host) })}
        body={t('host.deleteBody')}
        confirmLabel={t('common.delete')}
        cancelLabel={t('common.cancel')}
        danger
        onConfirm={() => void remove()}
        onCancel={() => setConfirmingDelete(false)}
      />
      <SurveyAnswerModal
        yearId={editing && editing !== 'new' ? editing.yearId : (years[0]?.id ?? '')}
        hostId={id}
        answer={editing === 'new' ? null : editing}
        opened={editing !== null}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          load();
        }}
      />
    </Stack>
  );
}
