import { useTranslation } from 'react-i18next';
import { DEPARTURE_STATUSES, type DepartureStatus, type DepartureTask } from '@shared/contract/departures';
import { ChecklistStatusMenu } from '../../components/ChecklistStatusMenu';
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

/** A task's status as a coloured button (red outline when overdue); a click or Enter opens the statuses and the note. */
export function DepartureStatusMenu({ task, label, isDisabled, compact, onChoose, onNote }: Props) {
  const { t } = useTranslation();
  const status = t(`departures.status.${task.status}`);
  return (
    <ChecklistStatusMenu
      status={task.status}
      isOverdue={task.isOverdue}
      statuses={DEPARTURE_STATUSES.map((s) => ({ value: s, label: t(`departures.status.${s}`), color: DEPARTURE_STATUS_COLOR[s] }))}
      label={label}
      ariaLabel={t('departures.taskLabel', { task: label, status })}
      title={task.isOverdue ? t('departures.overdueTitle', { status }) : status}
      itemId={task.itemId}
      isDisabled={isDisabled}
      compact={compact}
      testIds={{ button: 'departure-task', statusPrefix: 'departure-status', extra: 'departure-note' }}
      extraLabel={t('departures.noteMenu')}
      onChoose={onChoose}
      onExtra={onNote}
    />
  );
}
