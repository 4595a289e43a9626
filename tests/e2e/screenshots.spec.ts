import path from 'node:path';
import { expect, launchHost, test, valueOf, type Host } from './fixtures';
import { printableCohort, sampleWithFlights } from './pages/arrivals-data';
import { sheetPdf } from './pages/pdf';
import { TraineesPage } from './pages/trainees-page';

// `npm run screenshots` refreshes docs/screenshots/ (not part of `npm test`).
const OUT = path.resolve(import.meta.dirname, '../../docs/screenshots');

test('@screenshots trainee list in Japanese and English', async ({ app, host, page }) => {
  await host.call('sample:load', {});
  await page.reload();
  await app.page.getByRole('navigation').waitFor();
  const trainees = new TraineesPage(app);
  await app.go('trainees');
  await expect(trainees.rows()).toHaveCount(11);
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: path.join(OUT, 'trainees-ja.png'), fullPage: true });

  await app.switchLanguage('en');
  await expect(page.getByRole('columnheader', { name: 'Name (romanised)' })).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: path.join(OUT, 'trainees-en.png'), fullPage: true });
});

test('@screenshots dashboard, a trainee and the matching board', async ({ app, host, page }) => {
  await host.call('sample:load', {});
  const [year] = (await host.call('years:list', {})).ok ? ((await host.call('years:list', {})) as { ok: true; value: Array<{ id: string }> }).value : [];
  // A board mid-way: no host decided yet, three hosts asking, 宇佐市 tied to 慶州市.
  const hosts = await host.call('hosts:list', {});
  const assignments = await host.call('assignments:list', {});
  const governments = await host.call('sending-governments:list', {});
  if (hosts.ok && assignments.ok && governments.ok && year) {
    for (const a of assignments.value) await host.call('assignments:delete', { id: a.id });
    const usa = hosts.value.find((h) => h.nameJa === '宇佐市')!;
    const gyeongju = governments.value.find((g) => g.nameEn === 'Gyeongju')!;
    await host.call('sister-ties:create', { hostId: usa.id, sendingGovernmentId: gyeongju.id, kind: 'sister', since: '2005' });
    for (const h of [usa, ...hosts.value.filter((x) => x.id !== usa.id).slice(0, 2)]) {
      await host.call('survey:save', { yearId: year.id, hostId: h.id, requestedCount: 1, preferredCountry: h === usa ? 'KR' : null, status: 'accepted' });
    }
  }
  await page.reload();
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: path.join(OUT, 'dashboard-ja.png'), fullPage: true });

  await app.go('trainees');
  await page.getByRole('link', { name: 'अनिता श्रेष्ठ' }).click();
  await expect(page.getByRole('heading', { name: 'अनिता श्रेष्ठ' })).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: path.join(OUT, 'trainee-ja.png') });

  await app.switchLanguage('en');
  await page.getByRole('navigation').getByRole('link', { name: 'Assignments' }).click();
  await page.getByTestId('board-trainee').filter({ hasText: '이서연' }).click();
  await expect(page.getByTestId('board-host').first()).toContainText('Usa City');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: path.join(OUT, 'board-en.png') });
});

