import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { BookletEntry } from '@shared/contract/alumni';
import { hostNameIn, latinName, nativeName, nameLangTag, trainingFieldLabel } from '@shared/contract/names';
import type { Language } from '@shared/contract/settings';
import { formatOfficialYear } from '@shared/text/date-format';
import { todayInJapan } from '@shared/text/date-math';
import { QueryError } from '../../data/QueryState';
import { useChannel, useChannels } from '../../data/use-channel';
import { countryName } from '../countries';
import { Native, PageFooter, SheetProvider, senderName, usePrintReady, type SheetInfo } from './SheetFrame';
import type { AlumniPrint } from './alumni-path';
import { PrintBar } from './PrintBar';
import './print.css';
import './alumni.css';

type Photo = { mime: string; dataBase64: string } | null;

function sheetInfo(t: TFunction, language: Language, fiscalYear: number): SheetInfo {
  return {
    t, language, fiscalYear, year: formatOfficialYear(fiscalYear, language), printedOn: todayInJapan(), officePhone: null,
    sep: language === 'ja' ? '\u3000' : ' · ', paren: (text: string) => t('common.paren', { text }),
  };
}

/** Where the trainee comes from, as the article writes it: the country, then the city (韓国 慶州市). */
function origin(entry: BookletEntry, language: Language, sep: string): string {
  const g = entry.trainee.sendingGovernment;
  const city = g ? (language === 'ja' ? (g.nameJa ?? g.nameLocal) : g.nameEn) : null;
  return [countryName(entry.trainee.nationality, language), city].filter(Boolean).join(sep);
}

const paragraphs = (text: string) => text.split(/\n\s*\n|\n/).map((p) => p.trim()).filter(Boolean);

/**
 * One report in the layout of the program's own article (〈研修員レポート〉): the photo, the name
 * in katakana, in its own script and romanised, the country and city, the host, the field, then the text.
 */
