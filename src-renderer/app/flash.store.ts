import { create } from 'zustand';

/** One short confirmation at a time ("保存しました。"), shown above the page. */
interface FlashState {
  message: string | null;
  show(message: string): void;
  clear(): void;
}

export const useFlash = create<FlashState>((set) => ({
  message: null,
  show: (message) => set({ message }),
  clear: () => set({ message: null }),
}));
