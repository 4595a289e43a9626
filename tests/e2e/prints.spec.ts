import { expect, test, valueOf } from './fixtures';
import { printableCohort } from './pages/arrivals-data';
import { formatWareki } from '@shared/text/date-format';
import { todayInJapan } from '@shared/text/date-math';
import { sheetPdf } from './pages/pdf';

const NATIVE_NAMES = ['王晓燕', '李建国', '陈思远', '刘佳', '张梦琪', '이서연', '최민준', 'अनिता श्रेष्ठ', 'राजेश अधिकारी', 'Nur Aisyah binti Ahmad', 'José Luis Peña Quispe'];
const BUNDLED = /^Noto ?Sans ?(JP|KR|SC|Devanagari)/;

test('the arrival sheet and the roster print on A4 with bundled fonts and every name (Japanese)', async ({ app, host, page }, info) => {
  const { yearId, idOf } = await printableCohort(host);
  // A passport number on record, so the roster's "no passport numbers" can fail.
  const lee = await valueOf(host.call('trainees:get', { id: idOf('LEE Seoyeon') }));
  await valueOf(host.call('trainees:update', { ...lee, passportNumber: 'M12345678' }));
  await page.reload();
  await app.page.getByRole('navigation').waitFor();
  const arrival = await sheetPdf(page, host.origin, `/print/arrival?year=${yearId}&lang=ja`, info.outputPath('arrival-ja.pdf'));
  const text = arrival.text();
  for (const name of NATIVE_NAMES) expect(text, name).toContain(name);
  for (const label of ['到着便一覧', '成田 第1便', '集合：', '担当：', '加藤 美咲', '090-1234-5678', 'KE 703', '警察 110', '消防・救急 119', '03-1234-5678']) expect(text).toContain(label);
  expect(arrival.fonts().every((f) => BUNDLED.test(f)), arrival.fonts().join(', ')).toBe(true);
  // Two groups and 11 rows of about 20 mm: two A4 pages, each numbered "n / 2".
  expect(arrival.pages()).toBe(2);
  expect(text).toMatch(/1\s*\/\s*2.*2\s*\/\s*2/);

  const roster = await sheetPdf(page, host.origin, `/print/roster?year=${yearId}&lang=ja`, info.outputPath('roster-ja.pdf'));
  for (const name of NATIVE_NAMES) expect(roster.text(), name).toContain(name);
  expect(roster.text()).toContain('名簿');
  expect(roster.pages()).toBe(2); // 11 rows of about 22 mm under five country headings
  expect(roster.text()).not.toMatch(/[A-Z]{1,2}\d{7}/); // no passport numbers
  expect(roster.fonts().every((f) => BUNDLED.test(f)), roster.fonts().join(', ')).toBe(true);
});

test('placards: one landscape page each, and a 40-letter name stays on one line (English)', async ({ app, host, page }, info) => {
  const { yearId, narita } = await printableCohort(host);
  const long = await valueOf(
    host.call('trainees:create', {
      yearId, familyNameLatin: 'Wolfeschlegelsteinhausenbergerdorff', givenNameLatin: 'Hubert', nameLang: 'en', nameOrder: 'given_first', nationality: 'DE', status: 'selected',
    }),
  );
  await page.reload();
  await app.page.getByRole('navigation').waitFor();
  const group = await sheetPdf(page, host.origin, `/print/placards?year=${yearId}&lang=en&group=${narita.id}`, info.outputPath('placards-narita.pdf'));
  expect(group.pages()).toBe(5);
  for (const name of ['이서연', '최민준', 'अनिता श्रेष्ठ', 'राजेश अधिकारी', 'José Luis PEÑA QUISPE']) expect(group.text()).toContain(name);
  expect(group.fonts().every((f) => BUNDLED.test(f)), group.fonts().join(', ')).toBe(true);

  const one = await sheetPdf(page, host.origin, `/print/placards?year=${yearId}&lang=en&trainee=${long.id}`, info.outputPath('placard-long.pdf'));
  expect(one.pages()).toBe(1);
  const latin = page.getByTestId('placard-latin');
  const fits = await latin.evaluate((el) => ({ width: el.scrollWidth, room: el.parentElement!.clientWidth, lines: Math.round(el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight)) }));
  expect(fits.width).toBeLessThanOrEqual(fits.room);
  expect(fits.lines).toBe(1);
  expect(one.text('layout').split('\n').some((line) => line.includes('Hubert WOLFESCHLEGELSTEINHAUSENBERGERDORFF'))).toBe(true);
});

