import { Alert, Anchor, Badge, Button, FileButton, Group, List, NativeSelect, Paper, Select, SimpleGrid, Stack, Tabs, Text, TextInput, Textarea, Title } from '@mantine/core';
import type { UseMutationResult } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hostNameIn, latinName, nativeName, nameLangTag, sendingGovernmentLabel, trainingFieldLabel } from '@shared/contract/names';
import {
  DIETS,
  GENDERS,
  JAPANESE_LEVELS,
  NAME_LANGS,
  NAME_ORDERS,
  TRAINEE_STATUSES,
  type DuplicateMatch,
  type NameLang,
  type Trainee,
  type TraineeField,
  type TraineeWarning,
} from '@shared/contract/trainees';
import type { YearSummary } from '@shared/contract/years';
import { ageOn, formatDate } from '@shared/text/date-format';
import { useFlash } from '../../app/flash.store';
import { useNavigation } from '../../app/navigation.store';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RouteLink } from '../../components/RouteLink';
import { useSelectedYearId } from '../../components/YearSelect';
import type { ChannelError } from '../../data/channel-error';
import { useSendingGovernments, useTrainingFields, useYearList } from '../../data/lists';
import { QueryError, QueryState } from '../../data/QueryState';
import { useChannel, useChannelMutation } from '../../data/use-channel';
import { useConfirmDelete } from '../../data/use-confirm-delete';
import { useContractForm } from '../../data/use-contract-form';
import { useMutationError } from '../../data/use-mutation-error';
import type { TranslatedError } from '../../i18n/errors';
import { useCountryOptions } from '../countries';
import { tiedHostsLabel } from '../hosts/tie-labels';
import { useSettings } from '../settings/settings.store';
import { PhotoCropModal } from './PhotoCropModal';
import { SendingGovernmentModal } from './SendingGovernmentModal';
import { SensitiveConsent } from './SensitiveConsent';
import { TraineeHistory } from './TraineeHistory';
import { DuplicateWarning } from './DuplicateWarning';
import { TraineeProcedures } from '../procedures/TraineeProcedures';
import { TraineeDeparture } from '../departures/TraineeDeparture';
import { TraineeCompletion } from '../completion/TraineeCompletion';
import { TraineeAlumni } from '../alumni/TraineeAlumni';
import { TraineePhoto } from './TraineePhoto';
import { EMPTY_TRAINEE, toFields, toFormValues, withGuessedLanguage, type TraineeFormValues } from './trainee-form';

const TABS = {
  profile: ['familyNameLatin', 'givenNameLatin', 'familyNameNative', 'givenNameNative', 'nameKana', 'preferredName', 'nameLang', 'nameOrder', 'gender', 'birthDate', 'nationality', 'sendingGovernmentId', 'department', 'position', 'trainingFieldId', 'japaneseLevel', 'placementClass', 'languages', 'status', 'statusChangedOn', 'withdrawnReason', 'notes'],
  documents: ['passportNumber', 'passportExpiry', 'residenceStatus', 'coeNumber', 'residenceCardNumber'],
  health: ['diet', 'dietNotes', 'allergies', 'medicalNotes', 'religiousNeeds', 'healthConsentOn', 'religionConsentOn'],
  contacts: ['email', 'phone', 'emergencyName', 'emergencyRelation', 'emergencyPhone', 'emergencyEmail'],
} as const satisfies Record<string, readonly TraineeField[]>;
type Tab = keyof typeof TABS | 'history';

/** Where each warning is fixed (a missing photo is fixed beside the name). */
const WARNING_TAB: Partial<Record<TraineeWarning, Tab>> = { passport_expires: 'documents', no_emergency_contact: 'contacts', no_consent: 'health' };

/** The form's values: the trainee's fields as typed, and for a new one the year it joins. */
type Values = TraineeFormValues & { yearId: string };

type DeleteMutation = UseMutationResult<unknown, ChannelError, { id: string }>;

