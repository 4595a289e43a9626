import { useEffect, useState } from 'react';
import { useApi } from '../../api';
import { loadSheet, type SheetData } from './load-sheet';
import { printPath, type PrintOptions } from './sheets';
import { SheetView } from './SheetView';
import './print.css';

/**
 * A sheet alone on the page (`#/print/<sheet>?…`), with nothing of the application around it:
 * what Save as PDF and the tests render. `data-print-ready` is set once the data, the photos
 * and the fonts are in.
 */
export function PrintRoute({ options }: { options: PrintOptions }) {
  const api = useApi();
  const [data, setData] = useState<SheetData | null>(null);
  const [failed, setFailed] = useState(false);
  const [ready, setReady] = useState(false);

  // The route hands a new options object at every render; the path names the same sheet.
  const key = printPath(options);
  useEffect(() => {
    setData(null);
    setReady(false);
    void loadSheet(api, options).then(setData, () => setFailed(true));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, key]);

  useEffect(() => {
    if (!data) return;
    void document.fonts.ready.then(() => requestAnimationFrame(() => setReady(true)));
  }, [data]);

  if (failed) return <p data-print-ready="failed">—</p>;
  return <div data-print-ready={ready ? 'true' : undefined}>{data && <SheetView data={data} options={options} />}</div>;
}
