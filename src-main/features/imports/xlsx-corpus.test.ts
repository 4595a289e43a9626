import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../ipc/app-error';
import type { Cell } from './read-file';
import { readSpreadsheet } from './read-file';

/**
 * Every real workbook of the shared corpus (test data of ExcelJS, openpyxl and Excelize, written
 * by Excel for Windows and Mac, LibreOffice, Google Sheets and libraries): each gives its rows or
 * a coded error, nothing else is thrown, and none takes long. The first cells were read from each
 * file's XML (unzip -p), not from this reader.
 */
const ROOT = path.resolve(import.meta.dirname, '../../..');
const CORPUS = path.resolve(ROOT, '../shared/corpus/xlsx');
const files = fs.readdirSync(CORPUS).sort();

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/** The first row's leading cells, or the error code, by file name (without the `<owner>+<repo>__` prefix). */
const EXPECTED: Record<string, Cell[] | string> = {
  // The first tab is a chart sheet: the data is on the first worksheet after it.
  'spec_integration_data_chart-sheet.xlsx': ['Month', 'Bears', 'Dolphins'],
  'openpyxl_reader_tests_data_bug137.xlsx': ['A'],
  'openpyxl_reader_tests_data_contains_chartsheets.xlsx': ['x', 'y'],
  // 1904 dates: 0 is 1 January 1904; 39385 is 31 October 2011 (Excel for Mac).
  'spec_integration_data_1904.xlsx': [null, day(1904, 1, 1)],
  'openpyxl_reader_tests_data_date_1904.xlsx': [day(2011, 10, 31)],
  'openpyxl_reader_tests_data_date_1900.xlsx': [day(2011, 10, 31)],
  // `_x005F_x000D_`: the escaped underscore leaves the text `_x000D_`, not a line break.
  'spec_integration_data_shared_string_with_escape.xlsx': ['_x000D_'],
  // Namespace-prefixed XML (`x:workbook`), absolute relationship targets.
  'openpyxl_reader_tests_data_bug304.xlsx': ['№', 'ФИО', 'Норма, ч.'],
  // Google Sheets and LibreOffice saves.
  'spec_integration_data_hidden-test_google-sheets.xlsx': ['BEGIN', 'HIDDEN', 'VISIBLE'],
  'spec_integration_data_hidden-test_libre-calc-as-excel-2007-365.xlsx': ['BEGIN', 'HIDDEN', 'VISIBLE'],
  'spec_integration_data_hidden-test_libre-calc-as-office-open-xml-spreadsheet.xlsx': ['BEGIN', 'HIDDEN', 'VISIBLE'],
  'openpyxl_tests_data_genuine_libreoffice_nrt.xlsx': ['Simple LibreOffice spreadsheet'],
  'openpyxl_tests_data_genuine_empty_libre.xlsx': ['This is cell A1 in Sheet 1'],
  // Merged cells spread their first cell's value.
  'test_MergeCell.xlsx': ['A1', 'A1', 'C1'],
  'spec_integration_data_test-pr-1204.xlsx': ['PROJECT NAME', 'PROJECT NAME', 'PROJECT NAME'],
  // Spaces kept as written.
  'spec_integration_data_test-pr-567.xlsx': [' leading', 'trailing ', ' both '],
  // Cached formula results; numbers as numbers.
  'test_CalcChain.xlsx': [0, 1],
  'test_Book1.xlsx': ['Total:', 237],
  'test_OverflowNumericCell.xlsx': [8595602512225],
  'spec_integration_data_fibonacci.xlsx': [1, 1],
  'openpyxl_sample_files_concatenate.xlsx': ['Hello, ', 'Hello, world!'],
  'openpyxl_tests_data_genuine_guess_types.xlsx': ['3.14', 3.14, '3/14/15'],
  'spec_integration_data_gold.xlsx': ['Text', 'I am Text'],
  // A selection over the whole sheet (A1:XFD1048576) and no cells.
  'spec_integration_data_test-issue-1842.xlsx': 'import_file_empty',
  // Broken on purpose.
  'spec_integration_data_invalid-xml.xlsx': 'import_file_unreadable',
  'test_BadWorkbook.xlsx': 'import_file_unreadable',
  'openpyxl_tests_data_reader_null_archive.xlsx': 'import_file_unreadable',
  'test_encryptAES.xlsx': 'import_file_encrypted',
  'test_encryptSHA512.xlsx': 'import_file_encrypted',
};

async function read(file: string): Promise<Cell[][] | AppError> {
  try {
    return await readSpreadsheet(fs.readFileSync(path.join(CORPUS, file)));
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
}

describe('the corpus of real workbooks', () => {
  it.each(files)('%s gives rows or a coded error, quickly', async (file) => {
    const start = performance.now();
    const result = await read(file);
    expect(performance.now() - start).toBeLessThan(2000);
    const expected = EXPECTED[file.replace(/^.*?__/, '')];
    if (result instanceof AppError) {
      if (expected !== undefined) expect(result.code).toBe(expected);
      return;
    }
    expect(typeof expected).not.toBe('string');
    expect(result.length).toBeGreaterThan(0);
    if (Array.isArray(expected)) expect(result[0]!.slice(0, expected.length)).toEqual(expected);
  });

  it('knows the first cells of at least 20 of them', () => {
    const names = new Set(files.map((f) => f.replace(/^.*?__/, '')));
    const known = Object.keys(EXPECTED).filter((name) => names.has(name));
    expect(known.length).toBeGreaterThanOrEqual(20);
    expect(known).toEqual(Object.keys(EXPECTED));
  });
});