test('orientation sheets, one per trainee, and the host handover sheet (English)', async ({ app, host, page }, info) => {
  const { yearId, idOf } = await printableCohort(host);
  await page.reload();
  await app.page.getByRole('navigation').waitFor();
  const all = await sheetPdf(page, host.origin, `/print/orientation?year=${yearId}&lang=en`, info.outputPath('orientation-en.pdf'));
  expect(all.pages()).toBe(11);
  for (const name of NATIVE_NAMES) expect(all.text(), name).toContain(name);

  const lee = await sheetPdf(page, host.origin, `/print/orientation?year=${yearId}&lang=en&trainee=${idOf('LEE Seoyeon')}`, info.outputPath('orientation-lee.pdf'));
  const text = lee.text();
  expect(lee.pages()).toBe(1);
  for (const label of ['Individual schedule', '이서연 (LEE Seoyeon)', 'Flight KE 703, arriving at Narita International Airport Terminal 1, Mon 20 May 11:35', 'Meeting point: 南ウイング 到着口, Mon 20 May 12:50', 'Schedule and accommodation', '09:30–10:30 Opening ceremony', 'Hotel Tokyo Bay, room 501', 'Your contacts', 'Usa City', '加藤 美咲', 'Police 110', 'Fire and ambulance 119', '03-1234-5678']) {
    expect(text).toContain(label);
  }
  expect(lee.fonts().every((f) => BUNDLED.test(f)), lee.fonts().join(', ')).toBe(true);

  const handover = await sheetPdf(page, host.origin, `/print/handover?year=${yearId}&lang=en&trainee=${idOf('Anita SHRESTHA')}`, info.outputPath('handover-anita.pdf'));
  const profile = handover.text();
  expect(handover.pages()).toBe(1);
  for (const label of ['Trainee information for the host', 'Confidential', 'अनिता श्रेष्ठ', 'Anita SHRESTHA', 'Nepal', 'Japanese', 'Emergency contact', 'Council of Local Authorities for International Relations (CLAIR)']) expect(profile).toContain(label);
  expect(profile).not.toMatch(/Passport/i);
});

test('the sheets that leave the office, in official form: handover, roster, individual schedule (Japanese)', async ({ app, host, page }, info) => {
  const { yearId, idOf } = await printableCohort(host);
  await page.reload();
  await app.page.getByRole('navigation').waitFor();
  const handover = await sheetPdf(page, host.origin, `/print/handover?year=${yearId}&lang=ja&trainee=${idOf('Anita SHRESTHA')}`, info.outputPath('handover-ja.pdf'));
  const letter = handover.text();
  expect(handover.pages()).toBe(1);
  for (const label of ['取扱注意', '御中', '一般財団法人自治体国際化協会（CLAIR） 交流支援部経済交流課', formatWareki(todayInJapan()), '研修員情報（受入自治体送付用）', '令和6年度（2024年度）', '氏名（母国語表記） अनिता श्रेष्ठ', '国・地域 ネパール', '緊急連絡先']) {
    expect(letter, label).toContain(label);
  }
  expect(letter).not.toContain('—');
  expect(letter).not.toContain('CLAIR 事務所');

  const roster = (await sheetPdf(page, host.origin, `/print/roster?year=${yearId}&lang=ja`, info.outputPath('roster-order-ja.pdf'))).text();
  expect(roster).toContain('令和6年度（2024年度） 研修員名簿（11人）');
  // 五十音順 of the names as read: インドネシア, 韓国 (かんこく), 中国 (ちゅうごく), ネパール, ペルー.
  const at = (name: string) => roster.indexOf(name);
  expect(at('中国')).toBeGreaterThan(-1);
  expect(at('韓国')).toBeLessThan(at('中国'));
  expect(at('中国')).toBeLessThan(at('ネパール'));
  expect(roster).not.toContain('—');

  const schedules = await sheetPdf(page, host.origin, `/print/orientation?year=${yearId}&lang=ja`, info.outputPath('schedules-ja.pdf'));
  const text = schedules.text();
  expect(text).toContain('個人日程表 陈思远（CHEN Siyuan）様');
  expect(text).toContain('成田国際空港 第1ターミナル');
  expect(text).toContain('ホテル東京ベイ 501号室');
  for (const name of NATIVE_NAMES) expect(text, name).toContain(`個人日程表 ${name}`);
  expect(text.split('様').length - 1, 'one title ending in 様 on each page').toBe(schedules.pages());
  expect(text).toContain('5月21日(火)');
  expect(text).not.toMatch(/\d–\d/);
});

