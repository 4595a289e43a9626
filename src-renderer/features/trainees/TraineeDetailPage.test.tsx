import { Button } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../src-main/backend';
import { memoryBackend, tableCount, value } from '../../../src-main/test/backend';
import { useNavigation } from '../../app/navigation.store';
import type { Api } from '../../api';
import { backendApi, failingApi, renderWithApp } from '../../test/render';
import { TraineeDetailPage } from './TraineeDetailPage';

async function withYear() {
  const backend = memoryBackend();
  const year = await value(backend, 'years:create', { fiscalYear: 2024 });
  return { backend, yearId: year.id };
}

async function withTrainee() {
  const { backend, yearId } = await withYear();
  const trainee = await value(backend, 'trainees:create', {
    yearId, familyNameNative: '王', givenNameNative: '晓燕', familyNameLatin: 'Wang', givenNameLatin: 'Xiaoyan',
    nameLang: 'zh-Hans', nameOrder: 'family_first', nationality: 'CN', status: 'selected',
  });
  return { backend, trainee };
}

/** Makes every screen read again, as a write elsewhere (or a sync) would. */
function ReadAgain() {
  const client = useQueryClient();
  return <Button onClick={() => void client.invalidateQueries()}>read again</Button>;
}

function stored(backend: Backend, id: string) {
  return value(backend, 'trainees:get', { id });
}

// The whole page in jsdom, on a real backend: slow on a busy machine.
describe('TraineeDetailPage', { timeout: 30_000 }, () => {
  it('shows a translated message naming each bad field, and saves nothing', async () => {
    const { backend } = await withYear();
    renderWithApp(<TraineeDetailPage id={null} />, { backend });
    fireEvent.change(await screen.findByLabelText('生年月日'), { target: { value: '2023/2/30' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    const alert = await screen.findByTestId('error-alert');
    expect(alert).toHaveTextContent('「名（ローマ字・旅券どおり）」または姓（ローマ字）のどちらかを入力してください。');
    expect(alert).toHaveTextContent('「生年月日」は存在する日付で入力してください');
    expect(alert).toHaveTextContent('「国籍」を入力してください。');
    // The message is on the field too.
    expect(screen.getByLabelText('生年月日')).toHaveAccessibleDescription(/存在する日付/);
    expect(tableCount(backend, 'trainees')).toBe(0);
  });

  it('names the field in English too', async () => {
    const { backend } = await withYear();
    renderWithApp(<TraineeDetailPage id={null} />, { backend, language: 'en' });
    fireEvent.change(await screen.findByLabelText('Name in katakana'), { target: { value: 'kim' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const alert = await screen.findByTestId('error-alert');
    expect(alert).toHaveTextContent('“Name in katakana” must be in full-width katakana.');
  });

  it('guesses the language and name order from a Hangul name', async () => {
    renderWithApp(<TraineeDetailPage id={null} />, { backend: (await withYear()).backend });
    fireEvent.change(await screen.findByLabelText('姓（母国語表記）'), { target: { value: '김' } });
    expect(screen.getByLabelText('氏名の言語・文字')).toHaveValue('ko');
    expect(screen.getByLabelText('氏名の順序')).toHaveValue('family_first');
    expect(screen.getByLabelText('姓（母国語表記）')).toHaveAttribute('lang', 'ko');
  });

  it('saves a date as people write it and shows the stored one; a change is guarded until saved', async () => {
    const { backend, trainee } = await withTrainee();
    renderWithApp(<TraineeDetailPage id={trainee.id} />, { backend });
    const birth = await screen.findByLabelText('生年月日');
    expect(useNavigation.getState().hasUnsavedChanges).toBe(false);
    fireEvent.change(birth, { target: { value: '平成8年7月3日' } });
    expect(useNavigation.getState().hasUnsavedChanges).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(() => expect(screen.getByLabelText('生年月日')).toHaveValue('1996-07-03'));
    expect((await stored(backend, trainee.id)).birthDate).toBe('1996-07-03');
    expect(useNavigation.getState().hasUnsavedChanges).toBe(false);
  });

  it('moves the trainee to the trash after saying it can be restored', async () => {
    const { backend, trainee } = await withTrainee();
    renderWithApp(<TraineeDetailPage id={trainee.id} />, { backend, withLayout: true });
    fireEvent.click(await screen.findByRole('button', { name: '削除' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('30日以内ならごみ箱から復元できます');
    expect(dialog).not.toHaveTextContent(/元に戻せません|取り消せません/);
    fireEvent.click(within(dialog).getByRole('button', { name: '削除' }));
    await waitFor(() => expect(screen.getByTestId('flash')).toHaveTextContent('王晓燕さんを削除しました。'));
    expect((await value(backend, 'trainees:trash', {})).map((t) => t.id)).toEqual([trainee.id]);
  });

  it('keeps what was typed, and the guard, when reading the trainee again fails', async () => {
    const { backend, trainee } = await withTrainee();
    const real = backendApi(backend);
    let isFailing = false;
    const api: Api = {
      call: (channel, input) => (isFailing && channel === 'trainees:get' ? Promise.resolve({ ok: false, error: { code: 'internal' } }) : real.call(channel, input)),
    };
    renderWithApp(
      <>
        <ReadAgain />
        <TraineeDetailPage id={trainee.id} />
      </>,
      { backend, api },
    );
    fireEvent.change(await screen.findByLabelText('呼び名'), { target: { value: 'Yan' } });
    expect(useNavigation.getState().hasUnsavedChanges).toBe(true);

    isFailing = true;
    fireEvent.click(screen.getByRole('button', { name: 'read again' }));
    expect(await screen.findByTestId('query-error')).toHaveTextContent('予期しないエラーが発生しました。');
    expect(screen.getByLabelText('呼び名')).toHaveValue('Yan');
    expect(useNavigation.getState().hasUnsavedChanges).toBe(true);

    // Read again once it can be, the form still holds what was typed and is still guarded.
    isFailing = false;
    fireEvent.click(screen.getByRole('button', { name: '再読み込み' }));
    await waitFor(() => expect(screen.queryByTestId('query-error')).toBeNull());
    expect(screen.getByLabelText('呼び名')).toHaveValue('Yan');
    expect(useNavigation.getState().hasUnsavedChanges).toBe(true);
  });

  it('says so when the trainee cannot be read, with a retry', async () => {
    renderWithApp(<TraineeDetailPage id="01900000-0000-7000-8000-000000000001" />, { api: failingApi('not_found') });
    expect(await screen.findByTestId('query-error')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '再読み込み' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '保存' })).toBeNull();
  });
});
