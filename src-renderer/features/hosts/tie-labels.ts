import type { TFunction } from 'i18next';
import type { SisterTie } from '@shared/contract/hosts';
import { hostNameIn } from '@shared/contract/names';
import type { Language } from '@shared/contract/settings';

/** The Japanese hosts a government abroad is tied to, on one line: 大分県宇佐市（姉妹都市）、… / Usa City (sister city), … */
export function tiedHostsLabel(ties: ReadonlyArray<Pick<SisterTie, 'hostName' | 'hostNameEn' | 'kind'>>, t: TFunction, language: Language): string {
  return ties.map((tie) => hostNameIn(tie, language) + t('common.paren', { text: t(`tie.kind.${tie.kind}`) })).join(t('common.listSeparator'));
}
