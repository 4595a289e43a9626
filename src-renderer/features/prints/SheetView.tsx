import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { latinName, nativeName } from '@shared/contract/names';
import { formatOfficialYear } from '@shared/text/date-format';
import { todayInJapan } from '@shared/text/date-math';
import { ArrivalSheet } from './ArrivalSheet';
import { HandoverSheet } from './HandoverSheet';
import { chosenTrainees, type SheetData } from './load-sheet';
import { OrientationSheet } from './OrientationSheet';
import { Placards } from './Placards';
import { RosterSheet } from './RosterSheet';
import { uncoveredCharacters } from './script-coverage';
import { SheetProvider, type SheetInfo } from './SheetFrame';
import type { PrintOptions } from './sheets';

/** Names on the sheet that a bundled font cannot draw, with the characters at fault. */
export function CoverageWarnings({ data, options }: { data: SheetData; options: PrintOptions }) {
  const { t } = useTranslation();
  const problems = chosenTrainees(data, options)
    .flatMap((trainee) => [nativeName(trainee), latinName(trainee), trainee.nameKana ?? ''])
    .map((name) => ({ name, chars: uncoveredCharacters(name) }))
    .filter((p) => p.chars.length > 0);
  if (problems.length === 0) return null;
  return (
    <Alert color="red" title={t('print.coverageTitle')} className="kk-no-print" data-testid="coverage-warning">
      <List size="sm">
        {problems.map((p) => (
          <List.Item key={p.name}>{t('print.coverageItem', { name: p.name, chars: p.chars.join(' ') })}</List.Item>
        ))}
      </List>
    </Alert>
  );
}

/** One sheet, in the language chosen for it, exactly as it prints. */
export function SheetView({ data, options }: { data: SheetData; options: PrintOptions }) {
  const { i18n } = useTranslation();
  const t = i18n.getFixedT(options.language);
  const info: SheetInfo = {
    t, language: options.language, fiscalYear: data.fiscalYear, year: formatOfficialYear(data.fiscalYear, options.language), printedOn: todayInJapan(), officePhone: data.officePhone, sep: options.language === 'ja' ? '\u3000' : ' · ',
    paren: (text: string) => t('common.paren', { text }),
  };
  const sheet = (() => {
    switch (options.sheet) {
      case 'arrival':
        return <ArrivalSheet data={data} groupId={options.groupId} />;
      case 'placards':
        return <Placards trainees={chosenTrainees(data, options)} />;
      case 'orientation':
        return <OrientationSheet pages={data.orientation} />;
      case 'roster':
        return <RosterSheet data={data} />;
      case 'handover':
        return <HandoverSheet data={data} />;
    }
  })();
  return (
    <SheetProvider value={info}>
      <div className={`kk-sheet kk-sheet-${options.sheet}`} lang={options.language} data-testid="sheet">
        {sheet}
      </div>
    </SheetProvider>
  );
}
