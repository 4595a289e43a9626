import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { failingApi, renderWithApp } from '../test/render';
import { RowActions } from './RowActions';

/** A one-row table, as the lists draw their actions. */
function inRow(actions: ReactElement) {
  return (
    <table>
      <tbody>
        <tr data-testid="row">
          <td>山田太郎</td>
          <td>{actions}</td>
        </tr>
      </tbody>
    </table>
  );
}

describe('RowActions', () => {
  it('edits on a click and deletes on Enter or Space from the keyboard, each calling only its own handler', async () => {
    const user = userEvent.setup();
    const onEdit = vi.fn();
    const onDelete = vi.fn();
    renderWithApp(inRow(<RowActions edit={{ onClick: onEdit }} remove={{ onClick: onDelete }} />), { api: failingApi() });
    const row = screen.getByTestId('row');
    // Without a name the word is the accessible name, in the app's language.
    const edit = within(row).getByRole('button', { name: '編集' });
    const remove = within(row).getByRole('button', { name: '削除' });
    expect(edit).not.toHaveAttribute('aria-label');

    await user.click(edit);
    expect(onEdit).toHaveBeenCalledTimes(1);
    expect(onDelete).not.toHaveBeenCalled();

    await user.tab(); // from edit, which the click focused, to delete
    expect(remove).toHaveFocus();
    await user.keyboard('{Enter}');
    await user.keyboard(' ');
    expect(onDelete).toHaveBeenCalledTimes(2);
    expect(onEdit).toHaveBeenCalledTimes(1);
  });

  it("names the row in each button's accessible name when given one, keeps its test id, and reaches the row's own controls first", async () => {
    const user = userEvent.setup();
    const onEdit = vi.fn();
    const onCancel = vi.fn();
    const onUp = vi.fn();
    renderWithApp(
      inRow(
        <RowActions
          size="compact-sm"
          edit={{ onClick: onEdit, name: '「山田太郎」を編集' }}
          remove={{ onClick: onCancel, label: 'Cancel', name: 'Cancel No. 12', testId: 'register-cancel' }}
        >
          <button type="button" onClick={onUp}>
            ↑
          </button>
        </RowActions>,
      ),
      { api: failingApi(), language: 'en' },
    );
    const row = screen.getByTestId('row');
    const edit = within(row).getByRole('button', { name: '「山田太郎」を編集' });
    expect(edit).toHaveTextContent('Edit');
    const cancel = within(row).getByTestId('register-cancel');
    expect(cancel).toHaveAccessibleName('Cancel No. 12');
    expect(cancel).toHaveTextContent('Cancel');

    await user.tab();
    expect(within(row).getByRole('button', { name: '↑' })).toHaveFocus();
    await user.tab();
    expect(edit).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onEdit).toHaveBeenCalledTimes(1);
    await user.click(cancel);
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(onUp).not.toHaveBeenCalled();
  });

  it('draws only the buttons it is given', () => {
    renderWithApp(inRow(<RowActions remove={{ onClick: () => undefined, label: '取消し' }} />), { api: failingApi() });
    expect(within(screen.getByTestId('row')).getAllByRole('button').map((b) => b.textContent)).toEqual(['取消し']);
  });

  it('names both buttons after the row it is given, the visible word inside the name', () => {
    renderWithApp(inRow(<RowActions row="佐藤" edit={{ onClick: vi.fn() }} remove={{ onClick: vi.fn() }} />), { api: failingApi() });
    const row = screen.getByTestId('row');
    expect(within(row).getByRole('button', { name: '「佐藤」を編集' })).toHaveTextContent('編集');
    expect(within(row).getByRole('button', { name: '「佐藤」を削除' })).toHaveTextContent('削除');
  });
});
