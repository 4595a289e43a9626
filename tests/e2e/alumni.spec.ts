import fs from 'node:fs';
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { expect, test, valueOf, type Host } from './fixtures';
import type { AppPage } from './pages/app-page';
import { sheetPdf } from './pages/pdf';

/** 이서연's report, as she might have written it for 宇佐市 (after the program's own article). */
const LEE_REPORT = {
  title: '宇佐市での研修を終えて',
  textJa: [
    '慶州市と宇佐市は長い間、友好な関係を築いており、その一環として私が派遣されました。最初は慣れない環境に緊張していましたが、部署の方々からたくさんのサポートをいただき、今では宇佐市が故郷のように感じられます。',
    '宇佐市の第一印象は、何といっても自然が美しいことです。特に、広がる田んぼに夕焼けの空が映る風景はとても素晴らしく、何度も写真を撮りました。',
    '今後も宇佐市と慶州市の良好な関係が続くことを願い、懸け橋として最善を尽くします。',
  ].join('\n'),
  textOriginal: '경주시와 우사시는 오랫동안 우호적인 관계를 맺어 왔으며, 그 일환으로 제가 파견되었습니다.',
  publishedIn: '自治体国際化フォーラム',
};

/** The sample cohort with 이서연 (宇佐市) and 최민준 (高知市) through the program: the sample has no one who has finished. */
async function alumniOfSample(host: Host) {
  const { yearId } = await valueOf(host.call('sample:load', {}));
  const trainees = await valueOf(host.call('trainees:list', { yearId }));
  const lee = trainees.find((t) => t.familyNameNative === '이' && t.givenNameNative === '서연')!;
  const choi = trainees.find((t) => t.familyNameNative === '최' && t.givenNameNative === '민준')!;
  for (const t of [lee, choi]) {
    const full = await valueOf(host.call('trainees:get', { id: t.id }));
    await valueOf(host.call('trainees:update', { ...full, status: 'completed' }));
  }
  return { yearId, trainees, lee, choi };
}

async function openAlumni(app: AppPage) {
  const page = app.page;
  await page.reload();
  await page.getByRole('navigation').getByRole('link', { name: 'OB・OG' }).click();
  await expect(page.getByRole('heading', { name: 'OB・OG一覧' })).toBeVisible();
}

/** A photo of rice fields at sunset, drawn in the page: a real JPEG for the sheet. */
async function sunsetJpeg(page: Page): Promise<Buffer> {
  const base64 = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 480;
    canvas.height = 320;
    const g = canvas.getContext('2d')!;
    const sky = g.createLinearGradient(0, 0, 0, 200);
    sky.addColorStop(0, '#3b4a8c');
    sky.addColorStop(0.6, '#f08a4b');
    sky.addColorStop(1, '#ffd27a');
    g.fillStyle = sky;
    g.fillRect(0, 0, 480, 200);
    g.fillStyle = '#ffcf5a';
    g.beginPath();
    g.arc(330, 190, 34, 0, Math.PI * 2);
    g.fill();
    for (let i = 0; i < 6; i++) {
      g.fillStyle = i % 2 ? '#5d7f3a' : '#4c6d2e';
      g.fillRect(0, 200 + i * 20, 480, 20);
    }
    return canvas.toDataURL('image/jpeg', 0.85).split(',')[1]!;
  });
  return Buffer.from(base64, 'base64');
}

