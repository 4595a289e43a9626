import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { pressable } from './pressable';

describe('pressable', () => {
  it('is reached by Tab and pressed by Enter, Space or a click, but not by a key in something inside it', () => {
    const onPress = vi.fn();
    render(
      <div {...pressable(onPress)} data-testid="card">
        <input aria-label="inside" />
      </div>,
    );
    const card = screen.getByTestId('card');
    expect(card).toHaveAttribute('role', 'button');
    expect(card).toHaveAttribute('tabindex', '0');
    fireEvent.keyDown(card, { key: 'Enter' });
    fireEvent.keyDown(card, { key: ' ' });
    fireEvent.click(card);
    expect(onPress).toHaveBeenCalledTimes(3);
    fireEvent.keyDown(screen.getByLabelText('inside'), { key: 'Enter' });
    fireEvent.keyDown(card, { key: 'a' });
    expect(onPress).toHaveBeenCalledTimes(3);
  });
});
