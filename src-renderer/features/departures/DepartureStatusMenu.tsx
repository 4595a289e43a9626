import { Button, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DEPARTURE_STATUSES, type DepartureStatus, type DepartureTask } from '@shared/contract/departures';
import { DEPARTURE_STATUS_COLOR } from './departure-labels';

interface Props {
  task: DepartureTask;
  /** Whose task and which, for the button's accessible label. */
  label: string;
  isDisabled?: boolean;
  compact?: boolean;
  onChoose(status: DepartureStatus): void;
  /** Opens the task's note; the menu's last entry. */
  onNote(): void;
}

/**
 * A task's status as a coloured button (red outline when overdue); a click or Enter opens the
 * statuses (arrow keys, Enter) and the note.
 */
export function DepartureStatusMenu({ task, label, isDisabled, compact, onChoose, onNote }: Props) {
  const { t } = useTranslation();
  const status = t(`departures.status.${task.status}`);
  return (
    <Menu position="bottom-start" withinPortal shadow="md" disabled={isDisabled}>
      <Menu.Target>
        <Button
          size={compact ? 'compact-xs' : 'xs'}
          variant={task.isOverdue ? 'outline' : 'light'}
          color={task.isOverdue ? 'red' : DEPARTURE_STATUS_COLOR[task.status]}
          disabled={isDisabled}
          aria-label={t('departures.taskLabel', { task: label, status })}
          title={task.isOverdue ? t('departures.overdueTitle', { status }) : status}
          data-testid="departure-task"
          data-item={task.itemId}
          data-status={task.status}
          data-overdue={task.isOverdue ? 'true' : undefined}
          styles={{ root: { whiteSpace: 'nowrap' } }}
        >
          {status}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{label}</Menu.Label>
        {DEPARTURE_STATUSES.map((s) => (
          <Menu.Item key={s} onClick={() => onChoose(s)} color={s === task.status ? DEPARTURE_STATUS_COLOR[s] : undefined} data-testid={`departure-status-${s}`}>
            {t(`departures.status.${s}`)}
          </Menu.Item>
        ))}
        <Menu.Divider />
        <Menu.Item onClick={onNote} data-testid="departure-note">
          {t('departures.noteMenu')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
