/**
 * A host's full name as SQL over the hosts table aliased `h`: prefecture and name (大分県宇佐市),
 * without the prefecture twice when the name already starts with it (大分県国際政策課).
 * `hostFullName` (contract/names.ts) does the same in code.
 */
export const HOST_NAME_SQL = `(CASE WHEN substr(h.name_ja, 1, length(h.prefecture_ja)) = h.prefecture_ja
  THEN h.name_ja ELSE h.prefecture_ja || h.name_ja END)`;
