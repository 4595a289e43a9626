import { useTranslation } from 'react-i18next';
import { PROCEDURE_STATUSES, type ProcedureCell, type ProcedureStatus } from '@shared/contract/procedures';
import { ChecklistStatusMenu } from '../../components/ChecklistStatusMenu';
import { STATUS_COLOR } from './procedure-labels';

interface Props {
  cell: ProcedureCell;
  /** The item's name, for the button's accessible label. */
  label: string;
  isDisabled?: boolean;
  compact?: boolean;
  onChoose(status: ProcedureStatus): void;
  /** Opens the item's details (note, file); offered as the menu's last entry. */
  onDetails(): void;
}

/**
 * One cell: its status as a coloured button (red outline when overdue); a click or Enter opens
 * a small menu of statuses (arrow keys, Enter), and the details.
 */
export function StatusMenu({ cell, label, isDisabled, compact, onChoose, onDetails }: Props) {
  const { t } = useTranslation();
  const status = t(`procedure.status.${cell.status}`);
  return (
    <ChecklistStatusMenu
      status={cell.status}
      isOverdue={cell.isOverdue}
      statuses={PROCEDURE_STATUSES.map((s) => ({ value: s, label: t(`procedure.status.${s}`), color: STATUS_COLOR[s] }))}
      label={label}
      ariaLabel={t('procedure.cellLabel', { item: label, status })}
      title={cell.isOverdue ? t('procedure.overdueTitle', { status }) : status}
      itemId={cell.itemId}
      isDisabled={isDisabled}
      compact={compact}
      testIds={{ button: 'procedure-cell', statusPrefix: 'procedure-status', extra: 'procedure-details' }}
      extraLabel={t('procedure.details')}
      onChoose={onChoose}
      onExtra={onDetails}
    />
  );
}
