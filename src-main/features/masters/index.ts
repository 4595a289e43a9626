/**
 * What other features may use of the masters (sending governments, training fields): reads, the
 * columns and mappers for joining them into another table's query, and the writes sample data needs.
 */
export {
  findSendingGovernment,
  findSendingGovernmentByName,
  insertSendingGovernment,
  joinedSendingGovernment,
  joinedTrainingField,
  listSendingGovernments,
  listTrainingFields,
  SENDING_GOVERNMENT_COLUMNS,
} from './sending-governments.repo';
/** The channels, for the composition root (features/handlers.ts). */
export { mastersHandlers } from './masters.handlers';
