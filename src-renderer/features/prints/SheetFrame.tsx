import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { TFunction } from 'i18next';
import type { Language } from '@shared/contract/settings';
import { nameLangTag } from '@shared/contract/names';
import type { NameLang } from '@shared/contract/trainees';
import { formatOfficialDate } from '@shared/text/date-format';

/** What every sheet knows: its language (not the screen's), the year, the day it is printed. */
export interface SheetInfo {
  t: TFunction;
  language: Language;
  fiscalYear: number;
  /** The year as a sheet that leaves the office writes it: 令和6年度（2024年度） / FY2024. */
  year: string;
  printedOn: string;
  officePhone: string | null;
  /** What separates items on a line: an ideographic space in Japanese, a middle dot in English. */
  sep: string;
  /** A remark in brackets as each language writes it: （CLAIR） / (CLAIR). */
  paren(text: string): string;
}

const SheetContext = createContext<SheetInfo | null>(null);
export const SheetProvider = SheetContext.Provider;

export function useSheet(): SheetInfo {
  const info = useContext(SheetContext);
  if (!info) throw new Error('useSheet outside a sheet');
  return info;
}

function cssString(text: string): string {
  return `"${text.replace(/["\\]/g, (c) => `\\${c}`).replace(/\n/g, ' ')}"`;
}

/**
 * The page footer of a printed sheet: the year, the sheet and the print date on the left,
 * "1 / 3" on the right (CSS page-margin boxes, so browser print and PDF agree).
 */
export function PageFooter({ title }: { title: string }) {
  const { t, language, year, printedOn, sep } = useSheet();
  const left = `${year}${sep}${title}${sep}${t('print.printedOn', { date: formatOfficialDate(printedOn, language) })}`;
  const box = "font-family: 'Noto Sans JP'; font-size: 8pt; color: #333;";
  // The footer is not in the page's text, so its glyphs' font subsets are loaded here, before printing.
  useEffect(() => {
    void document.fonts.load("8pt 'Noto Sans JP'", `${left}0123456789 /`);
  }, [left]);
  const css = `@page { @bottom-left { ${box} content: ${cssString(left)}; } @bottom-right { ${box} content: counter(page) " / " counter(pages); } }`;
  return <style>{css}</style>;
}

/** Stands for a part a translation places but the sheet draws (a name in its own font). */
export const PLACE = '\u0000';

/** A translation around a drawn part: 「{{name}}様」 with the name as its own element. */
export function around(text: string, part: ReactNode): ReactNode {
  const [before = '', after = ''] = text.split(PLACE);
  return (
    <>
      {before}
      {part}
      {after}
    </>
  );
}

/** A name in its own script, tagged so it is drawn with its own font. */
export function Native({ name, lang, className }: { name: string; lang: NameLang; className?: string }) {
  return (
    <span lang={nameLangTag(lang)} className={className ?? 'kk-native'}>
      {name}
    </span>
  );
}

/** A photo at passport ratio, or an empty frame of the same size. */
export function SheetPhoto({ url, large }: { url: string | undefined; large?: boolean }) {
  const className = `kk-photo${large ? ' kk-photo-large' : ''}`;
  return url ? <img src={url} alt="" className={className} /> : <div className={`${className} kk-photo-empty`} />;
}

/** CLAIR and the division that runs the program, as the sheets name the sender. */
export function senderName(t: TFunction, sep: string): string {
  return `${t('print.sender')}${sep}${t('print.division')}`;
}

/**
 * The office and emergency numbers at the foot of the sheets handed out. Without an office
 * number in Settings the line names the office alone: the Prints screen warns staff, the paper does not.
 */
export function EmergencyFoot() {
  const { t, officePhone, sep } = useSheet();
  return (
    <div className="kk-foot">
      <p>
        <strong>{t('print.office')}</strong> {senderName(t, sep)}
        {officePhone && `${sep}${officePhone}`}
      </p>
      <p>
        <strong>{t('print.emergency')}</strong> {t('print.police')} 110 ／ {t('print.fireAmbulance')} 119
      </p>
    </div>
  );
}

export function SheetTitle({ children }: { children: ReactNode }) {
  return <h1>{children}</h1>;
}

/**
 * Waits for a sheet's data and the fonts, then says the page is ready for Save as PDF and the
 * tests (`data-print-ready`): true only for the very object it was given, so new data waits again.
 */
export function usePrintReady(data: unknown): boolean {
  const [readyFor, setReadyFor] = useState<unknown>(null);
  useEffect(() => {
    if (!data) return;
    let isCurrent = true;
    void document.fonts.ready.then(() => requestAnimationFrame(() => isCurrent && setReadyFor(data)));
    return () => {
      isCurrent = false;
    };
  }, [data]);
  return Boolean(data) && readyFor === data;
}
