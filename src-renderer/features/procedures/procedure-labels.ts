import type { TFunction } from 'i18next';
import type { ProcedureStatus, YearItem } from '@shared/contract/procedures';

/** Each status's colour on the grid: grey not asked, blue asked, cyan in hand, orange sent back, green done. */
export const STATUS_COLOR: Record<ProcedureStatus, string> = {
  not_requested: 'gray',
  requested: 'blue',
  received: 'cyan',
  incomplete: 'orange',
  done: 'teal',
  not_needed: 'dark',
};

/** A value in an item's history: a status by its name (a row is made by its first change: before it, 未依頼), anything else as written. */
export function procedureHistoryValue(t: TFunction, field: string | null, value: string | null): string {
  return field === 'status' ? t(`procedure.status.${value ?? 'not_requested'}`) : (value ?? t('procedure.historyEmpty'));
}

/** "来日の42日前", "来日手続き期間の開始から14日後", "来日当日". */
export function offsetLabel(t: TFunction, item: Pick<YearItem, 'milestoneKind' | 'offsetDays'>): string {
  const milestone = t(`year.milestone.${item.milestoneKind}`);
  if (item.offsetDays === 0) return t('procedure.offset.on', { milestone });
  return item.offsetDays < 0
    ? t('procedure.offset.before', { milestone, count: -item.offsetDays })
    : t('procedure.offset.after', { milestone, count: item.offsetDays });
}
