import { create } from 'zustand';
import type { TraineeSort, TraineeStatus, TraineeWarning } from '@shared/contract/trainees';

export interface TraineeFilters {
  query: string;
  country: string;
  status: TraineeStatus | '';
  trainingFieldId: string;
  hostId: string;
  warning: TraineeWarning | '';
  /** Only those who may be entered twice (the same passport number, or name and birth date, as another). */
  duplicates: boolean;
}

export const NO_FILTERS: TraineeFilters = { query: '', country: '', status: '', trainingFieldId: '', hostId: '', warning: '', duplicates: false };

interface TraineeFiltersState extends TraineeFilters {
  /** The column the list is sorted by (its own order when null); clearing the filters keeps it. */
  sort: TraineeSort | null;
  set(changes: Partial<TraineeFilters> & { sort?: TraineeSort | null }): void;
  clear(): void;
}

/**
 * What the trainee list is searched, filtered and sorted by: kept while the app is open, so
 * coming back from a trainee finds the list as it was, and other screens (the dashboard) can
 * open it filtered.
 */
export const useTraineeFilters = create<TraineeFiltersState>((set) => ({
  ...NO_FILTERS,
  sort: null,
  set: (changes) => set(changes),
  clear: () => set(NO_FILTERS),
}));
