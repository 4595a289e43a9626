import { create } from 'zustand';

/** The program year the person chose for the screens that work on one year ('' for all years on the trainee list). */
interface YearSelectionState {
  selectedYearId: string | null;
  select(id: string): void;
}

export const useYearSelection = create<YearSelectionState>((set) => ({
  selectedYearId: null,
  select: (id) => set({ selectedYearId: id }),
}));
