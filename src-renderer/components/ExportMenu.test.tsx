import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { memoryBackend, value } from '../../src-main/test/backend';
import { renderWithApp } from '../test/render';
import { ExportMenu } from './ExportMenu';

/** The files handed to the browser to save, by name, with their bytes. */
let saved: Array<{ name: string; bytes: Promise<Buffer> }>;
let blobs: Blob[];

beforeEach(() => {
  saved = [];
  blobs = [];
  URL.createObjectURL = vi.fn((blob: Blob) => {
    blobs.push(blob);
    return `blob:${blobs.length}`;
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs[Number(this.href.split(':').pop()) - 1]!;
    saved.push({ name: this.download, bytes: blob.arrayBuffer().then((b) => Buffer.from(b)) });
  });
});
afterEach(() => vi.restoreAllMocks());

async function withSample() {
  const backend = memoryBackend();
  const { yearId } = await value(backend, 'sample:load', {});
  return { backend, yearId };
}

async function chooseShiftJis() {
  fireEvent.click(screen.getByRole('button', { name: '出力' }));
  fireEvent.click(await screen.findByRole('menuitem', { name: 'CSV（Shift_JIS）' }));
}

describe('ExportMenu', () => {
  it('asks before a Shift_JIS file loses names, listing whose, and saves UTF-8 instead when asked', async () => {
    const { backend, yearId } = await withSample();
    renderWithApp(<ExportMenu input={{ list: 'trainees', yearId, columns: ['nativeName', 'latinName'] }} />, { backend });
    await chooseShiftJis();
    const dialog = await screen.findByRole('dialog', { name: 'Shift_JISでは保存できない文字があります' });
    expect(within(dialog).getByText('이서연（LEE Seoyeon）')).toBeInTheDocument();
    expect(within(dialog).getByText('José Luis Peña Quispe → Jos? Luis Pe?a Quispe')).toBeInTheDocument();
    expect(within(dialog).getAllByText('氏名（母国語表記）').length).toBeGreaterThan(0);
    expect(saved).toEqual([]);

    fireEvent.click(within(dialog).getByRole('button', { name: 'UTF-8（BOM付き）で保存' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    const bytes = await saved[0]!.bytes;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toContain('이서연,LEE Seoyeon');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('saves Shift_JIS as it is only when the person says so, and nothing on cancel', async () => {
    const { backend, yearId } = await withSample();
    renderWithApp(<ExportMenu input={{ list: 'trainees', yearId, columns: ['nativeName', 'latinName'] }} />, { backend });
    await chooseShiftJis();
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'キャンセル' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(saved).toEqual([]);

    await chooseShiftJis();
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Shift_JISのまま保存' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.name).toMatch(/\.csv$/);
    expect(iconv.decode(await saved[0]!.bytes, 'cp932')).toContain('???,LEE Seoyeon');
  });

  it('saves a Shift_JIS file that loses nothing without asking', async () => {
    const { backend } = await withSample();
    renderWithApp(<ExportMenu input={{ list: 'hosts' }} />, { backend });
    await chooseShiftJis();
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(iconv.decode(await saved[0]!.bytes, 'cp932')).toContain('442119,大分県,宇佐市');
  });
});
