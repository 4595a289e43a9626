/**
 * The forms ../shared/TERMS.md rules out, in one place: terms.test.ts checks every string of
 * ja.json and en.json and the literal text of the print components against them. When a term
 * is decided, add it to TERMS.md and its ruled-out form here.
 *
 * `in` says where a form is wrong: `ja` every Japanese string (and the sheets' literals),
 * `all` both languages, `sheet` what prints (the `print.*` strings and the sheets' literals).
 */
export interface BannedForm {
  form: RegExp;
  use: string;
  in: 'ja' | 'all' | 'sheet';
}

export const BANNED_FORMS: readonly BannedForm[] = [
  { form: /研修生/, use: '研修員', in: 'ja' },
  // 受入 only inside the compounds CLAIR writes (受入自治体, 受入決定, 受入期間, 受入開始日 …); the noun is 受入れ.
  { form: /受入(?![れ自決期開終部先人実団側予])/, use: '受入れ (noun), or a compound: 受入自治体, 受入決定, 受入期間', in: 'ja' },
  { form: /フォルダ(?!ー)/, use: 'フォルダー', in: 'ja' },
  { form: /ゴミ箱/, use: 'ごみ箱', in: 'ja' },
  { form: /オリエンテーションシート/, use: '個人日程表', in: 'ja' },
  { form: /ネームプレート/, use: '出迎え用ネームボード', in: 'ja' },
  { form: /CLAIR\s*事務所|CLAIR office/, use: '一般財団法人自治体国際化協会（CLAIR） and the division (事務所 means its overseas offices)', in: 'all' },
  { form: /–/, use: '〜 for a range in Japanese (5月20日〜26日, 9:30〜12:00)', in: 'ja' },
  { form: /—/, use: '特になし (or leave the row out) on a sheet', in: 'sheet' },
  { form: /赴任/, use: '受入自治体へ配属', in: 'ja' },
  { form: /研修終了/, use: '研修修了', in: 'ja' },
  // 現地表記 is for place names; a person's name in their own script is 母国語表記.
  { form: /(?<!自治体)(?:氏名|姓|名)（現地表記）|(?<!自治体名・)現地表記と/, use: '氏名（母国語表記）', in: 'ja' },
  { form: /海外の自治体|提携先/, use: '派遣元自治体 (short: 派遣元)', in: 'ja' },
  // 42カ国と1地域: カ国 is the counter of countries, as CLAIR writes it, not a bare 国; 出国 and 入国 are leaving and entering a country.
  { form: /^国$|[^・母全各帰外中韓米英祖本カヶか出入]国(?![・籍内際名語土費])|^国の/, use: '国・地域', in: 'ja' },
  { form: /メモ(?!リ)/, use: '備考', in: 'ja' },
  { form: /(?<!その)他の|研修他|(?<![そ])他）/, use: 'ほか / ほかの', in: 'ja' },
  { form: /メール(?!アドレス)/, use: 'メールアドレス (as a field)', in: 'ja' },
  { form: /未着/, use: '不着 for a no-show', in: 'ja' },
  { form: /分かりません|直せません|(?<![しき])直して/, use: '該当する, 変更できません, 修正', in: 'ja' },
  // Phrasing that follows English order.
  { form: /着 ?\{\{time\}\}|\}\} 着/, use: '{{time}}着', in: 'ja' },
  { form: /\}\} ?日本時間/, use: '日本時間 {{time}}', in: 'ja' },
  { form: /\}\}の夜|泊まる日/, use: '泊 / 宿泊日', in: 'ja' },
  { form: /チェックイン ?〜|〜 ?\{\{checkOut\}\} ?チェックアウト/, use: '5月20日〜22日（2泊）', in: 'ja' },
  // The verb (日程を写す, 写しました); 写し as a noun, a copy of a document (提出書類の写し), is the official word.
  { form: /(?<!書き)写[すせ]|(?<!書き)写し(?:た|ま|て)/, use: 'コピー', in: 'ja' },
];

/** The forms that apply to a string of `language` at `key` (a sheet's literal has the key `sheet:<file>`). */
export function formsFor(key: string, language: 'ja' | 'en'): BannedForm[] {
  const isSheet = key.startsWith('print.') || key.startsWith('sheet:');
  return BANNED_FORMS.filter((f) => f.in === 'all' || (f.in === 'ja' && (language === 'ja' || key.startsWith('sheet:'))) || (f.in === 'sheet' && isSheet));
}
