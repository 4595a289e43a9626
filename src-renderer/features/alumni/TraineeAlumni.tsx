import { Anchor, Button, FileButton, Group, List, NativeSelect, Paper, SimpleGrid, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ALUMNI_ACTIVITY_KINDS,
  ALUMNI_CONSENT_SCOPES,
  REPORT_KINDS,
  type AlumniActivity,
  type AlumniCareer,
  type AlumniContact,
  type AlumniHistoryEntry,
  type TraineeAlumniRecord,
  type TraineeReport,
} from '@shared/contract/alumni';
import { formatDate, formatDateTime } from '@shared/text/date-format';
import { useConfirmStore } from '../../app/confirm.store';
import { useFlash } from '../../app/flash.store';
import { useNavigation } from '../../app/navigation.store';
import { ErrorAlert } from '../../components/ErrorAlert';
import { toBase64 } from '../../components/files';
import { FormModal } from '../../data/FormModal';
import { QueryError, QueryState } from '../../data/QueryState';
import { useChannel, useChannelMutation } from '../../data/use-channel';
import { useConfirmDelete } from '../../data/use-confirm-delete';
import { useContractForm } from '../../data/use-contract-form';
import { useMutationError } from '../../data/use-mutation-error';
import { alumniPrintPath } from '../prints/alumni-path';
import { useSettings } from '../settings/settings.store';

/** One trainee after returning: career, contact details held with consent, activities, reports (for the trainee page). */
export function TraineeAlumni({ traineeId, traineeName }: { traineeId: string; traineeName: string }) {
  const { t } = useTranslation();
  const record = useChannel('alumni:trainee', { traineeId });
  return (
    <Paper withBorder p="md" mt="md" data-testid="trainee-alumni">
      <Title order={3} size="h4" mb="sm">
        {t('alumni.section')}
      </Title>
      <QueryState query={record}>{(r) => <Sections record={r} traineeName={traineeName} />}</QueryState>
    </Paper>
  );
}

function Sections({ record, traineeName }: { record: TraineeAlumniRecord; traineeName: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      {!record.isAlumnus && <Text c="dimmed">{t('alumni.notAlumnus')}</Text>}
      <Careers traineeId={record.traineeId} careers={record.careers} />
      <Contact contact={record.contact} traineeName={traineeName} />
      <Activities traineeId={record.traineeId} activities={record.activities} />
      <Reports traineeId={record.traineeId} reports={record.reports} />
      <History traineeId={record.traineeId} />
    </Stack>
  );
}

function SectionHead({ title, action }: { title: string; action?: ReactNode }) {
  return (
    <Group justify="space-between">
      <Title order={4} size="h5">
        {title}
      </Title>
      {action}
    </Group>
  );
}

/** Edit and delete buttons of one row; a delete asks first. */
function RowActions({ name, onEdit, onDelete }: { name: string; onEdit(): void; onDelete(): void }) {
  const { t } = useTranslation();
  const confirmDelete = useConfirmDelete();
  return (
    <Group gap={4} wrap="nowrap" justify="flex-end">
      <Button size="compact-sm" variant="default" onClick={onEdit} aria-label={t('alumni.edit', { name })}>
        {t('common.edit')}
      </Button>
      <Button
        size="compact-sm"
        variant="subtle"
        color="red"
        aria-label={t('alumni.delete', { name })}
        onClick={() => void confirmDelete({ name }).then((yes) => yes && onDelete())}
      >
        {t('common.delete')}
      </Button>
    </Group>
  );
}

// Careers.

