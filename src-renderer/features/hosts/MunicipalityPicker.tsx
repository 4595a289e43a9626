import { Select, Stack } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Municipality } from '@shared/contract/hosts';
import { QueryError } from '../../data/QueryState';
import { useChannel } from '../../data/use-channel';

interface Props {
  label: string;
  error?: string;
  onPick(municipality: Municipality): void;
}

/** Finds a prefecture, municipality or ward by kanji, kana or romaji among the bundled 1,969. */
export function MunicipalityPicker({ label, error, onPick }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search, 120);
  const isSearching = query.trim() !== '';
  // The bundled list never changes while the app runs.
  const municipalities = useChannel('reference:municipalities', isSearching ? { query } : null, { keepPrevious: true, staleTime: Infinity });
  const found = isSearching ? (municipalities.data ?? []) : [];

  return (
    <Stack gap={4}>
      <Select
        label={label}
        placeholder={t('host.searchMunicipality')}
        searchable
        searchValue={search}
        onSearchChange={setSearch}
        filter={({ options }) => options}
        data={found.map((m) => ({ value: m.code, label: (m.kind === 'prefecture' ? m.nameJa : m.prefectureJa + m.nameJa) + t('common.paren', { text: m.nameEn }) }))}
        value={null}
        onChange={(code) => {
          const m = found.find((x) => x.code === code);
          if (m) {
            onPick(m);
            setSearch('');
          }
        }}
        error={error}
        nothingFoundMessage={isSearching && !municipalities.isFetching ? t('common.none') : undefined}
        w={460}
      />
      {isSearching && municipalities.isError && <QueryError error={municipalities.error} onRetry={() => void municipalities.refetch()} />}
    </Stack>
  );
}
