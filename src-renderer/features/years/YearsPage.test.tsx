import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { memoryBackend, value } from '../../../src-main/test/backend';
import { renderWithApp } from '../../test/render';
import { YearsPage } from './YearsPage';

// A loaded machine renders slowly; these wait for the real backend, not for a fixed delay.
configure({ asyncUtilTimeout: 10_000 });

describe('YearsPage', { timeout: 30_000 }, () => {
  it('creates a year typed in full-width digits, and names a year out of range on its field', async () => {
    const backend = memoryBackend();
    renderWithApp(<YearsPage />, { backend });
    fireEvent.click(await screen.findByRole('button', { name: '年度を作成' }));
    const dialog = await screen.findByRole('dialog');
    const field = within(dialog).getByLabelText(/年度（西暦）/);
    fireEvent.change(field, { target: { value: '１９９０' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '作成' }));
    await waitFor(() => expect(field).toHaveAccessibleDescription(/1996〜2100の範囲/));
    fireEvent.change(field, { target: { value: ' ２０２５ ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '作成' }));
    await waitFor(async () => expect((await value(backend, 'years:list', {})).map((y) => y.fiscalYear)).toEqual([2025]));
  });
});
