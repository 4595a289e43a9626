import { latinName, nameLangTag, nativeName, type PersonName as Name } from '@contract/names';

/** A name in its own script, marked with its language so it gets the right glyphs. */
export function NativeName({ person }: { person: Name }) {
  const hasNative = Boolean(person.familyNameNative || person.givenNameNative);
  return <span lang={hasNative ? nameLangTag(person.nameLang) : undefined}>{nativeName(person)}</span>;
}

/** The passport name; Latin script is drawn well by the base font in any language. */
export function LatinName({ person }: { person: Name }) {
  return <span>{latinName(person)}</span>;
}
