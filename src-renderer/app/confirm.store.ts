import { create } from 'zustand';

export interface ConfirmRequest {
  title: string;
  body: string;
  confirmLabel: string;
  cancelLabel: string;
  danger?: boolean;
}

/** The one question on screen at a time ("Delete …?"), answered in the layout's dialog. */
interface ConfirmState {
  request: ConfirmRequest | null;
  resolve: ((answer: boolean) => void) | null;
  ask(request: ConfirmRequest): Promise<boolean>;
  answer(answer: boolean): void;
}

export const useConfirmStore = create<ConfirmState>((set, get) => ({
  request: null,
  resolve: null,
  ask: (request) => {
    get().resolve?.(false);
    return new Promise<boolean>((resolve) => set({ request, resolve }));
  },
  answer: (answer) => {
    get().resolve?.(answer);
    set({ request: null, resolve: null });
  },
}));
