import { useLayoutEffect, useRef } from 'react';
import { latinName, nativeName } from '@shared/contract/names';
import type { TraineeSummary } from '@shared/contract/trainees';
import { Native, useSheet } from './SheetFrame';

/** Largest size for the romanised name; smaller when it would not fit the width. */
const MAX_PT = 110;
const MIN_PT = 12;

/**
 * Shrinks a one-line text until it fits its box: measured after the fonts are in, so the
 * longest name stays on one line inside the page.
 */
function useFitWidth(text: string) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const fit = () => {
      let size = MAX_PT;
      el.style.fontSize = `${size}pt`;
      const available = el.parentElement!.clientWidth;
      while (el.scrollWidth > available && size > MIN_PT) {
        size = Math.max(MIN_PT, Math.floor(size * (available / el.scrollWidth) * 10) / 10 - 0.5);
        el.style.fontSize = `${size}pt`;
      }
      el.dataset.fitted = 'true';
    };
    fit();
    void document.fonts.ready.then(fit);
  }, [text]);
  return ref;
}

function Placard({ trainee }: { trainee: TraineeSummary }) {
  const { year, sep } = useSheet();
  const latin = latinName(trainee);
  const native = nativeName(trainee);
  const ref = useFitWidth(latin);
  return (
    <section className="kk-placard" data-testid="placard">
      <div className="kk-placard-top">
        CLAIR / LGOTP{sep}{year}
      </div>
      <div style={{ width: '100%' }}>
        <div ref={ref} className="kk-placard-latin" data-testid="placard-latin">
          {latin}
        </div>
      </div>
      {native !== latin && <Native name={native} lang={trainee.nameLang} className="kk-placard-native" />}
      {trainee.nameKana && <div className="kk-placard-kana">{trainee.nameKana}</div>}
    </section>
  );
}

/** 出迎え用ネームボード: one landscape page per trainee, to hold up at the arrival gate. */
export function Placards({ trainees }: { trainees: TraineeSummary[] }) {
  return (
    <>
      {trainees.map((t) => (
        <Placard key={t.id} trainee={t} />
      ))}
    </>
  );
}
