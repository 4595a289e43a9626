import { useForm, type UseFormReturnType } from '@mantine/form';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel, ChannelInput, ChannelOutput } from '@shared/contract/channels';
import type { AppErrorBody } from '@shared/contract/result';
import { useFlash } from '../app/flash.store';
import { labelKeys, translateError, type FieldLabels, type TranslatedError } from '../i18n/errors';
import { errorBody } from './channel-error';
import { useChannelMutation } from './use-channel';

type FormValues = Record<string, unknown>;

export interface ContractFormOptions<C extends Channel, V extends FormValues> {
  /** The values for the record being edited (or a new one), taken again each time the form opens. */
  initialValues: V;
  /** Which record the form holds; a new one (or opening again) starts the form over. */
  recordKey?: string | null;
  /** For a form in a dialog: whether it is open. */
  opened?: boolean;
  /** The form's values as the channel's input. */
  toInput(values: V): ChannelInput<C>;
  /** Where the fields' labels are in the translations (`place.field` → `place.field.nameJa`). */
  fieldLabels: FieldLabels;
  /** The confirmation shown above the page after saving. */
  flash?(output: ChannelOutput<C>): string;
  onSaved?(output: ChannelOutput<C>): void;
  /** After a failed save, with every message (a page in sections opens the first one that has a field to fix) and the error as answered. */
  onFailed?(error: TranslatedError, body: AppErrorBody): void;
}

export interface ContractForm<V extends FormValues> {
  form: UseFormReturnType<V>;
  /** The form element's onSubmit: saves through the channel (Ctrl+S submits it too). */
  onSubmit(event?: FormEvent): void;
  /** Props of an input bound to one field: value, change, its label and its message from the last save. */
  field(name: keyof V & string): ReturnType<UseFormReturnType<V>['getInputProps']> & { label: string };
  /** What failed that no field on the form shows (the whole call, or a field the form has no input for). */
  error: TranslatedError | null;
  isSaving: boolean;
}

/**
 * A form that saves through one channel: initial values and their reset on open, the
 * contract's field rules as messages on the fields, the flash, and the invalidation of what
 * the save changed. A list-and-modal screen gives its fields and nothing else.
 */
export function useContractForm<C extends Channel, V extends FormValues>(channel: C, options: ContractFormOptions<C, V>): ContractForm<V> {
  const { t } = useTranslation();
  const mutation = useChannelMutation(channel);
  const form = useForm<V>({ mode: 'controlled', initialValues: options.initialValues });
  const [error, setError] = useState<TranslatedError | null>(null);
  const { opened = true, recordKey = null } = options;
  // Ctrl+S submits even while the Save button waits: one save at a time, so a new record is never made twice.
  const isSavingNow = useRef(false);
  // The fields this render put on screen through `field()`: a message for any other field goes in the form's alert.
  const shownFields = useRef(new Set<string>());
  shownFields.current = new Set();

  // Opening the form (again) or choosing another record starts over from the record's values.
  useEffect(() => {
    if (!opened) return;
    form.setInitialValues(options.initialValues);
    form.setValues(options.initialValues);
    form.clearErrors();
    setError(null);
    mutation.reset();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new record or a new opening resets
  }, [opened, recordKey]);

  async function save() {
    if (isSavingNow.current) return;
    isSavingNow.current = true;
    setError(null);
    form.clearErrors();
    try {
      const output = await mutation.mutateAsync(options.toInput(form.getValues()));
      form.resetDirty();
      if (options.flash) useFlash.getState().show(options.flash(output));
      options.onSaved?.(output);
    } catch (caught) {
      const body = errorBody(caught);
      const translated = translateError(t, body, options.fieldLabels);
      // A form that binds its inputs itself (not through `field()`) shows every one of its values.
      const shown = shownFields.current.size ? shownFields.current : new Set(Object.keys(form.getValues()));
      const onForm = Object.fromEntries(Object.entries(translated.fields).filter(([name]) => shown.has(name)));
      const elsewhere = Object.fromEntries(Object.entries(translated.fields).filter(([name]) => !shown.has(name)));
      form.setErrors(onForm);
      const hasOnlyFieldErrors = Object.keys(onForm).length > 0 && Object.keys(elsewhere).length === 0;
      setError(hasOnlyFieldErrors ? null : { summary: translated.summary, fields: elsewhere });
      options.onFailed?.(translated, body);
    } finally {
      isSavingNow.current = false;
    }
  }

  return {
    form,
    onSubmit: (event) => {
      event?.preventDefault();
      // A dialog's form sits in a portal, but React bubbles its submit to a page form around it.
      event?.stopPropagation();
      void save();
    },
    field: (name) => {
      shownFields.current.add(name);
      return { ...form.getInputProps(name), label: t(labelKeys(options.fieldLabels, name)) };
    },
    error,
    isSaving: mutation.isPending,
  };
}
