import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { HostDetail } from '@shared/contract/hosts';
import { inLanguage, latinName, nativeName } from '@shared/contract/names';
import type { ProcedureCell, ProcedureGrid, ProcedureStatus, TraineeProcedures, YearItem } from '@shared/contract/procedures';
import type { Language } from '@shared/contract/settings';
import type { Trainee } from '@shared/contract/trainees';
import { formatOfficialDate, formatOfficialYear } from '@shared/text/date-format';
import { todayInJapan } from '@shared/text/date-math';
import { QueryError } from '../../data/QueryState';
import { useChannel } from '../../data/use-channel';
import { Native, PageFooter, SheetProvider, senderName, type SheetInfo, usePrintReady } from './SheetFrame';
import type { ProcedurePrint } from './procedures-path';
import { PrintBar } from './PrintBar';
import './print.css';
import './procedures.css';

/** What a host is asked for: items it provides that it has not sent, or that came back incomplete. */
const OWED_BY_HOST: ReadonlySet<ProcedureStatus> = new Set(['not_requested', 'requested', 'incomplete']);

function sheetInfo(t: TFunction, language: Language, fiscalYear: number): SheetInfo {
  return {
    t, language, fiscalYear, year: formatOfficialYear(fiscalYear, language), printedOn: todayInJapan(), officePhone: null,
    sep: language === 'ja' ? '\u3000' : ' · ', paren: (text: string) => t('common.paren', { text }),
  };
}

/** Settled: done, or not needed. */
const isSettled = (status: ProcedureStatus) => status === 'done' || status === 'not_needed';

/** For each of the host's trainees, what the host still owes, with due dates. */
export function hostRequestRows(grid: ProcedureGrid, hostId: string): Array<{ trainee: ProcedureGrid['trainees'][number]; owed: Array<{ item: YearItem; cell: ProcedureCell }> }> {
  const items = grid.items.filter((i) => i.provider === 'host' && !i.isRetired);
  return grid.trainees
    .filter((t) => t.hostId === hostId)
    .map((trainee) => ({
      trainee,
      owed: items
        .map((item) => ({ item, cell: grid.cells.find((c) => c.traineeId === trainee.id && c.itemId === item.id)! }))
        .filter(({ cell }) => cell && OWED_BY_HOST.has(cell.status)),
    }));
}

