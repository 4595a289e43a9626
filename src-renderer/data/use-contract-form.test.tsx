import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PlacesTab } from '../features/stays/PlacesTab';
import { value } from '../../src-main/test/backend';
import { renderWithApp } from '../test/render';

describe('a contract form', () => {
  it('saves once when submitted twice before the first save answered (Ctrl+S while saving)', async () => {
    const { backend } = renderWithApp(<PlacesTab />);
    await userEvent.click(await screen.findByRole('button', { name: '宿泊先を追加' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.type(await screen.findByLabelText(/^名称$/), 'ホテルA');
    const form = dialog.querySelector('form')!;
    fireEvent.submit(form);
    fireEvent.submit(form);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect((await value(backend, 'places:list', {})).map((p) => p.nameJa)).toEqual(['ホテルA']);
  });

  it('shows the contract rule on the field, and saves nothing', async () => {
    const { backend } = renderWithApp(<PlacesTab />);
    await userEvent.click(await screen.findByRole('button', { name: '宿泊先を追加' }));
    await userEvent.click(await screen.findByRole('button', { name: '保存' }));
    const name = await screen.findByLabelText(/^名称$/);
    await waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'));
    expect(await value(backend, 'places:list', {})).toEqual([]);
  });
});
