import ExcelJS from 'exceljs';
import { readFirstSheet } from './features/imports';

/**
 * The import reader on a large workbook: 50,000 rows × 15 columns of text, numbers and dates
 * (written by ExcelJS, shared strings and styles as Excel writes them), and the same file
 * loaded by ExcelJS in the same run. Median of three readings each. Targets (issue 14):
 * xlsx-read-50000 under 1.5 s, xlsx-read-vs-exceljs under 0.5.
 */
async function largeWorkbook(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('名簿');
  sheet.addRow(Array.from({ length: 15 }, (_, c) => `項目${c + 1}`));
  for (let i = 0; i < 50_000; i++) {
    sheet.addRow(
      Array.from({ length: 15 }, (_, c) => (c % 3 === 0 ? i * 15 + c : c % 3 === 1 ? `Kim Minji ${i}-${c}` : new Date(Date.UTC(1995, 4, (i % 28) + 1)))),
    );
  }
  for (let c = 3; c <= 15; c += 3) sheet.getColumn(c).numFmt = 'yyyy/m/d';
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function median(run: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[1]!;
}

export async function benchXlsxRead(): Promise<void> {
  const bytes = await largeWorkbook();
  const rows = await readFirstSheet(bytes);
  if (rows?.length !== 50_001 || rows[1]!.length !== 15) throw new Error(`read ${rows?.length ?? 0} rows`);
  const ours = await median(() => readFirstSheet(bytes));
  const theirs = await median(() => new ExcelJS.Workbook().xlsx.load(bytes as unknown as ExcelJS.Buffer));
  console.log(`bench: xlsx-read-50000 = ${(ours / 1000).toFixed(2)} s`);
  // The baseline, from the same run, so the ratio can be checked from the two lines above it.
  console.log(`bench: xlsx-read-50000-exceljs = ${(theirs / 1000).toFixed(2)} s`);
  console.log(`bench: xlsx-read-vs-exceljs = ${(ours / theirs).toFixed(2)}`);
}
