import type { SendingGovernment } from '@shared/contract/trainees';

// Local names in the country's script, drawn with its own glyphs (常德市 in Chinese forms).
const COUNTRY_LANG: Record<string, string> = { CN: 'zh-Hans', TW: 'zh-Hant', HK: 'zh-Hant', KR: 'ko', NP: 'ne', IN: 'hi', TH: 'th', MN: 'mn', VN: 'vi' };

export function SendingGovernmentName({ government, language }: { government: SendingGovernment; language: 'ja' | 'en' }) {
  const showEn = government.nameEn !== government.nameLocal;
  return (
    <span>
      <span lang={COUNTRY_LANG[government.country]}>{government.nameLocal}</span>
      {showEn && <> / {government.nameEn}</>}
      {language === 'ja' && government.nameJa && <> / {government.nameJa}</>}
    </span>
  );
}
