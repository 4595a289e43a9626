/** Personal data: the class of each trainee field, masking, the record of exports that include identifiers, and consent to hold 要配慮 items. */
export { identifiersIn, isIdentifier, maskIdentifiers, recordExport } from './privacy.service';
export { privacyHandlers } from './privacy.handlers';
