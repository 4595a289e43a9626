import { expect, test, valueOf } from './fixtures';
import { sampleWithFlights } from './pages/arrivals-data';

test.use({ viewport: { width: 1280, height: 800 } });

test('flights, two pickup groups and arrival day on the board (Japanese)', async ({ app, host, page }) => {
  const { yearId } = await sampleWithFlights(host, ['LEE Seoyeon']);
  await valueOf(host.call('settings:update', { staffName: '加藤' }));
  await valueOf(host.call('staff:create', { name: 'Tanaka Ken', organisation: 'travel_agent', phone: '080-2222-3333' }));
  await page.reload();
  await app.go('arrivals');

  // LEE's flight on screen: a wrong number first, then the ticket as written.
  const lee = page.getByTestId('flight-row').filter({ hasText: '이서연' });
  await lee.getByRole('button', { name: '便を追加' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('便名').fill('703');
  await dialog.getByLabel('出発空港').fill('ICN');
  await dialog.getByLabel('出発日時').fill('2024-05-20T09:10');
  await dialog.getByLabel('到着日時').fill('2024-05-20T11:35');
  await dialog.getByLabel('ターミナル').fill('1');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog.getByText('「便名」は航空会社コード2文字と数字で入力してください（例：KE 703）。')).toBeVisible();
  expect(await valueOf(host.call('flights:list', { yearId }))).toHaveLength(10);
  await dialog.getByLabel('便名').fill('ke703');
  await expect(dialog.getByText('Incheon International Airport · Seoul · Asia/Seoul')).toBeVisible();
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(app.flash()).toHaveText('이서연さんのKE 703便を保存しました。');
  await expect(lee).toContainText('ICN → NRT');
  await expect(lee.getByTestId('flight-arrives')).toHaveText('5月20日(月) 11:35 JST');
  await expect(lee).toContainText('2時間25分');
  const peru = page.getByTestId('flight-row').filter({ hasText: 'José Luis PEÑA QUISPE' });
  await expect(peru.getByTestId('flight-arrives')).toContainText('+1日');

  // Staff and the Narita group on screen; the Haneda group through the contract.
  await page.getByRole('tab', { name: 'スタッフ' }).click();
  await page.getByRole('button', { name: 'スタッフを追加' }).click();
  await dialog.getByLabel('氏名', { exact: true }).fill('加藤 美咲');
  await dialog.getByLabel('電話番号').fill('090-1234-5678');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(page.getByTestId('staff-row')).toHaveCount(2);
  const staff = await valueOf(host.call('staff:list', {}));
  await valueOf(
    host.call('pickup-groups:create', { yearId, name: '羽田', airport: 'HND', terminal: '3', meetingPoint: '到着ロビー 北', staffIds: [staff.find((s) => s.name === 'Tanaka Ken')!.id] }),
  );
  await page.getByRole('tab', { name: '送迎グループ' }).click();
  await page.getByRole('button', { name: 'グループを追加' }).click();
  await dialog.getByLabel('グループ名', { exact: true }).fill('成田 第1便');
  await dialog.getByLabel('ターミナル').fill('1');
  await dialog.getByLabel('集合場所', { exact: true }).fill('第1ターミナル 南ウイング 到着口');
  await dialog.getByLabel('担当スタッフ').click();
  await page.getByRole('option', { name: '加藤 美咲（CLAIR）' }).click();
  await dialog.getByLabel('グループ名', { exact: true }).click();
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(app.flash()).toHaveText('送迎グループ「成田 第1便」を保存しました。');

  await page.getByRole('button', { name: '到着便でグループに振り分け' }).click();
  await expect(app.flash()).toHaveText('11人をグループに入れました（残り0人）。');
  const group = (name: string) => page.getByTestId('pickup-group').filter({ has: page.getByRole('heading', { name, exact: true }) });
  const narita = group('成田 第1便');
  const haneda = group('羽田');
  await expect(narita.getByTestId('member-row')).toHaveCount(5);
  await expect(haneda.getByTestId('member-row')).toHaveCount(6);
  // The last landing plus 60 minutes: Narita 11:50 (OZ 102) → 12:50; Haneda 14:00 (NH 936) → 15:00.
  await expect(narita.getByTestId('suggested-meeting-time')).toHaveText('提案：12:50（最終到着＋60分）');
  await expect(haneda.getByTestId('suggested-meeting-time')).toHaveText('提案：15:00（最終到着＋60分）');
  await narita.getByRole('button', { name: '提案を採用' }).click();
  await expect(narita.getByTestId('meeting-time')).toHaveText('集合 5月20日(月) 12:50');

  // Arrival day, 11:20 at Narita.
  await page.clock.setFixedTime(new Date('2024-05-20T11:20:00+09:00'));
  await app.go('board');
  const section = page.getByTestId('board-section').filter({ has: page.getByRole('heading', { name: /^成田 第1便/ }) });
  await expect(page.getByTestId('board-counts')).toContainText('予定 11');
  const card = (name: string) => section.getByTestId('arrival-card').filter({ hasText: name });
  await expect(card('이서연')).toHaveAttribute('data-arriving', 'true');
  await expect(card('최민준')).toHaveAttribute('data-arriving', 'true');
  await expect(card('अनिता श्रेष्ठ')).not.toHaveAttribute('data-arriving', 'true');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
  // A 13-inch laptop at 1366 × 768: no sideways scrolling, the first card's buttons in view.
  await page.setViewportSize({ width: 1366, height: 768 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
  await expect(section.getByTestId('arrival-card').first().getByRole('button', { name: '合流', exact: true })).toBeInViewport();
  await page.setViewportSize({ width: 1280, height: 800 });

  await card('이서연').getByRole('button', { name: '合流', exact: true }).click();
  await expect(card('이서연').getByTestId('arrival-status')).toHaveText('合流済み');
  await expect(card('이서연').getByTestId('last-mark')).toContainText('加藤');
  await card('최민준').getByRole('button', { name: '遅延…' }).click();
  await dialog.getByLabel('新しい到着日時').fill('2024-05-20T13:20');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(card('최민준').getByTestId('arrival-status')).toHaveText('遅延');
  await expect(card('최민준').getByTestId('expected-landing')).toHaveText('13:20着');
  await card('अनिता श्रेष्ठ').getByRole('button', { name: '不着' }).click();
  await expect(card('अनिता श्रेष्ठ').getByTestId('arrival-status')).toHaveText('不着');
  await expect(section.getByTestId('group-counts')).toHaveText(/予定 5.*合流 1.*不着 1/);

  // A tap by mistake: Rajesh marked met, then undone.
  await card('राजेश अधिकारी').getByRole('button', { name: '合流', exact: true }).click();
  await expect(section.getByTestId('group-counts')).toHaveText(/合流 2/);
  await card('राजेश अधिकारी').getByRole('button', { name: '取消し' }).click();
  await expect(card('राजेश अधिकारी').getByTestId('arrival-status')).toHaveText('到着予定');
  await expect(section.getByTestId('group-counts')).toHaveText(/予定 5.*合流 1.*不着 1/);
  await expect(page.getByTestId('board-counts')).toHaveText(/予定 11.*合流 1.*不着 1/);

  const board = await valueOf(host.call('arrivals:board', { yearId }));
  const stored = board.groups.find((g) => g.name === '成田 第1便')!;
  expect(stored.counts).toEqual({ expected: 5, met: 1, missing: 1 });
  expect(stored.meetingTime).toBe('2024-05-20T12:50');
  expect(stored.members.find((m) => m.latinName === 'CHOI Minjun')).toMatchObject({ status: 'delayed', expectedArrivesUtc: '2024-05-20T04:20:00.000Z' });
});

test('hotel rooms for two nights, the rooming list, and the orientation day in an itinerary (English)', async ({ app, host, page }) => {
  const { yearId, idOf } = await sampleWithFlights(host);
  await page.reload();
  await app.switchLanguage('en');
  await app.go('stays');
  const dialog = page.getByRole('dialog');

  await page.getByRole('tab', { name: 'Places and rooms' }).click();
  await page.getByRole('button', { name: 'Add place' }).click();
  await dialog.getByLabel('Name', { exact: true }).fill('ホテル東京ベイ');
  await dialog.getByLabel('Name in English').fill('Hotel Tokyo Bay');
  await dialog.getByLabel('Phone').fill('03-1234-5678');
  await dialog.getByRole('button', { name: 'Save' }).click();
  const place = page.getByTestId('place-card').filter({ hasText: 'ホテル東京ベイ' });
  await place.getByLabel('Room').fill('501');
  await place.getByRole('button', { name: 'Add room' }).click();
  await expect(place.getByTestId('room-table')).toContainText('501');
  await place.getByLabel('Room').fill('502');
  await place.getByLabel('Beds').fill('2');
  await place.getByRole('button', { name: 'Add room' }).click();
  await expect(place.getByTestId('room-table')).toContainText('2 beds');

  await page.getByRole('tab', { name: 'Rooming' }).click();
  await page.getByRole('button', { name: 'Assign a room' }).click();
  await dialog.getByLabel('Trainee').selectOption({ label: '이서연  LEE Seoyeon' });
  await dialog.getByLabel('Room').selectOption({ label: 'Hotel Tokyo Bay 501 (1 bed)' });
  await dialog.getByLabel('Check-out').fill('2024-05-22');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(app.flash()).toHaveText('이서연 is in room 501, Hotel Tokyo Bay.');
  const places = await valueOf(host.call('places:list', {}));
  const twin = places[0]!.rooms.find((r) => r.name === '502')!;
  for (const name of ['WANG Xiaoyan', 'LIU Jia']) {
    await valueOf(host.call('stays:create', { yearId, traineeId: idOf(name), roomId: twin.id, checkIn: '2024-05-20', checkOut: '2024-05-22' }));
  }
  await page.reload();
  await page.getByLabel('Night').selectOption({ label: 'Night of Tue 21 May' });
  const rooming = page.getByTestId('rooming-list');
  await expect(rooming.getByTestId('rooming-row').filter({ hasText: '501' })).toContainText('이서연');
  await expect(rooming.getByTestId('rooming-row').filter({ hasText: '502' })).toContainText('王晓燕');
  await expect(rooming.getByTestId('rooming-row').filter({ hasText: '502' })).toContainText('刘佳');
  await expect(page.getByTestId('stay-warnings')).toContainText('이서연: no bed (33 nights, Wed 22 May – Sun 23 Jun)');

  // A fourth trainee in the single room is over its capacity.
  const single = places[0]!.rooms.find((r) => r.name === '501')!;
  await valueOf(host.call('stays:create', { yearId, traineeId: idOf('ZHANG Mengqi'), roomId: single.id, checkIn: '2024-05-21', checkOut: '2024-05-22' }));
  await page.reload();
  await expect(page.getByTestId('stay-warnings')).toContainText('Tue 21 May: room 501 over capacity (2 for 1)');

  await app.go('schedule');
  await page.getByRole('button', { name: 'Add event' }).click();
  await dialog.getByLabel('Starts', { exact: true }).fill('2024-05-21T09:30');
  await dialog.getByLabel('Ends', { exact: true }).fill('2024-05-21T17:00');
  await dialog.getByLabel('Title (Japanese)').fill('オリエンテーション');
  await dialog.getByLabel('Title (English)').fill('Orientation');
  await dialog.getByLabel('Place', { exact: true }).fill('CLAIR, Chiyoda');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(app.flash()).toHaveText('“オリエンテーション” saved.');
  await expect(page.getByTestId('event-card')).toContainText('09:30–17:00 Orientation');

  await page.getByRole('tab', { name: 'Itinerary per trainee' }).click();
  await page.getByLabel('Trainee', { exact: true }).selectOption({ label: '이서연  LEE Seoyeon' });
  await expect(page.getByTestId('itinerary-arrival')).toContainText('flight KE 703, NRT Mon 20 May 11:35');
  const day = page.getByTestId('itinerary-day').filter({ hasText: 'Tue 21 May' });
  await expect(day).toContainText('09:30–17:00 Orientation');
  await expect(day).toContainText('Hotel Tokyo Bay 501');
});

test('deleting a pickup group and a flight marked on the day says first what goes with them (Japanese)', async ({ app, host, page }) => {
  const { yearId, idOf } = await sampleWithFlights(host);
  await valueOf(host.call('pickup-groups:create', { yearId, name: '成田 第1便', airport: 'NRT', terminal: '1' }));
  await valueOf(host.call('pickup-groups:place', { yearId }));
  const lee = (await valueOf(host.call('flights:list', { traineeId: idOf('LEE Seoyeon') })))[0]!;
  await valueOf(host.call('arrivals:mark', { flightId: lee.id, status: 'met' }));
  await page.reload();
  await app.go('arrivals');
  const question = page.getByRole('dialog').filter({ hasText: 'を削除しますか？' });

  // The group: its five trainees go back to no group; a cancel keeps it.
  await page.getByRole('tab', { name: '送迎グループ' }).click();
  const group = page.getByTestId('pickup-group');
  await group.getByRole('button', { name: '削除' }).click();
  await expect(question).toContainText('「成田 第1便」を削除しますか？');
  await expect(question).toContainText('研修員5人のこのグループへの振り分け（研修員は「グループ未定」に戻ります）');
  await question.getByRole('button', { name: 'キャンセル' }).click();
  await expect(group).toHaveCount(1);
  await group.getByRole('button', { name: '削除' }).click();
  await question.getByRole('button', { name: '削除' }).click();
  await expect(app.flash()).toHaveText('送迎グループ「成田 第1便」を削除しました。');
  await expect(group).toHaveCount(0);
  await expect(page.getByTestId('unplaced')).toContainText('グループ未定（11人）');

  // The flight: what was marked for it on the day goes too.
  await page.getByRole('tab', { name: '航空便' }).click();
  const row = page.getByTestId('flight-row').filter({ hasText: '이서연' });
  await row.getByRole('button', { name: 'KE 703' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'この便を削除' }).click();
  await expect(question).toContainText('「KE 703」を削除しますか？');
  await expect(question).toContainText('一緒に削除されるもの：到着日の記録（合流・遅延・不着など）');
  await question.getByRole('button', { name: '削除' }).click();
  await expect(app.flash()).toHaveText('KE 703便を削除しました。');
  await expect(row).toContainText('航空便は未登録です。');
  expect(await valueOf(host.call('flights:list', { yearId }))).toHaveLength(10);
});