/** Create (id = null) or view and edit one trainee, in sections. */
/** `focus` (from the address) opens a part of the page on arrival: `procedures/<itemId>` opens that entry procedure. */
export function TraineeDetailPage({ id, focus }: { id: string | null; focus?: string }) {
  const { t } = useTranslation();
  const { navigate, setUnsavedChanges } = useNavigation();
  const years = useYearList();
  const selectedYearId = useSelectedYearId();
  const trainee = useChannel('trainees:get', id ? { id } : null);
  const remove = useChannelMutation('trainees:delete');
  const confirmDelete = useConfirmDelete();

  async function moveToTrash(record: Trainee) {
    const name = nativeName(record);
    if (!(await confirmDelete({ name, toTrash: true }))) return;
    await remove.run(
      { id: record.id },
      {
        onSuccess: () => {
          setUnsavedChanges(false);
          useFlash.getState().show(t('trainee.deleted', { name }));
          navigate('/trainees');
        },
      },
    ); // a failure is shown on the page
  }

  if (!id) {
    return (
      <QueryState query={years}>
        {(list) => <TraineeForm trainee={null} years={list} defaultYearId={selectedYearId || list[0]?.id || ''} />}
      </QueryState>
    );
  }
  const record = trainee.data;
  // Reading, or the first read failed: a spinner, or what failed with a retry.
  if (!record) return <QueryState query={trainee}>{() => null}</QueryState>;
  // Once it is in the trash its read fails: the page stays as it was until the list opens.
  const isLeaving = remove.isPending || remove.isSuccess;
  // A read again that failed is said above the form, which stays (with what was typed, and the guard on leaving).
  return (
    <>
      {trainee.isError && !isLeaving && <QueryError error={trainee.error} onRetry={() => void trainee.refetch()} />}
      <TraineeForm trainee={record} remove={remove} onDelete={() => void moveToTrash(record)} focus={focus} />
    </>
  );
}

interface FormProps {
  /** The stored record; null for a new trainee. */
  trainee: Trainee | null;
  /** For a new trainee: the years to choose from and the one chosen at first. */
  years?: YearSummary[];
  defaultYearId?: string;
  remove?: DeleteMutation;
  onDelete?(): void;
  /** What to open on arrival (see TraineeDetailPage). */
  focus?: string;
}

