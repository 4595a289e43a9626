/**
 * Letters and digits that cannot be taken for one another when written down and typed on the
 * other PCs (no I, O, 0, 1): 32 of them, so each random byte gives one without bias.
 */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A passphrase for the office: 5 groups of 4 characters (100 random bits), e.g. `K7PX-M3QR-T9WE-HB4N-ZC2D`. */
export function generatePassphrase(random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b)): string {
  const bytes = random(new Uint8Array(20));
  const characters = Array.from(bytes, (b) => ALPHABET[b & 31]!);
  return [0, 4, 8, 12, 16].map((at) => characters.slice(at, at + 4).join('')).join('-');
}
