import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { memoryBackend, tableCount, value } from '../../../src-main/test/backend';
import { useConfirmStore } from '../../app/confirm.store';
import { useFlash } from '../../app/flash.store';
import { renderWithApp } from '../../test/render';
import { YearDetailPage } from './YearDetailPage';

/** The question the page asked (the layout shows it), answered as the person would. */
async function answerQuestion(yes: boolean) {
  await waitFor(() => expect(useConfirmStore.getState().request).not.toBeNull());
  const question = useConfirmStore.getState().request!;
  useConfirmStore.getState().answer(yes);
  return `${question.title}\n${question.body}`;
}

describe('YearDetailPage', () => {
  it('asks before deleting a year, naming what goes with it, then deletes it', async () => {
    const backend = memoryBackend();
    const year = await value(backend, 'years:create', { fiscalYear: 2024 });
    await value(backend, 'pickup-groups:create', { yearId: year.id, name: '成田 第1便', airport: 'NRT', meetingTime: '2024-05-20T12:50' });
    await value(backend, 'schedule:create', { yearId: year.id, kind: 'orientation', startsAt: '2024-05-21T10:45', endsAt: '2024-05-21T17:00', titleJa: 'オリエンテーション', titleEn: 'Orientation', audience: 'all' });
    for (const code of ['442119', '292010']) {
      const host = await value(backend, 'hosts:create', { code });
      await value(backend, 'survey:save', { yearId: year.id, hostId: host.id, requestedCount: 1, status: 'received' });
    }
    renderWithApp(<YearDetailPage id={year.id} />, { backend });
    await screen.findByRole('heading', { name: '2024年度' });
    const remove = screen.getByRole('button', { name: '削除' });
    await waitFor(() => expect(remove).toBeEnabled());
    fireEvent.click(remove);

    const question = await answerQuestion(true);
    expect(question).toContain('「2024年度」を削除しますか？');
    expect(question).toContain('削除すると元に戻せません。');
    expect(question).toContain('一緒に削除されるもの：年間予定、送迎グループ（1件）とその担当の割当て、日程表の予定（1件）、利用要望調査の回答（2件）');
    expect(question).not.toContain('JIAMのクラス');
    await waitFor(() => expect(window.location.hash).toBe('#/years'));
    expect(await value(backend, 'years:list', {})).toEqual([]);
    expect(tableCount(backend, 'survey_answers')).toBe(0);
    expect(screen.queryByTestId('query-error')).toBeNull();
  });

  it('says why a year with trainees cannot be deleted, and keeps it', async () => {
    const backend = memoryBackend();
    const { yearId } = await value(backend, 'sample:load', {});
    renderWithApp(<YearDetailPage id={yearId} />, { backend });
    const remove = await screen.findByRole('button', { name: '削除' });
    await waitFor(() => expect(remove).toBeEnabled());
    fireEvent.click(remove);
    await answerQuestion(true);
    expect(await screen.findByTestId('error-alert')).toHaveTextContent('この年度には研修員が11人登録されているため、削除できません。');
    expect(await value(backend, 'years:list', {})).toHaveLength(1);
  });

  it("saves a milestone's dates and puts the contract's message on the field it names", async () => {
    const backend = memoryBackend();
    const year = await value(backend, 'years:create', { fiscalYear: 2024 });
    renderWithApp(<YearDetailPage id={year.id} />, { backend });
    const row = await screen.findByTestId('milestone-jiam_training');
    const save = within(row).getByRole('button', { name: '保存' });
    expect(save).toBeDisabled();
    fireEvent.change(within(row).getByLabelText(/終了日/), { target: { value: '2024-05-01' } });
    fireEvent.click(save);
    expect(await within(row).findByText('「終了日」は開始日以降の日付にしてください。')).toBeInTheDocument();

    fireEvent.change(within(row).getByLabelText(/終了日/), { target: { value: '2024-06-28' } });
    fireEvent.click(save);
    await waitFor(() => expect(row).toHaveTextContent('2024年5月23日〜2024年6月28日'));
    expect(useFlash.getState().message).toBe('「JIAM研修（日本語研修ほか）」の日付を保存しました。');
    const stored = (await value(backend, 'years:get', { id: year.id })).milestones.find((m) => m.kind === 'jiam_training');
    expect(stored?.endsOn).toBe('2024-06-28');
  });
});
