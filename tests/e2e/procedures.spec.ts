import { addDays, todayInJapan } from '@shared/text/date-math';
import { expect, test, valueOf, type Host } from './fixtures';
import type { AppPage } from './pages/app-page';
import { sheetPdf } from './pages/pdf';

/** The sample cohort (FY2024), its year id and 이서연, the trainee 宇佐市 hosts. */
async function sample(host: Host) {
  const { yearId } = await valueOf(host.call('sample:load', {}));
  const trainees = await valueOf(host.call('trainees:list', { yearId }));
  const lee = trainees.find((t) => t.familyNameNative === '이' && t.givenNameNative === '서연')!;
  return { yearId, trainees, lee };
}

async function openProcedures(app: AppPage) {
  await app.page.reload();
  await app.page.getByRole('navigation').getByRole('link', { name: app.language === 'ja' ? '来日手続き' : 'Entry procedures' }).click();
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

test.describe('entry procedures (Japanese)', () => {
  test("the sample year's grid; 宇佐市's 研修実施予定表 for 이서연 requested, then received with the scan", async ({ app, host, page }) => {
    const { trainees, lee } = await sample(host);
    await openProcedures(app);
    await page.getByRole('button', { name: 'テンプレートから作成' }).click();
    const grid = page.getByTestId('procedure-grid');
    const takingPart = trainees.filter((t) => t.status !== 'withdrawn' && t.status !== 'applicant');
    await expect(page.getByTestId('procedure-row')).toHaveCount(takingPart.length);
    for (const item of ['招へい理由書', '研修実施予定表', '健康診断書（翻訳付き）', '在留資格認定証明書（COE）交付', '査証発給', '航空券発券', '保険加入']) {
      await expect(grid.getByRole('columnheader', { name: new RegExp(`^${item.replace(/[()（）]/g, '.')}`) })).toBeVisible();
    }

    // Waiting on 宇佐市: its trainee, and the host's items only.
    await page.getByTestId('procedure-filter-who').selectOption({ label: '大分県宇佐市の対応待ち' });
    const rows = page.getByTestId('procedure-row');
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText('이서연');
    const plan = rows.first().getByRole('button', { name: '이서연 — 研修実施予定表：未依頼' });
    await expect(plan).toHaveAttribute('data-overdue', 'true');

    // From the keyboard: Enter opens the menu, the arrows choose, Enter sets it.
    await plan.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('menuitem', { name: '依頼済み' }).focus();
    await page.keyboard.press('Enter');
    await expect(app.flash()).toHaveText('「研修実施予定表」を「依頼済み」にしました。');
    const requested = rows.first().getByRole('button', { name: '이서연 — 研修実施予定表：依頼済み' });
    await expect(requested).toHaveAttribute('data-status', 'requested');

    // Received, with the scan.
    await app.choose(requested, '詳細・ファイル');
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText('이서연さん　研修実施予定表');
    await dialog.locator('input[type="file"]').setInputFiles({ name: '研修実施予定表_宇佐市.pdf', mimeType: 'application/pdf', buffer: PDF });
    await expect(app.flash()).toHaveText('「研修実施予定表_宇佐市.pdf」を添付しました。');
    await expect(dialog.getByTestId('procedure-file')).toContainText('研修実施予定表_宇佐市.pdf');
    await dialog.getByLabel('状況').selectOption({ label: '受領' });
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(app.flash()).toHaveText('「研修実施予定表」を「受領」にしました。');
    await expect(rows.first().getByRole('button', { name: '이서연 — 研修実施予定表：受領' })).toHaveAttribute('data-status', 'received');
    // Each change with who made it, in the item's history.
    await app.choose(rows.first().getByRole('button', { name: '이서연 — 研修実施予定表：受領' }), '詳細・ファイル');
    const history = page.getByRole('dialog').getByTestId('procedure-history');
    await expect(history).toContainText('状況：依頼済み → 受領');
    await expect(history).toContainText('状況：未依頼 → 依頼済み');
    await expect(history).toContainText('ファイル：（なし） → 研修実施予定表_宇佐市.pdf');
    await page.keyboard.press('Escape');

    // Stored: the status dated today, the scan's bytes as sent.
    const stored = await valueOf(host.call('procedures:trainee', { traineeId: lee.id }));
    const item = stored.items.find((i) => i.nameJa === '研修実施予定表')!;
    expect(stored.cells.find((c) => c.itemId === item.id)).toMatchObject({ status: 'received', changedOn: todayInJapan(), file: { name: '研修実施予定表_宇佐市.pdf', mime: 'application/pdf' } });
    const file = await valueOf(host.call('procedures:file', { traineeId: lee.id, itemId: item.id }));
    expect(Buffer.from(file.dataBase64, 'base64').equals(PDF)).toBe(true);

    // The trainee page shows the same list.
    await rows.first().getByRole('button', { name: /이서연/ }).first().click();
    const list = page.getByTestId('trainee-procedure-list');
    await expect(list.getByTestId('trainee-procedure-row').filter({ hasText: '研修実施予定表' })).toContainText('受領');
    await expect(list.getByTestId('trainee-procedure-row').filter({ hasText: '研修実施予定表' })).toContainText('研修実施予定表_宇佐市.pdf');
  });

  test('the dashboard warns of a COE not issued four weeks before arrival, until it is marked 完了', async ({ app, host, page }) => {
    const { yearId, lee } = await sample(host);
    // Arrival three weeks from today: inside the four weeks in which the COE must be in hand.
    const year = await valueOf(host.call('years:get', { id: yearId }));
    const arrival = year.milestones.find((m) => m.kind === 'arrival')!;
    await valueOf(host.call('years:update-milestone', { id: arrival.id, startsOn: addDays(todayInJapan(), 21), endsOn: null }));
    await valueOf(host.call('procedures:start-year', { yearId }));

    await page.reload();
    const line = page.getByTestId('dashboard-entry-warning').filter({ hasText: '이서연さん' });
    await expect(line).toContainText('在留資格認定証明書（COE）交付');

    await openProcedures(app);
    await page.getByTestId('procedure-filter-item').selectOption({ label: '在留資格認定証明書（COE）交付' });
    const row = page.getByTestId('procedure-row').filter({ hasText: '이서연' });
    await app.choose(row.getByRole('button', { name: '이서연 — 在留資格認定証明書（COE）交付：未依頼' }), '完了');
    await expect(app.flash()).toHaveText('「在留資格認定証明書（COE）交付」を「完了」にしました。');

    await page.getByRole('navigation').getByRole('link', { name: 'ダッシュボード' }).click();
    await expect(page.getByTestId('dashboard-procedures')).toBeVisible();
    // The visa is still owed; the COE is no longer in her line.
    await expect(line).toContainText('査証発給');
    await expect(line).not.toContainText('在留資格認定証明書');
    const warnings = await valueOf(host.call('procedures:warnings', { yearId }));
    expect(warnings.filter((w) => w.traineeId === lee.id && w.kind === 'entry_not_ready').map((w) => w.itemNameJa)).toEqual(['査証発給']);

    // The line opens the item it names, on her page.
    await line.getByRole('button').click();
    await expect(page.getByRole('dialog', { name: /査証発給/ }).getByTestId('procedure-detail')).toBeVisible();
    expect(page.url()).toContain(`/trainees/${lee.id}/procedures/`);
  });
  test("宇佐市's 「提出書類のお願い」 lists exactly what it still owes for its trainee, and a trainee's checklist prints in either language", async ({ app, host, page }, info) => {
    const { yearId, trainees, lee } = await sample(host);
    const grid = await valueOf(host.call('procedures:start-year', { yearId }));
    const item = (nameJa: string) => grid.items.find((i) => i.nameJa === nameJa)!;
    await valueOf(host.call('procedures:set-status', { traineeId: lee.id, itemId: item('研修実施予定表').id, status: 'received', note: null }));
    await valueOf(host.call('procedures:set-status', { traineeId: lee.id, itemId: item('招へい理由書').id, status: 'requested', note: null }));

    // From the grid, filtered to 宇佐市.
    await openProcedures(app);
    await page.getByTestId('procedure-filter-who').selectOption({ label: '大分県宇佐市の対応待ち' });
    // The grid to Excel, as it stands.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Excelに出力' }).click();
    expect((await download).suggestedFilename()).toMatch(/^来日手続き_2024年度_\d{8}\.xlsx$/);

    await page.getByTestId('procedure-print-request').click();
    await expect(page.locator('[data-print-ready="true"]')).toBeVisible();
    await expect(page.getByTestId('procedures-request-trainee')).toHaveCount(1);

    const usaId = lee.hostId!;
    const request = await sheetPdf(page, host.origin, `/print/procedures/host/${usaId}?year=${yearId}&lang=ja`, info.outputPath('procedures-request-ja.pdf'));
    const text = request.text();
    for (const expected of ['提出書類のお願い', '大分県宇佐市', '御中', '令和6年度（2024年度）', '이서연', '保険加入', '未依頼', '以上', '一般財団法人自治体国際化協会（CLAIR）']) expect(text).toContain(expected);
    // Received already, or not the host's to send: not asked for.
    for (const absent of ['研修実施予定表', '招へい理由書', '在留資格認定証明書']) expect(text).not.toContain(absent);
    expect(trainees.filter((t) => t.hostId === usaId)).toHaveLength(1);

    const ja = await sheetPdf(page, host.origin, `/print/procedures/trainee/${lee.id}?year=${yearId}&lang=ja`, info.outputPath('procedures-checklist-ja.pdf'));
    for (const expected of ['来日手続きチェックリスト', '이서연', '研修実施予定表', '受領', '在留資格認定証明書（COE）交付', '健康診断書（翻訳付き）']) expect(ja.text()).toContain(expected);
    const en = await sheetPdf(page, host.origin, `/print/procedures/trainee/${lee.id}?year=${yearId}&lang=en`, info.outputPath('procedures-checklist-en.pdf'));
    for (const expected of ['Checklist before arrival', 'Training schedule', 'Received', 'Certificate of Eligibility (COE) issued', 'FY2024']) expect(en.text()).toContain(expected);
    await sheetPdf(page, host.origin, `/print/procedures/host/${usaId}?year=${yearId}&lang=en`, info.outputPath('procedures-request-en.pdf'));
    if (process.env.KK_PROCEDURE_SHOTS) {
      for (const name of ['procedures-request-ja', 'procedures-request-en', 'procedures-checklist-ja', 'procedures-checklist-en']) {
        new (await import('./pages/pdf')).Pdf(info.outputPath(`${name}.pdf`)).firstPagePng(`${process.env.KK_PROCEDURE_SHOTS}/${name}.png`);
      }
    }
  });
});

test.describe('entry procedures (English)', () => {
  test("the template gets a new item, which appears in every trainee's list of that year", async ({ app, host, page }) => {
    const { yearId, trainees } = await sample(host);
    await valueOf(host.call('procedures:start-year', { yearId }));
    await app.switchLanguage('en');
    await openProcedures(app);
    await page.getByRole('tab', { name: 'Template' }).click();
    await page.getByRole('button', { name: 'Add an item' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Item name (Japanese)').fill('住居の手配');
    await dialog.getByLabel('Item name (English)').fill('Housing arranged');
    await dialog.getByLabel('Provided by').selectOption({ label: 'Host' });
    await dialog.getByLabel('Days from the milestone').fill('-30');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(app.flash()).toHaveText('“Housing arranged” saved.');
    await expect(page.getByTestId('procedure-template-row').last()).toContainText('Housing arranged');
    await expect(page.getByTestId('procedure-template-row').last()).toContainText('30 days before');

    await page.getByRole('tab', { name: 'Checklist' }).click();
    await expect(page.getByTestId('procedure-grid').getByRole('columnheader', { name: /^Housing arranged/ })).toBeVisible();
    const rows = page.getByTestId('procedure-row');
    const count = await rows.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) await expect(rows.nth(i).getByRole('button', { name: /— Housing arranged: Not requested$/ })).toBeVisible();

    for (const t of trainees.filter((x) => x.status !== 'applicant')) {
      const list = await valueOf(host.call('procedures:trainee', { traineeId: t.id }));
      expect(list.items.map((i) => i.nameEn)).toContain('Housing arranged');
    }
    // And on a trainee's page.
    await rows.first().getByRole('button').first().click();
    await expect(page.getByTestId('trainee-procedure-list')).toContainText('Housing arranged');
  });
});
