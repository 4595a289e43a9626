import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useYears } from '../features/years/years.store';

/**
 * The program year a screen works on, shared with the other screens; the newest year until a
 * person picks one ("all years" on the trainee list means the newest here).
 */
export function YearSelect() {
  const { t } = useTranslation();
  const years = useYears((s) => s.years) ?? [];
  const select = useYears((s) => s.select);
  const value = useSelectedYearId();
  return (
    <NativeSelect
      aria-label={t('year.select')}
      value={value}
      onChange={(e) => select(e.currentTarget.value)}
      data={years.map((y) => ({ value: y.id, label: t('year.label', { year: y.fiscalYear }) }))}
    />
  );
}

/** The year a screen shows: the one chosen in the YearSelect, or the newest. */
export function useSelectedYearId(): string {
  const years = useYears((s) => s.years) ?? [];
  const selected = useYears((s) => s.selectedYearId);
  return years.some((y) => y.id === selected) ? selected! : (years[0]?.id ?? '');
}
