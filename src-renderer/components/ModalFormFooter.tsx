import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TranslatedError } from '../i18n/errors';
import { ErrorAlert } from './ErrorAlert';

interface Props {
  error: TranslatedError | null;
  onCancel(): void;
  /** For a record that exists: deletes it (shown on the left, in red). */
  onDelete?: () => void;
  deleteLabel?: string;
  /** A save under way: the button waits, so a second click does not save twice. */
  isSaving?: boolean;
  /** What the save button says, when it does more than save (“この内容で決定”). */
  submitLabel?: string;
}

/**
 * The end of a form in a modal: a failure that no field shows (the fields show their own),
 * then Delete (for an existing record), Cancel and Save.
 */
export function ModalFormFooter({ error, onCancel, onDelete, deleteLabel, isSaving, submitLabel }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <ErrorAlert error={error && Object.keys(error.fields).length === 0 ? error : null} />
      <Group justify="space-between">
        {onDelete ? (
          <Button variant="subtle" color="red" onClick={onDelete}>
            {deleteLabel ?? t('common.delete')}
          </Button>
        ) : (
          <span />
        )}
        <Group>
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={isSaving}>
            {submitLabel ?? t('common.save')}
          </Button>
        </Group>
      </Group>
    </>
  );
}
