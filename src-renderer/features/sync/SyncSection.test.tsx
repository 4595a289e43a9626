import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { memoryBackend, value } from '../../../src-main/test/backend';
import { renderWithApp } from '../../test/render';
import { generatePassphrase } from './generate-passphrase';
import { SyncSection } from './SyncSection';

describe('SyncSection', { timeout: 30_000 }, () => {
  it('says so beside its buttons when the picked change file cannot be read from disk', async () => {
    renderWithApp(<SyncSection />);
    const section = await screen.findByTestId('sync-section');
    await within(section).findByRole('button', { name: '変更ファイルの取り込み' });
    // Moved or deleted after it was picked: the browser cannot read it.
    const gone = new File(['x'], 'office.kkhsync');
    Object.defineProperty(gone, 'arrayBuffer', { value: () => Promise.reject(new DOMException('gone', 'NotReadableError')) });
    const input = section.querySelector<HTMLInputElement>('input[type=file]')!;
    Object.defineProperty(input, 'files', { value: [gone], configurable: true });
    fireEvent.change(input);
    expect(await within(section).findByTestId('error-alert')).toHaveTextContent('ファイルを読み込めませんでした。');
  });

  it('refuses a passphrase shorter than 12 characters, naming the field', async () => {
    renderWithApp(<SyncSection />);
    const section = await screen.findByTestId('sync-section');
    fireEvent.change(await within(section).findByLabelText('同期用のパスフレーズ'), { target: { value: 'short-pass1' } });
    fireEvent.click(within(section).getByRole('button', { name: '同期の設定を保存' }));
    expect(await within(section).findByText('「同期用のパスフレーズ」は12文字以上にしてください。')).toBeInTheDocument();
  });

  it('generates a passphrase, shows it to be written down, and saves it', async () => {
    const backend = memoryBackend();
    renderWithApp(<SyncSection />, { backend });
    const section = await screen.findByTestId('sync-section');
    fireEvent.click(await within(section).findByRole('button', { name: '生成' }));
    const shown = (await within(section).findByTestId('generated-passphrase-value')).textContent!;
    expect(shown).toMatch(/^([A-HJ-NP-Z2-9]{4}-){4}[A-HJ-NP-Z2-9]{4}$/);
    expect(within(section).getByLabelText('同期用のパスフレーズ')).toHaveValue(shown);
    expect(within(section).getByLabelText('同期用のパスフレーズ')).toHaveAttribute('type', 'text');
    expect(within(section).getByTestId('generated-passphrase')).toHaveTextContent('控え');
    fireEvent.click(within(section).getByRole('button', { name: '同期の設定を保存' }));
    await waitFor(() => expect(within(section).getByTestId('passphrase-state')).toHaveTextContent('設定済み'));
    expect(within(section).queryByTestId('generated-passphrase')).toBeNull();
    expect(backend.ctx.secrets.read('syncPassphrase')).toBe(shown);
    expect((await value(backend, 'sync:status', {})).hasPassphrase).toBe(true);
  });
});

describe('generatePassphrase', () => {
  it('makes 5 groups of 4 unambiguous characters, a different one each time', () => {
    const made = new Set(Array.from({ length: 50 }, () => generatePassphrase()));
    expect(made.size).toBe(50);
    for (const p of made) expect(p).toMatch(/^([A-HJ-NP-Z2-9]{4}-){4}[A-HJ-NP-Z2-9]{4}$/);
    expect(generatePassphrase((b) => b.fill(0))).toBe('AAAA-AAAA-AAAA-AAAA-AAAA');
    expect(generatePassphrase((b) => b.fill(255))).toBe('9999-9999-9999-9999-9999');
  });
});
