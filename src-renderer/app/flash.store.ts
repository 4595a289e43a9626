import { create } from 'zustand';

/** One short confirmation at a time ("保存しました。"), shown above the page. */
interface FlashState {
  message: string | null;
  show(message: string): void;
  clear(): void;
}

// A message left for after a reload (a restore starts the screens over).
function carriedOver(): string | null {
  const message = typeof sessionStorage === 'undefined' ? null : sessionStorage.getItem('kakehashi.flash');
  if (message) sessionStorage.removeItem('kakehashi.flash');
  return message;
}

export const useFlash = create<FlashState>((set) => ({
  message: carriedOver(),
  show: (message) => set({ message }),
  clear: () => set({ message: null }),
}));
