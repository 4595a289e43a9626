import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { makeArchiveWorkbook } from '../../scripts/make-archive-workbook.mjs';
import type { Page } from '@playwright/test';
import { expect, test, valueOf, type Host } from './fixtures';
import { sheetPdf } from './pages/pdf';

/** The fiscal year as the archive's 年度 column writes it: 2005, 2005年度, 平成17年度, H17, 令和3年度, R3. */
function fiscalYearOf(text: string): number {
  const era = /^(平成|H|令和|R)(元|\d+)/.exec(text);
  if (era) return (era[1] === '平成' || era[1] === 'H' ? 1988 : 2018) + (era[2] === '元' ? 1 : Number(era[2]));
  return Number(/\d{4}/.exec(text)![0]);
}

/**
 * Names as the office lists them, said here from the archive's countries (not from the app's code):
 * Korean and Chinese family name first, the native script unspaced (김민준, KIM Minjun); everyone
 * else given name first (สมชาย ศรีสุข, James BROWN); no native script → the passport name.
 */
const FAMILY_FIRST_UNSPACED = new Set(['韓国', '中国', '台湾']);

interface ArchivePerson {
  native: string;
  latin: string;
  country: string;
  sendingGovernment: string;
  host: string;
  fiscalYear: number;
  field: string;
  kana: string;
  status: string;
}

/** Every row of the archive workbook, read back from the file as it was imported (exceljs). */
async function readArchive(file: string): Promise<ArchivePerson[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const sheet = book.worksheets[0]!;
  const headers = (sheet.getRow(1).values as unknown[]).map((v) => (v == null ? '' : String(v)));
  const people: ArchivePerson[] = [];
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    const cell = (header: string) => row.getCell(headers.indexOf(header)).text.trim();
    const [family, given, familyNative, givenNative, country] = [cell('姓'), cell('名'), cell('姓（母国語表記）'), cell('名（母国語表記）'), cell('国籍')];
    const familyFirst = FAMILY_FIRST_UNSPACED.has(country);
    const latin = familyFirst ? `${family} ${given}` : `${given} ${family}`;
    const native = familyNative || givenNative ? (familyFirst ? `${familyNative}${givenNative}` : `${givenNative} ${familyNative}`) : latin;
    people.push({
      native, latin, country, sendingGovernment: cell('派遣元自治体'), host: cell('受入自治体'), fiscalYear: fiscalYearOf(cell('年度')), field: cell('研修分野'), kana: cell('氏名（カタカナ）'), status: cell('状況'),
    });
  });
  return people;
}

/** The rows of the first sheet of a downloaded workbook, as text by header. */
async function downloadedRows(path: string): Promise<{ headers: string[]; rows: Array<Record<string, string>>; text: string }> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  const sheet = book.worksheets[0]!;
  const headers = (sheet.getRow(1).values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v)));
  const rows: Array<Record<string, string>> = [];
  const all: string[] = [];
  sheet.eachRow((row, n) => {
    const cells = headers.map((_, i) => row.getCell(i + 1).text);
    all.push(...cells);
    if (n > 1) rows.push(Object.fromEntries(headers.map((h, i) => [h, cells[i]!])));
  });
  return { headers, rows, text: all.join('\n') };
}

/** A person as the alumni list and its workbook show them. */
interface Listed {
  native: string;
  latin: string;
  country: string;
  sendingGovernment: string;
  host: string;
  year: string;
  field: string;
}

/** The alumni table's column headers, and for each row the name cell's lines (native, then romanised when it differs) and the next five cells. */
async function listedAlumni(page: Page): Promise<{ columns: string[]; listed: Listed[] }> {
  const columns = (await page.getByTestId('alumni-table').locator('thead th').allInnerTexts()).map((c) => c.trim());
  const listed: Listed[] = [];
  for (const row of await page.getByTestId('alumni-row').all()) {
    const cells = row.locator('td');
    const [name, country, sendingGovernment, host, year, field] = await Promise.all([0, 1, 2, 3, 4, 5].map((i) => cells.nth(i).innerText()));
    const [native, latin] = name!.split('\n').map((l) => l.trim()).filter(Boolean);
    listed.push({ native: native!, latin: latin ?? native!, country: country!, sendingGovernment: sendingGovernment!, host: host!, year: year!, field: field! });
  }
  return { columns, listed };
}

