import { execFileSync } from 'node:child_process';
import { expect, test, valueOf, type Host } from './fixtures';
import { sheetPdf } from './pages/pdf';

/** The sample cohort (FY2024), its year id and 이서연, the trainee 宇佐市 hosts. */
async function sample(host: Host) {
  const { yearId } = await valueOf(host.call('sample:load', {}));
  const trainees = await valueOf(host.call('trainees:list', { yearId }));
  const lee = trainees.find((t) => t.familyNameNative === '이' && t.givenNameNative === '서연')!;
  return { yearId, trainees, lee };
}

test.describe('completion (Japanese)', () => {
  test("이서연's completion and certificate in Hangul and romanised with 令和; closing the year refused while someone is at a host, done once all are completed or withdrawn", async ({ app, host, page }, info) => {
    const { yearId, trainees, lee } = await sample(host);
    await valueOf(host.call('completion:set-signer', { organizationJa: '一般財団法人自治体国際化協会', titleJa: '理事長', nameJa: '岡本 保', organizationEn: 'Council of Local Authorities for International Relations (CLAIR)', titleEn: 'President', nameEn: 'OKAMOTO Tamotsu' }));

    // Closing while José Luis is still at his host is refused, naming who is not finished.
    await page.reload();
    await app.go('departures');
    await page.getByRole('tab', { name: '研修修了' }).click();
    await page.getByTestId('year-close-button').click();
    const refusal = page.getByTestId('error-alert');
    await expect(refusal).toContainText('2024年度を確定できません');
    await expect(refusal).toContainText('José Luis Peña Quispe');

    // 이서연 completes on her trainee page.
    await page.goto(`${host.origin}/#/trainees/${lee.id}`);
    const section = page.getByTestId('trainee-completion');
    await section.getByLabel('研修修了日').fill('令和7年3月31日');
    await section.getByRole('button', { name: '研修修了を記録' }).click();
    await expect(section.getByTestId('completion-date')).toHaveText('研修修了日：2025年3月31日');
    await section.getByRole('checkbox', { name: '最終報告書の受領' }).click();
    await expect(section.getByTestId('completion-report-final_report')).toContainText('受領（');

    // Her certificate: the name in Hangul and romanised, the date in 和暦.
    const ja = await sheetPdf(page, host.origin, `/print/certificates/trainee/${lee.id}?year=${yearId}&lang=ja`, info.outputPath('certificate-ja.pdf'));
    const text = ja.text();
    // The title is letter-spaced and the body wraps: the Japanese is read without the spaces and breaks they make.
    const flat = text.replace(/\s+/g, '');
    expect(flat).toContain('修了証書');
    expect(text).toContain('이서연');
    expect(text).toContain('LEE Seoyeon');
    expect(flat).toContain('令和7年3月31日');
    expect(flat).toContain('大分県宇佐市において');
    expect(flat).toContain('理事長岡本保');
    expect(ja.pages()).toBe(1);
    const en = await sheetPdf(page, host.origin, `/print/certificates/trainee/${lee.id}?year=${yearId}&lang=en`, info.outputPath('certificate-en.pdf'));
    expect(en.text()).toContain('Certificate of Completion');
    expect(en.text()).toContain('31 March 2025');
    for (const [pdf, name] of [[ja, 'certificate-ja'], [en, 'certificate-en']] as const) {
      execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf.file, info.outputPath(name)]);
    }

    // Everyone else completed, one withdrawn: the year closes, and is read only.
    const others = trainees.filter((t) => t.id !== lee.id);
    const [withdrawn, ...rest] = others;
    const record = await valueOf(host.call('trainees:get', { id: withdrawn!.id }));
    await valueOf(host.call('trainees:update', { ...record, status: 'withdrawn', withdrawnReason: '家庭の事情により辞退' }));
    for (const t of rest) await valueOf(host.call('completion:complete', { traineeId: t.id, completedOn: '2025-03-31' }));
    await page.goto(`${host.origin}/#/departures`);
    await page.reload();
    await page.getByRole('tab', { name: '研修修了' }).click();
    await expect(page.getByTestId('completion-row')).toHaveCount(trainees.length);
    await page.getByTestId('year-close-button').click();
    await expect(page.getByTestId('year-closed-badge')).toContainText('確定済み');
    await expect(page.getByTestId('year-close-history')).toContainText('確定');

    // The whole year's certificates: one page per completed trainee.
    const all = await sheetPdf(page, host.origin, `/print/certificates/year/${yearId}?year=${yearId}&lang=ja`, info.outputPath('certificates-year.pdf'));
    expect(all.pages()).toBe(trainees.length - 1);

    const closed = await host.call('trainees:update', { ...(await valueOf(host.call('trainees:get', { id: lee.id }))), position: '国際交流課' });
    expect(closed).toEqual({ ok: false, error: { code: 'year_closed', params: { fiscalYear: 2024 } } });
    await page.goto(`${host.origin}/#/trainees/${lee.id}`);
    await expect(page.getByTestId('completion-year-closed')).toBeVisible();
    await expect(page.getByTestId('completion-undo')).toBeDisabled();
  });
});
