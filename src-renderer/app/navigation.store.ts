import { create } from 'zustand';

/**
 * Navigation that respects unsaved work: a page with changes registers a guard, and
 * `navigate` asks the person before leaving it.
 */
interface NavigationState {
  hasUnsavedChanges: boolean;
  pendingPath: string | null;
  setUnsavedChanges(value: boolean): void;
  navigate(path: string): void;
  confirmLeave(): void;
  cancelLeave(): void;
}

function go(path: string): void {
  window.location.hash = path.startsWith('#') ? path : `#${path}`;
}

export const useNavigation = create<NavigationState>((set, get) => ({
  hasUnsavedChanges: false,
  pendingPath: null,
  setUnsavedChanges: (value) => set({ hasUnsavedChanges: value }),
  navigate: (path) => {
    if (get().hasUnsavedChanges) set({ pendingPath: path });
    else go(path);
  },
  confirmLeave: () => {
    const path = get().pendingPath;
    set({ pendingPath: null, hasUnsavedChanges: false });
    if (path) go(path);
  },
  cancelLeave: () => set({ pendingPath: null }),
}));
