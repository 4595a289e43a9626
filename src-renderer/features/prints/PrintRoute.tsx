import { useEffect, useState } from 'react';
import { QueryError } from '../../data/QueryState';
import { useSheetData, type SheetData } from './load-sheet';
import type { PrintOptions } from './sheets';
import { SheetView } from './SheetView';
import './print.css';

/**
 * A sheet alone on the page (`#/print/<sheet>?…`), with nothing of the application around it:
 * what Save as PDF and the tests render. `data-print-ready` is set once the data, the photos
 * and the fonts are in, or to `failed` with what could not be read.
 */
export function PrintRoute({ options }: { options: PrintOptions }) {
  const sheet = useSheetData(options);
  // Which data the fonts are ready for: a sheet read again (other options) waits for them again.
  const [readyFor, setReadyFor] = useState<SheetData | null>(null);
  const { data } = sheet;

  useEffect(() => {
    if (!data) return;
    let isCurrent = true;
    void document.fonts.ready.then(() => requestAnimationFrame(() => isCurrent && setReadyFor(data)));
    return () => {
      isCurrent = false;
    };
  }, [data]);

  if (sheet.error) {
    return (
      <div data-print-ready="failed">
        <QueryError error={sheet.error} onRetry={sheet.retry} />
      </div>
    );
  }
  return <div data-print-ready={data && readyFor === data ? 'true' : undefined}>{data && <SheetView data={data} options={options} />}</div>;
}
