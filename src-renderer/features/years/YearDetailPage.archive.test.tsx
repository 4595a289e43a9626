import { configure, screen } from '@testing-library/react';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { memoryBackend, value } from '../../../src-main/test/backend';
import { renderWithApp } from '../../test/render';
import { YearDetailPage } from './YearDetailPage';

configure({ asyncUtilTimeout: 10_000 });

describe('YearDetailPage of a year brought in from the archive', { timeout: 30_000 }, () => {
  it('says its milestones are unknown instead of showing dates nobody kept', async () => {
    const backend = memoryBackend();
    const book = new ExcelJS.Workbook();
    book.addWorksheet('H17').addRows([['姓', '名', '国籍', '受入自治体'], ['LEE', 'Seoyeon', '韓国', '大分県宇佐市']]);
    const dataBase64 = Buffer.from(await book.xlsx.writeBuffer()).toString('base64');
    await value(backend, 'imports:archive-apply', { fileName: 'old.xlsx', dataBase64 });
    const [year] = await value(backend, 'years:list', {});
    renderWithApp(<YearDetailPage id={year!.id} />, { backend });
    expect(await screen.findByTestId('milestones-unknown')).toHaveTextContent('この年度は過去の記録から取り込んだため、日程は不明です。');
    expect(screen.queryByTestId('milestone-arrival')).toBeNull();
  });
});
