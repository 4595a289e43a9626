// Writes the import fixtures in tests/fixtures/: files shaped like those the office receives.
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

const out = (name) => new URL(`../tests/fixtures/${name}`, import.meta.url);

// Japanese Excel's "CSV (comma separated)": Shift_JIS, CRLF, Japanese headers, full-width digits and era dates.
const sjis = [
  '姓,名,フリガナ,生年月日,国籍,旅券番号,性別',
  'Kim,Minji,キム ミンジ,令和元年5月20日,韓国,ＭＡ１２３４５６７,女性',
  'Tran,Thi Lan,チャン ティ ラン,１９９５／３／１,ベトナム,C1234567,F',
  'Wang,Fang,ワン ファン,1996/07/08,中国,E98765432,女',
].join('\r\n') + '\r\n';
fs.writeFileSync(out('trainees-sjis.csv'), iconv.encode(sjis, 'cp932'));

// The same list in the other encodings Japanese files come in: EUC-JP (older Unix systems), ISO-2022-JP
// (mail programs), and Excel's 「Unicode テキスト」 (UTF-16 LE with BOM, tab-separated); UTF-16 BE as CSV.
fs.writeFileSync(out('trainees-eucjp.csv'), iconv.encode(sjis, 'euc-jp'));
fs.writeFileSync(out('trainees-iso2022jp.csv'), toIso2022jp(iconv.encode(sjis, 'euc-jp')));
const unicodeText = sjis.replaceAll(',', '\t');
fs.writeFileSync(out('trainees-utf16le.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(unicodeText, 'utf-16le')]));
fs.writeFileSync(out('trainees-utf16be.csv'), Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(sjis, 'utf-16be')]));
// A UTF-8 file with bytes that are no character on its third row (a file cut and pasted across encodings).
fs.writeFileSync(
  out('trainees-garbled.csv'),
  Buffer.concat([Buffer.from('姓,名,国籍\r\nKim,Minji,韓国\r\nLee,', 'utf8'), Buffer.from([0xc3, 0x28, 0xa0]), Buffer.from(',韓国\r\n', 'utf8')]),
);

/** ISO-2022-JP from EUC-JP bytes: two-byte runs shifted down behind ESC $ B, back to ASCII with ESC ( B. */
function toIso2022jp(euc) {
  const bytes = [];
  let isJis = false;
  for (let i = 0; i < euc.length; i++) {
    const b = euc[i];
    if (b >= 0xa1) {
      if (!isJis) bytes.push(0x1b, 0x24, 0x42);
      isJis = true;
      bytes.push(b & 0x7f, euc[++i] & 0x7f);
    } else {
      if (isJis) bytes.push(0x1b, 0x28, 0x42);
      isJis = false;
      bytes.push(b);
    }
  }
  if (isJis) bytes.push(0x1b, 0x28, 0x42);
  return Buffer.from(bytes);
}

// A sending office's list with its own headers: the passport name in two columns, the native name in two,
// position, diet, notes; UTF-8 with BOM as Excel saves 「CSV UTF-8」.
const office = [
  '氏名（英字）姓,氏名（英字）名,母国語表記（姓）,母国語表記（名）,生年月日,国籍,派遣元,職名,食事制限,備考',
  'PARK,Jiwoo,박,지우,1994/4/12,韓国,Busan,主事,豚肉不可,日本語初級',
].join('\r\n') + '\r\n';
fs.writeFileSync(out('trainees-office-headers.csv'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(office, 'utf8')]));

// One full-name column as lists often have it: the passport name "FAMILY Given" or "Family, Given".
const fullName = [
  '氏名,生年月日,国籍',
  'NGUYEN Thi Mai,1995/3/1,ベトナム',
  '"Peña Quispe, José Luis",1990/6/29,ペルー',
].join('\r\n') + '\r\n';
fs.writeFileSync(out('trainees-full-name.csv'), Buffer.from(fullName, 'utf8'));