test('@screenshots the airport board at 1280×800 in Japanese and English', async ({ app, host, page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const { yearId, idOf } = await sampleWithFlights(host);
  const kato = await valueOf(host.call('staff:create', { name: '加藤 美咲', organisation: 'clair', phone: '090-1234-5678' }));
  const tanaka = await valueOf(host.call('staff:create', { name: 'Tanaka Ken', organisation: 'travel_agent', phone: '080-2222-3333' }));
  await valueOf(host.call('pickup-groups:create', { yearId, name: '成田 第1便', airport: 'NRT', terminal: '1', meetingPoint: '南ウイング 到着口', meetingTime: '2024-05-20T12:50', staffIds: [kato.id] }));
  await valueOf(host.call('pickup-groups:create', { yearId, name: '羽田', airport: 'HND', terminal: '3', meetingPoint: '到着ロビー 北', meetingTime: '2024-05-20T15:00', staffIds: [tanaka.id] }));
  await valueOf(host.call('pickup-groups:place', { yearId }));
  await valueOf(host.call('settings:update', { staffName: '加藤' }));
  const board = await valueOf(host.call('arrivals:board', { yearId }));
  const flightOf = (traineeId: string) => board.groups.flatMap((g) => g.members).find((m) => m.traineeId === traineeId)!.flight!.id;
  await valueOf(host.call('arrivals:mark', { flightId: flightOf(idOf('José Luis PEÑA QUISPE')), status: 'on_transport' }));
  await valueOf(host.call('arrivals:mark', { flightId: flightOf(idOf('Anita SHRESTHA')), status: 'met' }));
  await valueOf(host.call('arrivals:mark', { flightId: flightOf(idOf('Rajesh ADHIKARI')), status: 'landed' }));
  await valueOf(host.call('arrivals:mark', { flightId: flightOf(idOf('Nur Aisyah binti Ahmad')), status: 'met' }));
  await page.clock.setFixedTime(new Date('2024-05-20T11:20:00+09:00'));
  await page.reload();
  await app.go('board');
  await expect(page.getByTestId('arrival-card')).toHaveCount(11);
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: path.join(OUT, 'airport-board-ja.png') });
  await app.switchLanguage('en');
  await expect(page.getByRole('heading', { name: 'Airport board' })).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: path.join(OUT, 'airport-board-en.png') });
});

test('@screenshots pickup groups, rooming and the schedule week', async ({ app, host, page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const { yearId, idOf } = await sampleWithFlights(host);
  const kato = await valueOf(host.call('staff:create', { name: '加藤 美咲', organisation: 'clair', phone: '090-1234-5678' }));
  const hotel = await valueOf(host.call('places:create', { kind: 'hotel', nameJa: 'ホテル東京ベイ', nameEn: 'Hotel Tokyo Bay', phone: '03-1234-5678' }));
  await valueOf(host.call('pickup-groups:create', { yearId, name: '成田 第1便', airport: 'NRT', terminal: '1', meetingPoint: '南ウイング 到着口', windowTo: '2024-05-20T12:00', transport: 'bus', destinationPlaceId: hotel.id, staffIds: [kato.id] }));
  await valueOf(host.call('pickup-groups:create', { yearId, name: '羽田', airport: 'HND', terminal: '3', meetingTime: '2024-05-20T14:30', transport: 'bus', destinationPlaceId: hotel.id }));
  await valueOf(host.call('pickup-groups:place', { yearId }));
  const rooms = [];
  for (const name of ['501', '502', '503', '504', '505', '506']) rooms.push(await valueOf(host.call('rooms:create', { placeId: hotel.id, name, capacity: 2 })));
  const trainees = await valueOf(host.call('trainees:list', { yearId }));
  for (const [i, t] of trainees.entries()) {
    await valueOf(host.call('stays:create', { yearId, traineeId: t.id, roomId: rooms[Math.floor(i / 2)]!.id, checkIn: '2024-05-20', checkOut: '2024-05-23' }));
  }
  const events: Array<[string, string, string | null, string, string, string]> = [
    ['opening_ceremony', '2024-05-21T09:30', '2024-05-21T10:30', '開講式', 'Opening ceremony', 'CLAIR 会議室'],
    ['orientation', '2024-05-21T10:45', '2024-05-21T17:00', 'オリエンテーション', 'Orientation', 'CLAIR 会議室'],
    ['host_meeting', '2024-05-22T10:00', '2024-05-22T12:00', '受入自治体との面談', 'Meeting with hosts', 'CLAIR 会議室'],
    ['placement_test', '2024-05-22T14:00', '2024-05-22T15:30', '日本語プレイスメントテスト', 'Japanese placement test', 'CLAIR 会議室'],
    ['move_to_jiam', '2024-05-23T09:00', '2024-05-23T15:00', 'JIAMへ移動（新幹線）', 'Move to JIAM (shinkansen)', '東京駅 → 京都駅 → JIAM'],
  ];
  for (const [kind, startsAt, endsAt, titleJa, titleEn, place] of events) {
    await valueOf(host.call('schedule:create', { yearId, kind: kind as 'other', startsAt, endsAt, titleJa, titleEn, place, audience: 'all', staffId: kato.id }));
  }
  await valueOf(host.call('schedule:create', { yearId, kind: 'other', startsAt: '2024-05-22T16:00', titleJa: '在留カード手続き', audience: 'chosen', traineeIds: [idOf('José Luis PEÑA QUISPE')] }));
  await page.reload();
  await app.go('arrivals');
  await page.getByRole('tab', { name: '送迎グループ' }).click();
  await expect(page.getByTestId('pickup-group')).toHaveCount(2);
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: path.join(OUT, 'pickup-groups-ja.png'), fullPage: true });
  await app.go('stays');
  await expect(page.getByTestId('rooming-row')).toHaveCount(6);
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: path.join(OUT, 'rooming-ja.png'), fullPage: true });
  await app.go('schedule');
  await expect(page.getByTestId('event-card')).toHaveCount(6);
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: path.join(OUT, 'schedule-week-ja.png') });
});

