import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { memoryBackend, value } from '../../../src-main/test/backend';
import { syncingPcs } from '../../../src-main/test/syncing-pcs';
import type { Api } from '../../api';
import { backendApi, renderWithApp } from '../../test/render';
import { AlumniPage } from './AlumniPage';
import { TraineeAlumni } from './TraineeAlumni';

configure({ asyncUtilTimeout: 10_000 });

/** 이서연 (宇佐市) who completed the program in 2015, and 최민준 (府中市) still in it. */
async function alumni() {
  const backend = memoryBackend(() => new Date('2026-11-26T03:00:00Z'));
  const year = await value(backend, 'years:create', { fiscalYear: 2015 });
  const lee = await value(backend, 'trainees:create', {
    yearId: year.id, familyNameNative: '이', givenNameNative: '서연', familyNameLatin: 'LEE', givenNameLatin: 'Seoyeon', nameKana: 'イ ソヨン', nameLang: 'ko', nameOrder: 'family_first', nationality: 'KR', status: 'completed',
  });
  const choi = await value(backend, 'trainees:create', {
    yearId: year.id, familyNameNative: '최', givenNameNative: '민준', familyNameLatin: 'CHOI', givenNameLatin: 'Minjun', nameLang: 'ko', nameOrder: 'family_first', nationality: 'KR', status: 'completed',
  });
  const usa = await value(backend, 'hosts:create', { code: '442119' });
  const fuchu = await value(backend, 'hosts:create', { code: '132063' });
  await value(backend, 'assignments:create', { yearId: year.id, traineeId: lee.id, hostId: usa.id });
  await value(backend, 'assignments:create', { yearId: year.id, traineeId: choi.id, hostId: fuchu.id });
  return { backend, lee, choi, usa };
}

