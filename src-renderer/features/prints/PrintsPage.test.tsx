import { configure, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { memoryBackend, value } from '../../../src-main/test/backend';
import { renderWithApp } from '../../test/render';
import { PrintsPage } from './PrintsPage';

// A loaded machine renders slowly; these wait for the real backend, not for a fixed delay.
configure({ asyncUtilTimeout: 10_000 });

describe('PrintsPage', { timeout: 30_000 }, () => {
  beforeAll(() => {
    Object.assign(document.fonts, { load: () => Promise.resolve([]) });
  });
  afterEach(() => {
    delete (window as { kakehashi?: unknown }).kakehashi;
  });

  it('warns on the screen, not on the paper, when no office phone is set for the sheets that print it', async () => {
    const backend = memoryBackend();
    await value(backend, 'sample:load', {});
    renderWithApp(<PrintsPage />, { backend });
    await screen.findByTestId('sheet');
    expect(await screen.findByTestId('office-phone-warning')).toHaveTextContent('事務所の電話番号が設定されていないため、「到着便一覧」には電話番号が印刷されません。');
    expect(screen.getByTestId('sheet')).not.toHaveTextContent(/設定|電話番号を/);
    fireEvent.click(screen.getByText('研修員名簿'));
    await waitFor(() => expect(screen.queryByTestId('office-phone-warning')).toBeNull());
  });

  it('says nothing of the office phone once it is set', async () => {
    const backend = memoryBackend();
    await value(backend, 'sample:load', {});
    await value(backend, 'settings:update', { officePhone: '03-5213-1726' });
    renderWithApp(<PrintsPage />, { backend });
    expect(await screen.findByTestId('sheet')).toHaveTextContent('03-5213-1726');
    expect(screen.queryByTestId('office-phone-warning')).toBeNull();
  });

  it('says the PDF could not be saved when Electron refuses to write it (the file open in a viewer)', async () => {
    const backend = memoryBackend();
    await value(backend, 'sample:load', {});
    Object.assign(window, { kakehashi: { savePdf: () => Promise.reject(new Error("EBUSY: resource busy or locked, open 'C:\\\\到着便一覧_2024.pdf'")) } });
    renderWithApp(<PrintsPage />, { backend });
    await screen.findByTestId('sheet');
    const save = screen.getByRole('button', { name: 'PDFで保存' });
    await waitFor(() => expect(save).toBeEnabled());
    fireEvent.click(save);
    expect(await screen.findByTestId('error-alert')).toHaveTextContent('PDFを保存できませんでした。同じ名前のファイルをほかのアプリで開いている場合は、閉じてからもう一度保存してください。');
  });
});