// UTF-8 with BOM and English headers, names in their own scripts.
const bom = [
  'Family name (own script),Given name (own script),Surname,Given name,Date of birth,Nationality,Passport No.',
  'श्रेष्ठ,अनिता,Shrestha,Anita,1994-08-25,Nepal,PA1234567',
  'Peña Quispe,José Luis,Peña Quispe,José Luis,1990-06-29,Peru,"PE7654321"',
].join('\r\n') + '\r\n';
fs.writeFileSync(out('trainees-utf8-bom.csv'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(bom, 'utf8')]));

// A travel agent's flight list for the sample cohort, saved by Japanese Excel as CSV (Shift_JIS, so no
// accents): a title row, date and time in separate columns, one name that matches nobody.
const flights = [
  '2024年度 LGOTP 来日便一覧,,,,,,,,,',
  '氏名,便名,出発空港,出発日,出発時刻,到着空港,到着日,到着時刻,ターミナル,予約番号',
  'LEE Seoyeon,KE703,ICN,2024/5/20,9:10,NRT,2024/5/20,11:35,1,XK7P2Q',
  'CHOI Minjun,OZ102,ICN,2024/5/20,9:30,NRT,2024/5/20,11:50,1,XK7P2R',
  'Jose Luis PENA QUISPE,AM58,MEX,2024/5/19,1:15,NRT,2024/5/20,6:40,1,',
  'Nobody Here,NH1,ICN,2024/5/20,9:00,NRT,2024/5/20,11:00,1,',
].join('\r\n') + '\r\n';
fs.writeFileSync(out('flights-sjis.csv'), iconv.encode(flights, 'cp932'));

// Every kind of bad row, each beside a good one.
const bad = [
  '姓,名,生年月日,国籍,旅券番号,メールアドレス',
  'Good,Row,2024/5/20,韓国,AB1234567,good@example.com',
  'Bad,Date,2024/13/01,韓国,AB1234568,',
  'Unknown,Country,1990/1/1,アトランティス,AB1234569,',
  ',,1990/1/1,韓国,AB1234570,',
  'Bad,Passport,1990/1/1,韓国,AB-12,',
  'Bad,Email,1990/1/1,韓国,AB1234571,kim@',
].join('\r\n') + '\r\n';
fs.writeFileSync(out('trainees-bad-rows.csv'), Buffer.from(bad, 'utf8'));

// An Excel sheet with a merged title row and a merged two-row header, Japanese headers.
const workbook = new ExcelJS.Workbook();
const sheet = workbook.addWorksheet('研修員名簿');
sheet.addRow(['2024年度 LGOTP 研修員名簿']);
sheet.mergeCells('A1:F1');
sheet.addRow(['氏名（ローマ字）', '', '氏名（現地表記）', '', '生年月日', '国籍']);
sheet.mergeCells('A2:B2');
sheet.mergeCells('C2:D2');
sheet.addRow(['姓', '名', '姓（現地表記）', '名（現地表記）', '生年月日', '国籍']);
sheet.addRow(['Lee', 'Seoyeon', '이', '서연', new Date(Date.UTC(1995, 4, 17)), '韓国']);
sheet.addRow(['Liu', 'Jia', '刘', '佳', new Date(Date.UTC(1993, 0, 30)), '中国']);
await workbook.xlsx.writeFile(out('trainees-merged-header.xlsx').pathname);

// The demand survey tally (利用要望調査 集計表) as the office keeps it in Excel: a title row, codes as numbers.
const tally = new ExcelJS.Workbook();
tally.created = new Date(Date.UTC(2024, 10, 1));
const answers = tally.addWorksheet('集計');
answers.addRow(['令和7年度 自治体職員協力交流事業 利用要望調査 集計']);
answers.addRow(['団体コード', '団体名', '希望人数', '希望国', '研修分野', '期間', '担当部署', '担当者', '電話']);
answers.addRow([442119, '大分県宇佐市', 1, '韓国', '一般行政', 10, '国際交流課', '宇佐 花子', '0978-32-1111']);
answers.addRow([null, '東近江市', 2, '中国', null, 12, null, null, null]);
answers.addRow([null, '府中市', 1, null, null, null, null, null, null]);
await tally.xlsx.writeFile(out('survey-tally.xlsx').pathname);

// What Excel writes for a password-protected workbook: an OLE compound document.
fs.writeFileSync(out('encrypted.xlsx'), Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(4096, 0x11)]));
console.log('import fixtures written');
