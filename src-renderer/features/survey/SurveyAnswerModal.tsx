import { Modal, NativeSelect, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { hostLabel } from '@shared/contract/names';
import { SURVEY_STATUSES, type SurveyAnswer } from '@shared/contract/hosts';
import { useApi } from '../../api';
import { useFlash } from '../../app/flash.store';
import { ModalFormFooter } from '../../components/ModalFormFooter';
import { textFieldBinder } from '../../components/form-fields';
import { translateError, type TranslatedError } from '../../i18n/errors';
import { useCountryOptions } from '../countries';
import { sendingGovernmentLabel, trainingFieldLabel, useMasters } from '../master-labels';
import { useSettings } from '../settings/settings.store';
import { useYears } from '../years/years.store';

interface Props {
  /** The year a new answer starts on; a person may pick another. */
  yearId: string;
  /** The host to answer for, fixed; or null to pick one. */
  hostId: string | null;
  answer: SurveyAnswer | null;
  opened: boolean;
  onClose(): void;
  onSaved(answer: SurveyAnswer): void;
}

function initial(answer: SurveyAnswer | null, hostId: string | null, yearId: string) {
  return {
    yearId: answer?.yearId ?? yearId,
    hostId: answer?.hostId ?? hostId ?? '',
    requestedCount: String(answer?.requestedCount ?? 1),
    preferredCountry: answer?.preferredCountry ?? '',
    preferredSendingGovernmentId: answer?.preferredSendingGovernment?.id ?? '',
    trainingFieldId: answer?.trainingField?.id ?? '',
    periodMonths: answer?.periodMonths ? String(answer.periodMonths) : '',
    status: answer?.status ?? 'received',
    notes: answer?.notes ?? '',
  };
}

/** A host's answer to the year's demand survey: how many, from where, in which field, how long. */
export function SurveyAnswerModal({ yearId, hostId, answer, opened, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const language = useSettings((s) => s.language);
  const { hosts, trainingFields, sendingGovernments } = useMasters();
  const years = useYears((s) => s.years);
  const countryOptions = useCountryOptions(language);
  const [values, setValues] = useState(() => initial(answer, hostId, yearId));
  const [error, setError] = useState<TranslatedError | null>(null);

  useEffect(() => {
    if (opened) {
      setValues(initial(answer, hostId, yearId));
      setError(null);
    }
  }, [opened, answer, hostId, yearId]);

  const number = (text: string) => (text.trim() === '' ? null : /^\d+$/.test(text.trim()) ? Number(text.trim()) : text);

  async function submit(event: FormEvent) {
    event.preventDefault();
    event.stopPropagation();
    const result = await api.call('survey:save', {
      yearId: values.yearId,
      hostId: values.hostId,
      // Typed text that is not a number goes to the backend as is, which names the problem.
      requestedCount: number(values.requestedCount) as number,
      preferredCountry: values.preferredCountry || null,
      preferredSendingGovernmentId: values.preferredSendingGovernmentId || null,
      trainingFieldId: values.trainingFieldId || null,
      periodMonths: number(values.periodMonths) as number | null,
      status: values.status as SurveyAnswer['status'],
      notes: values.notes || null,
    });
    if (!result.ok) return setError(translateError(t, result.error, 'survey.field'));
    useFlash.getState().show(t('survey.saved', { host: result.value.hostName }));
    onSaved(result.value);
  }

  const field = textFieldBinder(t, 'survey.field', values, setValues, error);
  const any = { value: '', label: t('survey.any') };

  return (
    <Modal opened={opened} onClose={onClose} title={t(answer ? 'survey.edit' : 'survey.add')} centered size="lg">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          <SimpleGrid cols={2}>
            <NativeSelect
              {...field('yearId')}
              disabled={answer !== null}
              data={(years ?? []).map((y) => ({ value: y.id, label: t('year.label', { year: y.fiscalYear }) }))}
            />
            <NativeSelect
              {...field('hostId')}
              disabled={hostId !== null || answer !== null}
              data={[{ value: '', label: t('common.none') }, ...hosts.map((h) => ({ value: h.id, label: hostLabel(h, language) }))]}
            />
            <TextInput {...field('requestedCount')} inputMode="numeric" withAsterisk />
            <NativeSelect {...field('preferredCountry')} data={[any, ...countryOptions]} />
            <NativeSelect
              {...field('preferredSendingGovernmentId')}
              data={[
                any,
                ...sendingGovernments
                  .filter((g) => !values.preferredCountry || g.country === values.preferredCountry)
                  .map((g) => ({ value: g.id, label: sendingGovernmentLabel(g, language) })),
              ]}
            />
            <NativeSelect {...field('trainingFieldId')} data={[any, ...trainingFields.map((f) => ({ value: f.id, label: trainingFieldLabel(f, language) }))]} />
            <TextInput {...field('periodMonths')} inputMode="numeric" />
            <NativeSelect {...field('status')} data={SURVEY_STATUSES.map((s) => ({ value: s, label: t(`survey.status.${s}`) }))} />
          </SimpleGrid>
          <Textarea {...field('notes')} autosize minRows={2} />
          <ModalFormFooter error={error} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
