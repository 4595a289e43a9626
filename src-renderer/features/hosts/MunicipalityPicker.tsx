import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Municipality } from '@shared/contract/hosts';
import { useApi } from '../../api';

interface Props {
  label: string;
  error?: string;
  onPick(municipality: Municipality): void;
}

/** Finds a prefecture, municipality or ward by kanji, kana or romaji among the bundled 1,969. */
export function MunicipalityPicker({ label, error, onPick }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search, 120);
  const [found, setFound] = useState<Municipality[]>([]);

  useEffect(() => {
    let isCurrent = true;
    if (!query.trim()) {
      setFound([]);
      return;
    }
    void api.call('reference:municipalities', { query }).then((r) => isCurrent && r.ok && setFound(r.value));
    return () => {
      isCurrent = false;
    };
  }, [api, query]);

  return (
    <Select
      label={label}
      placeholder={t('host.searchMunicipality')}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      data={found.map((m) => ({ value: m.code, label: `${m.kind === 'prefecture' ? m.nameJa : m.prefectureJa + m.nameJa}（${m.nameEn}）` }))}
      value={null}
      onChange={(code) => {
        const m = found.find((x) => x.code === code);
        if (m) {
          onPick(m);
          setSearch('');
        }
      }}
      error={error}
      nothingFoundMessage={query ? t('common.none') : undefined}
      w={460}
    />
  );
}
