import type { KeyboardEvent } from 'react';

/**
 * Props that make a block (a card holding headings and badges, which a <button> may not hold)
 * work as a button: reached by Tab, pressed by Enter or Space, by a click or by a tap.
 */
export function pressable(onPress: () => void) {
  return {
    role: 'button' as const,
    tabIndex: 0,
    onClick: onPress,
    onKeyDown: (event: KeyboardEvent) => {
      if (event.target !== event.currentTarget || (event.key !== 'Enter' && event.key !== ' ')) return;
      event.preventDefault();
      onPress();
    },
  };
}
