import { Text } from '@mantine/core';
import { latinName, nameLangTag, nativeName, type PersonName as Name } from '@shared/contract/names';
import type { NameLang } from '@shared/contract/trainees';

/** A name in its own script, marked with its language so it gets the right glyphs. */
export function NativeName({ person }: { person: Name }) {
  const hasNative = Boolean(person.familyNameNative || person.givenNameNative);
  return <span lang={hasNative ? nameLangTag(person.nameLang) : undefined}>{nativeName(person)}</span>;
}

/** The passport name; Latin script is drawn well by the base font in any language. */
export function LatinName({ person }: { person: Name }) {
  return <span>{latinName(person)}</span>;
}

/** A name the backend formatted: in its own script with its language, the passport name beside it when it differs. */
export function FormattedName({ name, nameLang, latin }: { name: string; nameLang: NameLang; latin: string }) {
  return (
    <>
      <span lang={nameLangTag(nameLang)}>{name}</span>
      {latin !== name && (
        <Text span c="dimmed" size="sm">
          {' '}
          {latin}
        </Text>
      )}
    </>
  );
}
