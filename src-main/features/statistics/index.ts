/** The channels, for the composition root (features/handlers.ts). */
export { statisticsHandlers } from './statistics.handlers';
/** Who 受入実績 counts (the one rule: those who came) and its table, for the dashboard's country × year table. */
export { countedTrainees } from './statistics.service';
export { tabulate } from './statistics';
