import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { memoryBackend, tableCount, value } from '../../../src-main/test/backend';
import type { Api } from '../../api';
import { backendApi, renderWithApp } from '../../test/render';
import { PlacesTab } from './PlacesTab';
import { RoomingTab } from './RoomingTab';

// A loaded machine renders slowly; these wait for the real backend, not for a fixed delay.
configure({ asyncUtilTimeout: 10_000 });

/** A hotel with two rooms; room 501 booked in two years, 502 never; a 2024 pickup group bound for the hotel. */
async function hotelUsedInTwoYears() {
  const backend = memoryBackend();
  const hotel = await value(backend, 'places:create', { kind: 'hotel', nameJa: 'ホテル東京ベイ' });
  const single = await value(backend, 'rooms:create', { placeId: hotel.id, name: '501', capacity: 1 });
  await value(backend, 'rooms:create', { placeId: hotel.id, name: '502', capacity: 2 });
  for (const fiscalYear of [2023, 2024]) {
    const year = await value(backend, 'years:create', { fiscalYear });
    const trainee = await value(backend, 'trainees:create', {
      yearId: year.id, familyNameNative: '이', givenNameNative: '서연', familyNameLatin: 'Lee', givenNameLatin: 'Seoyeon',
      nameLang: 'ko', nameOrder: 'family_first', nationality: 'KR', status: 'selected',
    });
    await value(backend, 'stays:create', { yearId: year.id, traineeId: trainee.id, roomId: single.id, checkIn: `${fiscalYear}-05-20`, checkOut: `${fiscalYear}-05-22` });
    if (fiscalYear === 2024) await value(backend, 'pickup-groups:create', { yearId: year.id, name: '成田 第1便', airport: 'NRT', destinationPlaceId: hotel.id });
  }
  return { backend, hotelId: hotel.id, singleId: single.id };
}

async function roomRow(name: string) {
  const rows = await screen.findAllByTestId('room-row');
  return rows.find((r) => within(r).queryByText(name))!;
}

describe('PlacesTab', { timeout: 30_000 }, () => {
  it('a room says how many stays of every year go with it; one never booked says only that it cannot be undone', async () => {
    const { backend } = await hotelUsedInTwoYears();
    renderWithApp(<PlacesTab />, { backend, withLayout: true });

    fireEvent.click(within(await roomRow('502')).getByRole('button', { name: '削除' }));
    let dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('「ホテル東京ベイ 502号室」を削除しますか？');
    expect(within(dialog).getByTestId('confirm-body')).toHaveTextContent(/^削除すると元に戻せません。$/);
    fireEvent.click(within(dialog).getByRole('button', { name: 'キャンセル' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    fireEvent.click(within(await roomRow('501')).getByRole('button', { name: '削除' }));
    dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByTestId('confirm-body')).toHaveTextContent('一緒に削除されるもの：この部屋の宿泊の割当て（2件）');
    fireEvent.click(within(dialog).getByRole('button', { name: '削除' }));
    await waitFor(() => expect(screen.getByTestId('flash')).toHaveTextContent('ホテル東京ベイ 501号室を削除しました。'));
    await waitFor(() => expect(screen.getAllByTestId('room-row')).toHaveLength(1));
    expect(tableCount(backend, 'room_stays')).toBe(0);
  });

  it('a place names its rooms, their stays in every year and the pickup groups that lose it as destination', async () => {
    const { backend } = await hotelUsedInTwoYears();
    renderWithApp(<PlacesTab />, { backend, withLayout: true });
    const card = await screen.findByTestId('place-card');
    fireEvent.click(within(card).getAllByRole('button', { name: '削除' })[0]!);
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('「ホテル東京ベイ」を削除しますか？');
    expect(within(dialog).getByTestId('confirm-body')).toHaveTextContent(
      '一緒に削除されるもの：部屋（2室）、その部屋の宿泊の割当て（2件）、送迎グループ1件の行き先としての指定（グループは残り、行き先は未定になります）',
    );
    fireEvent.click(within(dialog).getByRole('button', { name: '削除' }));
    await waitFor(() => expect(screen.getByTestId('flash')).toHaveTextContent('ホテル東京ベイを削除しました。'));
    await waitFor(() => expect(screen.queryByTestId('place-card')).toBeNull());
    expect(tableCount(backend, 'rooms')).toBe(0);
    expect(tableCount(backend, 'pickup_groups')).toBe(1);
  });

  it('a refused room delete is said under its row, and the row stays', async () => {
    const { backend, singleId } = await hotelUsedInTwoYears();
    renderWithApp(<PlacesTab />, { backend, withLayout: true });
    const row = await roomRow('501');
    await value(backend, 'rooms:delete', { id: singleId }); // gone in another window
    fireEvent.click(within(row).getByRole('button', { name: '削除' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: '削除' }));
    expect(await screen.findByTestId('error-alert')).toHaveTextContent('対象のデータが見つかりません。');
    expect(await roomRow('501')).toBeInTheDocument();
  });

  it('does not ask while what goes with a room cannot be read, and says why', async () => {
    const { backend } = await hotelUsedInTwoYears();
    const real = backendApi(backend);
    const api: Api = { call: (channel, input) => (channel === 'stays:overview' ? Promise.resolve({ ok: false, error: { code: 'internal' } }) : real.call(channel, input)) as never };
    renderWithApp(<PlacesTab />, { backend, api, withLayout: true });
    fireEvent.click(within(await roomRow('501')).getByRole('button', { name: '削除' }));
    expect(await screen.findByTestId('query-error')).toHaveTextContent('予期しないエラーが発生しました');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(tableCount(backend, 'rooms')).toBe(2);
  });
});

describe('RoomingTab', { timeout: 30_000 }, () => {
  it('asks to delete the stay, naming the trainee, the room and the nights (not the trainee)', async () => {
    const { backend } = await hotelUsedInTwoYears();
    const [year2024] = await value(backend, 'years:list', {});
    renderWithApp(<RoomingTab yearId={year2024!.id} />, { backend, withLayout: true });
    const row = await screen.findByTestId('stay-row');
    fireEvent.click(within(row).getByRole('button', { name: '削除' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('「이서연さんのホテル東京ベイ 501号室の宿泊（2024年5月20日〜2024年5月22日）」を削除しますか？');
    fireEvent.click(within(dialog).getByRole('button', { name: '削除' }));
    await waitFor(() => expect(screen.getByTestId('flash')).toHaveTextContent('割当てを削除しました。'));
    expect(tableCount(backend, 'room_stays')).toBe(1);
    expect(tableCount(backend, 'trainees')).toBe(2);
  });
});