function TraineeForm({ trainee, years = [], defaultYearId = '', remove, onDelete, focus }: FormProps) {
  const { t } = useTranslation();
  const language = useSettings((s) => s.language);
  const { navigate, setUnsavedChanges } = useNavigation();
  const countryOptions = useCountryOptions(language);
  const trainingFields = useTrainingFields();
  const sendingGovernments = useSendingGovernments();
  const year = useChannel('years:get', trainee ? { id: trainee.yearId } : null);
  const [tab, setTab] = useState<Tab>('profile');
  const [isAddingSending, setAddingSending] = useState(false);
  const [photoFile, setPhotoFile] = useState<File | null>(null);
  const setPhoto = useChannelMutation('trainees:set-photo');
  const removePhoto = useChannelMutation('trainees:remove-photo');
  const photoError = useMutationError(setPhoto.error ? setPhoto : removePhoto, 'trainee.field');
  const deleteError = useMutationError(remove ?? { error: null }, 'trainee.field');
  // A new trainee likely entered already: who they may be, until the person confirms it is someone else.
  const [duplicates, setDuplicates] = useState<DuplicateMatch[] | null>(null);
  const confirmDuplicate = useRef(false);

  const form = useContractForm(trainee ? 'trainees:update' : 'trainees:create', {
    recordKey: trainee?.id ?? 'new',
    initialValues: { ...(trainee ? toFormValues(trainee) : EMPTY_TRAINEE), yearId: trainee?.yearId ?? defaultYearId } satisfies Values,
    toInput: (v) => (trainee ? { id: trainee.id, ...toFields(v) } : { yearId: v.yearId, ...toFields(v), confirmDuplicate: confirmDuplicate.current }),
    fieldLabels: 'trainee.field',
    flash: (saved) => t(trainee ? 'trainee.updated' : 'trainee.created', { name: nativeName(saved) }),
    onSaved: (saved) => {
      if (!trainee) {
        setUnsavedChanges(false);
        navigate(`/trainees/${saved.id}`);
        return;
      }
      // The form shows what was stored (a date typed 令和6年5月20日 reads 2024-05-20 now).
      const stored = { ...toFormValues(saved), yearId: saved.yearId };
      form.form.setInitialValues(stored);
      form.form.setValues(stored);
    },
    onFailed: (error, body) => {
      confirmDuplicate.current = false;
      const matches = body.code === 'likely_duplicate' ? (body.params?.trainees as DuplicateMatch[] | undefined) : undefined;
      setDuplicates(matches ?? null);
      if (matches) return;
      const first = (Object.keys(TABS) as Array<keyof typeof TABS>).find((k) => TABS[k].some((f) => error.fields[f]));
      if (first) setTab(first);
    },
  });
  const values = form.form.values;
  const errors = form.form.errors as Record<string, string | undefined>;

  // Another name, birth date or passport number is another question: the warning goes until the next save.
  useEffect(() => setDuplicates(null), [values.familyNameLatin, values.givenNameLatin, values.birthDate, values.passportNumber]);

  const ties = useChannel('sister-ties:list', values.sendingGovernmentId ? { sendingGovernmentId: values.sendingGovernmentId } : null);

  // Leaving with unsaved changes asks first, in the app and when the window closes.
  const isDirty = form.form.isDirty();
  useEffect(() => {
    setUnsavedChanges(isDirty);
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    if (isDirty) window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [isDirty, setUnsavedChanges]);
  useEffect(() => () => setUnsavedChanges(false), [setUnsavedChanges]);

  // Every field message in one place too: the fields may be on another section.
  const fieldMessages = Object.fromEntries(Object.entries({ ...errors, ...form.error?.fields }).filter((e): e is [string, string] => Boolean(e[1])));
  const saveError: TranslatedError | null =
    !duplicates && (form.error || Object.keys(fieldMessages).length > 0) ? { summary: form.error?.summary ?? '', fields: fieldMessages } : null;

  const text = (key: TraineeField) => ({ ...form.field(key), autoComplete: 'off' });
  // A native name typed before the language was chosen guesses it (and its name order).
  const nativeText = (key: 'familyNameNative' | 'givenNameNative') => ({
    ...text(key),
    onChange: (event: { currentTarget: { value: string } }) => {
      const next = withGuessedLanguage({ ...form.form.getValues(), [key]: event.currentTarget.value });
      form.form.setFieldValue(key, next[key]);
      if (next.nameLang !== values.nameLang) form.form.setFieldValue('nameLang', next.nameLang);
      if (next.nameOrder !== values.nameOrder) form.form.setFieldValue('nameOrder', next.nameOrder);
    },
  });
  const choice = (key: TraineeField, options: readonly string[], prefix: string, isOptional = true) => ({
    ...text(key),
    data: [...(isOptional ? [{ value: '', label: t('common.none') }] : []), ...options.map((o) => ({ value: o, label: t(`${prefix}.${o}`) }))],
  });
  const tabLabel = (key: keyof typeof TABS) => {
    const count = TABS[key].filter((f) => errors[f]).length;
    return `${t(`trainee.section.${key}`)}${count ? ` ⚠${count}` : ''}`;
  };

  function savePhoto(photo: string, thumb: string) {
    setPhotoFile(null);
    if (!trainee) return;
    removePhoto.reset();
    void setPhoto.run({ id: trainee.id, photo, thumb }, { onSuccess: () => useFlash.getState().show(t('trainee.photoSaved')) });
  }

  function dropPhoto() {
    if (!trainee) return;
    setPhoto.reset();
    void removePhoto.run({ id: trainee.id });
  }

  const nativeLang = nameLangTag(values.nameLang as NameLang);
  const arrival = year.data?.milestones.find((m) => m.kind === 'arrival')?.startsOn;
  const age = trainee?.birthDate && arrival ? ageOn(trainee.birthDate, arrival) : null;
  const sendingOptions = (sendingGovernments.data ?? [])
    .filter((g) => !values.nationality || g.country === values.nationality)
    .map((g) => ({ value: g.id, label: sendingGovernmentLabel(g, language) }));

  return (
    <>
      <form data-page-form onSubmit={form.onSubmit} noValidate>
        <Stack maw={1000}>
          <Group justify="space-between" align="flex-start">
            <Group align="flex-start">
              {trainee && (
                <Stack gap={6} align="center">
                  <TraineePhoto id={trainee.id} hasPhoto={trainee.hasPhoto} size="photo" width={105} />
                  <FileButton onChange={setPhotoFile} accept="image/jpeg,image/png,image/webp">
                    {(props) => (
                      <Button size="compact-xs" variant="light" loading={setPhoto.isPending} {...props}>
                        {t('trainee.photoPick')}
                      </Button>
                    )}
                  </FileButton>
                  {trainee.hasPhoto && (
                    <Button size="compact-xs" variant="subtle" color="red" loading={removePhoto.isPending} onClick={dropPhoto}>
                      {t('trainee.photoRemove')}
                    </Button>
                  )}
                </Stack>
              )}
              <div>
                <Title order={2}>{trainee ? <span lang={nameLangTag(trainee.nameLang)}>{nativeName(trainee)}</span> : t('trainee.newTitle')}</Title>
                {trainee && (
                  <>
                    <Text>
                      {latinName(trainee)} {trainee.nameKana && <span lang="ja">· {trainee.nameKana}</span>}
                    </Text>
                    <Group gap="xs" mt={4}>
                      <Badge variant="light" tt="none" data-testid="status-badge">
                        {t(`trainee.status.${trainee.status}`)}
                      </Badge>
                      <Text size="sm" c="dimmed" data-testid="status-since">
                        {t('trainee.statusSince', { date: formatDate(trainee.statusChangedOn, language) })}
                        {age !== null && ` · ${t('trainee.age', { age })}`}
                      </Text>
                    </Group>
                    {trainee.hostId && (
                      <Text size="sm" mt={4} data-testid="trainee-host">
                        {t('assignment.onTrainee')}: <RouteLink to={`/hosts/${trainee.hostId}`}>{hostNameIn(trainee, language)}</RouteLink>
                      </Text>
                    )}
                    {year.isError && <QueryError error={year.error} onRetry={() => void year.refetch()} />}
                  </>
                )}
                {!trainee && <Text c="dimmed">{t('trainee.photoAfterSave')}</Text>}
              </div>
            </Group>
            <Group>
              <Button variant="default" onClick={() => navigate('/trainees')}>
                {t('common.back')}
              </Button>
              {onDelete && (
                <Button color="red" variant="light" onClick={onDelete} loading={remove?.isPending}>
                  {t('common.delete')}
                </Button>
              )}
              <Button type="submit" loading={form.isSaving} title={t('common.saveShortcut')}>
                {t('common.save')}
              </Button>
            </Group>
          </Group>

          {trainee && trainee.warnings.length > 0 && (
            <Alert color="orange" data-testid="trainee-warnings" title={t('dashboard.warnings')}>
              <List size="sm">
                {trainee.warnings.map((w) => (
                  <List.Item key={w}>
                    {WARNING_TAB[w] ? (
                      <Anchor component="button" type="button" size="sm" onClick={() => setTab(WARNING_TAB[w]!)}>
                        {t(`trainee.warning.${w}`)}
                      </Anchor>
                    ) : (
                      t(`trainee.warning.${w}`)
                    )}
                  </List.Item>
                ))}
              </List>
            </Alert>
          )}
          {duplicates && (
            <DuplicateWarning
              matches={duplicates}
              isSaving={form.isSaving}
              onConfirm={() => {
                confirmDuplicate.current = true;
                form.onSubmit();
              }}
            />
          )}
          <ErrorAlert error={saveError} />
          <ErrorAlert error={photoError} />
          <ErrorAlert error={deleteError} />
          {trainingFields.isError && <QueryError error={trainingFields.error} onRetry={() => void trainingFields.refetch()} />}
          {sendingGovernments.isError && <QueryError error={sendingGovernments.error} onRetry={() => void sendingGovernments.refetch()} />}

          <Tabs value={tab} onChange={(v) => setTab((v as Tab) ?? 'profile')} keepMounted={false}>
            <Tabs.List>
              <Tabs.Tab value="profile">{tabLabel('profile')}</Tabs.Tab>
              <Tabs.Tab value="documents">{tabLabel('documents')}</Tabs.Tab>
              <Tabs.Tab value="health">{tabLabel('health')}</Tabs.Tab>
              <Tabs.Tab value="contacts">{tabLabel('contacts')}</Tabs.Tab>
              {trainee && <Tabs.Tab value="history">{t('trainee.section.history')}</Tabs.Tab>}
            </Tabs.List>

            <Tabs.Panel value="profile" pt="md">
              <Stack>
                <Paper withBorder p="md">
                  <Title order={4} mb="sm">
                    {t('trainee.section.names')}
                  </Title>
                  <SimpleGrid cols={{ base: 1, sm: 2 }}>
                    <TextInput {...text('familyNameLatin')} description={t('trainee.hint.latinName')} />
                    <TextInput {...text('givenNameLatin')} withAsterisk />
                    <TextInput {...nativeText('familyNameNative')} lang={nativeLang} description={t('trainee.hint.nativeName')} />
                    <TextInput {...nativeText('givenNameNative')} lang={nativeLang} />
                    <TextInput {...text('nameKana')} lang="ja" description={t('trainee.hint.nameKana')} />
                    <TextInput {...text('preferredName')} />
                    <NativeSelect {...choice('nameLang', NAME_LANGS, 'trainee.nameLang', false)} />
                    <NativeSelect {...choice('nameOrder', NAME_ORDERS, 'trainee.nameOrder', false)} />
                  </SimpleGrid>
                </Paper>
                <Paper withBorder p="md">
                  <Title order={4} mb="sm">
                    {t('trainee.section.profile')}
                  </Title>
                  <SimpleGrid cols={{ base: 1, sm: 2 }}>
                    {!trainee && (
                      <NativeSelect {...form.field('yearId')} data={years.map((y) => ({ value: y.id, label: t('year.label', { year: y.fiscalYear }) }))} />
                    )}
                    <NativeSelect {...choice('gender', GENDERS, 'trainee.gender')} />
                    <TextInput {...text('birthDate')} placeholder="1995-05-17" />
                    <Select
                      label={t('trainee.field.nationality')}
                      data={countryOptions}
                      value={values.nationality || null}
                      onChange={(value) => form.form.setFieldValue('nationality', value ?? '')}
                      error={errors.nationality}
                      searchable
                      withAsterisk
                      nothingFoundMessage={t('common.none')}
                    />
                  </SimpleGrid>
                </Paper>
                <Paper withBorder p="md">
                  <Title order={4} mb="sm">
                    {t('trainee.section.sending')}
                  </Title>
                  <SimpleGrid cols={{ base: 1, sm: 2 }}>
                    <Group align="flex-end" gap="xs" wrap="nowrap">
                      <Select
                        label={t('trainee.field.sendingGovernmentId')}
                        data={sendingOptions}
                        value={values.sendingGovernmentId || null}
                        onChange={(value) => form.form.setFieldValue('sendingGovernmentId', value ?? '')}
                        error={errors.sendingGovernmentId}
                        searchable
                        clearable
                        style={{ flex: 1 }}
                        nothingFoundMessage={t('common.none')}
                      />
                      <Button variant="default" onClick={() => setAddingSending(true)}>
                        {t('trainee.addSending')}
                      </Button>
                    </Group>
                    <TextInput {...text('department')} />
                    <TextInput {...text('position')} />
                  </SimpleGrid>
                  {ties.isError && <QueryError error={ties.error} onRetry={() => void ties.refetch()} />}
                  {values.sendingGovernmentId && ties.data && ties.data.length > 0 && (
                    <Text size="sm" mt="xs" data-testid="sending-ties">
                      {t('tie.onSending')}:{' '}
                      {tiedHostsLabel(ties.data, t, language)}
                    </Text>
                  )}
                </Paper>
                <Paper withBorder p="md">
                  <Title order={4} mb="sm">
                    {t('trainee.section.program')}
                  </Title>
                  <SimpleGrid cols={{ base: 1, sm: 2 }}>
                    <NativeSelect
                      {...text('trainingFieldId')}
                      data={[
                        { value: '', label: t('common.none') },
                        ...(trainingFields.data ?? []).map((f) => ({ value: f.id, label: trainingFieldLabel(f, language) })),
                      ]}
                    />
                    <NativeSelect {...choice('japaneseLevel', JAPANESE_LEVELS, 'trainee.japaneseLevel')} />
                    <TextInput {...text('placementClass')} />
                    <TextInput {...text('languages')} />
                    <NativeSelect {...choice('status', TRAINEE_STATUSES, 'trainee.status', false)} />
                    <TextInput {...text('statusChangedOn')} placeholder="2024-05-20" description={t('trainee.hint.statusChangedOn')} />
                    {values.status === 'withdrawn' && <TextInput {...text('withdrawnReason')} withAsterisk />}
                  </SimpleGrid>
                  <Textarea {...text('notes')} mt="sm" autosize minRows={3} />
                </Paper>
              </Stack>
            </Tabs.Panel>

            <Tabs.Panel value="documents" pt="md">
              <Paper withBorder p="md">
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <TextInput {...text('passportNumber')} description={t('trainee.hint.passportNumber')} />
                  <TextInput {...text('passportExpiry')} placeholder="2030-03-31" />
                  <TextInput {...text('residenceStatus')} />
                  <TextInput {...text('coeNumber')} />
                  <TextInput {...text('residenceCardNumber')} description={t('trainee.hint.residenceCardNumber')} />
                </SimpleGrid>
              </Paper>
            </Tabs.Panel>

            <Tabs.Panel value="health" pt="md">
              <Stack>
                <Paper withBorder p="md">
                  <SimpleGrid cols={{ base: 1, sm: 2 }}>
                    <NativeSelect {...choice('diet', DIETS, 'trainee.diet')} />
                    <TextInput {...text('dietNotes')} />
                    <Textarea {...text('allergies')} autosize minRows={2} />
                    <Textarea {...text('medicalNotes')} autosize minRows={2} />
                    <Textarea {...text('religiousNeeds')} autosize minRows={2} />
                  </SimpleGrid>
                </Paper>
                <SensitiveConsent health={text('healthConsentOn')} religion={text('religionConsentOn')} />
              </Stack>
            </Tabs.Panel>

            <Tabs.Panel value="contacts" pt="md">
              <Stack>
                <Paper withBorder p="md">
                  <SimpleGrid cols={{ base: 1, sm: 2 }}>
                    <TextInput {...text('email')} type="email" />
                    <TextInput {...text('phone')} type="tel" />
                  </SimpleGrid>
                </Paper>
                <Paper withBorder p="md">
                  <Title order={4} mb="sm">
                    {t('trainee.section.emergency')}
                  </Title>
                  <SimpleGrid cols={{ base: 1, sm: 2 }}>
                    <TextInput {...text('emergencyName')} />
                    <TextInput {...text('emergencyRelation')} />
                    <TextInput {...text('emergencyPhone')} type="tel" />
                    <TextInput {...text('emergencyEmail')} type="email" />
                  </SimpleGrid>
                </Paper>
              </Stack>
            </Tabs.Panel>

            {trainee && (
              <Tabs.Panel value="history" pt="md">
                <TraineeHistory id={trainee.id} />
              </Tabs.Panel>
            )}
          </Tabs>
        </Stack>
      </form>
      {trainee && <TraineeProcedures traineeId={trainee.id} traineeName={nativeName(trainee)} openItemId={focus?.startsWith('procedures/') ? focus.slice('procedures/'.length) : undefined} />}
      {trainee && <TraineeDeparture traineeId={trainee.id} traineeName={nativeName(trainee)} />}
      {trainee && <TraineeCompletion traineeId={trainee.id} traineeName={nativeName(trainee)} />}
      {trainee && <TraineeAlumni traineeId={trainee.id} traineeName={nativeName(trainee)} />}
      {/* Outside the page's form: a dialog's submit must not reach it (React sends events up through portals). */}
      <PhotoCropModal file={photoFile} onClose={() => setPhotoFile(null)} onCropped={savePhoto} />
      <SendingGovernmentModal
        opened={isAddingSending}
        country={values.nationality}
        onClose={() => setAddingSending(false)}
        onCreated={(g) => {
          setAddingSending(false);
          form.form.setFieldValue('sendingGovernmentId', g.id);
        }}
      />
    </>
  );
}
