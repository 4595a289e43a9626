import { Alert, Anchor, Badge, Button, FileButton, Group, List, NativeSelect, Paper, Select, SimpleGrid, Stack, Tabs, Text, TextInput, Textarea, Title } from '@mantine/core';
import type { NameLang } from '@shared/contract/trainees';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { hostNameIn, latinName, nativeName, nameLangTag } from '@shared/contract/names';
import { DIETS, GENDERS, JAPANESE_LEVELS, NAME_LANGS, NAME_ORDERS, TRAINEE_STATUSES, type Trainee, type TraineeField, type TraineeWarning } from '@shared/contract/trainees';
import type { YearDetail } from '@shared/contract/years';
import type { SisterTie } from '@shared/contract/hosts';
import { useApi } from '../../api';
import { useFlash } from '../../app/flash.store';
import { useNavigation } from '../../app/navigation.store';
import { ConfirmModal } from '../../components/ConfirmModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { translateError, type TranslatedError } from '../../i18n/errors';
import { ageOn, formatDate } from '@shared/text/date-format';
import { useCountryOptions } from '../countries';
import { sendingGovernmentLabel, trainingFieldLabel, useMasters } from '../master-labels';
import { useSettings } from '../settings/settings.store';
import { useYears } from '../years/years.store';
import { PhotoCropModal } from './PhotoCropModal';
import { forgetPhoto } from './photo-cache';
import { SendingGovernmentModal } from './SendingGovernmentModal';
import { TraineeHistory } from './TraineeHistory';
import { TraineePhoto } from './TraineePhoto';
import { EMPTY_TRAINEE, toFields, toFormValues, withGuessedLanguage, type TraineeFormValues } from './trainee-form';
import { RouteLink } from '../../components/RouteLink';

const TABS = {
  profile: ['familyNameLatin', 'givenNameLatin', 'familyNameNative', 'givenNameNative', 'nameKana', 'preferredName', 'nameLang', 'nameOrder', 'gender', 'birthDate', 'nationality', 'sendingGovernmentId', 'department', 'position', 'trainingFieldId', 'japaneseLevel', 'placementClass', 'languages', 'status', 'statusChangedOn', 'withdrawnReason', 'notes'],
  documents: ['passportNumber', 'passportExpiry', 'residenceStatus', 'coeNumber', 'residenceCardNumber'],
  health: ['diet', 'dietNotes', 'allergies', 'medicalNotes', 'religiousNeeds'],
  contacts: ['email', 'phone', 'emergencyName', 'emergencyRelation', 'emergencyPhone', 'emergencyEmail'],
} as const satisfies Record<string, readonly TraineeField[]>;
type Tab = keyof typeof TABS | 'history';

/** Where each warning is fixed (a missing photo is fixed beside the name). */
const WARNING_TAB: Partial<Record<TraineeWarning, Tab>> = { passport_expires: 'documents', no_emergency_contact: 'contacts' };

