import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AppErrorBody } from '@shared/contract/result';
import type { Conflict } from '@shared/contract/sync';
import type { Api } from '../../api';
import { renderWithApp } from '../../test/render';
import { ConflictsPage } from './ConflictsPage';

const CONFLICT: Conflict = {
  id: '01900000-0000-7000-8000-000000000001',
  kind: 'field',
  table: 'trainees',
  rowId: '01900000-0000-7000-8000-000000000002',
  field: 'passport_expiry',
  record: '王晓燕',
  kept: { value: '2030-01-01', author: '佐藤', at: '2024-05-20T02:15:00.000Z', deviceName: '事務所PC' },
  other: { value: '2031-01-01', author: '加藤', at: '2024-05-20T03:15:00.000Z', deviceName: '空港ノートPC' },
  createdAt: '2024-05-20T04:00:00.000Z',
};

/** The conflict to settle, and the answers a typed value gets, one per try. */
function refusingApi(refusals: AppErrorBody[]): Api {
  return {
    call: async (channel) => {
      if (channel === 'sync:conflicts') return { ok: true, value: [CONFLICT] } as never;
      if (channel === 'sync:resolve') return { ok: false, error: refusals.shift()! };
      return { ok: false, error: { code: 'internal' } };
    },
  };
}

describe('ConflictsPage', { timeout: 30_000 }, () => {
  it('names what a typed value breaks in words: the trainee\'s field, or the value itself', async () => {
    renderWithApp(<ConflictsPage />, {
      api: refusingApi([
        { code: 'validation', params: { issues: [{ field: 'passportExpiry', rule: 'invalid_date' }] } },
        { code: 'validation', params: { issues: [{ field: 'value', rule: 'not_editable' }] } },
      ]),
    });
    const edit = within(await screen.findByTestId('conflict-edit'));
    fireEvent.change(edit.getByLabelText('値を修正して保存'), { target: { value: '2031-02-30' } });
    fireEvent.click(edit.getByRole('button', { name: '保存' }));
    expect(await edit.findByText(/「旅券の有効期限」は存在する日付で入力してください/)).toBeInTheDocument();

    fireEvent.click(edit.getByRole('button', { name: '保存' }));
    expect(await edit.findByText('「入力した値」はここでは変更できません。元の画面で編集してください。')).toBeInTheDocument();
    expect(screen.queryByText(/「value」|「passportExpiry」/)).toBeNull();
  });

  it('masks passport numbers until 番号を表示 is turned on, and offers no masked number to edit', async () => {
    const asked: unknown[] = [];
    const passport: Conflict = { ...CONFLICT, field: 'passport_number' };
    const api: Api = {
      call: async (channel, input) => {
        if (channel !== 'sync:conflicts') return { ok: false, error: { code: 'internal' } };
        asked.push(input);
        const reveal = (input as { revealIdentifiers?: boolean }).revealIdentifiers === true;
        return {
          ok: true,
          value: [{ ...passport, kept: { ...passport.kept, value: reveal ? 'TK9876543' : 'TK98•••43' }, other: { ...passport.other, value: reveal ? 'TK1234578' : 'TK12•••78' } }],
        } as never;
      },
    };
    renderWithApp(<ConflictsPage />, { api });
    const card = within(await screen.findByTestId('conflict'));
    expect(card.getByTestId('conflict-kept')).toHaveTextContent('TK98•••43');
    expect(card.getByTestId('conflict-other')).toHaveTextContent('TK12•••78');
    expect(card.getByLabelText('値を修正して保存')).toHaveValue('');
    expect(screen.getByText(/一部を伏せて表示しています/)).toBeInTheDocument();
    expect(asked).toEqual([{ revealIdentifiers: false }]);

    fireEvent.click(screen.getByLabelText('番号を表示'));
    expect(await card.findByText('TK1234578')).toBeInTheDocument();
    expect(card.getByTestId('conflict-kept')).toHaveTextContent('TK9876543');
    expect(card.getByLabelText('値を修正して保存')).toHaveValue('TK9876543');
    expect(asked).toContainEqual({ revealIdentifiers: true });
  });

  it('shows no 番号を表示 switch where no conflict can hold a number', async () => {
    renderWithApp(<ConflictsPage />, { api: refusingApi([]) });
    await screen.findByTestId('conflict');
    expect(screen.queryByLabelText('番号を表示')).toBeNull();
  });

  it("shows an entry procedure's status in conflict by its name (完了, 不備あり), not its code, under the trainee and item", async () => {
    const conflict: Conflict = {
      ...CONFLICT, table: 'trainee_procedures', field: 'status', record: '이 서연 · LEE Seoyeon — 在留資格認定証明書（COE）交付',
      kept: { ...CONFLICT.kept, value: 'incomplete' }, other: { ...CONFLICT.other, value: 'done' },
    };
    const api: Api = { call: async (channel) => (channel === 'sync:conflicts' ? { ok: true, value: [conflict] } : { ok: false, error: { code: 'internal' } }) as never };
    renderWithApp(<ConflictsPage />, { api });
    const card = within(await screen.findByTestId('conflict'));
    expect(card.getByText(/在留資格認定証明書（COE）交付/)).toBeInTheDocument();
    expect(card.getByTestId('conflict-kept')).toHaveTextContent('不備あり');
    expect(card.getByTestId('conflict-other')).toHaveTextContent('完了');
    expect(card.getByTestId('conflict-other')).not.toHaveTextContent('done');
  });
});
