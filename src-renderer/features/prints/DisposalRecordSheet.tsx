import { Button } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { fieldClassOf } from '@shared/contract/field-classes';
import type { DisposalRecord } from '@shared/contract/retention';
import type { Language } from '@shared/contract/settings';
import { formatDate, formatOfficialYear, formatWareki } from '@shared/text/date-format';
import { japanDate, todayInJapan } from '@shared/text/date-math';
import { useFlash } from '../../app/flash.store';
import { ErrorAlert } from '../../components/ErrorAlert';
import { QueryError } from '../../data/QueryState';
import { useChannel } from '../../data/use-channel';
import type { TranslatedError } from '../../i18n/errors';
import { PageFooter, SheetProvider, type SheetInfo } from './SheetFrame';
import { PrintBar } from './PrintBar';
import './print.css';
import './disposal.css';

const TIME = new Intl.DateTimeFormat('ja-JP', { hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Tokyo' });

/** A day as an official document writes it: 令和8年11月26日（2026年11月26日）, or 26 November 2026 in English. */
function officialDate(t: TFunction, date: string, language: Language, time?: string): string {
  if (language === 'en') return [formatDate(date, 'en'), time].filter(Boolean).join(', ');
  return t('print.disposal.dateBoth', { wareki: [formatWareki(date), time].filter(Boolean).join(' '), western: formatDate(date, 'ja') });
}

/**
 * 個人情報廃棄記録: one close-out as an official A4 document — the year, how many people, each
 * kind of data erased with its class and count, the reason and method, who did it and when, and
 * boxes for the person who checks it (確認者) to sign and seal.
 */
export function DisposalRecordSheet({ record, language }: { record: DisposalRecord; language: Language }) {
  const { i18n } = useTranslation();
  const t = i18n.getFixedT(language);
  const printedOn = todayInJapan();
  const year = formatOfficialYear(record.fiscalYear, language);
  const info: SheetInfo = {
    t, language, fiscalYear: record.fiscalYear, year, printedOn, officePhone: null, sep: language === 'ja' ? '\u3000' : ' · ',
    paren: (text: string) => t('common.paren', { text }),
  };
  const day = japanDate(new Date(record.carriedOutAt));
  const carriedOut = officialDate(t, day, language, TIME.format(new Date(record.carriedOutAt)));
  const people = (count: number) => t('print.disposal.peopleValue', { count });
  return (
    <SheetProvider value={info}>
      <div className="kk-sheet kk-sheet-disposal" lang={language} data-testid="sheet">
        <PageFooter title={t('print.sheet.disposal')} />
        <p className="kk-disposal-made">{t('print.disposal.made', { date: officialDate(t, printedOn, language) })}</p>
        <h1 className="kk-disposal-title">{t('print.disposal.title')}</h1>
        <div className="kk-disposal-office">
          <p>{t('print.sender')}</p>
          <p>{t('print.division')}</p>
          <p>{t('print.disposal.program')}</p>
        </div>
        <p className="kk-disposal-intro">{t('print.disposal.intro')}</p>
        <p className="kk-disposal-ki">{t('print.disposal.ki')}</p>
        <table className="kk-disposal-table">
          <tbody>
            <tr>
              <th>{t('print.disposal.year')}</th>
              <td>{year}</td>
            </tr>
            <tr>
              <th>{t('print.disposal.subject')}</th>
              <td data-testid="disposal-count">{t('print.disposal.subjectValue', { count: record.traineeCount })}</td>
            </tr>
            <tr>
              <th>{t('print.disposal.kinds')}</th>
              <td className="kk-disposal-items">
                <table>
                  <thead>
                    <tr>
                      <th>{t('print.disposal.item')}</th>
                      <th style={{ width: '42mm' }}>{t('print.disposal.class')}</th>
                      <th style={{ width: '18mm' }}>{t('print.disposal.people')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {record.items.map((item) => (
                      <tr key={item.field} data-testid="disposal-item">
                        <td>{t(`trainee.field.${item.field}`)}</td>
                        <td>{t(`print.disposal.classes.${fieldClassOf(item.field)}`)}</td>
                        <td className="kk-num">{people(item.people)}</td>
                      </tr>
                    ))}
                    {record.photoCount > 0 && (
                      <tr data-testid="disposal-item">
                        <td>{t('print.disposal.photo')}</td>
                        <td>{t('print.disposal.classes.ordinary')}</td>
                        <td className="kk-num">{people(record.photoCount)}</td>
                      </tr>
                    )}
                  </tbody>
                </table>
              </td>
            </tr>
            <tr>
              <th>{t('print.disposal.reason')}</th>
              <td>{t('print.disposal.reasonValue', { years: record.retentionYears })}</td>
            </tr>
            <tr>
              <th>{t('print.disposal.method')}</th>
              <td>
                {t('print.disposal.methodValue')}
                {record.backupsRewritten > 0 && <div className="kk-muted">{t('print.disposal.backups', { count: record.backupsRewritten })}</div>}
                {record.backupsFailed.length > 0 && (
                  <div className="kk-muted">{t('print.disposal.backupsFailed', { files: record.backupsFailed.join(t('common.listSeparator')) })}</div>
                )}
              </td>
            </tr>
            <tr>
              <th>{t('print.disposal.kept')}</th>
              <td>{t('print.disposal.keptValue')}</td>
            </tr>
            <tr>
              <th>{t('print.disposal.date')}</th>
              <td>{carriedOut}</td>
            </tr>
            <tr>
              <th>{t('print.disposal.by')}</th>
              <td>{record.carriedOutBy}</td>
            </tr>
          </tbody>
        </table>
        <p className="kk-disposal-end">{t('print.disposal.end')}</p>
        <table className="kk-disposal-check">
          <thead>
            <tr>
              <th colSpan={4}>{t('print.disposal.checker')}</th>
            </tr>
            <tr>
              <th style={{ width: '40mm' }}>{t('print.disposal.checkDate')}</th>
              <th>{t('print.disposal.position')}</th>
              <th style={{ width: '45mm' }}>{t('print.disposal.name')}</th>
              <th style={{ width: '24mm' }}>{t('print.disposal.seal')}</th>
            </tr>
          </thead>
          <tbody>
            {[0, 1].map((i) => (
              <tr key={i}>
                <td />
                <td />
                <td />
                <td className="kk-disposal-seal" />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </SheetProvider>
  );
}

/**
 * A disposal record alone on the page (`#/print/disposal/<id>?lang=ja`), as Save as PDF and the
 * tests render it, with a bar (not printed) to print, save as PDF or go back.
 * `data-print-ready` is set once the record and the fonts are in, or to `failed`.
 */
export function DisposalRecordRoute({ id, language }: { id: string; language: Language }) {
  const { t } = useTranslation();
  const record = useChannel('retention:record', { id });
  const [readyFor, setReadyFor] = useState<DisposalRecord | null>(null);
  const [pdfError, setPdfError] = useState<TranslatedError | null>(null);
  const { data } = record;

  useEffect(() => {
    if (!data) return;
    let isCurrent = true;
    void document.fonts.ready.then(() => requestAnimationFrame(() => isCurrent && setReadyFor(data)));
    return () => {
      isCurrent = false;
    };
  }, [data]);

  async function savePdf(fiscalYear: number) {
    const bridge = window.kakehashi;
    if (!bridge?.savePdf) return window.print();
    setPdfError(null);
    await bridge.savePdf(`${t('print.sheet.disposal', { lng: language })}_${fiscalYear}.pdf`).then(
      (result) => result.saved && useFlash.getState().show(t('print.saved', { path: result.path })),
      () => setPdfError({ summary: t('print.savePdfFailed'), fields: {} }),
    );
  }

  if (record.error) {
    return (
      <div data-print-ready="failed">
        <QueryError error={record.error} onRetry={() => void record.refetch()} />
      </div>
    );
  }
  return (
    <div data-print-ready={data && readyFor === data ? 'true' : undefined}>
      {data && (
        <>
          <PrintBar back={`/years/${data.yearId}`}>
            <Button variant="light" onClick={() => void savePdf(data.fiscalYear)}>
              {t('print.savePdf')}
            </Button>
          </PrintBar>
          {pdfError && (
            <div className="kk-no-print">
              <ErrorAlert error={pdfError} />
            </div>
          )}
          <div className="kk-preview-frame">
            <div className="kk-preview">
              <DisposalRecordSheet record={data} language={language} />
            </div>
          </div>
        </>
      )}
    </div>
  );
}
