import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { latinName } from '@shared/contract/names';
import { memoryBackend, tableCount, value } from '../../../src-main/test/backend';
import { SAMPLE_FLIGHTS } from '../../../src-main/test/sample-flights';
import type { Api } from '../../api';
import { backendApi, renderWithApp } from '../../test/render';
import { ClassesTab } from '../schedule/ClassesTab';
import { ScheduleTab } from '../schedule/ScheduleTab';
import { GroupsTab } from './GroupsTab';
import { StaffTab } from './StaffTab';

/** The sample cohort with its arrival flights, a staff member and a Narita group holding the Narita arrivals. */
async function cohortWithGroup() {
  const backend = memoryBackend();
  await value(backend, 'sample:load', {});
  const [year] = await value(backend, 'years:list', {});
  const yearId = year!.id;
  const trainees = await value(backend, 'trainees:list', { yearId });
  for (const { latinName: name, ...flight } of SAMPLE_FLIGHTS) {
    const trainee = trainees.find((x) => latinName(x) === name)!;
    await value(backend, 'flights:create', { traineeId: trainee.id, kind: 'arrival', ...flight });
  }
  const kato = await value(backend, 'staff:create', { name: '加藤 美咲', organisation: 'clair' });
  const group = await value(backend, 'pickup-groups:create', { yearId, name: '成田 第1便', airport: 'NRT', terminal: '1', staffIds: [kato.id] });
  await value(backend, 'pickup-groups:place', { yearId });
  return { backend, yearId, kato, group, trainees };
}

describe('deletes that take more than the row ask first and say what goes', () => {
  it('a pickup group: its trainees go back to no group, its staff stay on the list', async () => {
    const { backend, yearId } = await cohortWithGroup();
    renderWithApp(<GroupsTab yearId={yearId} />, { backend, withLayout: true });
    const card = await screen.findByTestId('pickup-group');
    await waitFor(() => expect(within(card).getAllByTestId('member-row')).toHaveLength(5));
    fireEvent.click(within(card).getByRole('button', { name: '削除' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('「成田 第1便」を削除しますか？');
    expect(dialog).toHaveTextContent('研修員5人のこのグループへの振り分け（研修員は「グループ未定」に戻ります）');
    expect(dialog).toHaveTextContent('担当スタッフ1人の割当て');
    fireEvent.click(within(dialog).getByRole('button', { name: 'キャンセル' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(tableCount(backend, 'pickup_groups')).toBe(1);

    fireEvent.click(within(card).getByRole('button', { name: '削除' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: '削除' }));
    await waitFor(() => expect(screen.getByTestId('flash')).toHaveTextContent('送迎グループ「成田 第1便」を削除しました。'));
    await waitFor(() => expect(screen.queryByTestId('pickup-group')).toBeNull());
    expect(screen.getByTestId('unplaced')).toHaveTextContent('グループ未定（11人）');
    expect(tableCount(backend, 'pickup_members')).toBe(0);
    expect(tableCount(backend, 'staff')).toBe(1);
  });

  it('a staff member: the groups and events of the year they are in charge of are named', async () => {
    const { backend, yearId, kato } = await cohortWithGroup();
    await value(backend, 'schedule:create', { yearId, kind: 'orientation', startsAt: '2024-05-21T09:30', titleJa: 'オリエンテーション', audience: 'all', staffId: kato.id });
    // The groups and the schedule on screen too: what the question names has been read once they show.
    renderWithApp(
      <>
        <StaffTab yearId={yearId} />
        <GroupsTab yearId={yearId} />
        <ScheduleTab yearId={yearId} />
      </>,
      { backend, withLayout: true },
    );
    await screen.findByTestId('pickup-group');
    await screen.findByTestId('event-card');
    fireEvent.click(within(await screen.findByTestId('staff-row')).getByRole('button', { name: '「加藤 美咲」を削除' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('この年度の送迎グループ1件（成田 第1便）の担当の割当て（グループは残ります）');
    expect(dialog).toHaveTextContent('この年度の予定1件の担当者の登録（予定は残り、担当者は空欄になります）');
    fireEvent.click(within(dialog).getByRole('button', { name: '削除' }));
    await waitFor(() => expect(screen.getByTestId('flash')).toHaveTextContent('加藤 美咲さんを一覧から削除しました。'));
    const [event] = await value(backend, 'schedule:list', { yearId });
    expect(event!.staff).toBeNull();
    expect(tableCount(backend, 'pickup_staff')).toBe(0);
  });

  it('a JIAM class: its trainees lose their class and keep their scores', async () => {
    const { backend, yearId, trainees } = await cohortWithGroup();
    const overview = await value(backend, 'classes:create', { yearId, name: 'A', level: 'beginner' });
    const classId = overview.classes[0]!.id;
    await value(backend, 'classes:place', { traineeId: trainees[0]!.id, score: 72, classId });
    await value(backend, 'classes:place', { traineeId: trainees[1]!.id, score: 64, classId });
    renderWithApp(<ClassesTab yearId={yearId} />, { backend, withLayout: true });
    const card = await screen.findByTestId('class-card');
    fireEvent.click(within(card).getByRole('button', { name: '削除' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('研修員2人のクラス分け（研修員の記録のクラス欄も空欄になります。テストの点数は残ります）');
    fireEvent.click(within(dialog).getByRole('button', { name: '削除' }));
    await waitFor(() => expect(screen.queryByTestId('class-card')).toBeNull());
    const after = await value(backend, 'classes:overview', { yearId });
    expect(after.trainees.find((x) => x.traineeId === trainees[0]!.id)).toMatchObject({ score: 72, classId: null });
  });
});

describe('a write that fails says so beside what was done', () => {
  it('placing by flight', async () => {
    const { backend, yearId } = await cohortWithGroup();
    const real = backendApi(backend);
    const api: Api = { call: async (channel, input) => (channel === 'pickup-groups:place' ? ({ ok: false, error: { code: 'internal' } } as never) : real.call(channel, input)) };
    renderWithApp(<GroupsTab yearId={yearId} />, { api });
    fireEvent.click(await screen.findByRole('button', { name: '到着便でグループに振り分け' }));
    expect(await screen.findByTestId('error-alert')).toHaveTextContent('予期しないエラーが発生しました');
  });
});
