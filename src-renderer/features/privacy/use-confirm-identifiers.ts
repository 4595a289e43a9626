import { useTranslation } from 'react-i18next';
import { useConfirmStore } from '../../app/confirm.store';

/**
 * Asks once before an export that writes passport and residence card numbers in full, saying
 * that it is recorded; resolves true when the person confirms. One wording for every such export.
 */
export function useConfirmIdentifiers(): () => Promise<boolean> {
  const { t } = useTranslation();
  const ask = useConfirmStore((s) => s.ask);
  return () =>
    ask({
      title: t('export.identifiers.confirmTitle'),
      body: t('export.identifiers.confirmBody'),
      confirmLabel: t('export.identifiers.confirm'),
      cancelLabel: t('common.cancel'),
      danger: true,
    });
}
