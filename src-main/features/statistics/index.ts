/** The channels, for the composition root (features/handlers.ts). */
export { statisticsHandlers } from './statistics.handlers';
/** Who 受入実績 counts (the one rule: those who came), for the dashboard's country × year table. */
export { isCounted } from './statistics';
export { listCountedTrainees, type CountedTrainee } from './statistics.repo';