/** 「提出書類のお願い」: an office letter to a host listing, per trainee it hosts, the papers still owed and their due dates. */
export function HostRequestSheet({ grid, host, fiscalYear, language }: { grid: ProcedureGrid; host: HostDetail; fiscalYear: number; language: Language }) {
  const { i18n } = useTranslation();
  const t = i18n.getFixedT(language);
  const info = sheetInfo(t, language, fiscalYear);
  const rows = hostRequestRows(grid, host.host.id);
  const hostName = inLanguage(`${host.host.prefectureJa}${host.host.nameJa}`, host.host.nameEn, language);
  const owedAny = rows.some((r) => r.owed.length > 0);
  return (
    <SheetProvider value={info}>
      <div className="kk-sheet kk-sheet-procedures" lang={language} data-testid="sheet">
        <PageFooter title={t('print.procedures.requestTitle')} />
        <div className="kk-letter-head">
          <p className="kk-letter-right">{formatOfficialDate(info.printedOn, language)}</p>
          <p className="kk-addressee">{t('print.procedures.to', { host: [hostName, host.host.department].filter(Boolean).join(info.sep) })}</p>
          {host.host.contactName && <p>{t('print.procedures.toPerson', { name: host.host.contactName })}</p>}
          <p className="kk-letter-right kk-sender">{senderName(t, info.sep)}</p>
        </div>
        <h1 className="kk-procedures-title">{t('print.procedures.requestTitle')}</h1>
        <p className="kk-procedures-intro">{t('print.procedures.requestIntro', { year: info.year })}</p>
        <p className="kk-procedures-ki">{t('print.procedures.ki')}</p>
        {!owedAny && <p data-testid="procedures-nothing-owed">{t('print.procedures.nothingOwed')}</p>}
        {rows
          .filter((r) => r.owed.length > 0)
          .map(({ trainee, owed }) => (
            <section key={trainee.id} className="kk-keep" data-testid="procedures-request-trainee">
              <h3>
                <Native name={trainee.name} lang={trainee.nameLang} />
                {trainee.latinName !== trainee.name && `${info.sep}${trainee.latinName}`}
              </h3>
              <table>
                <thead>
                  <tr>
                    <th>{t('print.procedures.item')}</th>
                    <th className="kk-procedures-due">{t('print.procedures.due')}</th>
                    <th className="kk-procedures-status">{t('print.procedures.status')}</th>
                  </tr>
                </thead>
                <tbody>
                  {owed.map(({ item, cell }) => (
                    <tr key={item.id}>
                      <td>{inLanguage(item.nameJa, item.nameEn, language)}</td>
                      <td className="kk-procedures-due">{item.dueOn ? formatOfficialDate(item.dueOn, language) : t('print.procedures.noDue')}</td>
                      <td className="kk-procedures-status">{t(`procedure.status.${cell.status}`)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          ))}
        <p className="kk-procedures-end">{t('print.procedures.end')}</p>
        <div className="kk-procedures-contact kk-keep">
          <p>{t('print.procedures.contact')}</p>
          <p>{senderName(t, info.sep)}</p>
        </div>
      </div>
    </SheetProvider>
  );
}

/** A trainee's checklist to send abroad: every item, who provides it, by when, and where it stands. */
export function TraineeChecklistSheet({ procedures, trainee, fiscalYear, language }: { procedures: TraineeProcedures; trainee: Trainee; fiscalYear: number; language: Language }) {
  const { i18n } = useTranslation();
  const t = i18n.getFixedT(language);
  const info = sheetInfo(t, language, fiscalYear);
  return (
    <SheetProvider value={info}>
      <div className="kk-sheet kk-sheet-procedures" lang={language} data-testid="sheet">
        <PageFooter title={t('print.procedures.checklistTitle')} />
        <p className="kk-letter-right">{formatOfficialDate(info.printedOn, language)}</p>
        <h1 className="kk-procedures-title">{t('print.procedures.checklistTitle')}</h1>
        <p>
          {info.year}
          {info.sep}
          <Native name={nativeName(trainee)} lang={trainee.nameLang} />
          {latinName(trainee) !== nativeName(trainee) && `${info.sep}${latinName(trainee)}`}
        </p>
        <p className="kk-procedures-intro">{t('print.procedures.checklistIntro')}</p>
        <table>
          <thead>
            <tr>
              <th className="kk-procedures-box" />
              <th>{t('print.procedures.item')}</th>
              <th>{t('print.procedures.provider')}</th>
              <th className="kk-procedures-due">{t('print.procedures.due')}</th>
              <th className="kk-procedures-status">{t('print.procedures.status')}</th>
            </tr>
          </thead>
          <tbody>
            {procedures.items
              .filter((i) => !i.isRetired)
              .map((item) => {
                const cell = procedures.cells.find((c) => c.itemId === item.id)!;
                return (
                  <tr key={item.id} data-testid="procedures-checklist-row">
                    <td className="kk-procedures-box">{isSettled(cell.status) ? '☑' : '☐'}</td>
                    <td>
                      {inLanguage(item.nameJa, item.nameEn, language)}
                      {item.needsTranslation && <span className="kk-muted"> {info.paren(t('procedure.needsTranslation'))}</span>}
                    </td>
                    <td>{t(`procedure.provider.${item.provider}`)}</td>
                    <td className="kk-procedures-due">{item.dueOn ? formatOfficialDate(item.dueOn, language) : t('print.procedures.noDue')}</td>
                    <td className="kk-procedures-status">{t(`procedure.status.${cell.status}`)}</td>
                  </tr>
                );
              })}
          </tbody>
        </table>
        <div className="kk-procedures-contact kk-keep" style={{ marginTop: '8mm' }}>
          <p>{t('print.procedures.contact')}</p>
          <p>{senderName(t, info.sep)}</p>
        </div>
      </div>
    </SheetProvider>
  );
}


function Frame({ children }: { children: ReactNode }) {
  return (
    <div className="kk-preview-frame">
      <div className="kk-preview">{children}</div>
    </div>
  );
}

function HostRequestRoute({ hostId, yearId, language }: { hostId: string; yearId: string; language: Language }) {
  const grid = useChannel('procedures:year', { yearId });
  const host = useChannel('hosts:get', { id: hostId });
  const year = useChannel('years:get', { id: yearId });
  // One object per answer, so the page is marked ready for the data it shows.
  const data = useMemo(() => (grid.data && host.data && year.data ? { grid: grid.data, host: host.data, year: year.data } : null), [grid.data, host.data, year.data]);
  const isReady = usePrintReady(data);
  const failed = [grid, host, year].find((q) => q.error);
  if (failed?.error) {
    return (
      <div data-print-ready="failed">
        <QueryError error={failed.error} onRetry={() => void failed.refetch()} />
      </div>
    );
  }
  return (
    <div data-print-ready={isReady ? 'true' : undefined}>
      {data && (
        <>
          <PrintBar back="/procedures" />
          <Frame>
            <HostRequestSheet grid={data.grid} host={data.host} fiscalYear={data.year.fiscalYear} language={language} />
          </Frame>
        </>
      )}
    </div>
  );
}

function TraineeChecklistRoute({ traineeId, yearId, language }: { traineeId: string; yearId: string; language: Language }) {
  const procedures = useChannel('procedures:trainee', { traineeId });
  const trainee = useChannel('trainees:get', { id: traineeId });
  const year = useChannel('years:get', { id: yearId });
  const data = useMemo(
    () => (procedures.data && trainee.data && year.data ? { procedures: procedures.data, trainee: trainee.data, year: year.data } : null),
    [procedures.data, trainee.data, year.data],
  );
  const isReady = usePrintReady(data);
  const failed = [procedures, trainee, year].find((q) => q.error);
  if (failed?.error) {
    return (
      <div data-print-ready="failed">
        <QueryError error={failed.error} onRetry={() => void failed.refetch()} />
      </div>
    );
  }
  return (
    <div data-print-ready={isReady ? 'true' : undefined}>
      {data && (
        <>
          <PrintBar back={`/trainees/${traineeId}`} />
          <Frame>
            <TraineeChecklistSheet procedures={data.procedures} trainee={data.trainee} fiscalYear={data.year.fiscalYear} language={language} />
          </Frame>
        </>
      )}
    </div>
  );
}

/** A procedures sheet alone on the page (`#/print/procedures/…`), as Save as PDF and the tests render it. */
export function ProcedurePrintRoute({ print }: { print: ProcedurePrint }) {
  return print.kind === 'host' ? (
    <HostRequestRoute hostId={print.id} yearId={print.yearId} language={print.language} />
  ) : (
    <TraineeChecklistRoute traineeId={print.id} yearId={print.yearId} language={print.language} />
  );
}