/**
 * The workbook's columns for each column of the list on screen (the screen names some shorter, and
 * shows the reports, which the workbook leaves out); the contact columns come only when asked for.
 */
const WORKBOOK_COLUMNS_OF_SCREEN: Record<string, string[]> = {
  氏名: ['氏名（母国語表記）', '氏名（ローマ字）', 'カタカナ'],
  '国・地域': ['国・地域'],
  派遣元: ['派遣元自治体'],
  受入自治体: ['受入自治体'],
  研修年度: ['年度'],
  研修分野: ['研修分野'],
  帰国後の役職: ['役職', '所属'],
  連絡先: ['メールアドレス', '電話番号', '住所', 'その他の連絡先'],
  最終連絡日: ['最終連絡日'],
  レポート: [],
};

/** An email and a phone held with consent to pass them on; one held for the office only; one whose consent was withdrawn. */
async function contactsOfUsa(host: Host) {
  const usa = (await valueOf(host.call('hosts:list', {}))).find((h) => h.prefectureJa === '大分県' && h.nameJa === '宇佐市')!;
  const alumni = await valueOf(host.call('alumni:list', { hostId: usa.id }));
  const id = (latin: string) => alumni.find((a) => `${a.trainee.familyNameLatin} ${a.trainee.givenNameLatin}` === latin)!.trainee.id;
  const shared = { traineeId: id('KIM Minjun'), email: 'minjun.kim@example.kr', phone: '+82 10 3333 4444' };
  const office = { traineeId: id('PARK Jiwoo'), email: 'jiwoo.park@example.kr' };
  const withdrawn = { traineeId: id('KIM Subin'), email: 'subin.kim@example.kr' };
  await valueOf(host.call('alumni:set-contact', { ...shared, consentOn: '2025-03-01', consentScope: 'share' }));
  await valueOf(host.call('alumni:set-contact', { ...office, consentOn: '2025-03-01', consentScope: 'office' }));
  await valueOf(host.call('alumni:set-contact', { ...withdrawn, consentOn: '2024-04-01', consentScope: 'share' }));
  await valueOf(host.call('alumni:set-contact', { traineeId: withdrawn.traineeId, lastContactOn: '2025-01-15' }));
  return { shared, office, withdrawn };
}

