import { create } from 'zustand';
import type { Api } from '../../api';

/** How many sync conflicts wait for a person: shown beside the menu item, kept fresh by the pages that change it. */
interface ConflictCountState {
  count: number;
  set(count: number): void;
  refresh(api: Api): Promise<void>;
}

export const useConflictCount = create<ConflictCountState>((set) => ({
  count: 0,
  set: (count) => set({ count }),
  refresh: async (api) => {
    const result = await api.call('sync:status', {});
    if (result.ok) set({ count: result.value.openConflicts });
  },
}));
