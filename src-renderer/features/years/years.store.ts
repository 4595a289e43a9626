import { create } from 'zustand';

/** The program year the person chose for the screens that work on one year ('' for all years on the trainee list). */
interface YearSelectionState {
  selectedYearId: string | null;
  /** Whether the person chose it (a suggestion never overrides their choice). */
  isChosen: boolean;
  select(id: string): void;
  /** The year the app proposes (the dashboard's year in progress), taken until the person chooses one. */
  suggest(id: string): void;
}

export const useYearSelection = create<YearSelectionState>((set, get) => ({
  selectedYearId: null,
  isChosen: false,
  select: (id) => set({ selectedYearId: id, isChosen: true }),
  suggest: (id) => {
    if (!get().isChosen) set({ selectedYearId: id });
  },
}));
