import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { memoryBackend, value } from '../../../src-main/test/backend';
import type { Api } from '../../api';
import { backendApi, failingApi, renderWithApp } from '../../test/render';
import { LetterPrintRoute } from '../prints/LetterSheets';
import { LettersPage } from './LettersPage';
import { LettersSettingsSection } from './LettersSettingsSection';

configure({ asyncUtilTimeout: 15_000 });

/** The sample year on 20 May 2024, this PC numbering from 1. */
async function sampleOffice({ withRange = true } = {}) {
  const backend = memoryBackend(() => new Date('2024-05-20T03:00:00Z'));
  const { yearId } = await value(backend, 'sample:load', {});
  if (withRange) await value(backend, 'letters:set-range', { firstNumber: 1, lastNumber: 100 });
  return { backend, yearId };
}

describe('LettersPage', { timeout: 60_000 }, () => {
  it('previews the decision letter for each of the year\'s hosts, issues them with numbers, and cancels one in the register', async () => {
    const { backend } = await sampleOffice();
    renderWithApp(<LettersPage />, { backend, withLayout: true });
    fireEvent.change(await screen.findByTestId('letters-template'), { target: { value: '00000000-0000-7000-8130-000000000002' } });
    await waitFor(() => expect(screen.getAllByTestId('letter-preview')).toHaveLength(11));
    const usa = screen.getAllByTestId('letter-preview').find((p) => p.getAttribute('data-host') === '大分県宇佐市')!;
    expect(within(usa).getByTestId('letter-addressee')).toHaveTextContent(/宇佐市長\s様/);
    expect(within(usa).getByTestId('letter-number')).toHaveTextContent('発信時に付与');
    expect(within(usa).getByTestId('letter-table')).toHaveTextContent('이서연');

    fireEvent.click(screen.getByTestId('letters-issue'));
    expect(await screen.findByTestId('letters-issued-numbers')).toHaveTextContent('自国経第1号〜自国経第11号');

    fireEvent.click(screen.getByTestId('letters-tab-register'));
    await waitFor(() => expect(screen.getAllByTestId('register-row')).toHaveLength(11));
    fireEvent.click(screen.getAllByTestId('register-cancel')[0]!);
    expect(await screen.findByTestId('confirm-body')).toHaveTextContent('番号は文書番号簿に取消として残り');
    fireEvent.click(screen.getByRole('button', { name: '取消し' }));
    await waitFor(() => expect(screen.getAllByTestId('register-cancelled')).toHaveLength(1));
    expect(screen.getAllByTestId('register-row')[0]).toHaveTextContent('自国経第1号');
    expect(screen.getAllByTestId('register-row')).toHaveLength(11);
  });

  it('marks a missing field, blocks issuing, and lets it be filled for that letter', async () => {
    const { backend, yearId } = await sampleOffice();
    const usa = (await value(backend, 'letters:recipients', { yearId })).find((r) => r.hostName === '大分県宇佐市')!;
    await value(backend, 'hosts:update', { id: usa.hostId, headTitle: null });
    renderWithApp(<LettersPage />, { backend, withLayout: true });
    fireEvent.change(await screen.findByTestId('letters-template'), { target: { value: '00000000-0000-7000-8130-000000000002' } });
    await waitFor(() => expect(screen.getAllByTestId('letter-preview')).toHaveLength(11));
    const card = screen.getAllByTestId('letter-preview').find((p) => p.getAttribute('data-host') === '大分県宇佐市')!;
    expect(within(card).getByTestId('letter-preview-missing')).toHaveTextContent('宛名（首長の職名）');
    expect(within(card).getByTestId('letter-missing')).toHaveTextContent('{{host.head}}');
    expect(screen.getByTestId('letters-issue')).toBeDisabled();
    expect(screen.getByTestId('letters-blocked')).toHaveTextContent('1件');
    fireEvent.change(within(card).getByTestId('letter-fill-host.head'), { target: { value: '宇佐市長' } });
    await waitFor(() => expect(screen.getByTestId('letters-issue')).toBeEnabled());
    expect(within(card).getByTestId('letter-addressee')).toHaveTextContent(/宇佐市長\s様/);
  });

  it('marks a number given to two letters 番号重複 on the page and in the register', async () => {
    const { backend, yearId } = await sampleOffice();
    const [host] = (await value(backend, 'letters:recipients', { yearId })).filter((r) => r.traineeCount > 0);
    const { letters } = await value(backend, 'letters:issue', {
      templateId: '00000000-0000-7000-8130-000000000002', yearId, language: 'ja', recipients: [{ hostId: host!.hostId, values: {}, allowMissing: false }],
    });
    // The same number arriving from another PC whose block, set apart, overlapped this one.
    const db = backend.ctx.db;
    const row = db.prepare('SELECT * FROM letters WHERE id = ?').get(letters[0]!.id) as Record<string, unknown>;
    const copy = { ...row, id: '01900000-0000-7000-8000-000000000001', device_id: 'other-pc' };
    db.prepare(`INSERT INTO letters (${Object.keys(copy).join(', ')}) VALUES (${Object.keys(copy).map(() => '?').join(', ')})`).run(...Object.values(copy));

    renderWithApp(<LettersPage />, { backend, withLayout: true });
    expect(await screen.findByTestId('letters-duplicates')).toHaveTextContent(/番号重複.*令和6年度 自国経第1号/);
    fireEvent.click(screen.getByTestId('letters-tab-register'));
    await waitFor(() => expect(screen.getAllByTestId('register-row')).toHaveLength(2));
    expect(screen.getAllByTestId('register-duplicated').map((b) => b.textContent)).toEqual(['番号重複', '番号重複']);
  });

  it('shows that this PC\'s number range could not be read, instead of assuming there is one', async () => {
    const { backend } = await sampleOffice({ withRange: false });
    const real = backendApi(backend);
    const api: Api = {
      call: (channel, input) => (channel === 'letters:options' ? failingApi().call(channel, input) : real.call(channel, input)),
    };
    renderWithApp(<LettersPage />, { backend, api, withLayout: true });
    await screen.findByTestId('letters-template');
    expect(await screen.findByTestId('query-error')).toHaveTextContent(/./);
    expect(screen.queryByTestId('letters-no-range')).toBeNull();
  });

  it('says why it cannot issue on a PC with no range of numbers', async () => {
    const { backend } = await sampleOffice({ withRange: false });
    renderWithApp(<LettersPage />, { backend, withLayout: true });
    expect(await screen.findByTestId('letters-no-range')).toHaveTextContent('このPCの範囲が未設定');
    fireEvent.change(await screen.findByTestId('letters-template'), { target: { value: '00000000-0000-7000-8130-000000000002' } });
    await waitFor(() => expect(screen.getByTestId('letters-issue')).toBeEnabled());
    fireEvent.click(screen.getByTestId('letters-issue'));
    expect(await screen.findByTestId('error-alert')).toHaveTextContent('このPCで使う文書番号の範囲が設定されていません');
  });
});

