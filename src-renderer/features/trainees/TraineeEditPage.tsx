import { Button, Group, NativeSelect, Paper, Select, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { latinName, nativeName } from '@contract/names';
import { GENDERS, NAME_LANGS, NAME_ORDERS, TRAINEE_STATUSES, type Trainee } from '@contract/trainees';
import { useApi } from '../../api';
import { useFlash } from '../../app/flash.store';
import { useNavigation } from '../../app/navigation.store';
import { ConfirmModal } from '../../components/ConfirmModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { translateError, type TranslatedError } from '../../i18n/errors';
import { useCountryOptions } from '../countries';
import { useSettings } from '../settings/settings.store';
import { useYears } from '../years/years.store';
import { EMPTY_TRAINEE, toFields, toFormValues, withGuessedLanguage, type TraineeFormValues } from './trainee-form';

/** Create (id = null) or edit one trainee. */
export function TraineeEditPage({ id }: { id: string | null }) {
  const { t } = useTranslation();
  const api = useApi();
  const language = useSettings((s) => s.language);
  const yearId = useYears((s) => s.selectedYearId);
  const { navigate, setUnsavedChanges } = useNavigation();
  const countryOptions = useCountryOptions(language);
  const [saved, setSaved] = useState<Trainee | null>(null);
  const [values, setValues] = useState<TraineeFormValues>(EMPTY_TRAINEE);
  const [error, setError] = useState<TranslatedError | null>(null);
  const [isBusy, setBusy] = useState(false);
  const [isConfirmingDelete, setConfirmingDelete] = useState(false);

  useEffect(() => {
    if (!id) return;
    void api.call('trainees:get', { id }).then((r) => {
      if (!r.ok) return setError(translateError(t, r.error, 'trainee.field'));
      setSaved(r.value);
      setValues(toFormValues(r.value));
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

  function set<K extends keyof TraineeFormValues>(key: K, value: TraineeFormValues[K]) {
    setValues((v) => (key === 'familyNameNative' || key === 'givenNameNative' ? withGuessedLanguage({ ...v, [key]: value }) : { ...v, [key]: value }));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const fields = toFields(values);
    const result = id ? await api.call('trainees:update', { id, ...fields }) : await api.call('trainees:create', { yearId: yearId ?? '', ...fields });
    setBusy(false);
    if (!result.ok) return setError(translateError(t, result.error, 'trainee.field'));
    setError(null);
    setUnsavedChanges(false);
    await useYears.getState().refresh(api);
    const name = nativeName(result.value);
    useFlash.getState().show(t(id ? 'trainee.updated' : 'trainee.created', { name }));
    navigate('/trainees');
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

  const field = (key: keyof TraineeFormValues) => ({
    label: t(`trainee.field.${key}`),
    value: values[key],
    error: error?.fields[key],
    onChange: (e: { currentTarget: { value: string } }) => set(key, e.currentTarget.value as never),
  });

  const nativeLang = values.nameLang === 'other' ? undefined : values.nameLang;

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack maw={960}>
        <Group justify="space-between">
          <div>
            <Title order={2}>{t(id ? 'trainee.editTitle' : 'trainee.newTitle')}</Title>
            {saved && (
              <Text c="dimmed">
                <span lang={saved.nameLang}>{nativeName(saved)}</span> · {latinName(saved)}
              </Text>
            )}
          </div>
          <Group>
            <Button variant="default" onClick={() => navigate('/trainees')}>
              {t('common.cancel')}
            </Button>
            {id && (
              <Button color="red" variant="light" onClick={() => setConfirmingDelete(true)} disabled={!saved}>
                {t('common.delete')}
              </Button>
            )}
            <Button type="submit" loading={isBusy} disabled={Boolean(id) && !saved}>
              {t('common.save')}
            </Button>
          </Group>
        </Group>
        <ErrorAlert error={error} />

        <Paper withBorder p="md">
          <Title order={4} mb="sm">
            {t('trainee.section.names')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput {...field('familyNameLatin')} autoComplete="off" description={t('trainee.hint.latinName')} />
            <TextInput {...field('givenNameLatin')} autoComplete="off" withAsterisk />
            <TextInput {...field('familyNameNative')} lang={nativeLang} autoComplete="off" description={t('trainee.hint.nativeName')} />
            <TextInput {...field('givenNameNative')} lang={nativeLang} autoComplete="off" />
            <TextInput {...field('nameKana')} lang="ja" autoComplete="off" description={t('trainee.hint.nameKana')} />
            <NativeSelect {...field('nameLang')} data={NAME_LANGS.map((l) => ({ value: l, label: t(`trainee.nameLang.${l}`) }))} />
            <NativeSelect {...field('nameOrder')} data={NAME_ORDERS.map((o) => ({ value: o, label: t(`trainee.nameOrder.${o}`) }))} />
          </SimpleGrid>
        </Paper>

        <Paper withBorder p="md">
          <Title order={4} mb="sm">
            {t('trainee.section.profile')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NativeSelect
              {...field('gender')}
              data={[{ value: '', label: t('common.none') }, ...GENDERS.map((g) => ({ value: g, label: t(`trainee.gender.${g}`) }))]}
            />
            <TextInput {...field('birthDate')} placeholder="1995-05-17" autoComplete="off" />
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
            <TextInput {...field('sendingGovernment')} autoComplete="off" />
            <TextInput {...field('position')} autoComplete="off" />
          </SimpleGrid>
        </Paper>

        <Paper withBorder p="md">
          <Title order={4} mb="sm">
            {t('trainee.section.program')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NativeSelect {...field('status')} data={TRAINEE_STATUSES.map((s) => ({ value: s, label: t(`trainee.status.${s}`) }))} />
          </SimpleGrid>
          <Textarea {...field('notes')} mt="sm" autosize minRows={3} />
        </Paper>
      </Stack>
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