export function ReportPage({ entry, photo, language }: { entry: BookletEntry; photo: Photo; language: Language }) {
  const { i18n } = useTranslation();
  const t = i18n.getFixedT(language);
  const { report, trainee } = entry;
  const sep = language === 'ja' ? '\u3000' : ' · ';
  const native = nativeName(trainee);
  const latin = latinName(trainee);
  const line = (label: string, value: ReactNode) => (
    <p className="kk-alumni-line">
      <span className="kk-alumni-label">{label}</span>
      {t('print.alumni.colon')}
      {value}
    </p>
  );
  return (
    <section className="kk-page kk-alumni-report" data-testid="alumni-report-page">
      <p className="kk-alumni-heading">{t('print.alumni.heading')}</p>
      <h1 className="kk-alumni-title">{report.title}</h1>
      <div className="kk-alumni-head">
        {photo && <img className="kk-alumni-photo" src={`data:${photo.mime};base64,${photo.dataBase64}`} alt="" />}
        <div className="kk-alumni-who">
          {line(t('print.alumni.name'), trainee.nameKana ?? latin)}
          <p className="kk-alumni-name">
            <Native name={native} lang={trainee.nameLang} className="kk-alumni-native" />
          </p>
          {latin !== native && <p className="kk-alumni-name kk-alumni-latin">{latin}</p>}
          {line(t('print.alumni.country'), origin(entry, language, sep))}
          {line(t('print.alumni.host'), hostNameIn(trainee, language) ?? '')}
          {line(t('print.alumni.field'), trainee.trainingField ? trainingFieldLabel(trainee.trainingField, language) : '')}
        </div>
      </div>
      <div className="kk-alumni-text" lang="ja">
        {paragraphs(report.textJa).map((p, i) => (
          <p key={i}>{p}</p>
        ))}
      </div>
      {report.textOriginal && (
        <div className="kk-alumni-text kk-alumni-original" lang={nameLangTag(trainee.nameLang)}>
          <p className="kk-alumni-label">{t('print.alumni.original')}</p>
          {paragraphs(report.textOriginal).map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </div>
      )}
      {report.publishedIn && <p className="kk-alumni-published">{t('print.alumni.published', { where: report.publishedIn })}</p>}
    </section>
  );
}

/** A single report on its own sheet (for the press or a host's newsletter). */
export function ReportSheet({ entry, photo, language }: { entry: BookletEntry; photo: Photo; language: Language }) {
  const { i18n } = useTranslation();
  const t = i18n.getFixedT(language);
  const info = sheetInfo(t, language, entry.report.fiscalYear);
  return (
    <SheetProvider value={info}>
      <div className="kk-sheet kk-sheet-alumni" lang={language} data-testid="sheet">
        <PageFooter title={t('print.alumni.sheetTitle')} />
        <ReportPage entry={entry} photo={photo} language={language} />
      </div>
    </SheetProvider>
  );
}

/** A fiscal year's booklet: a cover, the contents, then one page per report in host order. */
export function BookletSheet({ fiscalYear, entries, photos, language }: { fiscalYear: number; entries: BookletEntry[]; photos: Photo[]; language: Language }) {
  const { i18n } = useTranslation();
  const t = i18n.getFixedT(language);
  const info = sheetInfo(t, language, fiscalYear);
  return (
    <SheetProvider value={info}>
      <div className="kk-sheet kk-sheet-alumni" lang={language} data-testid="sheet">
        <PageFooter title={t('print.alumni.bookletTitle')} />
        <section className="kk-page kk-alumni-cover" data-testid="alumni-booklet-cover">
          <p className="kk-alumni-cover-year">{info.year}</p>
          <h1>{t('print.alumni.bookletTitle')}</h1>
          <p>{t('print.alumni.bookletSubtitle')}</p>
          <p className="kk-alumni-cover-count">{t('print.alumni.reportCount', { count: entries.length })}</p>
          <p className="kk-alumni-cover-sender">{senderName(t, info.sep)}</p>
        </section>
        <section className="kk-page kk-alumni-contents" data-testid="alumni-booklet-contents">
          <h2>{t('print.alumni.contents')}</h2>
          {entries.length === 0 ? (
            <p>{t('print.alumni.empty')}</p>
          ) : (
            <table>
              <tbody>
                {entries.map((e, i) => (
                  <tr key={e.report.id}>
                    <td className="kk-alumni-page-no">{i + 3}</td>
                    <td>{hostNameIn(e.trainee, language) ?? ''}</td>
                    <td>
                      <Native name={nativeName(e.trainee)} lang={e.trainee.nameLang} className="kk-alumni-contents-name" />
                    </td>
                    <td>{e.report.title}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
        {entries.map((e, i) => (
          <ReportPage key={e.report.id} entry={e} photo={photos[i] ?? null} language={language} />
        ))}
      </div>
    </SheetProvider>
  );
}

function Shell({ isReady, error, onRetry, back, children }: { isReady: boolean; error: Parameters<typeof QueryError>[0]['error'] | null; onRetry(): void; back: string; children: ReactNode }) {
  if (error) {
    return (
      <div data-print-ready="failed">
        <QueryError error={error} onRetry={onRetry} />
      </div>
    );
  }
  return (
    <div data-print-ready={isReady ? 'true' : undefined}>
      {children && (
        <>
          <PrintBar back={back} />
          <div className="kk-preview-frame">
            <div className="kk-preview">{children}</div>
          </div>
        </>
      )}
    </div>
  );
}

function ReportRoute({ id, language }: { id: string; language: Language }) {
  const entry = useChannel('alumni:report', { id });
  const photo = useChannel('alumni:report-photo', entry.data?.report.hasPhoto ? { id } : null);
  const data = useMemo(() => {
    if (!entry.data) return null;
    if (entry.data.report.hasPhoto && photo.data === undefined) return null;
    return { entry: entry.data, photo: photo.data ?? null };
  }, [entry.data, photo.data]);
  const isReady = usePrintReady(data);
  const failed = [entry, photo].find((q) => q.error);
  return (
    <Shell isReady={isReady} error={failed?.error ?? null} onRetry={() => void failed?.refetch()} back={entry.data ? `/trainees/${entry.data.trainee.id}` : '/alumni'}>
      {data && <ReportSheet entry={data.entry} photo={data.photo} language={language} />}
    </Shell>
  );
}

function BookletRoute({ fiscalYear, language }: { fiscalYear: number; language: Language }) {
  const entries = useChannel('alumni:booklet', { fiscalYear });
  const withPhoto = useMemo(() => (entries.data ?? []).filter((e) => e.report.hasPhoto).map((e) => ({ id: e.report.id })), [entries.data]);
  const photos = useChannels('alumni:report-photo', withPhoto);
  const data = useMemo(() => {
    if (!entries.data || !photos.data) return null;
    const byId = new Map(withPhoto.map((w, i) => [w.id, photos.data![i] ?? null]));
    return { entries: entries.data, photos: entries.data.map((e) => byId.get(e.report.id) ?? null) };
  }, [entries.data, photos.data, withPhoto]);
  const isReady = usePrintReady(data);
  const error = entries.error ?? photos.error;
  return (
    <Shell isReady={isReady} error={error} onRetry={() => (entries.error ? void entries.refetch() : photos.retry())} back="/alumni">
      {data && <BookletSheet fiscalYear={fiscalYear} entries={data.entries} photos={data.photos} language={language} />}
    </Shell>
  );
}

/** An alumni sheet alone on the page (`#/print/alumni/…`), as Save as PDF and the tests render it. */
export function AlumniPrintRoute({ print }: { print: AlumniPrint }) {
  return print.kind === 'report' ? <ReportRoute id={print.id} language={print.language} /> : <BookletRoute fiscalYear={print.fiscalYear} language={print.language} />;
}