function Careers({ traineeId, careers }: { traineeId: string; careers: AlumniCareer[] }) {
  const { t } = useTranslation();
  const language = useSettings((s) => s.language);
  const [editing, setEditing] = useState<AlumniCareer | 'new' | null>(null);
  const remove = useChannelMutation('alumni:delete-career');
  const removeError = useMutationError(remove, 'alumni.career.field');
  const period = (c: AlumniCareer) => `${formatDate(c.startsOn, language)} 〜 ${c.endsOn ? formatDate(c.endsOn, language) : t('alumni.career.current')}`;
  return (
    <Stack gap="xs" data-testid="alumni-careers">
      <SectionHead title={t('alumni.career.title')} action={<Button size="compact-sm" onClick={() => setEditing('new')}>{t('alumni.career.add')}</Button>} />
      <ErrorAlert error={removeError} />
      {careers.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('alumni.career.none')}
        </Text>
      ) : (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('alumni.career.field.position')}</Table.Th>
              <Table.Th>{t('alumni.career.field.organisation')}</Table.Th>
              <Table.Th>{t('alumni.career.period')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {careers.map((c) => (
              <Table.Tr key={c.id} data-testid="alumni-career-row">
                <Table.Td>{c.position}</Table.Td>
                <Table.Td>{c.organisation}</Table.Td>
                <Table.Td>{period(c)}</Table.Td>
                <Table.Td>
                  <RowActions
                    name={c.position}
                    onEdit={() => setEditing(c)}
                    onDelete={() => void remove.run({ id: c.id }, { onSuccess: () => useFlash.getState().show(t('common.deleted')) })}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <CareerModal traineeId={traineeId} career={editing === 'new' ? null : editing} opened={editing !== null} onClose={() => setEditing(null)} />
    </Stack>
  );
}

function CareerModal({ traineeId, career, opened, onClose }: { traineeId: string; career: AlumniCareer | null; opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const values = { position: career?.position ?? '', organisation: career?.organisation ?? '', startsOn: career?.startsOn ?? '', endsOn: career?.endsOn ?? '', note: career?.note ?? '' };
  const options = {
    opened,
    recordKey: career?.id ?? 'new',
    initialValues: values,
    fieldLabels: 'alumni.career.field',
    flash: (saved: AlumniCareer) => t('alumni.career.saved', { position: saved.position }),
    onSaved: onClose,
  };
  const create = useContractForm('alumni:create-career', { ...options, toInput: (v) => ({ traineeId, ...v }) });
  const update = useContractForm('alumni:update-career', { ...options, toInput: (v) => ({ id: career?.id ?? '', ...v }) });
  const form = career ? update : create;
  return (
    <FormModal opened={opened} onClose={onClose} title={t(career ? 'alumni.career.editTitle' : 'alumni.career.addTitle')} form={form}>
      <TextInput {...form.field('position')} required />
      <TextInput {...form.field('organisation')} required />
      <SimpleGrid cols={2}>
        <TextInput {...form.field('startsOn')} type="date" />
        <TextInput {...form.field('endsOn')} type="date" />
      </SimpleGrid>
      <Textarea {...form.field('note')} autosize minRows={2} />
    </FormModal>
  );
}

// Contact details, with consent.

function Contact({ contact, traineeName }: { contact: AlumniContact; traineeName: string }) {
  const { t } = useTranslation();
  const lv = (label: string, value: string) => t('alumni.labelValue', { label, value });
  const language = useSettings((s) => s.language);
  const [isEditing, setEditing] = useState(false);
  const details = (['email', 'phone', 'address', 'other'] as const).filter((f) => contact[f]);
  return (
    <Stack gap="xs" data-testid="alumni-contact">
      <SectionHead title={t('alumni.contact.title')} action={<Button size="compact-sm" variant="default" onClick={() => setEditing(true)}>{t('alumni.contact.edit')}</Button>} />
      {contact.consentOn ? (
        <Text size="sm" data-testid="alumni-consent">
          {[
            lv(t('alumni.contact.field.consentOn'), formatDate(contact.consentOn, language)),
            contact.consentScope && lv(t('alumni.contact.field.consentScope'), t(`alumni.contact.scope.${contact.consentScope}`)),
          ]
            .filter(Boolean)
            .join(t('alumni.sep'))}
        </Text>
      ) : (
        <Text size="sm" c="dimmed" data-testid="alumni-no-consent">
          {t('alumni.contact.noConsent')}
        </Text>
      )}
      {details.length > 0 && (
        <List size="sm" listStyleType="none" data-testid="alumni-contact-details">
          {details.map((f) => (
            <List.Item key={f}>
              {lv(t(`alumni.contact.field.${f}`), contact[f] ?? '')}
            </List.Item>
          ))}
        </List>
      )}
      <Text size="sm">
        {lv(t('alumni.contact.field.lastContactOn'), contact.lastContactOn ? formatDate(contact.lastContactOn, language) : t('common.none'))}
      </Text>
      <ContactModal contact={contact} traineeName={traineeName} opened={isEditing} onClose={() => setEditing(false)} />
    </Stack>
  );
}

const CONTACT_DETAILS = ['email', 'phone', 'address', 'other'] as const;

function ContactModal({ contact, traineeName, opened, onClose }: { contact: AlumniContact; traineeName: string; opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const ask = useConfirmStore((s) => s.ask);
  const withdraw = useChannelMutation('alumni:set-contact');
  const withdrawError = useMutationError(withdraw, 'alumni.contact.field');
  const form = useContractForm('alumni:set-contact', {
    opened,
    recordKey: contact.traineeId,
    initialValues: {
      consentOn: contact.consentOn ?? '', consentScope: contact.consentScope ?? '', email: contact.email ?? '', phone: contact.phone ?? '',
      address: contact.address ?? '', other: contact.other ?? '', lastContactOn: contact.lastContactOn ?? '',
    },
    toInput: (v) => ({ traineeId: contact.traineeId, ...v, consentScope: (v.consentScope || null) as AlumniContact['consentScope'] }),
    fieldLabels: 'alumni.contact.field',
    flash: () => t('alumni.contact.saved'),
    onSaved: onClose,
  });
  useEffect(() => {
    if (opened) withdraw.reset();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a new opening starts without the last withdrawal's failure
  }, [opened]);

  /**
   * The consent date cleared on a row that held details is a withdrawal: the details and their
   * history are erased on every PC (main's consent rule), so it is asked first, then saved with
   * the details emptied; cancelled, nothing is saved.
   */
  async function withdrawConsent() {
    const fields = CONTACT_DETAILS.map((f) => t(`alumni.contact.field.${f}`)).join(t('common.listSeparator'));
    const yes = await ask({
      title: t('alumni.contact.withdraw.title', { name: traineeName }),
      body: t('alumni.contact.withdraw.body', { fields }),
      confirmLabel: t('alumni.contact.withdraw.confirm'),
      cancelLabel: t('common.cancel'),
      danger: true,
    });
    if (!yes) return;
    form.form.clearErrors(); // the last save's messages on the fields are not this withdrawal's
    const { lastContactOn } = form.form.getValues();
    await withdraw.run(
      { traineeId: contact.traineeId, consentOn: null, consentScope: null, email: null, phone: null, address: null, other: null, lastContactOn: lastContactOn || null },
      {
        onSuccess: () => {
          form.form.resetDirty();
          useFlash.getState().show(t('alumni.contact.withdraw.saved'));
          onClose();
        },
      },
    );
  }

  const isWithdrawal = () => Boolean(contact.consentOn) && CONTACT_DETAILS.some((f) => contact[f]) && !form.form.getValues().consentOn.trim();
  // One error on the form, of what the person did last: a save clears the last withdrawal's, a withdrawal the last save's.
  const askingForm: typeof form = {
    ...form,
    onSubmit: (event) => {
      if (!isWithdrawal()) {
        withdraw.reset();
        return form.onSubmit(event);
      }
      event?.preventDefault();
      event?.stopPropagation();
      if (!withdraw.isPending) void withdrawConsent();
    },
    error: withdraw.isIdle ? form.error : withdrawError,
    isSaving: form.isSaving || withdraw.isPending,
  };
  return (
    <FormModal opened={opened} onClose={onClose} title={[t('alumni.contact.editTitle'), traineeName].join(t('alumni.sep'))} form={askingForm}>
      <Text size="sm" c="dimmed">
        {t('alumni.contact.help')}
      </Text>
      <SimpleGrid cols={2}>
        <TextInput {...form.field('consentOn')} type="date" />
        <NativeSelect
          {...form.field('consentScope')}
          data={[{ value: '', label: t('alumni.contact.choose') }, ...ALUMNI_CONSENT_SCOPES.map((s) => ({ value: s, label: t(`alumni.contact.scope.${s}`) }))]}
        />
      </SimpleGrid>
      <SimpleGrid cols={2}>
        <TextInput {...form.field('email')} type="email" />
        <TextInput {...form.field('phone')} type="tel" />
      </SimpleGrid>
      <Textarea {...form.field('address')} autosize minRows={2} />
      <TextInput {...form.field('other')} />
      <TextInput {...form.field('lastContactOn')} type="date" />
    </FormModal>
  );
}

// Activities.

function Activities({ traineeId, activities }: { traineeId: string; activities: AlumniActivity[] }) {
  const { t } = useTranslation();
  const language = useSettings((s) => s.language);
  const [editing, setEditing] = useState<AlumniActivity | 'new' | null>(null);
  const remove = useChannelMutation('alumni:delete-activity');
  const removeError = useMutationError(remove, 'alumni.activity.field');
  return (
    <Stack gap="xs" data-testid="alumni-activities">
      <SectionHead title={t('alumni.activity.title')} action={<Button size="compact-sm" onClick={() => setEditing('new')}>{t('alumni.activity.add')}</Button>} />
      <ErrorAlert error={removeError} />
      {activities.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('alumni.activity.none')}
        </Text>
      ) : (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('alumni.activity.field.happenedOn')}</Table.Th>
              <Table.Th>{t('alumni.activity.field.kind')}</Table.Th>
              <Table.Th>{t('alumni.activity.field.title')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {activities.map((a) => (
              <Table.Tr key={a.id} data-testid="alumni-activity-row">
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(a.happenedOn, language)}</Table.Td>
                <Table.Td>{t(`alumni.activity.kind.${a.kind}`)}</Table.Td>
                <Table.Td>
                  {a.title}
                  {a.note && (
                    <Text size="xs" c="dimmed">
                      {a.note}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <RowActions
                    name={a.title}
                    onEdit={() => setEditing(a)}
                    onDelete={() => void remove.run({ id: a.id }, { onSuccess: () => useFlash.getState().show(t('common.deleted')) })}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <ActivityModal traineeId={traineeId} activity={editing === 'new' ? null : editing} opened={editing !== null} onClose={() => setEditing(null)} />
    </Stack>
  );
}

function ActivityModal({ traineeId, activity, opened, onClose }: { traineeId: string; activity: AlumniActivity | null; opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const values = { kind: activity?.kind ?? 'visit', happenedOn: activity?.happenedOn ?? '', title: activity?.title ?? '', note: activity?.note ?? '' };
  const options = {
    opened,
    recordKey: activity?.id ?? 'new',
    initialValues: values,
    fieldLabels: 'alumni.activity.field',
    flash: (saved: AlumniActivity) => t('alumni.activity.saved', { title: saved.title }),
    onSaved: onClose,
  };
  const kind = (v: typeof values) => v.kind as AlumniActivity['kind'];
  const create = useContractForm('alumni:create-activity', { ...options, toInput: (v) => ({ traineeId, ...v, kind: kind(v) }) });
  const update = useContractForm('alumni:update-activity', { ...options, toInput: (v) => ({ id: activity?.id ?? '', ...v, kind: kind(v) }) });
  const form = activity ? update : create;
  return (
    <FormModal opened={opened} onClose={onClose} title={t(activity ? 'alumni.activity.editTitle' : 'alumni.activity.addTitle')} form={form}>
      <SimpleGrid cols={2}>
        <NativeSelect {...form.field('kind')} data={ALUMNI_ACTIVITY_KINDS.map((k) => ({ value: k, label: t(`alumni.activity.kind.${k}`) }))} />
        <TextInput {...form.field('happenedOn')} type="date" required />
      </SimpleGrid>
      <TextInput {...form.field('title')} required />
      <Textarea {...form.field('note')} autosize minRows={2} />
    </FormModal>
  );
}

// Reports.

function Reports({ traineeId, reports }: { traineeId: string; reports: TraineeReport[] }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<TraineeReport | 'new' | null>(null);
  const remove = useChannelMutation('alumni:delete-report');
  const removeError = useMutationError(remove, 'alumni.report.field');
  const confirmDelete = useConfirmDelete();
  return (
    <Stack gap="xs" data-testid="alumni-reports">
      <SectionHead title={t('alumni.report.title')} action={<Button size="compact-sm" onClick={() => setEditing('new')}>{t('alumni.report.add')}</Button>} />
      <ErrorAlert error={removeError} />
      {reports.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('alumni.report.none')}
        </Text>
      )}
      {reports.map((r) => (
        <ReportRow
          key={r.id}
          report={r}
          onEdit={() => setEditing(r)}
          onDelete={() =>
            void confirmDelete({ name: r.title, with: r.hasPhoto ? [t('alumni.report.field.photo')] : [] }).then(
              (yes) => yes && void remove.run({ id: r.id }, { onSuccess: () => useFlash.getState().show(t('common.deleted')) }),
            )
          }
        />
      ))}
      <ReportModal traineeId={traineeId} report={editing === 'new' ? null : editing} opened={editing !== null} onClose={() => setEditing(null)} />
    </Stack>
  );
}

function ReportRow({ report, onEdit, onDelete }: { report: TraineeReport; onEdit(): void; onDelete(): void }) {
  const { t } = useTranslation();
  const language = useSettings((s) => s.language);
  const navigate = useNavigation((s) => s.navigate);
  const photo = useChannel('alumni:report-photo', report.hasPhoto ? { id: report.id } : null);
  const setPhoto = useChannelMutation('alumni:set-report-photo');
  const removePhoto = useChannelMutation('alumni:remove-report-photo');
  const setError = useMutationError(setPhoto, 'alumni.report.field');
  const removeError = useMutationError(removePhoto, 'alumni.report.field');
  const photoError = setError ?? removeError;

  async function onFile(file: File | null) {
    if (!file) return;
    const dataBase64 = await toBase64(file);
    await setPhoto.run({ id: report.id, dataBase64 }, { onSuccess: () => useFlash.getState().show(t('alumni.report.photoSaved')) });
  }

  return (
    <Paper withBorder p="sm" data-testid="alumni-report-row">
      <Group align="flex-start" wrap="nowrap">
        {report.hasPhoto &&
          (photo.error ? (
            <QueryError error={photo.error} onRetry={() => void photo.refetch()} />
          ) : (
            photo.data && <img src={`data:${photo.data.mime};base64,${photo.data.dataBase64}`} alt={t('alumni.report.photoTitle', { title: report.title })} style={{ width: 96, height: 72, objectFit: 'cover' }} />
          ))}
        <Stack gap={4} style={{ flex: 1 }}>
          <Text fw={600}>{report.title}</Text>
          <Text size="sm" c="dimmed">
            {[t(`alumni.report.kind.${report.kind}`), t('year.label', { year: report.fiscalYear }), report.publishedIn && t('print.alumni.published', { where: report.publishedIn })]
              .filter(Boolean)
              .join(t('alumni.sep'))}
          </Text>
          <Group gap="xs">
            <Anchor component="button" type="button" size="sm" onClick={() => navigate(alumniPrintPath({ kind: 'report', id: report.id, language }))} data-testid="alumni-report-print">
              {t('alumni.report.print')}
            </Anchor>
            <FileButton onChange={(f) => void onFile(f)} accept="image/jpeg,image/png">
              {(props) => (
                <Button {...props} size="compact-sm" variant="default" loading={setPhoto.isPending}>
                  {t('alumni.report.addPhoto')}
                </Button>
              )}
            </FileButton>
            {report.hasPhoto && (
              <Button
                size="compact-sm"
                variant="subtle"
                onClick={() => void removePhoto.run({ id: report.id }, { onSuccess: () => useFlash.getState().show(t('alumni.report.photoRemoved')) })}
              >
                {t('alumni.report.removePhoto')}
              </Button>
            )}
            <Text size="xs" c="dimmed">
              {t('alumni.report.photoHelp')}
            </Text>
          </Group>
          <ErrorAlert error={photoError} />
        </Stack>
        <RowActions name={report.title} onEdit={onEdit} onDelete={onDelete} />
      </Group>
    </Paper>
  );
}

function ReportModal({ traineeId, report, opened, onClose }: { traineeId: string; report: TraineeReport | null; opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const values = {
    kind: report?.kind ?? 'trainee_report', title: report?.title ?? '', textJa: report?.textJa ?? '', textOriginal: report?.textOriginal ?? '',
    fiscalYear: String(report?.fiscalYear ?? ''), publishedIn: report?.publishedIn ?? '',
  };
  type Values = typeof values;
  const fields = (v: Values) => ({ ...v, kind: v.kind as TraineeReport['kind'], fiscalYear: v.fiscalYear === '' ? Number.NaN : Number(v.fiscalYear) });
  const options = {
    opened,
    recordKey: report?.id ?? 'new',
    initialValues: values,
    fieldLabels: 'alumni.report.field',
    flash: (saved: TraineeReport) => t('alumni.report.saved', { title: saved.title }),
    onSaved: onClose,
  };
  const create = useContractForm('alumni:create-report', { ...options, toInput: (v) => ({ traineeId, ...fields(v) }) });
  const update = useContractForm('alumni:update-report', { ...options, toInput: (v) => ({ id: report?.id ?? '', ...fields(v) }) });
  const form = report ? update : create;
  return (
    <FormModal opened={opened} onClose={onClose} title={t(report ? 'alumni.report.editTitle' : 'alumni.report.addTitle')} form={form} size="xl">
      <SimpleGrid cols={3}>
        <NativeSelect {...form.field('kind')} data={REPORT_KINDS.map((k) => ({ value: k, label: t(`alumni.report.kind.${k}`) }))} />
        <TextInput {...form.field('fiscalYear')} inputMode="numeric" required />
        <TextInput {...form.field('publishedIn')} />
      </SimpleGrid>
      <TextInput {...form.field('title')} required />
      <Textarea {...form.field('textJa')} autosize minRows={6} maxRows={14} required />
      <Textarea {...form.field('textOriginal')} autosize minRows={3} maxRows={10} />
    </FormModal>
  );
}

// History.

function History({ traineeId }: { traineeId: string }) {
  const { t } = useTranslation();
  const language = useSettings((s) => s.language);
  const [isOpen, setOpen] = useState(false);
  const history = useChannel('alumni:history', isOpen ? { traineeId } : null);
  // A consent written empty while it was empty: the withdrawal written again (details came from a PC that had not seen it).
  const changeText = (e: AlumniHistoryEntry) =>
    e.isHidden
      ? t('alumni.history.hidden')
      : e.field === 'consentOn' && e.oldValue === null && e.newValue === null
        ? t('alumni.history.withdrawnAgain')
        : `${e.oldValue ?? t('common.none')} → ${e.newValue ?? t('common.none')}`;
  const lv = (label: string, value: string) => t('alumni.labelValue', { label, value });
  // The history names a field as sync's field list does (the column's name).
  const fieldLabel = (field: string) => t(`sync.field.${field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}`, { defaultValue: field });
  return (
    <Stack gap="xs">
      <Group>
        <Button size="compact-sm" variant="subtle" onClick={() => setOpen(!isOpen)} aria-expanded={isOpen}>
          {t(isOpen ? 'alumni.history.hide' : 'alumni.history.show')}
        </Button>
      </Group>
      {isOpen && (
        <QueryState query={history}>
          {(entries) =>
            entries.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('alumni.history.none')}
              </Text>
            ) : (
              <List size="sm" data-testid="alumni-history">
                {entries.map((e) => (
                  <List.Item key={e.id}>
                    {[
                      formatDateTime(e.at, language),
                      e.author,
                      t('alumni.history.change', { record: t(`alumni.history.record.${e.record}`), op: t(`alumni.history.op.${e.op}`) }),
                      e.field && lv(fieldLabel(e.field), changeText(e)),
                    ]
                      .filter(Boolean)
                      .join(t('alumni.sep'))}
                  </List.Item>
                ))}
              </List>
            )
          }
        </QueryState>
      )}
    </Stack>
  );
}

