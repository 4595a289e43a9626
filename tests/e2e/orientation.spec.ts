import fs from 'node:fs';
import { expect, test, valueOf } from './fixtures';
import { printableCohort } from './pages/arrivals-data';
import { sheetPdf } from './pages/pdf';

/** A fortnight as the office plans it: ceremonies, visits and a JIAM week, places in Japanese, some in English too. */
async function fullFortnight(host: Parameters<typeof printableCohort>[0], yearId: string) {
  const day = (d: number) => `2024-05-${String(d).padStart(2, '0')}`;
  const events: Array<[string, string, string, string, string, string, string | null]> = [
    ['host_meeting', day(22), '09:30', '12:00', '受入自治体との顔合わせ', 'Meeting the hosts', 'CLAIR 会議室'],
    ['city_visit', day(22), '13:30', '17:00', '都内視察', 'Tokyo city visit', '東京都庁'],
    ['study_visit', day(23), '10:00', '16:00', '区役所訪問', 'Visit to a ward office', '千代田区役所'],
    ['move_to_jiam', day(24), '09:00', '12:00', 'JIAMへ移動', 'Move to JIAM', null],
  ];
  for (let d = 27; d <= 31; d++) {
    events.push(['jiam_lesson', day(d), '09:00', '12:00', '日本語研修（午前）', 'Japanese lessons (morning)', 'JIAM 研修室A']);
    events.push(['jiam_lesson', day(d), '13:30', '16:30', '日本語研修（午後）', 'Japanese lessons (afternoon)', 'JIAM 研修室B']);
  }
  events.push(['town_study_tour', '2024-06-01', '10:00', '15:00', '地域研修', 'Town study tour', '千葉市']);
  for (const [kind, date, from, to, titleJa, titleEn, place] of events) {
    await valueOf(
      host.call('schedule:create', {
        yearId, kind: kind as never, startsAt: `${date}T${from}`, endsAt: `${date}T${to}`, titleJa, titleEn, place,
        placeEn: place === 'CLAIR 会議室' ? 'CLAIR meeting room' : place?.startsWith('JIAM') ? place.replace('研修室', 'training room ') : null, audience: 'all',
      }),
    );
  }
}

test('the individual schedule: one trainee, one page, in English and Japanese, with the English forms and the Japanese ones marked on screen only', async ({
  app,
  host,
  page,
}, info) => {
  test.setTimeout(120_000);
  const { yearId, narita } = await printableCohort(host);
  await fullFortnight(host, yearId);
  const [kato] = await valueOf(host.call('staff:list', {}));
  await valueOf(host.call('staff:update', { id: kato!.id, name: kato!.name, nameEn: 'KATO Misaki', organisation: kato!.organisation, phone: kato!.phone }));
  await valueOf(host.call('pickup-groups:update', { ...narita, airport: 'NRT', staffIds: [kato!.id], destinationPlaceId: null, meetingPointEn: 'South Wing arrivals exit' }));
  await page.reload();
  await app.page.getByRole('navigation').waitFor();

  const en = await sheetPdf(page, host.origin, `/print/orientation?year=${yearId}&lang=en`, info.outputPath('orientation-en.pdf'));
  expect(en.pages(), 'one page for each of the 11 trainees').toBe(11);
  const text = en.text();
  for (const label of ['Meeting point: South Wing arrivals exit', 'KATO Misaki', 'CLAIR meeting room', 'JIAM training room A', '東京都庁']) expect(text).toContain(label);
  expect(text).not.toContain('加藤 美咲');
  expect(text).not.toContain('no English');
  // On screen, the Japanese forms an English sheet falls back to are marked, so staff see what to fill in.
  await expect(page.getByTestId('japanese-fallback').filter({ hasText: '東京都庁' }).first()).toContainText('no English');
  await expect(page.getByTestId('japanese-fallback').filter({ hasText: '東京都庁' }).first().getByText('no English')).toBeVisible();
  en.firstPagePng(info.outputPath('orientation-en.png'));
  if (process.env.KAKEHASHI_DOCS) fs.copyFileSync(info.outputPath('orientation-en.png'), 'docs/screenshots/prints/orientation-en.png');

  const ja = await sheetPdf(page, host.origin, `/print/orientation?year=${yearId}&lang=ja`, info.outputPath('orientation-ja.pdf'));
  expect(ja.pages(), 'one page for each of the 11 trainees').toBe(11);
  expect(ja.text()).toContain('加藤 美咲');
  await expect(page.getByTestId('japanese-fallback')).toHaveCount(0);
});
