// A realistic LGOTP archive workbook: 30 fiscal years (1996–2025), 1,213 trainees from 42 countries
// and 1 region (台湾), native-script names, sending governments in their own names, Japanese hosts
// across the prefectures, dates at the host. Used by the archive import's tests, e2e and the bench.
//   node scripts/make-archive-workbook.mjs out.xlsx [--sheets]   (--sheets: one sheet per year)
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import municipalities from '../resources/reference/municipalities.json' with { type: 'json' };

/** A small deterministic generator, so every run writes the same workbook. */
function random(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// [country (as lists write it in Japanese), weight, family names (native, latin, kana), given names, sending governments]
const KO = { families: [['김', 'KIM', 'キム'], ['이', 'LEE', 'イ'], ['박', 'PARK', 'パク'], ['최', 'CHOI', 'チェ'], ['정', 'JUNG', 'チョン']], givens: [['서연', 'Seoyeon', 'ソヨン'], ['민준', 'Minjun', 'ミンジュン'], ['지우', 'Jiwoo', 'ジウ'], ['현우', 'Hyunwoo', 'ヒョヌ'], ['수빈', 'Subin', 'スビン']] };
const ZH = { families: [['王', 'WANG', 'ワン'], ['李', 'LI', 'リー'], ['张', 'ZHANG', 'チャン'], ['刘', 'LIU', 'リュウ'], ['陈', 'CHEN', 'チェン']], givens: [['晓燕', 'Xiaoyan', 'シャオイェン'], ['伟', 'Wei', 'ウェイ'], ['静', 'Jing', 'ジン'], ['磊', 'Lei', 'レイ']] };
const TW = { families: [['陳', 'CHEN', 'チェン'], ['林', 'LIN', 'リン'], ['黃', 'HUANG', 'ホワン'], ['張', 'CHANG', 'チャン']], givens: [['怡君', 'Yi-Chun', 'イージュン'], ['家豪', 'Chia-Hao', 'ジアハオ'], ['雅婷', 'Ya-Ting', 'ヤーティン']] };
const TH = { families: [['ศรีสุข', 'SRISUK', 'シースック'], ['วงศ์ใหญ่', 'WONGYAI', 'ウォンヤイ']], givens: [['สมชาย', 'Somchai', 'ソムチャイ'], ['นภา', 'Napa', 'ナパー']] };
const MN = { families: [['Бат', 'BAT', 'バト'], ['Дорж', 'DORJ', 'ドルジ']], givens: [['Сарнай', 'Sarnai', 'サルナイ'], ['Тэмүүлэн', 'Temuulen', 'テムーレン']] };
const NP = { families: [['श्रेष्ठ', 'SHRESTHA', 'シュレスタ'], ['थापा', 'THAPA', 'タパ']], givens: [['अनिता', 'Anita', 'アニタ'], ['राम', 'Ram', 'ラム']] };
const RU = { families: [['Иванова', 'IVANOVA', 'イワノワ'], ['Петров', 'PETROV', 'ペトロフ']], givens: [['Анна', 'Anna', 'アンナ'], ['Дмитрий', 'Dmitry', 'ドミトリー']] };
const KM = { families: [['សុខ', 'SOK', 'ソック']], givens: [['ចាន់ថា', 'Chantha', 'チャンター']] };
const LO = { families: [['ພົມມະຈັນ', 'PHOMMACHANH', 'ポンマチャン']], givens: [['ສົມພອນ', 'Somphone', 'ソムポーン']] };
const MY = { families: [['အောင်', 'AUNG', 'アウン']], givens: [['ကျော်', 'Kyaw', 'チョー']] };
const VI = { families: [['Nguyễn', 'NGUYEN', 'グエン'], ['Trần', 'TRAN', 'チャン']], givens: [['Thị Mai', 'Thi Mai', 'ティ マイ'], ['Văn Nam', 'Van Nam', 'ヴァン ナム']] };
const LATIN = (families, givens) => ({ families: families.map(([l, k]) => [null, l, k]), givens: givens.map(([l, k]) => [null, l, k]) });
const ES = LATIN([['PEÑA', 'ペニャ'], ['QUISPE', 'キスペ'], ['GARCÍA', 'ガルシア']], [['José Luis', 'ホセ ルイス'], ['María', 'マリア']]);
const EN = LATIN([['SMITH', 'スミス'], ['BROWN', 'ブラウン']], [['Emily', 'エミリー'], ['James', 'ジェームズ']]);
const PT = LATIN([['SILVA', 'シルバ'], ['SOUZA', 'ソウザ']], [['Ana', 'アナ'], ['João', 'ジョアン']]);
const FR = LATIN([['MARTIN', 'マルタン'], ['DUBOIS', 'デュボワ']], [['Claire', 'クレール'], ['Luc', 'リュック']]);
const DE = LATIN([['MÜLLER', 'ミュラー'], ['SCHMIDT', 'シュミット']], [['Julia', 'ユリア'], ['Lukas', 'ルーカス']]);
const ID = LATIN([['SANTOSO', 'サントソ'], ['WIJAYA', 'ウィジャヤ']], [['Budi', 'ブディ'], ['Sari', 'サリ']]);
const PH = LATIN([['REYES', 'レイエス'], ['SANTOS', 'サントス']], [['Maria Clara', 'マリア クララ'], ['Jose', 'ホセ']]);
const GEN = LATIN([['KOVÁCS', 'コヴァーチ'], ['NOWAK', 'ノヴァク'], ['POPESCU', 'ポペスク'], ['OKAFOR', 'オコフォー'], ['MWANGI', 'ムワンギ'], ['RAHMAN', 'ラーマン'], ['PERERA', 'ペレラ'], ['KHAN', 'カーン'], ['YILMAZ', 'ユルマズ'], ['HASSAN', 'ハッサン']], [['Anna', 'アンナ'], ['David', 'デイビッド'], ['Fatima', 'ファティマ'], ['Amina', 'アミナ']]);

/** 42 countries and 1 region (台湾), as 国籍 is written in old lists, with how many came over the years. */
const PLACES = [
  ['韓国', 330, KO, [['경주시', 'Gyeongju', '慶州市'], ['전주시', 'Jeonju', '全州市'], ['강릉시', 'Gangneung', '江陵市']]],
  ['中国', 260, ZH, [['西安市', "Xi'an", '西安市'], ['大连市', 'Dalian', '大連市'], ['杭州市', 'Hangzhou', '杭州市']]],
  ['台湾', 40, TW, [['臺南市', 'Tainan', '台南市'], ['花蓮縣', 'Hualien', '花蓮県']]],
  ['タイ', 40, TH, [['เชียงใหม่', 'Chiang Mai', 'チェンマイ']]],
  ['ベトナム', 45, VI, [['Huế', 'Hue', 'フエ'], ['Đà Nẵng', 'Da Nang', 'ダナン']]],
  ['モンゴル', 30, MN, [['Улаанбаатар', 'Ulaanbaatar', 'ウランバートル']]],
  ['ネパール', 25, NP, [['पोखरा', 'Pokhara', 'ポカラ']]],
  ['ロシア', 30, RU, [['Хабаровск', 'Khabarovsk', 'ハバロフスク'], ['Владивосток', 'Vladivostok', 'ウラジオストク']]],
  ['カンボジア', 15, KM, [['សៀមរាប', 'Siem Reap', 'シェムリアップ']]],
  ['ラオス', 12, LO, [['ວຽງຈັນ', 'Vientiane', 'ビエンチャン']]],
  ['ミャンマー', 12, MY, [['ရန်ကုန်', 'Yangon', 'ヤンゴン']]],
  ['インドネシア', 40, ID, [['Yogyakarta', 'Yogyakarta', 'ジョグジャカルタ']]],
  ['フィリピン', 40, PH, [['Cebu City', 'Cebu City', 'セブ市']]],
  ['ペルー', 25, ES, [['Cusco', 'Cusco', 'クスコ']]],
  ['メキシコ', 20, ES, [['Guadalajara', 'Guadalajara', 'グアダラハラ']]],
  ['アルゼンチン', 12, ES, [['Mendoza', 'Mendoza', 'メンドーサ']]],
  ['チリ', 10, ES, [['Valparaíso', 'Valparaiso', 'バルパライソ']]],
  ['スペイン', 8, ES, [['Sevilla', 'Seville', 'セビリア']]],
  ['ブラジル', 35, PT, [['Curitiba', 'Curitiba', 'クリチバ']]],
  ['アメリカ合衆国', 20, EN, [['Portland', 'Portland', 'ポートランド']]],
  ['カナダ', 10, EN, [['Vancouver', 'Vancouver', 'バンクーバー']]],
  ['オーストラリア', 12, EN, [['Cairns', 'Cairns', 'ケアンズ']]],
  ['ニュージーランド', 8, EN, [['Nelson', 'Nelson', 'ネルソン']]],
  ['イギリス', 8, EN, [['York', 'York', 'ヨーク']]],
  ['フランス', 8, FR, [['Bordeaux', 'Bordeaux', 'ボルドー']]],
  ['ドイツ', 8, DE, [['Freiburg', 'Freiburg', 'フライブルク']]],
  ['イタリア', 6, GEN, [['Verona', 'Verona', 'ヴェローナ']]],
  ['ポーランド', 6, GEN, [['Kraków', 'Krakow', 'クラクフ']]],
  ['ハンガリー', 5, GEN, [['Szeged', 'Szeged', 'セゲド']]],
  ['ルーマニア', 5, GEN, [['Cluj-Napoca', 'Cluj-Napoca', 'クルジュ＝ナポカ']]],
  ['トルコ', 8, GEN, [['Bursa', 'Bursa', 'ブルサ']]],
  ['エジプト', 6, GEN, [['Alexandria', 'Alexandria', 'アレクサンドリア']]],
  ['ケニア', 6, GEN, [['Nakuru', 'Nakuru', 'ナクル']]],
  ['タンザニア', 5, GEN, [['Arusha', 'Arusha', 'アルーシャ']]],
  ['南アフリカ', 5, GEN, [['Durban', 'Durban', 'ダーバン']]],
  ['ガーナ', 5, GEN, [['Kumasi', 'Kumasi', 'クマシ']]],
  ['インド', 15, GEN, [['Pune', 'Pune', 'プネー']]],
  ['スリランカ', 12, GEN, [['Kandy', 'Kandy', 'キャンディ']]],
  ['バングラデシュ', 10, GEN, [['Khulna', 'Khulna', 'クルナ']]],
  ['パキスタン', 6, GEN, [['Lahore', 'Lahore', 'ラホール']]],
  ['マレーシア', 20, GEN, [['Penang', 'Penang', 'ペナン']]],
  ['フィジー', 5, GEN, [['Suva', 'Suva', 'スバ']]],
  ['ウクライナ', 5, GEN, [['Odesa', 'Odesa', 'オデーサ']]],
];

const FIELDS = ['一般行政', '環境・廃棄物処理', '農林水産業', '教育・保育', '経済（貿易・商工・観光）', '医療・保健', '考古学・文化財保存', '土木（水道・河川）'];
const HEADERS = ['年度', '姓', '名', '姓（母国語表記）', '名（母国語表記）', '氏名（カタカナ）', '性別', '生年月日', '国籍', '派遣元自治体', '研修分野', '受入自治体', '研修開始日', '研修終了日', '状況', '状況の変更日', '辞退・中止の理由', '旅券番号'];
const FIRST_YEAR = 1996;
const YEARS = 30;

/** The fiscal year as old lists wrote it: 2005, 2005年度, 平成17年度 or H17 (and 令和 after 2019). */
function yearText(fy, i) {
  const style = i % 4;
  if (fy >= 2019) return ['2021', `${fy}年度`, `令和${fy - 2018 === 1 ? '元' : fy - 2018}年度`, `R${fy - 2018}`][style].replace('2021', String(fy));
  return [fy, `${fy}年度`, `平成${fy - 1988 === 1 ? '元' : fy - 1988}年度`, `H${fy - 1988}`][style];
}

/**
 * The archive's rows: every place at least once, 1,213 in all by default, each with a fiscal year,
 * a host and dates. `{ trainees, withdrawn }` can be made smaller for a quick test.
 */
export function archiveRows({ trainees = 1213, seed = 19 } = {}) {
  const rnd = random(seed);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const cities = municipalities.filter((m) => m.kind === 'municipality');
  const usa = cities.find((m) => m.nameJa === '宇佐市' && m.prefectureJa === '大分県');
  // 120 hosts across the prefectures (宇佐市 among them), each host taking trainees many years.
  const hosts = [usa, ...Array.from({ length: 119 }, (_, i) => cities[(i * 14 + 3) % cities.length])];
  const totalWeight = PLACES.reduce((s, p) => s + p[1], 0);
  const rows = [];
  const seen = new Set();
  for (let i = 0; i < trainees; i++) {
    // The first rows name each place once, then places come by their weight.
    let place;
    if (i < PLACES.length) place = PLACES[i];
    else {
      let r = rnd() * totalWeight;
      place = PLACES.find((p) => (r -= p[1]) < 0) ?? PLACES[0];
    }
    const [country, , names, governments] = place;
    const family = pick(names.families);
    const given = pick(names.givens);
    const fy = FIRST_YEAR + (i % YEARS);
    const host = hosts[i % hosts.length];
    // Born 25–40 years before the year; never the same name and birth date twice (that is one person to the import).
    let birth = Date.UTC(fy - 40, 0, 1) + ((i * 29) % (15 * 365)) * 86_400_000;
    while (seen.has(`${family[1]}|${given[1]}|${birth}`)) birth += 86_400_000;
    seen.add(`${family[1]}|${given[1]}|${birth}`);
    const isWithdrawn = i % 97 === 50;
    const government = pick(governments);
    rows.push({
      fiscalYear: fy,
      yearText: yearText(fy, i),
      values: [
        yearText(fy, i),
        family[1],
        given[1],
        family[0],
        given[0],
        `${family[2]} ${given[2]}`,
        i % 2 === 0 ? '女' : '男',
        new Date(birth),
        country,
        government[0] === government[1] ? `${government[0]} / ${government[2]}` : `${government[0]} / ${government[1]} / ${government[2]}`,
        FIELDS[i % FIELDS.length],
        `${host.prefectureJa}${host.nameJa}`,
        new Date(Date.UTC(fy, 5, 20)),
        isWithdrawn ? new Date(Date.UTC(fy, 8, 30)) : new Date(Date.UTC(fy + 1, 2, 10)),
        isWithdrawn ? '辞退・中止' : '研修修了',
        isWithdrawn ? new Date(Date.UTC(fy, 8, 30)) : new Date(Date.UTC(fy + 1, 2, 10)),
        isWithdrawn ? '家族の病気のため帰国' : null,
        fy >= 2010 ? `A${String(fy).slice(2)}${String(i).padStart(6, '0')}` : null,
      ],
    });
  }
  return { headers: HEADERS, rows };
}

/** The archive as an .xlsx: one sheet with a 年度 column, or (`layout: 'sheets'`) one sheet per year named 2005年度. */
export async function makeArchiveWorkbook({ trainees = 1213, seed = 19, layout = 'column' } = {}) {
  const { headers, rows } = archiveRows({ trainees, seed });
  const workbook = new ExcelJS.Workbook();
  const addSheet = (name, list) => {
    const sheet = workbook.addWorksheet(name);
    sheet.addRow(layout === 'sheets' ? headers.slice(1) : headers);
    for (const r of list) sheet.addRow(layout === 'sheets' ? r.values.slice(1) : r.values);
    headers.forEach((h, i) => {
      if (['生年月日', '研修開始日', '研修終了日', '状況の変更日'].includes(h)) sheet.getColumn(layout === 'sheets' ? i : i + 1).numFmt = 'yyyy/mm/dd';
    });
  };
  if (layout === 'sheets') {
    const years = [...new Set(rows.map((r) => r.fiscalYear))].sort();
    for (const fy of years) addSheet(`${fy}年度`, rows.filter((r) => r.fiscalYear === fy));
  } else addSheet('受入実績', rows);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

// Run as a script (not when bundled into the bench or imported by a test).
if (process.argv[1]?.endsWith('make-archive-workbook.mjs')) {
  const out = process.argv[2] ?? 'archive-1996-2025.xlsx';
  void makeArchiveWorkbook({ layout: process.argv.includes('--sheets') ? 'sheets' : 'column' }).then((data) => {
    fs.writeFileSync(out, data);
    console.log(`${out}: ${data.length} bytes`);
  });
}
