/**
 * What other features may use of the flights: reads, the check that turns typed times into
 * instants (imports use it too), the row writes, airports and the clock at an airport.
 */
export { deleteFlight, findFlight, insertFlight, listFlights, updateFlight, type FlightRecord } from './flights.repo';
export { resolveFlight, type FlightFields } from './flights.service';
export { findAirport } from './airports';
export { addMinutes, localToUtc } from './zoned-time';
/** The channels, for the composition root (features/handlers.ts). */
export { flightsHandlers } from './flights.handlers';
