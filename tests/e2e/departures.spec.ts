import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import type { Channel, ChannelInput, ChannelOutput } from '@shared/contract/channels';
import type { Result } from '@shared/contract/result';
import { expect, keyFileOf, startHost, test, valueOf, type Host } from './fixtures';
import { AppPage } from './pages/app-page';
import { sheetPdf } from './pages/pdf';

test.use({ viewport: { width: 1280, height: 800 } });

/** A host on a data folder with its clock set (KAKEHASHI_CLOCK); stopped and started again on another day, on the same folder. */
class ClockedHost {
  readonly dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kk-e2e-departures-'));
  readonly token = crypto.randomBytes(16).toString('hex');
  private child: ChildProcess | null = null;
  host: Host | null = null;

  async start(clock: string): Promise<Host> {
    const { child, url } = await startHost(this.dataDir, this.token, { KAKEHASHI_CLOCK: clock });
    this.child = child;
    const origin = new URL(url).origin;
    const token = this.token;
    this.host = {
      url, origin, token, dataDir: this.dataDir,
      async call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>> {
        const response = await fetch(`${origin}/api/${channel}`, { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: JSON.stringify(input) });
        return response.json();
      },
    };
    return this.host;
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  }

  async dispose(): Promise<void> {
    await this.stop();
    fs.rmSync(this.dataDir, { recursive: true, force: true });
    fs.rmSync(keyFileOf(this.dataDir), { force: true });
  }
}

async function sample(host: Host) {
  const { yearId } = await valueOf(host.call('sample:load', {}));
  const trainees = await valueOf(host.call('trainees:list', { yearId }));
  const lee = trainees.find((t) => t.familyNameNative === '이' && t.givenNameNative === '서연')!;
  return { yearId, trainees, lee };
}

test.describe('departures (Japanese)', () => {
  test("the sample year's timeline; a return flight for 이서연 clears her warning; her 転出届 is overdue once its day has passed", async ({ page }) => {
    test.setTimeout(150_000); // two hosts, one after the other, on the same data
    const clocked = new ClockedHost();
    try {
      // 10 March 2025: training ends on the 31st, nobody has a return flight yet.
      const host = await clocked.start('2025-03-10T09:00:00+09:00');
      const { trainees, lee } = await sample(host);
      const app = new AppPage(page);
      await app.open(host.url);
      await app.go('departures');

      const timeline = page.getByTestId('departures-timeline');
      const entries = timeline.getByTestId('departures-timeline-row');
      await expect(entries).toHaveCount(1);
      await expect(entries.first()).toContainText('2025年3月');
      await expect(entries.first()).toContainText('帰国便未登録');
      await expect(entries.first()).toContainText(`${trainees.length}名`);
      await expect(page.getByTestId('departure-row')).toHaveCount(trainees.length);

      const warnings = page.getByTestId('departure-warnings');
      const leeWarning = warnings.getByRole('button', { name: '이서연さん：研修修了日（2025年3月31日）がありますが、帰国便が登録されていません' });
      await expect(leeWarning).toBeVisible();

      // The warning opens the flight dialog, as a return flight.
      await leeWarning.click();
      const dialog = page.getByRole('dialog');
      await expect(dialog.getByLabel('種別')).toHaveValue('return');
      await dialog.getByLabel('便名').fill('ke788');
      await dialog.getByLabel('出発空港').fill('FUK');
      await dialog.getByLabel('到着空港').fill('ICN');
      await dialog.getByLabel('出発日時').fill('2025-04-02T10:00');
      await dialog.getByLabel('到着日時').fill('2025-04-02T11:30');
      await dialog.getByRole('button', { name: '保存' }).click();
      await expect(app.flash()).toHaveText('이서연さんのKE 788便を保存しました。');
      await expect(leeWarning).toHaveCount(0);
      await expect(warnings.getByRole('button', { name: /^최민준さん：研修修了日/ })).toBeVisible();

      // April, from Fukuoka: her alone; the others still in March without a flight.
      await expect(entries).toHaveCount(2);
      await expect(entries.nth(1)).toContainText('2025年4月');
      await expect(entries.nth(1)).toContainText('FUK');
      await expect(entries.nth(1)).toContainText('이서연');
      await expect(entries.nth(0)).toContainText(`${trainees.length - 1}名`);

      // Her 転出届 is due 14 days before the flight (19 March): not yet overdue on the 10th.
      const row = page.getByTestId('departure-row').filter({ hasText: '이서연' });
      const notice = row.getByRole('button', { name: '이서연 — 転出届：未対応' });
      await expect(notice).not.toHaveAttribute('data-overdue', 'true');
      const flights = await valueOf(host.call('flights:list', { traineeId: lee.id }));
      expect(flights.map((f) => [f.kind, f.flightNumber, f.from.iata, f.to.iata])).toEqual([['return', 'KE 788', 'FUK', 'ICN']]);

      // 25 March, the same data: 転出届 has passed its day.
      await clocked.stop();
      const later = await clocked.start('2025-03-25T09:00:00+09:00');
      await app.open(later.url);
      await app.go('departures');
      await expect(row.getByRole('button', { name: '이서연 — 転出届：未対応' })).toHaveAttribute('data-overdue', 'true');
      await expect(page.getByTestId('departure-warnings')).toContainText('이서연さん：「転出届」の期限（2025年3月19日）を過ぎています');
      const stored = await valueOf(later.call('departures:trainee', { traineeId: lee.id }));
      const item = stored.items.find((i) => i.nameJa === '転出届')!;
      expect(stored.departure.tasks.find((t) => t.itemId === item.id)).toMatchObject({ dueOn: '2025-03-19', isOverdue: true });

      // On the dashboard too; done from the trainee page, and it goes.
      await app.go('dashboard');
      await expect(page.getByTestId('dashboard-departures').getByTestId('dashboard-departure-warning').filter({ hasText: '期限を過ぎた帰国手続き' })).toContainText('1件');
      await app.go('departures');
      await row.locator('td').first().getByRole('button').click();
      const list = page.getByTestId('trainee-departure-list');
      await app.choose(list.getByRole('button', { name: '転出届：未対応' }), '完了');
      await expect(app.flash()).toHaveText('「転出届」を「完了」にしました。');
      await expect(list.getByTestId('trainee-departure-row').filter({ hasText: '転出届' })).toContainText('2025年3月25日');
      await expect(page.getByTestId('trainee-departure').getByTestId('departure-warnings')).toHaveCount(0);
    } finally {
      await clocked.dispose();
    }
  });
});

