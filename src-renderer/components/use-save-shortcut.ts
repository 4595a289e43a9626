import { useHotkeys } from '@mantine/hooks';
import type { RefObject } from 'react';

/**
 * Ctrl+S (⌘S on a Mac) saves, as in the office's other programs: the form the person is typing
 * in, else the page's own form — but never the page behind an open dialog.
 */
export function useSaveShortcut(pageForm: RefObject<HTMLFormElement | null>): void {
  useHotkeys(
    [
      [
        'mod+S',
        (event) => {
          const target = event.target instanceof Element ? event.target : null;
          const form = target?.closest('form') ?? (target?.closest('[role="dialog"]') ? null : pageForm.current);
          form?.requestSubmit();
        },
      ],
    ],
    [],
  );
}
