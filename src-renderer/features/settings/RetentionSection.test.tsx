import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { memoryBackend, value } from '../../../src-main/test/backend';
import { renderWithApp } from '../../test/render';
import { RetentionSection } from './RetentionSection';

describe('RetentionSection', () => {
  it('shows the default, saves a new rule for the office, and puts the contract\'s message on the field', async () => {
    const backend = memoryBackend();
    renderWithApp(<RetentionSection />, { backend });
    expect(await screen.findByText('既定値（5年）のままです。')).toBeInTheDocument();
    expect(screen.getByText('廃棄記録はまだありません。')).toBeInTheDocument();
    const field = screen.getByLabelText('保存期間（帰国後の年数）');
    fireEvent.change(field, { target: { value: '7' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(async () => expect(await value(backend, 'retention:get', {})).toEqual({ years: 7, isSet: true }));
    await waitFor(() => expect(screen.queryByText('既定値（5年）のままです。')).toBeNull());

    fireEvent.change(field, { target: { value: '0' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText(/「保存期間（帰国後の年数）」は/)).toBeInTheDocument();
    expect(await value(backend, 'retention:get', {})).toEqual({ years: 7, isSet: true });
  });
});