describe('LettersSettingsSection', { timeout: 60_000 }, () => {
  it('lists the six letters, adds a template in both languages, and sets this PC\'s range', async () => {
    const backend = memoryBackend();
    renderWithApp(<LettersSettingsSection />, { backend, withLayout: true });
    await waitFor(() => expect(screen.getAllByTestId('letter-template-row')).toHaveLength(6));
    expect(screen.getByTestId('letter-range-missing')).toBeInTheDocument();

    fireEvent.click(screen.getByTestId('letter-template-add'));
    fireEvent.change(await screen.findByTestId('letter-template-title-ja'), { target: { value: '研修報告会について（依頼）' } });
    fireEvent.change(screen.getByTestId('letter-template-body-ja'), { target: { value: '　{{year}}の研修報告会を開催します。' } });
    fireEvent.click(screen.getByRole('tab', { name: '英語' }));
    fireEvent.change(screen.getByTestId('letter-template-title-en'), { target: { value: 'Training report meeting' } });
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(screen.getAllByTestId('letter-template-row')).toHaveLength(7));
    const saved = (await value(backend, 'letters:templates', {})).at(-1)!;
    expect(saved).toMatchObject({ titleJa: '研修報告会について（依頼）', bodyJa: '　{{year}}の研修報告会を開催します。', titleEn: 'Training report meeting' });

    fireEvent.change(screen.getByTestId('letter-range-first'), { target: { value: '500' } });
    fireEvent.change(screen.getByTestId('letter-range-last'), { target: { value: '999' } });
    fireEvent.click(screen.getByTestId('letter-range-save'));
    await waitFor(() => expect(screen.queryByTestId('letter-range-missing')).toBeNull());
    expect((await value(backend, 'letters:options', {})).ranges).toMatchObject([{ firstNumber: 500, lastNumber: 999, isThisDevice: true }]);
  });
});

describe('LetterPrintRoute', { timeout: 60_000 }, () => {
  it('prints each issued letter on its own page', async () => {
    const { backend, yearId } = await sampleOffice();
    const hosts = (await value(backend, 'letters:recipients', { yearId })).filter((r) => r.traineeCount > 0).slice(0, 2);
    const { batchId } = await value(backend, 'letters:issue', {
      templateId: '00000000-0000-7000-8130-000000000002', yearId, language: 'ja', recipients: hosts.map((h) => ({ hostId: h.hostId, values: {}, allowMissing: false })),
    });
    renderWithApp(<LetterPrintRoute print={{ kind: 'batch', id: batchId }} />, { backend });
    await waitFor(() => expect(screen.getAllByTestId('letter-sheet')).toHaveLength(2));
    expect(screen.getAllByTestId('letter-number').map((n) => n.textContent)).toEqual(['自国経第1号', '自国経第2号']);
  });
});
