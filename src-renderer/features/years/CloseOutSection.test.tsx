import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { memoryBackend, value } from '../../../src-main/test/backend';
import { useConfirmStore } from '../../app/confirm.store';
import { renderWithApp } from '../../test/render';
import { CloseOutSection } from './CloseOutSection';

// The backend's clock is 2026-11-26: FY2018's trainees went home by 2019-05-31, past five years.
async function oldYear() {
  const backend = memoryBackend();
  await value(backend, 'settings:update', { staffName: '山田 花子' });
  const old = await value(backend, 'years:create', { fiscalYear: 2018 });
  const recent = await value(backend, 'years:create', { fiscalYear: 2024 });
  const trainee = (yearId: string, family: string, native: string) => ({
    yearId, familyNameLatin: family, givenNameLatin: 'Xiaoyan', familyNameNative: native, givenNameNative: '晓燕', nameLang: 'zh-Hans' as const, nameOrder: 'family_first' as const,
    nationality: 'CN', status: 'completed' as const, passportNumber: 'EA1234567', medicalNotes: '喘息',
    // One passport number for both: two people, whose held data is what is tested.
    confirmDuplicate: true,
  });
  await value(backend, 'trainees:create', trainee(old.id, 'WANG', '王'));
  await value(backend, 'trainees:create', trainee(recent.id, 'LI', '李'));
  return { backend, old, recent };
}

describe('CloseOutSection', () => {
  it('previews who and what is erased, asks, erases, and lists the disposal record to print; a refusal is a translated error', async () => {
    const { backend, old } = await oldYear();
    renderWithApp(<CloseOutSection yearId={old.id} />, { backend });
    expect(await screen.findByTestId('close-out-count')).toHaveTextContent('消去の対象：1人');
    const kinds = screen.getByTestId('close-out-kinds');
    expect(kinds).toHaveTextContent('旅券番号');
    expect(kinds).toHaveTextContent('健康上の注意');
    const row = screen.getByTestId('close-out-trainee');
    expect(within(row).getByText('王晓燕')).toBeInTheDocument();
    expect(row).toHaveTextContent('2019年5月31日');
    expect(row).toHaveTextContent('2024年5月31日');
    expect(screen.getByText('この年度の廃棄記録はまだありません。')).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: '1人分を消去' }));
    await waitFor(() => expect(useConfirmStore.getState().request).not.toBeNull());
    const question = useConfirmStore.getState().request!;
    expect(question.title).toBe('1人分の個人情報を消去しますか？');
    expect(question.body).toContain('旅券番号、健康上の注意');
    // Said no: nothing happens.
    useConfirmStore.getState().answer(false);
    expect((await value(backend, 'trainees:list', { yearId: old.id })).length).toBe(1);

    // Without a staff name the record could not say who did it: the refusal is said, translated, beside the action.
    await value(backend, 'settings:update', { staffName: null });
    fireEvent.click(screen.getByRole('button', { name: '1人分を消去' }));
    await waitFor(() => expect(useConfirmStore.getState().request).not.toBeNull());
    useConfirmStore.getState().answer(true);
    expect(await screen.findByTestId('error-alert')).toHaveTextContent('先に「設定」で担当者名を登録してください');

    await value(backend, 'settings:update', { staffName: '山田 花子' });
    fireEvent.click(screen.getByRole('button', { name: '1人分を消去' }));
    await waitFor(() => expect(useConfirmStore.getState().request).not.toBeNull());
    useConfirmStore.getState().answer(true);
    expect(await screen.findByTestId('close-out-nothing')).toHaveTextContent('1人は消去済みです。');
    const record = await screen.findByTestId('disposal-record');
    expect(record).toHaveTextContent('1人');
    expect(record).toHaveTextContent('山田 花子');
    const [erased] = await value(backend, 'trainees:list', { yearId: old.id });
    expect(await value(backend, 'trainees:get', { id: erased!.id })).toMatchObject({ passportNumber: null, medicalNotes: null, familyNameNative: '王' });
    fireEvent.click(within(record).getByRole('button', { name: '印刷' }));
    const [saved] = await value(backend, 'retention:records', { yearId: old.id });
    expect(window.location.hash).toBe(`#/print/disposal/${saved!.id}?lang=ja`);
  });

  it('says when nothing of a year is past retention, and offers nothing to erase', async () => {
    const { backend, recent } = await oldYear();
    renderWithApp(<CloseOutSection yearId={recent.id} />, { backend });
    expect(await screen.findByTestId('close-out-nothing')).toHaveTextContent('この年度には、保存期間を過ぎて消去する個人情報はありません。');
    expect(screen.queryByRole('button', { name: /消去/ })).toBeNull();
    expect(screen.getByText('保存期間中のため消去しない研修員（1人）')).toBeInTheDocument();
    expect(screen.getByText('李晓燕')).toBeInTheDocument();
  });
});
