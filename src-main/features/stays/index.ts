/** What other features may use of places and stays: places, who sleeps where, and the nights the office arranges. */
export { findPlace, listPlaces } from './places.repo';
export { listStays } from './stays.repo';
export { programNights } from './stays.service';
export { nightsBetween } from './rooming';
/** The channels, for the composition root (features/handlers.ts). */
export { staysHandlers } from './stays.handlers';
