import { useHotkeys } from '@mantine/hooks';

/**
 * Ctrl+S (⌘S on a Mac) saves, as in the office's other programs: the form the person is typing
 * in, else the page's own form (`data-page-form`) — but never the page behind an open dialog.
 * Registered once, in the layout, so every form (a page's or a dialog's) has it.
 */
export function useSaveShortcut(): void {
  useHotkeys(
    [
      [
        'mod+S',
        (event) => {
          const target = event.target instanceof Element ? event.target : null;
          const inDialog = Boolean(target?.closest('[role="dialog"]')) || Boolean(document.querySelector('[role="dialog"]'));
          // An input can belong to a form it is not inside (`form="…"`, as in a table row).
          const ownForm = target && 'form' in target ? (target as HTMLInputElement).form : null;
          const form = ownForm ?? target?.closest('form') ?? (inDialog ? null : document.querySelector<HTMLFormElement>('form[data-page-form]'));
          form?.requestSubmit();
        },
      ],
    ],
    [],
  );
}
