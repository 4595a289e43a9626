import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Departure, DepartureYear } from '@shared/contract/departures';
import { hostNameIn } from '@shared/contract/names';
import type { Language } from '@shared/contract/settings';
import type { Trainee } from '@shared/contract/trainees';
import { formatMonth, formatOfficialDate, formatOfficialYear, formatTime } from '@shared/text/date-format';
import { todayInJapan } from '@shared/text/date-math';
import { QueryError } from '../../data/QueryState';
import { useChannel } from '../../data/use-channel';
import { airportLabel } from '../departures/departure-labels';
import { EmergencyFoot, Native, PageFooter, SheetProvider, senderName, type SheetInfo, usePrintReady } from './SheetFrame';
import type { DeparturePrint } from './departures-path';
import { PrintBar } from './PrintBar';
import './print.css';
import './departures.css';

function sheetInfo(t: TFunction, language: Language, fiscalYear: number, officePhone: string | null): SheetInfo {
  return {
    t, language, fiscalYear, year: formatOfficialYear(fiscalYear, language), printedOn: todayInJapan(), officePhone,
    sep: language === 'ja' ? '\u3000' : ' · ', paren: (text: string) => t('common.paren', { text }),
  };
}

/** A name in its own script with the romanised one under it (once, when they differ). */
function Names({ d }: { d: Pick<Departure, 'name' | 'nameLang' | 'latinName'> }) {
  return (
    <>
      <Native name={d.name} lang={d.nameLang} />
      {d.latinName !== d.name && <span className="kk-departures-latin">{d.latinName}</span>}
    </>
  );
}

/** 帰国予定一覧: the year's departures by date, month by month: names, flight, airport, host and its contact. */
export function DepartureListSheet({ data, fiscalYear, language }: { data: DepartureYear; fiscalYear: number; language: Language }) {
  const { i18n } = useTranslation();
  const t = i18n.getFixedT(language);
  const info = sheetInfo(t, language, fiscalYear, null);
  const months = [...new Set(data.departures.map((d) => d.leavesOn?.slice(0, 7) ?? ''))];
  return (
    <SheetProvider value={info}>
      <div className="kk-sheet kk-sheet-departures" lang={language} data-testid="sheet">
        <PageFooter title={t('print.departures.listTitle')} />
        <h1>{t('print.departures.listTitle')}</h1>
        <div className="kk-departures-meta">
          <span>{info.year}</span>
          <span>{t('print.departures.asOf', { date: formatOfficialDate(info.printedOn, language) })}</span>
        </div>
        <table>
          <thead>
            <tr>
              <th className="kk-departures-w-date">{t('print.departures.date')}</th>
              <th>{t('print.name')}</th>
              <th className="kk-departures-w-flight">{t('print.departures.flight')}</th>
              <th className="kk-departures-w-airport">{t('print.departures.airport')}</th>
              <th className="kk-departures-w-host">{t('print.departures.host')}</th>
              <th className="kk-departures-w-contact">{t('print.departures.contact')}</th>
            </tr>
          </thead>
          <tbody>
            {months.flatMap((month) => [
              <tr key={`m-${month}`} className="kk-departures-month">
                <td colSpan={6}>{month ? formatMonth(month, language) : t('print.undecided')}</td>
              </tr>,
              ...data.departures
                .filter((d) => (d.leavesOn?.slice(0, 7) ?? '') === month)
                .map((d) => {
                  const f = d.returnFlight;
                  return (
                    <tr key={d.traineeId} className="kk-keep" data-testid="departures-sheet-row">
                      <td className="kk-departures-date">
                        {f ? formatOfficialDate(f.departsLocal, language) : t('print.departures.noFlight')}
                        {f && <span className="kk-departures-latin">{formatTime(f.departsLocal)}</span>}
                        {!f && d.endsOn && <span className="kk-departures-latin">{t('print.departures.endsOn', { date: formatOfficialDate(d.endsOn, language) })}</span>}
                      </td>
                      <td>
                        <Names d={d} />
                      </td>
                      <td className="kk-departures-flight">
                        {f ? f.flightNumber : t('print.undecided')}
                        {f && <span className="kk-departures-latin">{`${f.from.iata}→${f.to.iata}`}</span>}
                      </td>
                      <td>{airportLabel(d.airport, language) ?? t('print.undecided')}</td>
                      <td>{hostNameIn(d, language) ?? ''}</td>
                      <td>
                        {d.hostContactName}
                        {d.hostContactPhone && <span className="kk-departures-latin">{d.hostContactPhone}</span>}
                      </td>
                    </tr>
                  );
                }),
            ])}
          </tbody>
        </table>
        <p className="kk-muted">{senderName(t, info.sep)}</p>
      </div>
    </SheetProvider>
  );
}

