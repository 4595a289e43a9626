import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '../../test/render';
import { SyncSection } from './SyncSection';

describe('SyncSection', { timeout: 30_000 }, () => {
  it('says so beside its buttons when the picked change file cannot be read from disk', async () => {
    renderWithApp(<SyncSection />);
    const section = await screen.findByTestId('sync-section');
    await within(section).findByRole('button', { name: '変更ファイルを取り込む' });
    // Moved or deleted after it was picked: the browser cannot read it.
    const gone = new File(['x'], 'office.kkhsync');
    Object.defineProperty(gone, 'arrayBuffer', { value: () => Promise.reject(new DOMException('gone', 'NotReadableError')) });
    const input = section.querySelector<HTMLInputElement>('input[type=file]')!;
    Object.defineProperty(input, 'files', { value: [gone], configurable: true });
    fireEvent.change(input);
    expect(await within(section).findByTestId('error-alert')).toHaveTextContent('ファイルを読み込めませんでした。');
  });
});