test('@screenshots the first page of every sheet in Japanese and English', async ({ app, host, page }, info) => {
  const { yearId, idOf } = await printableCohort(host);
  await page.reload();
  await app.page.getByRole('navigation').waitFor();
  const lee = idOf('LEE Seoyeon');
  const paths = {
    arrival: `/print/arrival?year=${yearId}`,
    placards: `/print/placards?year=${yearId}`,
    orientation: `/print/orientation?year=${yearId}&trainee=${lee}`,
    roster: `/print/roster?year=${yearId}`,
    handover: `/print/handover?year=${yearId}&trainee=${idOf('Anita SHRESTHA')}`,
  };
  for (const [sheet, printPath] of Object.entries(paths)) {
    for (const lang of ['ja', 'en']) {
      const pdf = await sheetPdf(page, host.origin, `${printPath}&lang=${lang}`, info.outputPath(`${sheet}-${lang}.pdf`));
      pdf.firstPagePng(path.join(OUT, 'prints', `${sheet}-${lang}.png`));
    }
  }
});

test('@screenshots the Prints page with the placard preview', async ({ app, host, page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await printableCohort(host);
  await page.reload();
  await app.go('prints');
  await page.locator('label').filter({ hasText: /^出迎え用ネームボード$/ }).click();
  await expect(page.getByTestId('placard').first()).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: path.join(OUT, 'prints-page-ja.png') });
});

test('@screenshots the Conflicts page and the sync settings after a laptop came back', async ({ app, host, page }) => {
  const laptop = await launchHost();
  try {
    const passphrase = 'kakehashi-office-2026';
    await valueOf(host.call('sample:load', {}));
    await valueOf(host.call('sync:settings', { deviceName: '事務所PC 1', passphrase }));
    await valueOf(laptop.host.call('sync:settings', { deviceName: '空港ノートPC', passphrase }));
    await valueOf(host.call('settings:update', { staffName: '佐藤' }));
    await valueOf(laptop.host.call('settings:update', { staffName: '鈴木' }));
    await valueOf(laptop.host.call('sync:import', await valueOf(host.call('sync:export', { peerId: null }))));
    const [lee] = await valueOf(host.call('trainees:list', { query: 'seoyeon' }));
    const edit = async (h: Host, changes: Record<string, string>) => {
      const trainee = await valueOf(h.call('trainees:get', { id: lee!.id }));
      await valueOf(h.call('trainees:update', { ...trainee, ...changes } as never));
    };
    await edit(host, { notes: 'ハラール食を手配済み', phone: '03-5573-4748' });
    await edit(laptop.host, { notes: '成田で車椅子の用意', phone: '090-1234-5678' });
    const office = await valueOf(host.call('sync:status', {}));
    await valueOf(host.call('sync:import', await valueOf(laptop.host.call('sync:export', { peerId: office.deviceId }))));
    await page.reload();
    await app.go('conflicts');
    await expect(page.getByTestId('conflict')).toHaveCount(2);
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: path.join(OUT, 'conflicts-ja.png'), fullPage: true });
    await app.go('settings');
    await page.getByRole('button', { name: '照合値の計算' }).click();
    await expect(page.getByTestId('digest-all')).toBeVisible();
    // Tall enough for the whole page, so the fixed header and menu stay in place.
    await page.setViewportSize({ width: 1280, height: 3600 });
    await page.screenshot({ path: path.join(OUT, 'settings-ja.png'), fullPage: true });
  } finally {
    laptop.stop();
  }
});
