import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { memoryBackend, value } from '../../../src-main/test/backend';
import { renderWithApp } from '../../test/render';
import { DeparturesTab } from './DeparturesTab';
import { DepartureTemplateSection } from './DepartureTemplateSection';
import { TraineeDeparture } from './TraineeDeparture';

configure({ asyncUtilTimeout: 10_000 });

/** FY2027 (today 2028-03-07): 이서연 at 宇佐市 until 2028-03-10 with a return flight on the 20th, Ram at 札幌市 with none. */
async function year() {
  const backend = memoryBackend(() => new Date('2028-03-07T03:00:00Z'));
  const y = await value(backend, 'years:create', { fiscalYear: 2027 });
  const lee = await value(backend, 'trainees:create', {
    yearId: y.id, familyNameNative: '이', givenNameNative: '서연', familyNameLatin: 'LEE', givenNameLatin: 'Seoyeon', nameLang: 'ko', nameOrder: 'family_first', nationality: 'KR', status: 'at_host',
  });
  const ram = await value(backend, 'trainees:create', {
    yearId: y.id, familyNameLatin: 'SHRESTHA', givenNameLatin: 'Ram', nameLang: 'en', nameOrder: 'given_first', nationality: 'NP', status: 'at_host',
  });
  const usa = await value(backend, 'hosts:create', { code: '442119' });
  const sapporo = await value(backend, 'hosts:create', { code: '011002' });
  await value(backend, 'assignments:create', { yearId: y.id, traineeId: lee.id, hostId: usa.id, startsOn: '2027-06-24', endsOn: '2028-03-10' });
  await value(backend, 'assignments:create', { yearId: y.id, traineeId: ram.id, hostId: sapporo.id, startsOn: '2027-06-24', endsOn: '2028-04-30' });
  await value(backend, 'flights:create', {
    traineeId: lee.id, kind: 'return', flightNumber: 'KE 788', fromAirport: 'FUK', toAirport: 'ICN', departsLocal: '2028-03-20T10:00', arrivesLocal: '2028-03-20T11:30',
  } as never);
  return { backend, y, lee, ram };
}

describe('DeparturesTab', { timeout: 30_000 }, () => {
  it('shows the timeline by month and airport, the warnings, and changes a task from the keyboard', async () => {
    const { backend, lee } = await year();
    renderWithApp(<DeparturesTab />, { backend, withLayout: true });
    const timeline = await screen.findByTestId('departures-timeline');
    const entries = within(timeline).getAllByTestId('departures-timeline-row');
    expect(entries.map((r) => [r.getAttribute('data-month'), r.getAttribute('data-airport')])).toEqual([
      ['2028-03', 'FUK'],
      ['2028-04', ''],
    ]);
    expect(entries[0]).toHaveTextContent('2028年3月');
    expect(entries[0]).toHaveTextContent('이서연');
    expect(entries[1]).toHaveTextContent('帰国便未登録');

    const warnings = screen.getByTestId('departure-warnings');
    expect(warnings).toHaveTextContent('Ram SHRESTHAさん：研修修了日（2028年4月30日）がありますが、帰国便が登録されていません');
    expect(warnings).toHaveTextContent('이서연さん：「転出届」の期限（2028年3月6日）を過ぎています');

    const row = screen.getAllByTestId('departure-row').find((r) => r.getAttribute('data-trainee') === lee.id)!;
    expect(within(row).getByTestId('departure-progress')).toHaveTextContent('0／8');
    const notice = within(row).getByRole('button', { name: '이서연 — 転出届：未対応' });
    expect(notice).toHaveAttribute('data-overdue', 'true');
    notice.focus();
    fireEvent.click(notice);
    fireEvent.click(await screen.findByTestId('departure-status-done'));
    await waitFor(() => expect(screen.getByTestId('flash')).toHaveTextContent('「転出届」を「完了」にしました。'));
    await waitFor(() => expect(screen.queryByTestId('departure-warnings')).not.toHaveTextContent('転出届'));
    const after = screen.getAllByTestId('departure-row').find((r) => r.getAttribute('data-trainee') === lee.id)!;
    expect(within(after).getByTestId('departure-progress')).toHaveTextContent('1／8');
  });

  it('opens the flight dialog as a return flight from the "no return flight" warning, and the warning goes when it is saved', async () => {
    const { backend, ram } = await year();
    renderWithApp(<DeparturesTab />, { backend, withLayout: true });
    const warning = (await screen.findAllByTestId('departure-warning')).find((w) => w.getAttribute('data-kind') === 'no_return_flight')!;
    fireEvent.click(within(warning).getByRole('button'));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('Ram SHRESTHA');
    expect(within(dialog).getByLabelText('種別')).toHaveValue('return');
    fireEvent.change(within(dialog).getByLabelText('便名'), { target: { value: 'RA 402' } });
    fireEvent.change(within(dialog).getAllByLabelText('到着空港').find((el) => el.tagName === 'INPUT')!, { target: { value: 'KTM' } });
    fireEvent.change(within(dialog).getByLabelText('出発日時'), { target: { value: '2028-05-02T11:00' } });
    fireEvent.change(within(dialog).getByLabelText('到着日時'), { target: { value: '2028-05-02T16:00' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(screen.queryAllByTestId('departure-warning').filter((w) => w.getAttribute('data-kind') === 'no_return_flight')).toHaveLength(0));
    const stored = await value(backend, 'departures:trainee', { traineeId: ram.id });
    expect(stored.departure.returnFlight).toMatchObject({ flightNumber: 'RA 402', kind: 'return' });
  });
});

describe('TraineeDeparture and the template', { timeout: 30_000 }, () => {
  it("lists a trainee's tasks with due dates from the return flight", async () => {
    const { backend, lee } = await year();
    renderWithApp(<TraineeDeparture traineeId={lee.id} traineeName="이서연" />, { backend, withLayout: true });
    const list = await screen.findByTestId('trainee-departure-list');
    const row = within(list).getAllByTestId('trainee-departure-row').find((r) => r.textContent?.includes('活動機関に関する届出'))!;
    expect(row).toHaveTextContent('2028年4月3日');
    expect(screen.getByTestId('trainee-departure-end')).toHaveTextContent('2028年3月10日');
  });

  it('adds an item to the template', async () => {
    const { backend } = await year();
    renderWithApp(<DepartureTemplateSection />, { backend, withLayout: true });
    expect(await screen.findAllByTestId('departure-template-row')).toHaveLength(8);
    fireEvent.click(screen.getByTestId('departure-template-add'));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('項目名（日本語）'), { target: { value: '送別会' } });
    fireEvent.change(within(dialog).getByLabelText('項目名（英語）'), { target: { value: 'Farewell party' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(screen.getAllByTestId('departure-template-row')).toHaveLength(9));
    expect(screen.getAllByTestId('departure-template-row')[8]).toHaveTextContent('出発の7日前');
  });
});
