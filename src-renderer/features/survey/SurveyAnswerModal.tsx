import { NativeSelect, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { hostLabel, hostNameIn, sendingGovernmentLabel, trainingFieldLabel } from '@shared/contract/names';
import { halfWidth } from '@shared/text/fold';
import { SURVEY_STATUSES, type SurveyAnswer } from '@shared/contract/hosts';
import { useFlash } from '../../app/flash.store';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormModal } from '../../data/FormModal';
import { useHostList, useSendingGovernments, useTrainingFields, useYearList } from '../../data/lists';
import { QueryError } from '../../data/QueryState';
import { useChannelMutation } from '../../data/use-channel';
import { useConfirmDelete } from '../../data/use-confirm-delete';
import { useContractForm } from '../../data/use-contract-form';
import { useMutationError } from '../../data/use-mutation-error';
import { useCountryOptions } from '../countries';
import { useSettings } from '../settings/settings.store';

interface Props {
  /** The year a new answer starts on; a person may pick another. */
  yearId: string;
  /** The host to answer for, fixed; or null to pick one. */
  hostId: string | null;
  answer: SurveyAnswer | null;
  opened: boolean;
  onClose(): void;
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
    status: answer?.status ?? ('received' as SurveyAnswer['status']),
    notes: answer?.notes ?? '',
  };
}

/** Digits (full-width too) as a number; typed text that is not one goes to the backend as is, which names the problem. */
function number(text: string): number | null {
  const digits = halfWidth(text);
  return (digits === '' ? null : /^\d+$/.test(digits) ? Number(digits) : text.trim()) as number | null;
}

/** The reads the dialog picks from, with the first that failed. */
function usePickLists() {
  const years = useYearList();
  const hosts = useHostList();
  const trainingFields = useTrainingFields();
  const sendingGovernments = useSendingGovernments();
  const failed = [years, hosts, trainingFields, sendingGovernments].find((q) => q.isError);
  return { years: years.data ?? [], hosts: hosts.data ?? [], trainingFields: trainingFields.data ?? [], sendingGovernments: sendingGovernments.data ?? [], failed };
}

/** A host's answer to the year's demand survey: how many, from where, in which field, how long. */
export function SurveyAnswerModal({ yearId, hostId, answer, opened, onClose }: Props) {
  const { t } = useTranslation();
  const language = useSettings((s) => s.language);
  const lists = usePickLists();
  const countryOptions = useCountryOptions(language);
  const confirmDelete = useConfirmDelete();
  const remove = useChannelMutation('survey:delete');
  const removeError = useMutationError(remove, 'survey.field');
  const { reset: resetRemove } = remove;
  useEffect(() => {
    if (opened) resetRemove();
  }, [opened, resetRemove]);
  const contract = useContractForm('survey:save', {
    opened,
    recordKey: answer?.id ?? `new:${hostId ?? ''}:${yearId}`,
    initialValues: initial(answer, hostId, yearId),
    toInput: (v) => ({
      yearId: v.yearId,
      hostId: v.hostId,
      requestedCount: number(v.requestedCount) as number,
      preferredCountry: v.preferredCountry || null,
      preferredSendingGovernmentId: v.preferredSendingGovernmentId || null,
      trainingFieldId: v.trainingFieldId || null,
      periodMonths: number(v.periodMonths),
      status: v.status,
      notes: v.notes || null,
    }),
    fieldLabels: 'survey.field',
    flash: (saved) => t('survey.saved', { host: saved.hostName }),
    onSaved: onClose,
  });
  const { field } = contract;
  const values = contract.form.getValues();
  const any = { value: '', label: t('survey.any') };

  async function removeAnswer(a: SurveyAnswer) {
    const name = t('survey.deleteName', { host: hostNameIn(a, language), year: t('year.label', { year: a.fiscalYear }) });
    if (!(await confirmDelete({ name }))) return;
    await remove.run(
      { id: a.id },
      {
        onSuccess: () => {
          useFlash.getState().show(t('survey.deleted'));
          onClose();
        },
      },
    ); // a failure is shown in the dialog, which stays open
  }

  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title={t(answer ? 'survey.edit' : 'survey.add')}
      form={contract}
      onDelete={answer ? () => void removeAnswer(answer) : undefined}
    >
      {lists.failed && <QueryError error={lists.failed.error} onRetry={() => void lists.failed?.refetch()} />}
      <SimpleGrid cols={2}>
        <NativeSelect
          {...field('yearId')}
          disabled={answer !== null}
          data={lists.years.map((y) => ({ value: y.id, label: t('year.label', { year: y.fiscalYear }) }))}
        />
        <NativeSelect
          {...field('hostId')}
          disabled={hostId !== null || answer !== null}
          data={[{ value: '', label: t('common.none') }, ...lists.hosts.map((h) => ({ value: h.id, label: hostLabel(h, language) }))]}
        />
        <TextInput {...field('requestedCount')} inputMode="numeric" withAsterisk />
        <NativeSelect {...field('preferredCountry')} data={[any, ...countryOptions]} />
        <NativeSelect
          {...field('preferredSendingGovernmentId')}
          data={[
            any,
            ...lists.sendingGovernments
              .filter((g) => !values.preferredCountry || g.country === values.preferredCountry)
              .map((g) => ({ value: g.id, label: sendingGovernmentLabel(g, language) })),
          ]}
        />
        <NativeSelect {...field('trainingFieldId')} data={[any, ...lists.trainingFields.map((f) => ({ value: f.id, label: trainingFieldLabel(f, language) }))]} />
        <TextInput {...field('periodMonths')} inputMode="numeric" />
        <NativeSelect {...field('status')} data={SURVEY_STATUSES.map((s) => ({ value: s, label: t(`survey.status.${s}`) }))} />
      </SimpleGrid>
      <Textarea {...field('notes')} autosize minRows={2} />
      <ErrorAlert error={removeError} />
    </FormModal>
  );
}
