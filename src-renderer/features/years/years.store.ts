import { create } from 'zustand';
import type { YearSummary } from '@shared/contract/years';
import type { AppErrorBody } from '@shared/contract/result';
import type { Api } from '../../api';

/** The program years, shared by the navigation, the dashboard and the trainee list. */
interface YearsState {
  years: YearSummary[] | null;
  error: AppErrorBody | null;
  /** The year lists show; '' for all years. */
  selectedYearId: string | null;
  refresh(api: Api): Promise<void>;
  select(id: string): void;
}

export const useYears = create<YearsState>((set, get) => ({
  years: null,
  error: null,
  selectedYearId: null,
  refresh: async (api) => {
    const result = await api.call('years:list', {});
    if (!result.ok) return set({ error: result.error });
    const selected = get().selectedYearId;
    const stillThere = selected === '' || result.value.some((y) => y.id === selected);
    set({ years: result.value, error: null, selectedYearId: stillThere ? selected : (result.value[0]?.id ?? null) });
  },
  select: (id) => set({ selectedYearId: id }),
}));
