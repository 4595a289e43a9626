import { Fragment, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ERASED_VALUE } from '@shared/contract/erasure';
import { showErased, type LetterCell, type LetterDoc } from '@shared/contract/letters';
import { QueryError } from '../../data/QueryState';
import { useChannel } from '../../data/use-channel';
import { Native } from './SheetFrame';
import type { LetterPrint } from './letters-path';
import { PrintBar } from './PrintBar';
import './print.css';
import './letters.css';

const MISSING = /(\{\{[^}]+\}\})/;

/** A text with its missing merge fields ({{host.head}}) marked, as the preview shows them. */
function Marked({ text }: { text: string }): ReactNode {
  const parts = text.split(MISSING);
  if (parts.length === 1) return text;
  return parts.map((part, i) =>
    MISSING.test(part) ? (
      <mark key={i} className="kk-letter-missing" data-testid="letter-missing">
        {part}
      </mark>
    ) : (
      <Fragment key={i}>{part}</Fragment>
    ),
  );
}

function Cell({ cell }: { cell: LetterCell }) {
  return <td>{cell.lang ? <Native name={cell.text} lang={cell.lang} className="kk-letter-native" /> : <Marked text={cell.text} />}</td>;
}

/** One official letter on one A4 page, in the layout the office sends. */
export function LetterSheet({ doc: issued }: { doc: LetterDoc }) {
  const { i18n } = useTranslation();
  const t = i18n.getFixedT(issued.language);
  // A trainee erased since the letter was issued shows as the redaction word in their row.
  const doc = showErased(issued, t('erasure.redacted'), ERASED_VALUE);
  const ja = doc.language === 'ja';
  const hasKi = doc.items.length > 0 || doc.table !== null;
  return (
    <div className="kk-sheet kk-sheet-letter kk-page" lang={doc.language} data-testid="letter-sheet">
      <p className="kk-letter-number" data-testid="letter-number">
        {doc.numberLabel ?? t('letters.preview.noNumber')}
      </p>
      <p className="kk-letter-date">{doc.date}</p>
      <p className="kk-letter-addressee" data-testid="letter-addressee">
        <Marked text={doc.addressee} />
        {ja && `\u3000${t('letters.doc.to')}`}
      </p>
      <div className="kk-letter-sender">
        {doc.sender.map((line, i) => (
          <p key={i}>{line}</p>
        ))}
      </div>
      <h1 className="kk-letter-title">{doc.title}</h1>
      <div className="kk-letter-body">
        {doc.body.map((p, i) => (
          <p key={i}>
            <Marked text={p} />
          </p>
        ))}
      </div>
      {hasKi && (
        <>
          <p className="kk-letter-ki">{t('letters.doc.ki')}</p>
          <div className="kk-letter-items">
            {doc.items.map((item, i) => (
              <p key={i}>
                <Marked text={item} />
              </p>
            ))}
          </div>
          {doc.table && (
            <table data-testid="letter-table">
              <thead>
                <tr>
                  {doc.table.columns.map((c) => (
                    <th key={c}>{c}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {doc.table.rows.map((row, i) => (
                  <tr key={i}>
                    {row.map((cell, j) => (
                      <Cell key={j} cell={cell} />
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {/* 以上 closes a Japanese letter's 記; an English letter has no such word. */}
          {ja && <p className="kk-letter-end">{t('letters.doc.end')}</p>}
        </>
      )}
      <div className="kk-letter-contact">
        {doc.contact.map((line, i) => (
          <p key={i}>{line}</p>
        ))}
      </div>
    </div>
  );
}

/** The issued letters alone on the page, one A4 page each: what Save as PDF and the tests render. */
export function LetterPrintRoute({ print }: { print: LetterPrint }) {
  const letters = useChannel('letters:issued', print.kind === 'batch' ? { batchId: print.id } : { id: print.id });
  const [readyFor, setReadyFor] = useState<unknown>(null);
  const { data } = letters;
  useEffect(() => {
    if (!data) return;
    let isCurrent = true;
    void document.fonts.ready.then(() => requestAnimationFrame(() => isCurrent && setReadyFor(data)));
    return () => {
      isCurrent = false;
    };
  }, [data]);
  if (letters.error) {
    return (
      <div data-print-ready="failed">
        <QueryError error={letters.error} onRetry={() => void letters.refetch()} />
      </div>
    );
  }
  return (
    <div data-print-ready={data && readyFor === data ? 'true' : undefined}>
      {data && (
        <>
          <PrintBar back="/letters" />
          <div className="kk-preview-frame">
            <div className="kk-preview">
              {data.map((letter) => (
                <LetterSheet key={letter.id} doc={letter.doc} />
              ))}
            </div>
          </div>
        </>
      )}
    </div>
  );
}
