import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Backend } from '../../backend';
import { memoryBackend, tableCount, value } from '../../test/backend';

const backends: Backend[] = [];
afterEach(() => backends.splice(0).forEach((b) => b.close()));

const HEAD = ['年度', '姓', '名', '国籍', '派遣元自治体', '受入自治体', '研修開始日', '研修終了日', '状況'];

async function archive(rows: unknown[][]): Promise<string> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('一覧').addRows([HEAD, ...rows]);
  return Buffer.from(await book.xlsx.writeBuffer()).toString('base64');
}

/** Imports the rows as an archive and undoes it, counting the foreign-key lists read during the undo. */
async function foreignKeyReadsOfUndo(rows: unknown[][]): Promise<{ reads: number; removed: number; kept: number }> {
  const b = memoryBackend();
  backends.push(b);
  const imported = await value(b, 'imports:archive-apply', { fileName: 'archive.xlsx', dataBase64: await archive(rows) });
  const pragma = vi.spyOn(b.ctx.db, 'pragma');
  const undone = await value(b, 'imports:undo', { id: imported.importId });
  const reads = pragma.mock.calls.filter(([source]) => String(source).startsWith('foreign_key_list')).length;
  pragma.mockRestore();
  expect(tableCount(b, 'trainees')).toBe(0);
  return { reads, removed: undone.removed, kept: undone.kept };
}

describe('undoing an import checks what points at the years and hosts it added', () => {
  it('reads the foreign keys once for the whole undo, not once per year or host it asks about', async () => {
    const trainee = (year: string, host: string, name: string) => [year, 'LEE', name, '韓国', '', host, '', '', '研修修了'];
    // Three trainees either way (each erased with what hangs on it); one year and one host, or three of each.
    const one = await foreignKeyReadsOfUndo([trainee('2005', '大分県宇佐市', 'A'), trainee('2005', '大分県宇佐市', 'B'), trainee('2005', '大分県宇佐市', 'C')]);
    const three = await foreignKeyReadsOfUndo([trainee('2005', '大分県宇佐市', 'A'), trainee('2006', '北海道札幌市', 'B'), trainee('2007', '福岡県', 'C')]);
    expect(three.removed - one.removed).toBe(4); // two more years and two more hosts were asked about, and removed
    expect([one.kept, three.kept]).toEqual([0, 0]);
    expect(three.reads).toBe(one.reads);
  });
});
