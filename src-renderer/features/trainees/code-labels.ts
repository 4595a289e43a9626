/** A trainee's fields whose value is a code, with where its words are in the translations (status selected → 選考済み). */
export const TRAINEE_CODE_LABELS: Readonly<Record<string, string>> = {
  status: 'trainee.status',
  gender: 'trainee.gender',
  nameOrder: 'trainee.nameOrder',
  nameLang: 'trainee.nameLang',
  diet: 'trainee.diet',
  japaneseLevel: 'trainee.japaneseLevel',
};