test.describe('the archive (Japanese)', () => {
  test('the generated 30-year archive through the dry run (new hosts and sending governments listed), then the statistics page shows 42カ国と1地域から1,213人, and the alumni trained in 大分県宇佐市 are the archive\'s, to Excel with contacts only where consent allows', async ({ app, page, host }, info) => {
    test.setTimeout(300_000);
    const file = info.outputPath('受入実績_1996-2025.xlsx');
    fs.writeFileSync(file, await makeArchiveWorkbook());

    await app.go('statistics');
    await page.getByTestId('archive-import-open').click();
    const dialog = page.getByRole('dialog', { name: '過去の記録の取り込み（複数年度のExcel）' });
    await dialog.locator('input[type="file"]').setInputFiles(file);
    await expect(dialog.getByTestId('import-counts')).toContainText('新規 1213件・更新 0件・変更なし 0件・エラー 0件', { timeout: 60_000 });
    await expect(dialog.getByTestId('archive-years')).toContainText('1996年度～2025年度（30年度分）');
    await expect(dialog.getByTestId('archive-years')).toContainText('うち30年度は新しく作成します（日程は不明として扱います）。');
    await expect(dialog.getByTestId('archive-new-hosts')).toContainText('大分県宇佐市');
    await expect(dialog.getByTestId('import-counts')).toContainText('경주시 / Gyeongju / 慶州市');
    await dialog.getByRole('button', { name: '1213件の取り込み' }).click();
    await expect(app.flash()).toHaveText('取り込みました（新規1213件・更新0件）。', { timeout: 60_000 });
    await dialog.getByRole('button', { name: '閉じる' }).last().click();

    await expect(page.getByTestId('statistics-headline')).toHaveText('42カ国と1地域から1,213人');
    await expect(page.getByTestId('statistics-range')).toHaveText('1996～2025');
    await expect(page.getByTestId('statistics-byCountry-total')).toHaveText('1213');
    const korea = page.getByTestId('statistics-byCountry').getByRole('row', { name: /^韓国/ });
    await expect(korea).toBeVisible();

    // To Excel: the three tables.
    const download = page.waitForEvent('download');
    await page.getByTestId('statistics-export').click();
    const saved = await download;
    expect(saved.suggestedFilename()).toMatch(/^受入実績_1996-2025_\d{8}\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile((await saved.path())!);
    expect(book.worksheets.map((w) => w.name)).toEqual(['国・地域別', '受入団体の都道府県別', '研修分野別']);

    // A year it made has its milestones unknown, not defaulted.
    const years = await valueOf(host.call('years:list', {}));
    expect(years.every((y) => y.milestonesUnknown)).toBe(true);

    await test.step('alumni trained in 大分県宇佐市: the archive\'s own, to Excel with contacts only where consent allows', async () => {
      // Who they are, from the workbook itself: those of 宇佐市 who completed (研修修了), not those who withdrew.
      const archive = await readArchive(file);
      const completed = archive.filter((p) => p.status === '研修修了');
      const usa = completed.filter((p) => p.host === '大分県宇佐市');
      expect(usa.length).toBeGreaterThan(5);
      const expected: Listed[] = usa.map((p) => ({ native: p.native, latin: p.latin, country: p.country, sendingGovernment: p.sendingGovernment, host: p.host, year: `${p.fiscalYear}年度`, field: p.field }));
      const byName = (a: { latin: string; native: string }, b: { latin: string; native: string }) => a.latin.localeCompare(b.latin) || a.native.localeCompare(b.native);
      const { shared, office, withdrawn } = await contactsOfUsa(host);

      await app.go('alumni');
      await expect(page.getByRole('heading', { name: 'OB・OG一覧' })).toBeVisible();
      // Every alumnus of 30 years on one screen first: 1,200 rows take a while on a loaded machine.
      await expect(page.getByTestId('alumni-count')).toHaveText(`${completed.length}人`, { timeout: 60_000 });
      await page.getByTestId('alumni-filter-host').selectOption({ label: '大分県宇佐市' });
      const rows = page.getByTestId('alumni-row');
      await expect(page.getByTestId('alumni-count')).toHaveText(`${usa.length}人`);
      await expect(rows).toHaveCount(usa.length);
      const { columns, listed } = await listedAlumni(page);
      expect([...listed].sort(byName)).toEqual([...expected].sort(byName));
      expect(columns).toEqual(Object.keys(WORKBOOK_COLUMNS_OF_SCREEN));
      const workbookColumns = (withContacts: boolean) => columns.flatMap((c) => (c === '連絡先' && !withContacts ? [] : WORKBOOK_COLUMNS_OF_SCREEN[c]!));

      // Contacts: shown only where a consent is held (for the office, or to pass on); the withdrawn consent shows none.
      const rowOf = (latin: string) => rows.filter({ hasText: latin });
      await expect(rowOf('KIM Minjun').getByTestId('alumni-row-contact')).toHaveText(`${shared.email}・${shared.phone}`);
      await expect(rowOf('PARK Jiwoo').getByTestId('alumni-row-contact')).toHaveText(office.email);
      await expect(rowOf('KIM Subin').getByTestId('alumni-row-contact')).toHaveText('同意なし');
      await expect(rows.getByTestId('alumni-row-contact').filter({ hasText: '同意なし' })).toHaveCount(usa.length - 2);
      await expect(page.getByTestId('alumni-table')).not.toContainText(withdrawn.email);

      // To Excel as listed, without contacts (the default): the columns of the list, no contact column, no detail.
      const plain = await Promise.all([page.waitForEvent('download'), page.getByTestId('alumni-export').click()]).then(([d]) => d);
      expect(plain.suggestedFilename()).toMatch(/^OB・OG一覧_\d{8}\.xlsx$/);
      await expect(app.flash()).toHaveText(`${plain.suggestedFilename()}を出力しました。`);
      const withoutContacts = await downloadedRows((await plain.path())!);
      expect([...withoutContacts.headers].sort()).toEqual(workbookColumns(false).sort());
      const asListed = (r: Record<string, string>): Listed => ({
        native: r['氏名（母国語表記）']!, latin: r['氏名（ローマ字）']!, country: r['国・地域']!, sendingGovernment: r['派遣元自治体']!, host: r['受入自治体']!, year: `${r['年度']}年度`, field: r['研修分野']!,
      });
      expect(withoutContacts.rows.map(asListed)).toEqual(listed);
      expect(withoutContacts.rows.map((r) => [r['氏名（ローマ字）'], r['カタカナ']]).sort()).toEqual(usa.map((p) => [p.latin, p.kana]).sort());
      for (const detail of [shared.email, shared.phone, office.email, withdrawn.email]) expect(withoutContacts.text).not.toContain(detail);

      // With contacts, as the screen says (提供に同意した人のみ): only the one whose consent covers passing them on.
      await page.getByRole('checkbox', { name: '連絡先を含める（提供に同意した人のみ）' }).check();
      const full = await Promise.all([page.waitForEvent('download'), page.getByTestId('alumni-export').click()]).then(([d]) => d);
      const withContacts = await downloadedRows((await full.path())!);
      expect([...withContacts.headers].sort()).toEqual(workbookColumns(true).sort());
      expect(withContacts.headers.slice(0, withoutContacts.headers.length)).toEqual(withoutContacts.headers);
      expect(withContacts.rows.map(asListed)).toEqual(listed);
      const contactColumns = WORKBOOK_COLUMNS_OF_SCREEN['連絡先']!;
      const withDetails = withContacts.rows.filter((r) => contactColumns.some((c) => r[c]));
      expect(withDetails.map((r) => [r['氏名（ローマ字）'], r['メールアドレス'], r['電話番号']])).toEqual([['KIM Minjun', shared.email, shared.phone]]);
      for (const detail of [office.email, withdrawn.email]) expect(withContacts.text).not.toContain(detail);
      expect((await valueOf(host.call('privacy:export-records', {}))).filter((r) => r.list === 'alumni')).toMatchObject([{ columns: ['alumniContacts'], people: 1, fileName: full.suggestedFilename() }]);
    });

    // The print: A4 landscape (30 years), the headline computed, the tables.
    const ja = await sheetPdf(page, host.origin, '/print/statistics?lang=ja', info.outputPath('statistics-ja.pdf'));
    const text = ja.text();
    for (const expected of ['自治体職員協力交流事業 研修員受入実績', '42カ国と1地域から1,213人', '国・地域別', '受入団体の都道府県別', '研修分野別', '台湾', '合計']) expect(text).toContain(expected);
    const en = await sheetPdf(page, host.origin, '/print/statistics?lang=en', info.outputPath('statistics-en.pdf'));
    expect(en.text()).toContain('1,213 trainees from 42 countries and 1 region');
    if (process.env.KAKEHASHI_DOCS) {
      ja.firstPagePng('docs/screenshots/prints/statistics-ja.png');
      en.firstPagePng('docs/screenshots/prints/statistics-en.png');
    }
  });
});

test.describe('the statistics (English)', () => {
  test('the statistics page in English: headline, counting rule and tables, countries in alphabetical order', async ({ app, page, host }) => {
    const data = (await makeArchiveWorkbook({ trainees: 120 })).toString('base64');
    await valueOf(host.call('imports:archive-apply', { fileName: 'archive.xlsx', dataBase64: data }));
    const stats = await valueOf(host.call('statistics:summary', {}));
    await page.reload();
    await app.switchLanguage('en');
    await app.go('statistics');
    await expect(page.getByRole('heading', { name: 'Trainees received', level: 2 })).toBeVisible();
    await expect(page.getByTestId('statistics-headline')).toHaveText(`120 trainees from ${stats.headline.countries} countries and 1 region`);
    await expect(page.getByTestId('statistics-rule')).toContainText('Counts the trainees who came to Japan');
    await expect(page.getByRole('heading', { name: 'By country or region' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'By host prefecture' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'By training field' })).toBeVisible();
    const names = await page.getByTestId('statistics-byCountry').getByTestId('statistics-row').locator('th').allTextContents();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    expect(names).toContain('Taiwan');
    await page.getByTestId('statistics-from').selectOption('2010');
    await expect(page.getByTestId('statistics-range')).toHaveText('2010–2025');
  });
});