test.describe('departures (English)', () => {
  test("the departure-day sheet in English, and the 帰国予定一覧 in both languages", async ({ app, host, page }, info) => {
    test.setTimeout(120_000);
    const { yearId, trainees, lee } = await sample(host);
    await valueOf(host.call('settings:update', { officePhone: '03-5213-1733' }));
    await valueOf(host.call('hosts:update', { id: lee.hostId!, department: '総務部秘書広報課', contactName: '宇佐 花子', contactTitle: null, contactPhone: '0978-32-1111', contactEmail: null, address: null, notes: null } as never));
    await valueOf(host.call('flights:create', { traineeId: lee.id, kind: 'return', flightNumber: 'KE 788', fromAirport: 'FUK', toAirport: 'ICN', departsLocal: '2025-04-02T10:00', arrivesLocal: '2025-04-02T11:30', terminal: null, bookingRef: 'ABC123', notes: null }));
    // A few more return flights, so the list has months and airports.
    const flightsFor: Array<[string, string, string, string]> = [
      ['Wang', 'CA 926', 'NRT', 'PEK'],
      ['Choi', 'OZ 101', 'NRT', 'ICN'],
      ['Shrestha', 'RA 402', 'KIX', 'KTM'],
    ];
    for (const [family, number, from, to] of flightsFor) {
      const t = trainees.find((x) => x.familyNameLatin === family)!;
      await valueOf(host.call('flights:create', { traineeId: t.id, kind: 'return', flightNumber: number, fromAirport: from, toAirport: to, departsLocal: '2025-03-30T13:00', arrivesLocal: '2025-03-30T18:00', terminal: '1', bookingRef: null, notes: null }));
    }

    await page.reload();
    await app.switchLanguage('en');
    await app.go('departures');
    await expect(page.getByTestId('departures-timeline')).toContainText('March 2025');
    const row = page.getByTestId('departure-row').filter({ hasText: '이서연' });
    await row.locator('td').first().getByRole('button').click();
    await expect(page.getByTestId('trainee-departure')).toContainText('KE 788');
    await page.getByTestId('departure-print-day-en').click();
    await expect(page.locator('[data-print-ready="true"]')).toBeVisible();

    const day = await sheetPdf(page, host.origin, `/print/departures/day/${lee.id}?lang=en`, info.outputPath('departure-day-en.pdf'));
    const text = day.text();
    for (const expected of ['Your departure day', '이서연', 'LEE Seoyeon', 'KE 788', 'Fukuoka', 'Incheon', 'ABC123', 'Residence card', 'immigration officer', 'Usa City', '0978-32-1111', '03-5213-1733', '110', '119']) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('在留カード');

    const ja = await sheetPdf(page, host.origin, `/print/departures/list/${yearId}?lang=ja`, info.outputPath('departures-list-ja.pdf'));
    for (const expected of ['帰国予定一覧', '令和6年度', '이서연', 'LEE Seoyeon', 'KE 788', '大分県宇佐市', '宇佐 花子', '0978-32-1111', '2025年3月', '2025年4月']) expect(ja.text()).toContain(expected);
    const en = await sheetPdf(page, host.origin, `/print/departures/list/${yearId}?lang=en`, info.outputPath('departures-list-en.pdf'));
    for (const expected of ['Departure list', 'FY2024', 'Usa City', 'April 2025', 'RA 402']) expect(en.text()).toContain(expected);
    if (process.env.KK_DEPARTURE_SHOTS) {
      ja.firstPagePng(`${process.env.KK_DEPARTURE_SHOTS}/departures-list-ja.png`);
      en.firstPagePng(`${process.env.KK_DEPARTURE_SHOTS}/departures-list-en.png`);
      day.firstPagePng(`${process.env.KK_DEPARTURE_SHOTS}/departure-day-en.png`);
    }
  });
});
