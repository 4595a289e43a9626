import { Button, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PROCEDURE_STATUSES, type ProcedureCell, type ProcedureStatus } from '@shared/contract/procedures';
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
    <Menu position="bottom-start" withinPortal shadow="md" disabled={isDisabled}>
      <Menu.Target>
        <Button
          size={compact ? 'compact-xs' : 'xs'}
          variant={cell.isOverdue ? 'outline' : 'light'}
          color={cell.isOverdue ? 'red' : STATUS_COLOR[cell.status]}
          disabled={isDisabled}
          aria-label={t('procedure.cellLabel', { item: label, status })}
          title={cell.isOverdue ? t('procedure.overdueTitle', { status }) : status}
          data-testid="procedure-cell"
          data-item={cell.itemId}
          data-status={cell.status}
          data-overdue={cell.isOverdue ? 'true' : undefined}
          styles={{ root: { whiteSpace: 'nowrap' } }}
        >
          {status}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{label}</Menu.Label>
        {PROCEDURE_STATUSES.map((s) => (
          <Menu.Item key={s} onClick={() => onChoose(s)} color={s === cell.status ? STATUS_COLOR[s] : undefined} data-testid={`procedure-status-${s}`}>
            {t(`procedure.status.${s}`)}
          </Menu.Item>
        ))}
        <Menu.Divider />
        <Menu.Item onClick={onDetails} data-testid="procedure-details">
          {t('procedure.details')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
