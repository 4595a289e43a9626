import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { scanScreen } from '../axe-scan';

/** A sheet printed on its own, as Save as PDF makes it: waits for the data, photos and fonts. */
export async function sheetPdf(page: Page, origin: string, printPath: string, file: string): Promise<Pdf> {
  await page.goto('about:blank'); // a fresh load, so nothing of the previous sheet is still on the page
  await page.goto(`${origin}/#${printPath}`);
  await page.locator('[data-print-ready="true"]').waitFor();
  await page.evaluate(() => document.fonts.ready);
  await scanScreen(page);
  fs.writeFileSync(file, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  return new Pdf(file);
}

/** What poppler-utils read from a PDF: pages, embedded fonts, text. */
export class Pdf {
  constructor(readonly file: string) {}

  pages(): number {
    return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [this.file], { encoding: 'utf8' }))![1]);
  }

  /** Font names as embedded (subset prefixes removed), each once. */
  fonts(): string[] {
    const lines = execFileSync('pdffonts', [this.file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    return [...new Set(lines.map((l) => l.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, '')))];
  }

  /** The text in reading order, page by page; with `flat`, every run of white space as one space (lines a cell wrapped joined). */
  text(mode: 'flat' | 'layout' = 'flat'): string {
    const text = execFileSync('pdftotext', [...(mode === 'layout' ? ['-layout'] : []), this.file, '-'], { encoding: 'utf8' });
    return mode === 'flat' ? text.replace(/\s+/g, ' ') : text;
  }

  /** A PNG of the first page, for the docs. */
  firstPagePng(out: string): void {
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', this.file, out.replace(/\.png$/, '')]);
  }
}
