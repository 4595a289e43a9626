/** See make-archive-workbook.mjs: a realistic 30-year LGOTP archive workbook. */
export function archiveRows(options?: { trainees?: number; seed?: number }): {
  headers: string[];
  rows: Array<{ fiscalYear: number; yearText: string | number; values: Array<string | Date | null> }>;
};
export function makeArchiveWorkbook(options?: { trainees?: number; seed?: number; layout?: 'column' | 'sheets' }): Promise<Buffer>;
