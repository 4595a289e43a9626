import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useYearList } from '../data/lists';
import { QueryError } from '../data/QueryState';
import { useYearSelection } from '../features/years/years.store';

/**
 * The program year a screen works on, shared with the other screens; the newest year until a
 * person picks one ("all years" on the trainee list means the newest here).
 */
export function YearSelect() {
  const { t } = useTranslation();
  const years = useYearList();
  const select = useYearSelection((s) => s.select);
  const value = useSelectedYearId();
  if (years.isError) return <QueryError error={years.error} onRetry={() => void years.refetch()} />;
  return (
    <NativeSelect
      aria-label={t('year.select')}
      value={value}
      onChange={(e) => select(e.currentTarget.value)}
      data={(years.data ?? []).map((y) => ({ value: y.id, label: t('year.label', { year: y.fiscalYear }) }))}
    />
  );
}

/** The year a screen shows: the one chosen in the YearSelect, or the newest ('' while the years are read or when there are none). */
export function useSelectedYearId(): string {
  const years = useYearList().data ?? [];
  const selected = useYearSelection((s) => s.selectedYearId);
  return years.some((y) => y.id === selected) ? selected! : (years[0]?.id ?? '');
}
