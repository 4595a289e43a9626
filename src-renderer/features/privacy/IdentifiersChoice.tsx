import { Checkbox } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * The choice to write passport and residence card numbers in full, off by default (they are then
 * masked as TK12•••78); an export made with it on asks first (useConfirmIdentifiers) and is recorded.
 */
export function IdentifiersChoice({ checked, onChange }: { checked: boolean; onChange(checked: boolean): void }) {
  const { t } = useTranslation();
  return (
    <Checkbox
      size="sm"
      label={t('export.identifiers.include')}
      description={t('export.identifiers.help')}
      checked={checked}
      onChange={(event) => onChange(event.currentTarget.checked)}
      data-testid="include-identifiers"
    />
  );
}
