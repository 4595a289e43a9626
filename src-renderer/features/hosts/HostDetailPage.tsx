import { Alert, Badge, Button, Group, Paper, SimpleGrid, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hostFullName } from '@shared/contract/names';
import type { Host, HostDetail, SurveyAnswer } from '@shared/contract/hosts';
import { formatDate } from '@shared/text/date-format';
import { useFlash } from '../../app/flash.store';
import { useNavigation } from '../../app/navigation.store';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormattedName } from '../../components/PersonName';
import { useYearList } from '../../data/lists';
import { QueryError, QueryState } from '../../data/QueryState';
import { useChannel, useChannelMutation } from '../../data/use-channel';
import { useConfirmDelete } from '../../data/use-confirm-delete';
import { useContractForm, type ContractForm } from '../../data/use-contract-form';
import { useMutationError } from '../../data/use-mutation-error';
import { useSettings } from '../settings/settings.store';
import { SurveyAnswerModal } from '../survey/SurveyAnswerModal';
import { SurveyTable } from '../survey/SurveyTable';
import { TiesSection } from './TiesSection';

const CONTACT_FIELDS = ['headTitle', 'department', 'contactName', 'contactTitle', 'contactPhone', 'contactEmail', 'address', 'notes'] as const;
type ContactValues = Record<(typeof CONTACT_FIELDS)[number], string>;

function contactValues(h: Host | undefined): ContactValues {
  return Object.fromEntries(CONTACT_FIELDS.map((f) => [f, h?.[f] ?? ''])) as ContactValues;
}

/** The host's department and contact person, saved with the button or Ctrl+S (the page's form). */
function ContactForm({ form }: { form: ContractForm<ContactValues> }) {
  const { t } = useTranslation();
  return (
    <Paper data-page-form withBorder p="md" component="form" onSubmit={form.onSubmit} noValidate>
      <Title order={4} mb="sm">
        {t('host.section.contact')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput {...form.field('headTitle')} placeholder={t('host.headTitlePlaceholder')} />
        <TextInput {...form.field('department')} />
        <TextInput {...form.field('contactName')} />
        <TextInput {...form.field('contactTitle')} />
        <TextInput {...form.field('contactPhone')} type="tel" />
        <TextInput {...form.field('contactEmail')} type="email" />
        <TextInput {...form.field('address')} />
      </SimpleGrid>
      <Textarea {...form.field('notes')} mt="sm" autosize minRows={2} />
      <Stack mt="sm" gap="sm">
        <ErrorAlert error={form.error} />
        <Group justify="flex-end">
          <Button type="submit" title={t('common.saveShortcut')} loading={form.isSaving}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function SurveySection({ hostId, answers }: { hostId: string; answers: SurveyAnswer[] }) {
  const { t } = useTranslation();
  const yearList = useYearList();
  const years = yearList.data ?? [];
  const [editing, setEditing] = useState<SurveyAnswer | null | 'new'>(null);
  return (
    <Paper withBorder p="md">
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t('host.section.survey')}</Title>
        <Button variant="light" onClick={() => setEditing('new')} disabled={years.length === 0}>
          {t('survey.add')}
        </Button>
      </Group>
      {/* An answer belongs to a year: without the years there is nothing to answer for. */}
      {yearList.isError && <QueryError error={yearList.error} onRetry={() => void yearList.refetch()} />}
      {answers.length === 0 ? <Text c="dimmed">{t('host.noAnswers')}</Text> : <SurveyTable answers={answers} showYear onEdit={setEditing} />}
      <SurveyAnswerModal
        yearId={editing && editing !== 'new' ? editing.yearId : (years[0]?.id ?? '')}
        hostId={hostId}
        answer={editing === 'new' ? null : editing}
        opened={editing !== null}
        onClose={() => setEditing(null)}
      />
    </Paper>
  );
}

function HostedTrainees({ detail }: { detail: HostDetail }) {
  const { t } = useTranslation();
  const language = useSettings((s) => s.language);
  return (
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
  );
}

/** One host: contact, ties abroad, survey answers over the years, trainees hosted. */
export function HostDetailPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const navigate = useNavigation((s) => s.navigate);
  const confirmDelete = useConfirmDelete();
  const detail = useChannel('hosts:get', { id });
  const host = detail.data?.host;
  // The form lives here, not under the read, so what was typed survives a failed read or delete.
  const contact = useContractForm('hosts:update', {
    recordKey: host?.id ?? null,
    initialValues: contactValues(host),
    toInput: (v) => ({ id, ...v }),
    fieldLabels: 'host.field',
    flash: (saved) => t('host.saved', { name: hostFullName(saved) }),
  });
  const remove = useChannelMutation('hosts:delete');
  const removeError = useMutationError(remove, 'host.field');
  const [isInUseShown, setInUseShown] = useState(false);

  // While the host is being deleted, its page is read again and is no longer found: show it as it was until the list opens.
  const isLeaving = remove.isPending || remove.isSuccess;
  if (!detail.data || !host || (detail.isError && !isLeaving)) return <QueryState query={detail}>{() => null}</QueryState>;
  const { ties, assignments, surveyAnswers } = detail.data;
  // The backend keeps a host that hosted or answered; the page knows both, so it says so instead of asking.
  const isInUse = assignments.length > 0 || surveyAnswers.length > 0;

  async function removeHost(name: string) {
    if (isInUse) return setInUseShown(true);
    const withIt = ties.length ? [t('host.deleteWithTies', { count: ties.length })] : [];
    if (!(await confirmDelete({ name, with: withIt }))) return;
    await remove.run(
      { id },
      {
        onSuccess: () => {
          useFlash.getState().show(t('host.deleted', { name }));
          navigate('/hosts');
        },
      },
    ); // a failure is shown under the title
  }

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
          <Button color="red" variant="light" loading={remove.isPending} onClick={() => void removeHost(hostFullName(host))}>
            {t('common.delete')}
          </Button>
        </Group>
      </Group>
      {isInUse && isInUseShown && (
        <Alert color="orange" role="alert" data-testid="host-in-use" withCloseButton onClose={() => setInUseShown(false)} closeButtonLabel={t('common.close')}>
          {t('errors.code.host_in_use', { host: hostFullName(host), assignments: assignments.length, answers: surveyAnswers.length })}
        </Alert>
      )}
      <ErrorAlert error={removeError} />
      <ContactForm form={contact} />
      <Paper withBorder p="md">
        <Title order={4} mb="sm">
          {t('host.section.ties')}
        </Title>
        <TiesSection hostId={id} ties={ties} />
      </Paper>
      <SurveySection hostId={id} answers={detail.data.surveyAnswers} />
      <HostedTrainees detail={detail.data} />
    </Stack>
  );
}