describe('TraineeAlumni', { timeout: 30_000 }, () => {
  const pcs = syncingPcs('2027-02-20T00:00:00Z');

  it('refuses contact details without a consent date, naming the field, then keeps them with one', async () => {
    const { backend, lee } = await alumni();
    renderWithApp(<TraineeAlumni traineeId={lee.id} traineeName="이서연" />, { backend, withLayout: true });
    expect(await screen.findByTestId('alumni-no-consent')).toHaveTextContent('同意を得ていない');
    fireEvent.click(screen.getByRole('button', { name: '連絡先・同意を編集' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('メールアドレス'), { target: { value: 'seoyeon@example.kr' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await within(dialog).findByText('連絡先を保存するには「同意取得日」を入力してください。')).toBeInTheDocument();
    expect((await value(backend, 'alumni:trainee', { traineeId: lee.id })).contact.email).toBeNull();

    fireEvent.change(within(dialog).getByLabelText('同意取得日'), { target: { value: '2025-03-01' } });
    fireEvent.change(within(dialog).getByLabelText('同意の範囲'), { target: { value: 'share' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(screen.getByTestId('flash')).toHaveTextContent('連絡先を保存しました。'));
    expect(await screen.findByTestId('alumni-contact-details')).toHaveTextContent('seoyeon@example.kr');
    expect(screen.getByTestId('alumni-consent')).toHaveTextContent('受入自治体・訪問団への提供も可');
  });

  it('asks before a withdrawn consent erases the details: cancelled, nothing is saved; confirmed, the details are gone from the screen and the record', async () => {
    const { backend, lee } = await alumni();
    await value(backend, 'alumni:set-contact', { traineeId: lee.id, consentOn: '2025-03-01', consentScope: 'share', email: 'seoyeon@example.kr', phone: '+82 10 1111 2222' });
    const held = async () => (await value(backend, 'alumni:trainee', { traineeId: lee.id })).contact;
    const writes = async () => (await value(backend, 'alumni:history', { traineeId: lee.id })).length;
    const writesBefore = await writes();
    renderWithApp(<TraineeAlumni traineeId={lee.id} traineeName="이서연" />, { backend, withLayout: true });
    expect(await screen.findByTestId('alumni-contact-details')).toHaveTextContent('seoyeon@example.kr');
    fireEvent.click(screen.getByRole('button', { name: '連絡先・同意を編集' }));
    const form = await screen.findByRole('dialog', { name: /連絡先と同意/ });
    fireEvent.change(within(form).getByLabelText('同意取得日'), { target: { value: '' } });
    fireEvent.click(within(form).getByRole('button', { name: '保存' }));

    const title = '「이서연」の連絡先を消去しますか？';
    let question = await screen.findByRole('dialog', { name: title });
    expect(question).toHaveTextContent('連絡先（メールアドレス、電話番号、住所、その他の連絡先）とその変更履歴を全てのPCから消去します。消去した連絡先は元に戻せません。');
    fireEvent.click(within(question).getByRole('button', { name: 'キャンセル' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: title })).toBeNull());
    // Nothing saved: the consent and the details as they were, no write logged; the form still open as the person left it.
    expect(await held()).toMatchObject({ consentOn: '2025-03-01', email: 'seoyeon@example.kr', phone: '+82 10 1111 2222' });
    expect(await writes()).toBe(writesBefore);
    expect(within(form).getByLabelText('同意取得日')).toHaveValue('');

    fireEvent.click(within(form).getByRole('button', { name: '保存' }));
    question = await screen.findByRole('dialog', { name: title });
    fireEvent.click(within(question).getByRole('button', { name: '消去して保存' }));
    await waitFor(() => expect(screen.getByTestId('flash')).toHaveTextContent('同意の撤回を保存し、連絡先を消去しました。'));
    await waitFor(() => expect(screen.queryByTestId('alumni-contact-details')).toBeNull());
    expect(screen.getByTestId('alumni-no-consent')).toBeInTheDocument();
    expect(screen.queryByText(/seoyeon@example\.kr/)).toBeNull();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(await held()).toMatchObject({ consentOn: null, consentScope: null, email: null, phone: null });
  });

  it('names in the history the withdrawal written again when a detail came from a PC that had not seen the first, and shows no detail', async () => {
    const { device, exchange } = pcs;
    const office = await device('事務所PC', '佐藤');
    const year = await value(office, 'years:create', { fiscalYear: 2015 });
    const lee = await value(office, 'trainees:create', {
      yearId: year.id, familyNameNative: '이', givenNameNative: '서연', familyNameLatin: 'LEE', givenNameLatin: 'Seoyeon', nameLang: 'ko', nameOrder: 'family_first', nationality: 'KR', status: 'completed',
    });
    await value(office, 'alumni:set-contact', { traineeId: lee.id, consentOn: '2025-03-01', consentScope: 'share', phone: '+82 10 1111 2222' });
    const laptop = await device('ノートPC', '鈴木');
    await exchange(office, laptop);
    await value(office, 'alumni:set-contact', { traineeId: lee.id });
    await value(laptop, 'alumni:set-contact', { traineeId: lee.id, consentOn: '2025-03-01', consentScope: 'share', phone: '+82 10 3333 4444' });
    await exchange(laptop, office);

    renderWithApp(<TraineeAlumni traineeId={lee.id} traineeName="이서연" />, { backend: office, withLayout: true });
    fireEvent.click(await screen.findByRole('button', { name: '変更履歴を表示' }));
    const history = await screen.findByTestId('alumni-history');
    expect(history).toHaveTextContent('同意取得日：同意なし（同意の撤回を改めて記録し、連絡先を消去）');
    expect(history).not.toHaveTextContent('+82 10');
  });

  it('shows one error on the contact form, of what the person did last: a failed save, then a failed withdrawal, then a failed save', async () => {
    const { backend, lee } = await alumni();
    await value(backend, 'alumni:set-contact', { traineeId: lee.id, consentOn: '2025-03-01', consentScope: 'share', email: 'seoyeon@example.kr' });
    const real = backendApi(backend);
    // Every contact write fails: a save as an unexpected error, a withdrawal (consent cleared) as a lost connection.
    const api: Api = {
      call: ((channel, input) =>
        channel === 'alumni:set-contact'
          ? Promise.resolve({ ok: false, error: { code: (input as { consentOn: string | null }).consentOn ? 'internal' : 'network' } })
          : real.call(channel, input)) as Api['call'],
    };
    renderWithApp(<TraineeAlumni traineeId={lee.id} traineeName="이서연" />, { backend, api, withLayout: true });
    fireEvent.click(await screen.findByRole('button', { name: '連絡先・同意を編集' }));
    const form = await screen.findByRole('dialog', { name: /連絡先と同意/ });
    const saveFailed = '予期しないエラーが発生しました。もう一度お試しください。';
    const withdrawalFailed = 'アプリ本体に接続できません。アプリが起動しているか確認してください。';

    fireEvent.change(within(form).getByLabelText('電話番号'), { target: { value: '+82 10 1111 2222' } });
    fireEvent.click(within(form).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(within(form).getByTestId('error-alert')).toHaveTextContent(saveFailed));

    fireEvent.change(within(form).getByLabelText('同意取得日'), { target: { value: '' } });
    fireEvent.click(within(form).getByRole('button', { name: '保存' }));
    fireEvent.click(within(await screen.findByRole('dialog', { name: '「이서연」の連絡先を消去しますか？' })).getByRole('button', { name: '消去して保存' }));
    await waitFor(() => expect(within(form).getByTestId('error-alert')).toHaveTextContent(withdrawalFailed));
    expect(within(form).getAllByTestId('error-alert')).toHaveLength(1);

    fireEvent.change(within(form).getByLabelText('同意取得日'), { target: { value: '2025-03-01' } });
    fireEvent.click(within(form).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(within(form).getByTestId('error-alert')).toHaveTextContent(saveFailed));
    expect(within(form).getAllByTestId('error-alert')).toHaveLength(1);
  });

  it('adds a post after returning and a delegation, each listed at once', async () => {
    const { backend, lee } = await alumni();
    renderWithApp(<TraineeAlumni traineeId={lee.id} traineeName="이서연" />, { backend, withLayout: true });
    fireEvent.click(await screen.findByRole('button', { name: '経歴を追加' }));
    let dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText(/^役職/), { target: { value: '国際協力課長' } });
    fireEvent.change(within(dialog).getByLabelText(/^所属/), { target: { value: '慶州市役所' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await screen.findByTestId('alumni-career-row')).toHaveTextContent('国際協力課長');

    fireEvent.click(screen.getByRole('button', { name: '活動を追加' }));
    dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('種別'), { target: { value: 'delegation' } });
    fireEvent.change(within(dialog).getByLabelText(/^日付/), { target: { value: '2025-10-10' } });
    fireEvent.change(within(dialog).getByLabelText(/^内容/), { target: { value: '慶州市訪問団として宇佐市を訪問' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    const row = await screen.findByTestId('alumni-activity-row');
    expect(row).toHaveTextContent('訪問団');
    expect(row).toHaveTextContent('慶州市訪問団として宇佐市を訪問');
  });
});

describe('AlumniPage', { timeout: 30_000 }, () => {
  it('lists former trainees, narrows to those trained in 大分県宇佐市, and shows no contact without consent', async () => {
    const { backend, usa } = await alumni();
    renderWithApp(<AlumniPage />, { backend, withLayout: true });
    await waitFor(async () => expect(await screen.findAllByTestId('alumni-row')).toHaveLength(2));
    for (const cell of screen.getAllByTestId('alumni-row-contact')) expect(cell).toHaveTextContent('同意なし');
    await waitFor(() => expect(within(screen.getByTestId('alumni-filter-host')).getAllByRole('option').length).toBeGreaterThan(1));
    fireEvent.change(screen.getByTestId('alumni-filter-host'), { target: { value: usa.id } });
    await waitFor(() => expect(screen.getAllByTestId('alumni-row')).toHaveLength(1));
    expect(screen.getByTestId('alumni-row')).toHaveTextContent('이서연');
  });
});
