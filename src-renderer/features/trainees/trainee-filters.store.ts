import { create } from 'zustand';
import type { TraineeStatus, TraineeWarning } from '@shared/contract/trainees';

export interface TraineeFilters {
  query: string;
  country: string;
  status: TraineeStatus | '';
  trainingFieldId: string;
  hostId: string;
  warning: TraineeWarning | '';
}

export const NO_FILTERS: TraineeFilters = { query: '', country: '', status: '', trainingFieldId: '', hostId: '', warning: '' };

interface TraineeFiltersState extends TraineeFilters {
  set(changes: Partial<TraineeFilters>): void;
  clear(): void;
}

/**
 * What the trainee list is searched and filtered by: kept while the app is open, so coming
 * back from a trainee finds the list as it was, and other screens (the dashboard) can open it filtered.
 */
export const useTraineeFilters = create<TraineeFiltersState>((set) => ({
  ...NO_FILTERS,
  set: (changes) => set(changes),
  clear: () => set(NO_FILTERS),
}));