/** Create (id = null) or view and edit one trainee, in sections. */
export function TraineeDetailPage({ id }: { id: string | null }) {
  const { t } = useTranslation();
  const api = useApi();
  const language = useSettings((s) => s.language);
  const { years, selectedYearId } = useYears();
  const { trainingFields, sendingGovernments, refresh: refreshMasters } = useMasters();
  const { navigate, setUnsavedChanges } = useNavigation();
  const countryOptions = useCountryOptions(language);
  const [saved, setSaved] = useState<Trainee | null>(null);
  const [year, setYear] = useState<YearDetail | null>(null);
  const [values, setValues] = useState<TraineeFormValues>(EMPTY_TRAINEE);
  const [newYearId, setNewYearId] = useState(selectedYearId || years?.[0]?.id || '');
  const [error, setError] = useState<TranslatedError | null>(null);
  const [isBusy, setBusy] = useState(false);
  const [isConfirmingDelete, setConfirmingDelete] = useState(false);
  const [isAddingSending, setAddingSending] = useState(false);
  const [photoFile, setPhotoFile] = useState<File | null>(null);
  const [version, setVersion] = useState(0);
  const [tab, setTab] = useState<Tab>('profile');
  const [ties, setTies] = useState<SisterTie[]>([]);
  const form = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (!values.sendingGovernmentId) return setTies([]);
    void api.call('sister-ties:list', { sendingGovernmentId: values.sendingGovernmentId }).then((r) => r.ok && setTies(r.value));
  }, [api, values.sendingGovernmentId]);

  useEffect(() => {
    if (!id) return;
    void api.call('trainees:get', { id }).then((r) => {
      if (!r.ok) return setError(translateError(t, r.error, 'trainee.field'));
      setSaved(r.value);
      setValues(toFormValues(r.value));
      void api.call('years:get', { id: r.value.yearId }).then((y) => y.ok && setYear(y.value));
    });
  }, [api, id, t]);

  const initial = saved ? toFormValues(saved) : EMPTY_TRAINEE;
  const isDirty = JSON.stringify(values) !== JSON.stringify(initial);
  useEffect(() => {
    setUnsavedChanges(isDirty);
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    if (isDirty) window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [isDirty, setUnsavedChanges]);
  useEffect(() => () => setUnsavedChanges(false), [setUnsavedChanges]);

  function set(key: TraineeField, value: string) {
    setValues((v) => (key === 'familyNameNative' || key === 'givenNameNative' ? withGuessedLanguage({ ...v, [key]: value }) : { ...v, [key]: value }));
  }

  function show(trainee: Trainee) {
    setSaved(trainee);
    setValues(toFormValues(trainee));
    setVersion((n) => n + 1);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const fields = toFields(values);
    const result = id ? await api.call('trainees:update', { id, ...fields }) : await api.call('trainees:create', { yearId: newYearId, ...fields });
    setBusy(false);
    if (!result.ok) {
      const translated = translateError(t, result.error, 'trainee.field');
      setError(translated);
      const firstTab = (Object.keys(TABS) as Array<keyof typeof TABS>).find((k) => TABS[k].some((f) => translated.fields[f]));
      if (firstTab) setTab(firstTab);
      return;
    }
    setError(null);
    await useYears.getState().refresh(api);
    const name = nativeName(result.value);
    useFlash.getState().show(t(id ? 'trainee.updated' : 'trainee.created', { name }));
    if (id) show(result.value);
    else {
      setUnsavedChanges(false);
      navigate(`/trainees/${result.value.id}`);
    }
  }

  async function remove() {
    setConfirmingDelete(false);
    if (!id || !saved) return;
    const result = await api.call('trainees:delete', { id });
    if (!result.ok) return setError(translateError(t, result.error, 'trainee.field'));
    setUnsavedChanges(false);
    await useYears.getState().refresh(api);
    useFlash.getState().show(t('trainee.deleted', { name: nativeName(saved) }));
    navigate('/trainees');
  }

  async function savePhoto(photo: string, thumb: string) {
    setPhotoFile(null);
    if (!id) return;
    const result = await api.call('trainees:set-photo', { id, photo, thumb });
    if (!result.ok) return setError(translateError(t, result.error, 'trainee.field'));
    forgetPhoto(id);
    useFlash.getState().show(t('trainee.photoSaved'));
    setSaved(result.value);
    setVersion((n) => n + 1);
  }

  async function removePhoto() {
    if (!id) return;
    const result = await api.call('trainees:remove-photo', { id });
    if (!result.ok) return setError(translateError(t, result.error, 'trainee.field'));
    forgetPhoto(id);
    setSaved(result.value);
    setVersion((n) => n + 1);
  }

  const text = (key: TraineeField) => ({
    label: t(`trainee.field.${key}`),
    value: values[key],
    error: error?.fields[key],
    autoComplete: 'off',
    onChange: (e: { currentTarget: { value: string } }) => set(key, e.currentTarget.value),
  });
  const choice = (key: TraineeField, options: readonly string[], prefix: string, isOptional = true) => ({
    ...text(key),
    data: [...(isOptional ? [{ value: '', label: t('common.none') }] : []), ...options.map((o) => ({ value: o, label: t(`${prefix}.${o}`) }))],
  });
  const tabLabel = (key: keyof typeof TABS) => {
    const errors = TABS[key].filter((f) => error?.fields[f]).length;
    return `${t(`trainee.section.${key}`)}${errors ? ` ⚠${errors}` : ''}`;
  };

  const nativeLang = nameLangTag(values.nameLang as NameLang);
  const arrival = year?.milestones.find((m) => m.kind === 'arrival')?.startsOn;
  const age = saved?.birthDate && arrival ? ageOn(saved.birthDate, arrival) : null;
  const sendingOptions = sendingGovernments
    .filter((g) => !values.nationality || g.country === values.nationality)
    .map((g) => ({ value: g.id, label: sendingGovernmentLabel(g, language) }));

  return (
    <form ref={form} data-page-form onSubmit={(e) => void submit(e)} noValidate>
      <Stack maw={1000}>
        <Group justify="space-between" align="flex-start">
          <Group align="flex-start">
            {id && saved && (
              <Stack gap={6} align="center">
                <TraineePhoto id={id} hasPhoto={saved.hasPhoto} size="photo" width={105} version={version} />
                <FileButton onChange={setPhotoFile} accept="image/jpeg,image/png,image/webp">
                  {(props) => (
                    <Button size="compact-xs" variant="light" {...props}>
                      {t('trainee.photoPick')}
                    </Button>
                  )}
                </FileButton>
                {saved.hasPhoto && (
                  <Button size="compact-xs" variant="subtle" color="red" onClick={() => void removePhoto()}>
                    {t('trainee.photoRemove')}
                  </Button>
                )}
              </Stack>
            )}
            <div>
              <Title order={2}>{saved ? <span lang={nativeLang}>{nativeName(saved)}</span> : t('trainee.newTitle')}</Title>
              {saved && (
                <>
                  <Text>
                    {latinName(saved)} {saved.nameKana && <span lang="ja">· {saved.nameKana}</span>}
                  </Text>
                  <Group gap="xs" mt={4}>
                    <Badge variant="light" tt="none" data-testid="status-badge">
                      {t(`trainee.status.${saved.status}`)}
                    </Badge>
                    <Text size="sm" c="dimmed">
                      {t('trainee.statusSince', { date: formatDate(saved.statusChangedOn, language) })}
                      {age !== null && ` · ${t('trainee.age', { age })}`}
                    </Text>
                  </Group>
                  {saved.hostId && (
                    <Text size="sm" mt={4} data-testid="trainee-host">
                      {t('assignment.onTrainee')}:{' '}
                      <RouteLink to={`/hosts/${saved.hostId}`}>
                        {hostNameIn(saved, language)}
                      </RouteLink>
                    </Text>
                  )}
                </>
              )}
              {!id && <Text c="dimmed">{t('trainee.photoAfterSave')}</Text>}
            </div>
          </Group>
          <Group>
            <Button variant="default" onClick={() => navigate('/trainees')}>
              {t('common.back')}
            </Button>
            {id && (
              <Button color="red" variant="light" onClick={() => setConfirmingDelete(true)} disabled={!saved}>
                {t('common.delete')}
              </Button>
            )}
            <Button type="submit" loading={isBusy} disabled={Boolean(id) && !saved} title={t('common.saveShortcut')}>
              {t('common.save')}
            </Button>
          </Group>
        </Group>

        {saved && saved.warnings.length > 0 && (
          <Alert color="orange" data-testid="trainee-warnings" title={t('dashboard.warnings')}>
            <List size="sm">
              {saved.warnings.map((w) => (
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
        <ErrorAlert error={error} />

        <Tabs value={tab} onChange={(v) => setTab((v as Tab) ?? 'profile')} keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="profile">{tabLabel('profile')}</Tabs.Tab>
            <Tabs.Tab value="documents">{tabLabel('documents')}</Tabs.Tab>
            <Tabs.Tab value="health">{tabLabel('health')}</Tabs.Tab>
            <Tabs.Tab value="contacts">{tabLabel('contacts')}</Tabs.Tab>
            {id && <Tabs.Tab value="history">{t('trainee.section.history')}</Tabs.Tab>}
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
                  <TextInput {...text('familyNameNative')} lang={nativeLang} description={t('trainee.hint.nativeName')} />
                  <TextInput {...text('givenNameNative')} lang={nativeLang} />
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
                  {!id && (
                    <NativeSelect
                      label={t('trainee.field.yearId')}
                      value={newYearId}
                      onChange={(e) => setNewYearId(e.currentTarget.value)}
                      data={(years ?? []).map((y) => ({ value: y.id, label: t('year.label', { year: y.fiscalYear }) }))}
                      error={error?.fields.yearId}
                    />
                  )}
                  <NativeSelect {...choice('gender', GENDERS, 'trainee.gender')} />
                  <TextInput {...text('birthDate')} placeholder="1995-05-17" />
                  <Select
                    label={t('trainee.field.nationality')}
                    data={countryOptions}
                    value={values.nationality || null}
                    onChange={(value) => set('nationality', value ?? '')}
                    error={error?.fields.nationality}
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
                      onChange={(value) => set('sendingGovernmentId', value ?? '')}
                      error={error?.fields.sendingGovernmentId}
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
                {ties.length > 0 && (
                  <Text size="sm" mt="xs" data-testid="sending-ties">
                    {t('tie.onSending')}: {ties
                      .map((tie) => hostNameIn(tie, language) + t('common.paren', { text: t(`tie.kind.${tie.kind}`) }))
                      .join(t('common.listSeparator'))}
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
                    data={[{ value: '', label: t('common.none') }, ...trainingFields.map((f) => ({ value: f.id, label: trainingFieldLabel(f, language) }))]}
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
            <Paper withBorder p="md">
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <NativeSelect {...choice('diet', DIETS, 'trainee.diet')} />
                <TextInput {...text('dietNotes')} />
                <Textarea {...text('allergies')} autosize minRows={2} />
                <Textarea {...text('medicalNotes')} autosize minRows={2} />
                <Textarea {...text('religiousNeeds')} autosize minRows={2} />
              </SimpleGrid>
            </Paper>
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

          {id && (
            <Tabs.Panel value="history" pt="md">
              <TraineeHistory id={id} version={version} />
            </Tabs.Panel>
          )}
        </Tabs>
      </Stack>
      <PhotoCropModal file={photoFile} onClose={() => setPhotoFile(null)} onCropped={(photo, thumb) => void savePhoto(photo, thumb)} />
      <SendingGovernmentModal
        opened={isAddingSending}
        country={values.nationality}
        onClose={() => setAddingSending(false)}
        onCreated={async (g) => {
          setAddingSending(false);
          await refreshMasters(api);
          set('sendingGovernmentId', g.id);
        }}
      />
      <ConfirmModal
        opened={isConfirmingDelete}
        title={t('trainee.deleteTitle', { name: saved ? nativeName(saved) : '' })}
        body={t('trainee.deleteBody')}
        confirmLabel={t('common.delete')}
        cancelLabel={t('common.cancel')}
        danger
        onConfirm={() => void remove()}
        onCancel={() => setConfirmingDelete(false)}
      />
    </form>
  );
}
