import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '@shared/contract/settings';
import type { Statistics } from '@shared/contract/statistics';
import { todayInJapan } from '@shared/text/date-math';
import { QueryError } from '../../data/QueryState';
import { useChannel } from '../../data/use-channel';
import { headlineText, labelledTables } from '../statistics/statistics-tables';
import { PageFooter, SheetProvider, type SheetInfo } from './SheetFrame';
import type { StatisticsPrint } from './statistics-path';
import { PrintBar } from './PrintBar';
import './print.css';
import './statistics.css';

/** More years than this do not fit a portrait page. */
const PORTRAIT_YEARS = 10;

/** 研修員受入実績: the headline, the counting rule, and a table per page (country, host prefecture, field × fiscal year). */
export function StatisticsSheet({ stats, language }: { stats: Statistics; language: Language }) {
  const { i18n } = useTranslation();
  const t = i18n.getFixedT(language);
  const range = stats.years.length > 0 ? t('statistics.range', { from: stats.years[0], to: stats.years.at(-1) }) : '';
  const info: SheetInfo = {
    t, language, fiscalYear: stats.years.at(-1) ?? 0, year: range, printedOn: todayInJapan(), officePhone: null,
    sep: language === 'ja' ? '\u3000' : ' · ', paren: (text: string) => t('common.paren', { text }),
  };
  const isWide = stats.years.length > PORTRAIT_YEARS;
  const title = t('statistics.printTitle');
  return (
    <SheetProvider value={info}>
      <div className={`kk-sheet kk-sheet-statistics${isWide ? ' kk-sheet-statistics-wide' : ''}`} lang={language} data-testid="sheet">
        <PageFooter title={title} />
        {labelledTables(stats, language, t('statistics.notRecorded')).map((table, index) => (
          <section key={table.id} data-testid={`statistics-sheet-${table.id}`}>
            {index === 0 && (
              <>
                <h1>
                  {title}
                  {range && `${info.sep}${range}`}
                </h1>
                <p className="kk-statistics-headline">{headlineText(t, stats, language)}</p>
                <p className="kk-statistics-rule">{t('statistics.countingRule', { withdrawn: stats.withdrawnCounted, notCounted: stats.notCounted })}</p>
              </>
            )}
            <h2>{t(table.title)}</h2>
            <table>
              <thead>
                <tr>
                  <th>{t(table.keyHeader)}</th>
                  {stats.years.map((y) => (
                    <th key={y} className="kk-num">
                      {y}
                    </th>
                  ))}
                  <th className="kk-num">{t('statistics.total')}</th>
                </tr>
              </thead>
              <tbody>
                {table.rows.map((r) => (
                  <tr key={r.key || 'none'}>
                    <th scope="row">{r.label}</th>
                    {r.counts.map((n, i) => (
                      <td key={stats.years[i]} className="kk-num">
                        {n === 0 ? '' : n}
                      </td>
                    ))}
                    <td className="kk-num kk-total">{r.total}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t('statistics.total')}</th>
                  {table.totals.map((n, i) => (
                    <td key={stats.years[i]} className="kk-num">
                      {n}
                    </td>
                  ))}
                  <td className="kk-num">{table.total}</td>
                </tr>
              </tfoot>
            </table>
          </section>
        ))}
      </div>
    </SheetProvider>
  );
}

/** The statistics sheet alone on the page (`#/print/statistics?…`), as Save as PDF and the tests render it. */
export function StatisticsPrintRoute({ print }: { print: StatisticsPrint }) {
  const { t } = useTranslation();
  const stats = useChannel('statistics:summary', { fromYear: print.fromYear, toYear: print.toYear });
  const [readyFor, setReadyFor] = useState<unknown>(null);
  useEffect(() => {
    if (!stats.data) return;
    let isCurrent = true;
    const data = stats.data;
    void document.fonts.ready.then(() => requestAnimationFrame(() => isCurrent && setReadyFor(data)));
    return () => {
      isCurrent = false;
    };
  }, [stats.data]);
  if (stats.error) {
    return (
      <div data-print-ready="failed">
        <QueryError error={stats.error} onRetry={() => void stats.refetch()} />
      </div>
    );
  }
  const isReady = Boolean(stats.data) && readyFor === stats.data;
  return (
    <div data-print-ready={isReady ? 'true' : undefined}>
      {stats.data && (
        <>
          <PrintBar back="/statistics" />
          {/* A landscape sheet is wider than the window: the frame scrolls, so it can be reached and scrolled from the keyboard. */}
          <div className="kk-preview-frame" tabIndex={0} role="region" aria-label={t('statistics.printTitle')}>
            <div className="kk-preview">
              <StatisticsSheet stats={stats.data} language={print.language} />
            </div>
          </div>
        </>
      )}
    </div>
  );
}
