import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TranslatedError } from '../i18n/errors';
import { ErrorAlert } from './ErrorAlert';

/**
 * The end of a form in a modal: a failure that no field shows (the fields show their own),
 * then Cancel and Save.
 */
export function ModalFormFooter({ error, onCancel }: { error: TranslatedError | null; onCancel(): void }) {
  const { t } = useTranslation();
  return (
    <>
      <ErrorAlert error={error && Object.keys(error.fields).length === 0 ? error : null} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button type="submit">{t('common.save')}</Button>
      </Group>
    </>
  );
}
