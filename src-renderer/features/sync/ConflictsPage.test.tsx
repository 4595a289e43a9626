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
});