test('the office phone missing: the Prints screen warns, and no sheet prints a note about it (Japanese)', async ({ app, host, page }, info) => {
  const { yearId, idOf } = await printableCohort(host);
  await valueOf(host.call('settings:update', { officePhone: '' }));
  await page.reload();
  await app.go('prints');
  await expect(page.getByTestId('office-phone-warning')).toContainText('設定画面の「事務所の電話番号」で登録してください');
  for (const path of [`/print/arrival?year=${yearId}&lang=ja`, `/print/orientation?year=${yearId}&lang=ja&trainee=${idOf('LEE Seoyeon')}`, `/print/orientation?year=${yearId}&lang=en&trainee=${idOf('LEE Seoyeon')}`]) {
    const text = (await sheetPdf(page, host.origin, path, info.outputPath('no-phone.pdf'))).text();
    expect(text, path).toMatch(/一般財団法人自治体国際化協会（CLAIR）|Council of Local Authorities/);
    expect(text, path).not.toMatch(/設定|電話番号|Settings|phone number/);
  }
});

test('the Prints page previews a sheet, warns of a name no bundled font draws, and prints only the sheet (Japanese)', async ({ app, host, page }) => {
  const { yearId } = await printableCohort(host);
  await valueOf(host.call('trainees:create', { yearId, givenNameNative: 'สมชาย', familyNameNative: 'ใจดี', givenNameLatin: 'Somchai', familyNameLatin: 'Jaidee', nameLang: 'th', nameOrder: 'given_first', nationality: 'TH', status: 'selected' }));
  await page.reload();
  await app.go('prints');
  await page.locator('label').filter({ hasText: /^出迎え用ネームボード$/ }).click();
  const preview = page.getByTestId('print-preview');
  await expect(preview.getByTestId('placard')).toHaveCount(12);
  await expect(page.getByTestId('coverage-warning')).toContainText('สมชาย ใจดี');
  await page.getByLabel('送迎グループ').selectOption({ label: '成田 第1便' });
  await expect(preview.getByTestId('placard')).toHaveCount(5);
  await page.getByLabel('帳票の言語').selectOption({ label: 'English' });
  await page.locator('label').filter({ hasText: /^到着便一覧$/ }).click();
  await expect(preview.getByRole('heading', { name: /Arrival sheet/ })).toBeVisible();
  await expect(preview).toContainText('Meeting point:');
  // What the browser prints from this page: the sheet alone, no menu.
  await page.evaluate(() => document.fonts.ready);
  const pdf = await page.pdf({ preferCSSPageSize: true });
  const text = (await import('node:child_process')).execFileSync('pdftotext', ['-', '-'], { input: pdf, encoding: 'utf8' });
  expect(text).toContain('Arrival sheet');
  expect(text).not.toContain('ダッシュボード');
});
