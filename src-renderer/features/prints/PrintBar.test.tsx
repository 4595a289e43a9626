import { fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithApp } from '../../test/render';
import { PrintBar } from './PrintBar';

describe('PrintBar', () => {
  afterEach(() => vi.restoreAllMocks());

  it('goes back to the screen it names and prints the page, its own buttons after 印刷', () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    window.location.hash = '#/print/letters/x';
    renderWithApp(
      <PrintBar back="/letters">
        <button>PDF</button>
      </PrintBar>,
    );
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['戻る', '印刷', 'PDF']);
    fireEvent.click(screen.getByRole('button', { name: '印刷' }));
    expect(print).toHaveBeenCalledOnce();
    fireEvent.click(screen.getByRole('button', { name: '戻る' }));
    expect(window.location.hash).toBe('#/letters');
  });

  it('cannot print a sheet with nothing on it', () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    renderWithApp(<PrintBar back="/departures" canPrint={false} />);
    expect(screen.getByRole('button', { name: '印刷' })).toBeDisabled();
    fireEvent.click(screen.getByRole('button', { name: '印刷' }));
    expect(print).not.toHaveBeenCalled();
  });
});
