import { Button, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** One of a row's two buttons. */
export interface RowAction {
  onClick(): void;
  /** The button's word; edit's is 編集 and delete's 削除 unless given. */
  label?: string;
  /** The accessible name where it should say which row ("「住居の手配」を編集"); without it the word is the name. */
  name?: string;
  testId?: string;
}

interface Props {
  /** What the row is (a person's name): the buttons are named after it ("「佐藤」を編集") unless they name themselves. */
  row?: string;
  edit?: RowAction;
  /** Deleting the row, or what takes it away instead (removing an assignment, cancelling a letter's number): in red, after edit. */
  remove?: RowAction;
  /** The buttons' size: compact-xs in a dense list, compact-sm beside a row's other compact-sm buttons. */
  size?: 'compact-xs' | 'compact-sm';
  /** The row's own controls, before edit (moving it up or down). */
  children?: ReactNode;
}

/** The edit and delete buttons at the end of a table row, as every list of the app draws them. */
export function RowActions({ row, edit, remove, size = 'compact-xs', children }: Props) {
  const { t } = useTranslation();
  return (
    <Group gap={4} justify="flex-end" wrap="nowrap">
      {children}
      {edit && (
        <Button size={size} variant="subtle" onClick={edit.onClick} aria-label={edit.name ?? (row === undefined ? undefined : t('common.editRow', { row }))} data-testid={edit.testId}>
          {edit.label ?? t('common.edit')}
        </Button>
      )}
      {remove && (
        <Button size={size} variant="subtle" color="red" onClick={remove.onClick} aria-label={remove.name ?? (row === undefined ? undefined : t('common.deleteRow', { row }))} data-testid={remove.testId}>
          {remove.label ?? t('common.delete')}
        </Button>
      )}
    </Group>
  );
}
