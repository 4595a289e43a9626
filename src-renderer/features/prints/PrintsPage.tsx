import { Alert, Button, Group, Loader, NativeSelect, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '@shared/contract/settings';
import { latinName, nativeName } from '@shared/contract/names';
import { useFlash } from '../../app/flash.store';
import { ErrorAlert } from '../../components/ErrorAlert';
import { YearSelect, useSelectedYearId } from '../../components/YearSelect';
import { QueryError } from '../../data/QueryState';
import type { TranslatedError } from '../../i18n/errors';
import { useSettings } from '../settings/settings.store';
import { useSheetData } from './load-sheet';
import { SHEET_OPTIONS, SHEETS, type PrintOptions, type SheetKind } from './sheets';
import { CoverageWarnings, SheetView } from './SheetView';
import './print.css';

/** The sheets whose foot gives the office's number (EmergencyFoot). */
const WITH_OFFICE_PHONE: readonly SheetKind[] = ['arrival', 'orientation'];

/**
 * The sheets staff print: pick one, its language, the group or trainee, see it as it will
 * print, then print it or save it as PDF.
 */
export function PrintsPage() {
  const { t } = useTranslation();
  const screenLanguage = useSettings((s) => s.language);
  const yearId = useSelectedYearId();
  const [sheet, setSheet] = useState<SheetKind>('arrival');
  const [language, setLanguage] = useState<Language>(screenLanguage);
  const [groupId, setGroupId] = useState('');
  const [traineeId, setTraineeId] = useState('');
  const options: PrintOptions = useMemo(
    () => ({ sheet, yearId, language, groupId: groupId || null, traineeId: traineeId || null }),
    [sheet, yearId, language, groupId, traineeId],
  );

  const sheetData = useSheetData(options);
  const { data } = sheetData;
  const [pdfError, setPdfError] = useState<TranslatedError | null>(null);

  async function savePdf() {
    const bridge = window.kakehashi;
    if (!bridge?.savePdf) return window.print();
    const fileName = `${t(`print.sheet.${sheet}`, { lng: language })}_${data?.fiscalYear ?? ''}.pdf`;
    setPdfError(null);
    // Writing the file fails when a viewer holds it open; Electron passes on only a message, so the reason is said in general.
    await bridge.savePdf(fileName).then(
      (result) => result.saved && useFlash.getState().show(t('print.saved', { path: result.path })),
      () => setPdfError({ summary: t('print.savePdfFailed'), fields: {} }),
    );
  }

  const { group: takesGroup, trainee: takesTrainee } = SHEET_OPTIONS[sheet];
  return (
    <Stack>
      <Group justify="space-between" className="kk-no-print">
        <Title order={2}>{t('print.title')}</Title>
        <YearSelect />
      </Group>
      <Paper withBorder p="sm" className="kk-no-print">
        <Stack>
          <SegmentedControl
            aria-label={t('print.sheetChoice')}
            value={sheet}
            onChange={(v) => setSheet(v as SheetKind)}
            data={SHEETS.map((s) => ({ value: s, label: t(`print.sheet.${s}`) }))}
          />
          <Text size="sm" c="dimmed">
            {t(`print.about.${sheet}`)}
          </Text>
          <Group align="flex-end">
            <NativeSelect
              label={t('print.language')}
              value={language}
              onChange={(e) => setLanguage(e.currentTarget.value as Language)}
              data={LANGUAGES.map((l) => ({ value: l, label: t(`app.languageName.${l}`) }))}
            />
            {takesGroup && (
              <NativeSelect
                label={t('print.group')}
                value={groupId}
                onChange={(e) => setGroupId(e.currentTarget.value)}
                data={[{ value: '', label: t('print.allGroups') }, ...(data?.board.groups ?? []).map((g) => ({ value: g.id, label: g.name }))]}
              />
            )}
            {takesTrainee && (
              <NativeSelect
                label={t('print.trainee')}
                value={traineeId}
                onChange={(e) => setTraineeId(e.currentTarget.value)}
                data={[{ value: '', label: t('print.allTrainees') }, ...(data?.trainees ?? []).map((x) => ({ value: x.id, label: `${nativeName(x)}  ${latinName(x)}` }))]}
              />
            )}
            <Button onClick={() => window.print()} disabled={!data}>
              {t('print.print')}
            </Button>
            <Button variant="light" onClick={() => void savePdf()} disabled={!data}>
              {t('print.savePdf')}
            </Button>
          </Group>
        </Stack>
      </Paper>
      {pdfError && (
        <div className="kk-no-print">
          <ErrorAlert error={pdfError} />
        </div>
      )}
      {sheetData.error && <QueryError error={sheetData.error} onRetry={sheetData.retry} />}
      {data && <CoverageWarnings data={data} options={options} />}
      {data && !data.officePhone && WITH_OFFICE_PHONE.includes(sheet) && (
        <Alert color="yellow" className="kk-no-print" data-testid="office-phone-warning">
          {t('print.officePhoneMissing', { sheet: t(`print.sheet.${sheet}`) })}
        </Alert>
      )}
      {!data && !sheetData.error && yearId && <Loader className="kk-no-print" aria-label={t('common.loading')} />}
      {data && (
        <div className="kk-preview-frame">
          <div className={`kk-preview${sheet === 'placards' ? ' kk-landscape' : ''}`} data-testid="print-preview">
            <SheetView data={data} options={options} />
          </div>
        </div>
      )}
    </Stack>
  );
}
