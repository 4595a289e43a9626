import { useState } from 'react';

/** Which record a form modal edits (null for a new one), and whether it is open. */
export function useEditor<T>() {
  const [state, setState] = useState<{ opened: boolean; item: T | null }>({ opened: false, item: null });
  return {
    item: state.item,
    opened: state.opened,
    open: (item: T | null) => setState({ opened: true, item }),
    close: () => setState((s) => ({ ...s, opened: false })),
  };
}