test.describe('alumni (Japanese)', () => {
  test('alumni trained in 大分県宇佐市: the right people, found in any script, and to Excel for a delegation with contacts only where consent allows', async ({ app, host, page }) => {
    const { lee, choi } = await alumniOfSample(host);
    await valueOf(host.call('alumni:set-contact', { traineeId: lee.id, consentOn: '2025-03-01', consentScope: 'share', email: 'seoyeon.lee@example.kr', phone: '+82 10 1111 2222' }));
    await valueOf(host.call('alumni:set-contact', { traineeId: choi.id, lastContactOn: '2025-06-01' }));
    await valueOf(host.call('alumni:create-career', { traineeId: lee.id, position: '国際協力チーム長', organisation: '慶州市役所', startsOn: '2025-04-01' }));
    await openAlumni(app);

    const rows = page.getByTestId('alumni-row');
    await expect(rows).toHaveCount(2);
    await expect(rows.filter({ hasText: '최민준' }).getByTestId('alumni-row-contact')).toHaveText('同意なし');

    await page.getByTestId('alumni-filter-host').selectOption({ label: '大分県宇佐市' });
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText('이서연');
    await expect(rows.first()).toContainText('国際協力チーム長');
    await expect(rows.first().getByTestId('alumni-row-contact')).toContainText('seoyeon.lee@example.kr');

    // To Excel for the delegation, with contacts.
    await page.getByTestId('alumni-include-contacts').check();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('alumni-export').click()]);
    expect(download.suggestedFilename()).toMatch(/^OB・OG一覧_\d{8}\.xlsx$/);
    await expect(app.flash()).toHaveText(`${download.suggestedFilename()}を出力しました。`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(await download.path()) as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
    expect(header).toEqual(expect.arrayContaining(['氏名（母国語表記）', '受入自治体', '役職', 'メールアドレス', '電話番号']));
    expect(sheet.rowCount).toBe(2);
    const row = (sheet.getRow(2).values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v)));
    expect(row[header.indexOf('受入自治体')]).toBe('大分県宇佐市');
    expect(row[header.indexOf('メールアドレス')]).toBe('seoyeon.lee@example.kr');
    expect(row.join(' ')).toContain('이서연');
    // An export with contact details is recorded like any export of personal data.
    expect(await valueOf(host.call('privacy:export-records', {}))).toMatchObject([{ list: 'alumni', columns: ['alumniContacts'], people: 1, fileName: download.suggestedFilename() }]);

    // The search is the trainees' own: katakana, romaji, Hangul.
    await page.getByTestId('alumni-filter-host').selectOption({ label: 'すべて' });
    for (const query of ['ソヨン', 'seoyeon', '서연']) {
      await page.getByTestId('alumni-filter-query').fill(query);
      await expect(rows).toHaveCount(1);
      await expect(rows.first()).toContainText('이서연');
    }
  });

  test("이서연's report, entered on her page with a photo, prints in the article's layout with her name in three forms", async ({ app, host, page }, info) => {
    const { lee } = await alumniOfSample(host);
    const photo = await sunsetJpeg(page);
    await page.reload();
    await page.goto(`${host.origin}/#/trainees/${lee.id}`);
    await expect(page.getByTestId('trainee-alumni')).toBeVisible();
    const section = page.getByTestId('trainee-alumni');
    await section.getByRole('button', { name: 'レポートを追加' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('題名').fill(LEE_REPORT.title);
    await dialog.getByLabel('年度（西暦）').fill('2024');
    await dialog.getByLabel('掲載先').fill(LEE_REPORT.publishedIn);
    await dialog.getByLabel('本文（日本語）').fill(LEE_REPORT.textJa);
    await dialog.getByLabel('本文（原語）').fill(LEE_REPORT.textOriginal);
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(app.flash()).toHaveText(`「${LEE_REPORT.title}」を保存しました。`);
    const report = section.getByTestId('alumni-report-row');
    await expect(report).toContainText(LEE_REPORT.title);
    await report.locator('input[type="file"]').setInputFiles({ name: 'usa-sunset.jpg', mimeType: 'image/jpeg', buffer: photo });
    await expect(app.flash()).toHaveText('写真を保存しました。');
    await expect(report.getByRole('img', { name: `「${LEE_REPORT.title}」の写真` })).toBeVisible();

    // A photo over the limit is refused with the limit in the message.
    await report.locator('input[type="file"]').setInputFiles({ name: 'big.jpg', mimeType: 'image/jpeg', buffer: Buffer.concat([photo, Buffer.alloc(2 * 1024 * 1024)]) });
    await expect(report).toContainText('「写真」が大きすぎます（2MBまで）。');

    const { id } = (await valueOf(host.call('alumni:trainee', { traineeId: lee.id }))).reports[0]!;
    const ja = await sheetPdf(page, host.origin, `/print/alumni/report/${id}?lang=ja`, info.outputPath('alumni-report-ja.pdf'));
    const text = ja.text();
    // The name in katakana, in Hangul and romanised; country and city; host; field; the text.
    for (const expected of ['〈研修員レポート〉', 'イ ソヨン', '이서연', 'LEE Seoyeon', '韓国', '慶州市', '大分県宇佐市', '研修分野', '一般行政', '懸け橋として最善を尽くします', '경주시와 우사시는', '掲載：自治体国際化フォーラム']) {
      expect(text).toContain(expected);
    }
    expect(ja.pages()).toBe(1);
    expect(ja.fonts().every((f) => /^Noto ?Sans ?(JP|KR|SC|Devanagari)/.test(f))).toBe(true);
    const en = await sheetPdf(page, host.origin, `/print/alumni/report/${id}?lang=en`, info.outputPath('alumni-report-en.pdf'));
    for (const expected of ['Trainee report', 'Name', 'Home country', 'Korea', 'Gyeongju', 'Usa', 'Field of training', '이서연', 'LEE Seoyeon']) expect(en.text()).toContain(expected);
    if (process.env.KK_ALUMNI_SHOTS) {
      ja.firstPagePng(`${process.env.KK_ALUMNI_SHOTS}/alumni-report-ja.png`);
      en.firstPagePng(`${process.env.KK_ALUMNI_SHOTS}/alumni-report-en.png`);
    }
  });

  test("the year's booklet: a cover, the contents, then one page per report in host order", async ({ app, host, page }, info) => {
    const { lee, choi } = await alumniOfSample(host);
    await valueOf(host.call('alumni:create-report', { traineeId: lee.id, kind: 'trainee_report', fiscalYear: 2024, ...LEE_REPORT }));
    await valueOf(host.call('alumni:create-report', { traineeId: choi.id, kind: 'final_report', fiscalYear: 2024, title: '高知市での研修報告', textJa: '高知市観光振興課で、よさこい祭りを生かした観光誘客を学びました。' }));
    // Another year's report stays out of this booklet.
    await valueOf(host.call('alumni:create-report', { traineeId: choi.id, kind: 'trainee_report', fiscalYear: 2023, title: '別の年度のレポート', textJa: '…' }));

    await openAlumni(app);
    await page.getByTestId('alumni-booklet-year').selectOption({ label: '2024年度' });
    await page.getByTestId('alumni-booklet-print').click();
    await expect(page.locator('[data-print-ready="true"]')).toBeVisible();
    await expect(page.getByTestId('alumni-report-page')).toHaveCount(2);

    const booklet = await sheetPdf(page, host.origin, '/print/alumni/booklet/2024?lang=ja', info.outputPath('alumni-booklet-ja.pdf'));
    expect(booklet.pages()).toBe(2 + 2);
    const text = booklet.text();
    for (const expected of ['研修員レポート集', '令和6年度（2024年度）', '目次', '2編', '高知市での研修報告', LEE_REPORT.title]) expect(text).toContain(expected);
    expect(text).not.toContain('別の年度のレポート');
    // Host order, by local government code: 高知県高知市 (39) before 大分県宇佐市 (44).
    const body = text.slice(text.indexOf('目次'));
    expect(body.indexOf('최민준')).toBeLessThan(body.indexOf('이서연'));
  });
});
