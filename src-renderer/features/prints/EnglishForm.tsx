import { inLanguage } from '@shared/contract/names';
import { useSheet } from './SheetFrame';

/**
 * A name in the sheet's language: its English form on an English sheet. Without one the Japanese form is printed, and
 * the preview marks it so staff see what to fill in (the mark is on screen only, never on paper).
 */
export function EnglishForm({ ja, en }: { ja: string; en: string | null | undefined }) {
  const { t, language } = useSheet();
  if (language !== 'en' || en) return <>{inLanguage(ja, en, language)}</>;
  return (
    <span lang="ja" data-testid="japanese-fallback">
      {ja}
      <small
        className="kk-no-print"
        title={t('print.japaneseFallback')}
        style={{ marginLeft: '0.3em', padding: '0 0.3em', border: '1px solid #a75600', borderRadius: 3, color: '#7a3e00', background: '#fff4e6', fontSize: '0.75em' }}
      >
        {t('print.japaneseFallbackMark')}
      </small>
    </span>
  );
}