/** The sheet a trainee takes on the day they leave: the flight, the residence card to hand in at the airport, whom to call. */
export function DepartureDaySheet({ departure: d, trainee, fiscalYear, officePhone, language }: { departure: Departure; trainee: Trainee; fiscalYear: number; officePhone: string | null; language: Language }) {
  const { i18n } = useTranslation();
  const t = i18n.getFixedT(language);
  const info = sheetInfo(t, language, fiscalYear, officePhone);
  const f = d.returnFlight;
  const row = (label: string, value: ReactNode) => (
    <tr>
      <th className="kk-departure-label">{label}</th>
      <td>{value}</td>
    </tr>
  );
  return (
    <SheetProvider value={info}>
      <div className="kk-sheet kk-sheet-departure-day" lang={language} data-testid="sheet">
        <PageFooter title={t('print.departures.dayTitle')} />
        <h1>{t('print.departures.dayTitle')}</h1>
        <p className="kk-departure-name">
          <Native name={d.name} lang={d.nameLang} />
          {d.latinName !== d.name && `${info.sep}${d.latinName}`}
        </p>
        <h2>{t('print.departures.yourFlight')}</h2>
        {f ? (
          <table>
            <tbody>
              {row(t('print.departures.flight'), f.flightNumber)}
              {row(t('print.departures.departs'), `${formatOfficialDate(f.departsLocal, language)} ${formatTime(f.departsLocal)}`)}
              {row(t('print.departures.airport'), [airportLabel(f.from, language), f.terminal ? t('print.departures.terminal', { terminal: f.terminal }) : null].filter(Boolean).join(info.sep))}
              {row(t('print.departures.arrives'), `${airportLabel(f.to, language)}${info.sep}${formatOfficialDate(f.arrivesLocal, language)} ${formatTime(f.arrivesLocal)}`)}
              {f.bookingRef && row(t('print.departures.bookingRef'), f.bookingRef)}
            </tbody>
          </table>
        ) : (
          <p data-testid="departure-day-no-flight">{t('print.departures.noFlightYet')}</p>
        )}
        <div className="kk-departure-handin kk-keep">
          <h2>{t('print.departures.handInTitle')}</h2>
          <p>{t('print.departures.residenceCard')}</p>
          <p className="kk-muted">{t('print.departures.residenceCardNote')}</p>
        </div>
        <h2>{t('print.departures.contactsTitle')}</h2>
        <table className="kk-keep">
          <tbody>
            {d.hostName && row(t('print.departures.host'), [hostNameIn(d, language), d.hostContactName, d.hostContactPhone].filter(Boolean).join(info.sep))}
            {trainee.emergencyName &&
              row(t('print.departures.family'), [trainee.emergencyName, trainee.emergencyRelation ? info.paren(trainee.emergencyRelation) : null, trainee.emergencyPhone].filter(Boolean).join(info.sep))}
          </tbody>
        </table>
        <EmergencyFoot />
      </div>
    </SheetProvider>
  );
}


function Sheet({ back, failed, isReady, children }: { back: string; failed: { error: unknown; refetch(): unknown } | undefined; isReady: boolean; children: ReactNode }) {
  if (failed?.error) {
    return (
      <div data-print-ready="failed">
        <QueryError error={failed.error as never} onRetry={() => void failed.refetch()} />
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

function ListRoute({ yearId, language }: { yearId: string; language: Language }) {
  const departures = useChannel('departures:year', { yearId });
  const year = useChannel('years:get', { id: yearId });
  const data = useMemo(() => (departures.data && year.data ? { departures: departures.data, year: year.data } : null), [departures.data, year.data]);
  const isReady = usePrintReady(data);
  return (
    <Sheet back="/departures" failed={[departures, year].find((q) => q.error)} isReady={isReady}>
      {data && <DepartureListSheet data={data.departures} fiscalYear={data.year.fiscalYear} language={language} />}
    </Sheet>
  );
}

function DayRoute({ traineeId, language }: { traineeId: string; language: Language }) {
  const departure = useChannel('departures:trainee', { traineeId });
  const trainee = useChannel('trainees:get', { id: traineeId });
  const settings = useChannel('settings:get', {});
  const data = useMemo(
    () => (departure.data && trainee.data && settings.data ? { departure: departure.data, trainee: trainee.data, officePhone: settings.data.officePhone } : null),
    [departure.data, trainee.data, settings.data],
  );
  const isReady = usePrintReady(data);
  return (
    <Sheet back={`/trainees/${traineeId}`} failed={[departure, trainee, settings].find((q) => q.error)} isReady={isReady}>
      {data && <DepartureDaySheet departure={data.departure.departure} trainee={data.trainee} fiscalYear={data.trainee.fiscalYear} officePhone={data.officePhone} language={language} />}
    </Sheet>
  );
}

/** A departures sheet alone on the page (`#/print/departures/…`), as Save as PDF and the tests render it. */
export function DeparturePrintRoute({ print }: { print: DeparturePrint }) {
  return print.kind === 'list' ? <ListRoute yearId={print.id} language={print.language} /> : <DayRoute traineeId={print.id} language={print.language} />;
}
