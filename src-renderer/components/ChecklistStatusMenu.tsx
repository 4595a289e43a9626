import { Button, Menu } from '@mantine/core';

interface Props<S extends string> {
  status: S;
  isOverdue: boolean;
  /** Every status, in the menu's order, with its name and colour. */
  statuses: ReadonlyArray<{ value: S; label: string; color: string }>;
  /** The item's name, atop the menu. */
  label: string;
  /** The button's accessible name: whose item, which, and where it stands. */
  ariaLabel: string;
  /** Shown on hover: the status, and that it is overdue. */
  title: string;
  itemId: string;
  isDisabled?: boolean;
  compact?: boolean;
  /** Test ids: the button, each status (`<prefix>-<status>`) and the last entry. */
  testIds: { button: string; statusPrefix: string; extra: string };
  extraLabel: string;
  onChoose(status: S): void;
  /** The menu's last entry (details, a note). */
  onExtra(): void;
}

/**
 * A checklist item's status as a coloured button (red outline when overdue); a click or Enter
 * opens the statuses (arrow keys, Enter) and one more entry. The entry procedures and the
 * departure tasks both draw their items with it.
 */
export function ChecklistStatusMenu<S extends string>(p: Props<S>) {
  const current = p.statuses.find((s) => s.value === p.status)!;
  return (
    <Menu position="bottom-start" withinPortal shadow="md" disabled={p.isDisabled}>
      <Menu.Target>
        <Button
          size={p.compact ? 'compact-xs' : 'xs'}
          variant={p.isOverdue ? 'outline' : 'light'}
          color={p.isOverdue ? 'red' : current.color}
          disabled={p.isDisabled}
          aria-label={p.ariaLabel}
          title={p.title}
          data-testid={p.testIds.button}
          data-item={p.itemId}
          data-status={p.status}
          data-overdue={p.isOverdue ? 'true' : undefined}
          styles={{ root: { whiteSpace: 'nowrap' } }}
        >
          {current.label}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{p.label}</Menu.Label>
        {p.statuses.map((s) => (
          <Menu.Item key={s.value} onClick={() => p.onChoose(s.value)} color={s.value === p.status ? s.color : undefined} data-testid={`${p.testIds.statusPrefix}-${s.value}`}>
            {s.label}
          </Menu.Item>
        ))}
        <Menu.Divider />
        <Menu.Item onClick={p.onExtra} data-testid={p.testIds.extra}>
          {p.extraLabel}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
