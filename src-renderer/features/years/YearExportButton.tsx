import { Button, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IdentifiersChoice } from '../privacy/IdentifiersChoice';
import { useConfirmIdentifiers } from '../privacy/use-confirm-identifiers';

/**
 * The year's workbook: passport and residence card numbers masked, unless the person ticks the
 * choice to include them, and then confirms it once when asked.
 */
export function YearExportButton({ onExport, loading }: { onExport(includeIdentifiers: boolean): void; loading?: boolean }) {
  const { t } = useTranslation();
  const [includeIdentifiers, setIncludeIdentifiers] = useState(false);
  const confirmIdentifiers = useConfirmIdentifiers();

  async function run() {
    if (includeIdentifiers && !(await confirmIdentifiers())) return;
    onExport(includeIdentifiers);
  }

  return (
    <Stack gap={4} align="flex-start" maw={320}>
      <Button variant="light" onClick={() => void run()} loading={loading}>
        {t('export.year')}
      </Button>
      <IdentifiersChoice checked={includeIdentifiers} onChange={setIncludeIdentifiers} />
    </Stack>
  );
}
