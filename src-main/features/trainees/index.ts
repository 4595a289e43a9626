/**
 * What other features may use of the trainees: reads, the text a trainee is found by, and the
 * row writes that imports, class placement, sync and sample data make.
 */
export { purgeExpiredTrash, rebuildSearchIndex, updateTrainee } from './trainees.service';
export {
  countTrainees,
  fieldOf,
  findTrainee,
  insertTrainee,
  listFullTrainees,
  listHistory,
  listPassportNumbers,
  listTakingPart,
  listTrainees,
  reindexTrainee,
  writeSearchText,
} from './trainees.repo';
/** Writes the given fields as they are: no status-date rule, unlike `updateTrainee` above. */
export { updateTrainee as updateTraineeRow } from './trainees.repo';
export { searchText, SEARCH_TEXT_VERSION } from './search';
/** When two records are likely the same person (the import, the form and the list's filter agree). */
export { duplicateKeys, nameAndBirthKey, passportKey, type Identity } from './duplicates';
/** The channels, for the composition root (features/handlers.ts). */
export { traineesHandlers } from './trainees.handlers';
