import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import JSZip from 'jszip';
import type { Download, Page } from '@playwright/test';
import { nativeName } from '@shared/contract/names';
import { expect, test, valueOf, type Host } from './fixtures';
import type { AppPage } from './pages/app-page';
import { sheetPdf } from './pages/pdf';

/** The text of a .docx as Word reads it: the runs of word/document.xml joined. */
async function docxText(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const xml = await zip.file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

function pageText(file: string, page: number): string {
  return execFileSync('pdftotext', ['-f', String(page), '-l', String(page), file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

/** This PC's block of numbers, set in Settings as a person would. */
async function setRange(app: AppPage, page: Page, first: number, last: number) {
  await app.go('settings');
  const section = page.getByTestId('letters-settings');
  await section.getByTestId('letter-range-first').fill(String(first));
  await section.getByTestId('letter-range-last').fill(String(last));
  await section.getByTestId('letter-range-save').click();
  await expect(section.getByTestId('letter-range-missing')).toHaveCount(0);
}

async function sample(host: Host) {
  const { yearId } = await valueOf(host.call('sample:load', {}));
  const trainees = await valueOf(host.call('trainees:list', { yearId }));
  return { yearId, trainees };
}

test.describe('official letters (Japanese)', () => {
  test("研修員の決定について（通知） to the sample year's hosts: numbered, one PDF page each, a .docx each, the register, a cancel that keeps its number", async ({ app, host, page }, info) => {
    test.setTimeout(180_000);
    const { yearId, trainees } = await sample(host);
    await setRange(app, page, 1, 499);

    await app.go('letters');
    await page.getByTestId('letters-template').selectOption({ label: '研修員の決定について（通知）' });
    const previews = page.getByTestId('letter-preview');
    await expect(previews).toHaveCount(11);
    const usa = previews.filter({ has: page.getByRole('heading', { name: '大分県宇佐市' }) });
    await expect(usa.getByTestId('letter-addressee')).toHaveText('宇佐市長　様');
    await expect(usa.getByTestId('letter-table')).toContainText('이서연');
    await expect(usa.getByTestId('letter-number')).toHaveText('（文書番号は発信時に付与）');
    expect((await valueOf(host.call('letters:register', { fiscalYear: null }))).entries).toHaveLength(0);

    await page.getByTestId('letters-issue').click();
    await expect(page.getByTestId('letters-issued-numbers')).toHaveText('自国経第1号〜自国経第11号');

    // A .docx per letter, each opening as a Word document that holds the letter's text.
    const downloads: Download[] = [];
    page.on('download', (d) => downloads.push(d));
    await page.getByTestId('letters-docx').click();
    await expect(app.flash()).toHaveText('Wordファイルを11件保存しました。');
    await expect.poll(() => downloads.length).toBe(11);
    const register = await valueOf(host.call('letters:register', { fiscalYear: null }));
    const entries = register.entries;
    expect(entries.map((e) => e.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    const hostsTrainees = (hostId: string | null) => trainees.filter((t) => t.hostId === hostId);
    for (const [i, entry] of entries.entries()) {
      const download = downloads.find((d) => d.suggestedFilename().startsWith(`${entry.numberLabel}_`))!;
      expect(download.suggestedFilename()).toBe(`${entry.numberLabel}_研修員の決定について（通知）_${entry.addressee}.docx`);
      const text = await docxText((await download.path())!);
      for (const part of [entry.numberLabel, '令和', `${entry.addressee}\u3000様`, '研修員の決定について（通知）', '記', '以上', ...hostsTrainees(entry.hostId).map(nativeName)]) {
        expect(text, `${entry.numberLabel} (${i})`).toContain(part);
      }
    }

    // The PDF of all letters: one A4 page per host, each with its number, a 令和 date, the head, its trainees in their scripts.
    await page.getByTestId('letters-print').click();
    await page.locator('[data-print-ready="true"]').waitFor();
    const batchPath = decodeURIComponent(new URL(page.url()).hash.slice(1));
    expect(batchPath).toMatch(/^\/print\/letters\/batch\//);
    const pdf = await sheetPdf(page, host.origin, batchPath, info.outputPath('letters-decision.pdf'));
    expect(pdf.pages()).toBe(11);
    for (const [i, entry] of entries.entries()) {
      const text = pageText(pdf.file, i + 1);
      expect(text).toContain(entry.numberLabel);
      expect(text).toMatch(/令和\d+年\d+月\d+日/);
      expect(text).toContain(`${entry.addressee} 様`);
      expect(entry.addressee).toMatch(/市長$/);
      for (const t of hostsTrainees(entry.hostId)) {
        // A name may wrap in its cell, and Devanagari comes back from the PDF in glyph order:
        // each word is checked (each letter, for Devanagari).
        const name = nativeName(t);
        const parts = t.nameLang === 'ne' ? [...name.replace(/\s/g, '')] : name.split(/\s+/);
        for (const part of parts) expect(text, `${entry.numberLabel}: ${name}`).toContain(part);
      }
    }
    if (process.env.KK_LETTER_SHOTS) pdf.firstPagePng(`${process.env.KK_LETTER_SHOTS}/letter-decision-ja.png`);

    // The register lists them; cancelling one asks first and keeps its number.
    await page.goto(`${host.origin}/#/letters`);
    await page.getByTestId('letters-tab-register').click();
    const rows = page.getByTestId('register-row');
    await expect(rows).toHaveCount(11);
    await expect(rows.first()).toContainText('自国経第1号');
    await expect(rows.first()).toContainText('研修員の決定について（通知）');
    const third = rows.nth(2);
    await third.getByTestId('register-cancel').click();
    await expect(page.getByTestId('confirm-body')).toContainText('自国経第3号');
    await page.getByRole('dialog').getByRole('button', { name: '取消し' }).click();
    await expect(app.flash()).toHaveText('自国経第3号を取り消しました。');
    await expect(third.getByTestId('register-cancelled')).toHaveText('取消');
    await expect(third).toContainText('自国経第3号');
    await expect(rows).toHaveCount(11);
    const after = await valueOf(host.call('letters:register', { fiscalYear: null }));
    expect(after.entries[2]).toMatchObject({ number: 3, status: 'cancelled' });

    // The next letter takes 12: the cancelled 3 is never given again.
    const next = await valueOf(host.call('letters:issue', { templateId: entriesTemplate(await templates(host)), yearId, language: 'ja', recipients: [{ hostId: entries[0]!.hostId!, values: {}, allowMissing: false }] }));
    expect(next.letters[0]!.numberLabel).toBe('自国経第12号');

    // The register to Excel.
    await page.reload();
    await page.getByTestId('letters-tab-register').click();
    const excel = page.waitForEvent('download');
    await page.getByTestId('register-export').click();
    expect((await excel).suggestedFilename()).toMatch(/^文書番号簿_令和\d+年度（\d{4}年度）\.xlsx$/);
  });
});

async function templates(host: Host) {
  return valueOf(host.call('letters:templates', {}));
}

function entriesTemplate(list: Awaited<ReturnType<typeof templates>>): string {
  return list.find((t) => t.titleJa === '研修員の決定について（通知）')!.id;
}

test.describe('official letters (English)', () => {
  test('an English letter from a new template, to one host', async ({ app, host, page }, info) => {
    test.setTimeout(120_000);
    await sample(host);
    await app.switchLanguage('en');
    await setRange(app, page, 1, 99);

    const section = page.getByTestId('letters-settings');
    await section.getByTestId('letter-template-add').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('letter-template-title-ja').fill('研修報告会について（御案内）');
    await dialog.getByLabel('Addressee (Japanese)').fill('{{host.head}}');
    await dialog.getByTestId('letter-template-body-ja').fill('　研修報告会を開催します。');
    await dialog.getByRole('tab', { name: 'English' }).click();
    await dialog.getByTestId('letter-template-title-en').fill('Invitation to the training report meeting');
    await dialog.getByLabel('Addressee (English)').fill('Mayor of {{host.name}}');
    await dialog.getByTestId('letter-template-body-en').fill('We are pleased to invite {{host.name}} to the report meeting of {{year}}, where {{trainees.names}} will speak.');
    await dialog.getByLabel('Items (English)').fill('Date: {{due}}\nPlace: CLAIR, Tokyo');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(app.flash()).toHaveText('Template “研修報告会について（御案内）” saved.');

    await app.go('letters');
    await page.getByTestId('letters-template').selectOption({ label: 'Invitation to the training report meeting' });
    await page.getByTestId('letters-language').getByText('English').click();
    await page.getByTestId('letters-mode').getByText('One host').click();
    await page.getByTestId('letters-host').selectOption({ label: '大分県宇佐市' });
    const preview = page.getByTestId('letter-preview');
    await expect(preview).toHaveCount(1);
    // The deadline is missing until it is entered.
    await expect(preview.getByTestId('letter-preview-missing')).toContainText('Deadline');
    await expect(page.getByTestId('letters-issue')).toBeDisabled();
    await page.getByTestId('letters-due').fill('2027-02-14');
    await expect(preview.getByTestId('letter-preview-missing')).toHaveCount(0);
    await expect(preview.getByTestId('letter-addressee')).toHaveText('Mayor of Usa City');
    await page.getByTestId('letters-issue').click();
    await expect(page.getByTestId('letters-issued-numbers')).toHaveText('CLAIR-LG No. 1');

    await page.getByTestId('letters-print').click();
    await page.locator('[data-print-ready="true"]').waitFor();
    const pdf = await sheetPdf(page, host.origin, decodeURIComponent(new URL(page.url()).hash.slice(1)), info.outputPath('letter-en.pdf'));
    expect(pdf.pages()).toBe(1);
    const text = pdf.text();
    for (const part of ['CLAIR-LG No. 1', 'Mayor of Usa City', 'Invitation to the training report meeting', 'report meeting of FY2024', '이서연', '14 February 2027', 'Details', 'Council of Local Authorities for International Relations']) {
      expect(text).toContain(part);
    }
    expect(text).not.toContain('令和');
    if (process.env.KK_LETTER_SHOTS) pdf.firstPagePng(`${process.env.KK_LETTER_SHOTS}/letter-en.png`);
  });
});
