/**
 * What other features may use of the hosts: a host's name as SQL, reads, the reference list of
 * municipalities, local-government codes, and the row writes imports and sample data make
 * (rows as given; the checks of the host screens are in hosts.service.ts).
 */
export { HOST_NAME_SQL } from './host-name';
export { getHost } from './hosts.service';
export { findHost, findHostIdByCode, insertHost, listHosts, listTies, updateHostContact } from './hosts.repo';
export { findMunicipality, searchMunicipalities } from './reference';
export { isValidLocalGovCode, withCheckDigit } from './local-gov-code';
/** The channels, for the composition root (features/handlers.ts). */
export { hostsHandlers } from './hosts.handlers';
