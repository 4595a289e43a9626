import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { DepartureItem } from '@shared/contract/departures';
import { memoryBackend, value } from '../../src-main/test/backend';
import { useChannel } from '../data/use-channel';
import { renderWithApp } from '../test/render';
import { ChecklistTemplateEditor, type ChecklistItemValues } from './ChecklistTemplateEditor';

/** The editor on the return tasks' channels, with nothing of a section's own. */
function Editor() {
  const template = useChannel('departures:template', {});
  return (
    <ChecklistTemplateEditor
      testId="checklist"
      keys="departures"
      itemHeader="項目"
      query={template}
      items={(items) => items}
      channels={{ create: 'departures:template-create', update: 'departures:template-update', move: 'departures:template-move' }}
      emptyValues={{ nameJa: '', nameEn: '', offsetDays: -7, isRetired: false }}
      valuesOf={({ nameJa, nameEn, offsetDays, isRetired }: DepartureItem): ChecklistItemValues => ({ nameJa, nameEn, offsetDays, isRetired })}
      due={(item) => `${item.offsetDays}日`}
    />
  );
}

const rowNames = () => screen.getAllByTestId('checklist-row').map((r) => r.textContent ?? '');

describe('ChecklistTemplateEditor', { timeout: 30_000 }, () => {
  it('moves an item one place down and back up; the first cannot go up nor the last down', async () => {
    const backend = memoryBackend();
    const [first, second] = await value(backend, 'departures:template', {});
    renderWithApp(<Editor />, { backend, withLayout: true });
    const rows = await screen.findAllByTestId('checklist-row');
    expect(within(rows[0]!).getByRole('button', { name: `「${first!.nameJa}」を上へ` })).toBeDisabled();
    expect(within(rows.at(-1)!).getByRole('button', { name: /を下へ$/ })).toBeDisabled();

    fireEvent.click(screen.getByRole('button', { name: `「${first!.nameJa}」を下へ` }));
    await waitFor(() => expect(rowNames()[0]).toContain(second!.nameJa));
    expect(rowNames()[1]).toContain(first!.nameJa);
    expect((await value(backend, 'departures:template', {})).map((i) => i.id).slice(0, 2)).toEqual([second!.id, first!.id]);

    fireEvent.click(screen.getByRole('button', { name: `「${first!.nameJa}」を上へ` }));
    await waitFor(() => expect(rowNames()[0]).toContain(first!.nameJa));
  });

  it('retires an item through its dialog: it stays in the list, marked 使用終了, and the save is said', async () => {
    const backend = memoryBackend();
    const [, second] = await value(backend, 'departures:template', {});
    renderWithApp(<Editor />, { backend, withLayout: true });
    fireEvent.click(await screen.findByRole('button', { name: `「${second!.nameJa}」を編集` }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByLabelText('項目名（日本語）')).toHaveValue(second!.nameJa);
    fireEvent.click(within(dialog).getByLabelText('使用終了'));
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(screen.getAllByTestId('checklist-row')[1]).toHaveTextContent('使用終了'));
    expect(screen.getByText(`「${second!.nameJa}」を保存しました。`)).toBeInTheDocument();
    expect((await value(backend, 'departures:template', {}))[1]).toMatchObject({ id: second!.id, isRetired: true });
  });

  it('says on the field why an empty day count is refused, and adds nothing', async () => {
    const backend = memoryBackend();
    renderWithApp(<Editor />, { backend, withLayout: true });
    fireEvent.click(await screen.findByTestId('checklist-add'));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('項目名（日本語）'), { target: { value: '送別会' } });
    fireEvent.change(within(dialog).getByLabelText('項目名（英語）'), { target: { value: 'Farewell party' } });
    fireEvent.change(within(dialog).getByLabelText('帰国便の出発日からの日数'), { target: { value: '' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await within(dialog).findByText('「帰国便の出発日からの日数」は整数で入力してください。')).toBeInTheDocument();
    expect(within(dialog).getByLabelText('帰国便の出発日からの日数')).toHaveAttribute('aria-invalid', 'true');
    expect(await value(backend, 'departures:template', {})).toHaveLength(8);
  });
});
