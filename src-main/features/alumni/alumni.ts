import type { AlumniContact } from '@shared/contract/alumni';
import type { StoredContact } from './alumni.repo';

/**
 * The consent rule, one home: contact details are shown, listed and exported only while a
 * consent date is held (a PC may have received details another PC wrote before the consent was
 * withdrawn there); passing them on (to a host or a delegation) needs the scope 'share'. What
 * is kept on disk without consent (nothing of the details, history included): alumni.erasure.ts.
 */
export function visibleContact(traineeId: string, stored: StoredContact | null | undefined): AlumniContact {
  const c = stored ?? { consentOn: null, consentScope: null, email: null, phone: null, address: null, other: null, lastContactOn: null };
  const held = Boolean(c.consentOn);
  return {
    traineeId,
    consentOn: c.consentOn,
    consentScope: held ? c.consentScope : null,
    email: held ? c.email : null,
    phone: held ? c.phone : null,
    address: held ? c.address : null,
    other: held ? c.other : null,
    lastContactOn: c.lastContactOn,
  };
}

/** Whether the details may go into a file handed to others (a delegation, a host). */
export function mayPassOn(c: AlumniContact): boolean {
  return Boolean(c.consentOn) && c.consentScope === 'share';
}

/** Whether the contact holds any detail at all. */
export function hasDetails(c: AlumniContact): boolean {
  return Boolean(c.email || c.phone || c.address || c.other);
}

/** What a report's photo is, from its first bytes: JPEG or PNG, or null. */
export function sniffPhotoType(bytes: Buffer): 'image/jpeg' | 'image/png' | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  return null;
}
