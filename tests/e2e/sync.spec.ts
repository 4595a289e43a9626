import fs from 'node:fs';
import path from 'node:path';
import { expect, launchHost, test, valueOf, type Host } from './fixtures';

const PASSPHRASE = 'kakehashi-office-2026';

async function editNotes(host: Host, id: string, notes: string) {
  const trainee = await valueOf(host.call('trainees:get', { id }));
  await valueOf(host.call('trainees:update', { ...trainee, notes } as never));
}

test('set up a laptop from a change file, bring its edits back through Settings, and settle a conflict on the Conflicts page', async ({ app, host, page }, testInfo) => {
  const laptop = await launchHost();
  try {
    await valueOf(host.call('sync:settings', { deviceName: '事務所PC 1', passphrase: PASSPHRASE }));
    await valueOf(host.call('settings:update', { staffName: '佐藤' }));
    const year = await valueOf(host.call('years:create', { fiscalYear: 2026 }));
    const kim = await valueOf(
      host.call('trainees:create', {
        yearId: year.id, familyNameNative: '김', givenNameNative: '민지', familyNameLatin: 'KIM', givenNameLatin: 'Minji',
        nameLang: 'ko', nameOrder: 'family_first', nationality: 'KR', status: 'selected',
      }),
    );
    await valueOf(laptop.host.call('sync:settings', { deviceName: '空港ノートPC', passphrase: PASSPHRASE }));
    await valueOf(laptop.host.call('settings:update', { staffName: '鈴木' }));

    // The office writes everything for a new PC from Settings; the laptop takes it in.
    await page.reload();
    await app.go('settings');
    await page.getByLabel('書き出す相手').selectOption({ label: '新しいPC（すべてのデータ）' });
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '変更ファイルの書き出し' }).click();
    const file = testInfo.outputPath((await download).suggestedFilename());
    await (await download).saveAs(file);
    expect(path.basename(file)).toMatch(/^kakehashi-事務所PC_1-to-all-\d{8}-\d{4}\.kkhsync$/);
    const full = await valueOf(laptop.host.call('sync:import', { fileName: path.basename(file), dataBase64: fs.readFileSync(file).toString('base64') }));
    expect(full).toMatchObject({ fromName: '事務所PC 1', conflicts: 0 });

    // Both change the same note while apart.
    await editNotes(host, kim.id, 'ハラール食を手配済み');
    await editNotes(laptop.host, kim.id, '成田で車椅子の用意');
    const office = await valueOf(host.call('sync:status', {}));
    const back = await valueOf(laptop.host.call('sync:export', { peerId: office.deviceId }));
    const backFile = testInfo.outputPath(back.fileName);
    fs.writeFileSync(backFile, Buffer.from(back.dataBase64, 'base64'));

    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '変更ファイルの取り込み' }).click();
    await (await chooser).setFiles(backFile);
    await expect(app.flash()).toHaveText(/^「空港ノートPC」の変更ファイルを取り込みました：\d+件を反映、競合1件。$/);
    await expect(page.getByTestId('peer-table')).toContainText('空港ノートPC');
    await expect(page.getByTestId('conflict-count')).toHaveText('1');

    await app.go('conflicts');
    const conflict = page.getByTestId('conflict');
    await expect(conflict).toContainText('研修員：김 민지 · KIM Minji — 備考');
    await expect(conflict.getByTestId('conflict-kept')).toContainText('成田で車椅子の用意');
    await expect(conflict.getByTestId('conflict-kept')).toContainText('鈴木（空港ノートPC）');
    await expect(conflict.getByTestId('conflict-other')).toContainText('ハラール食を手配済み');
    await expect(conflict.getByTestId('conflict-other')).toContainText('佐藤（事務所PC 1）');
    await conflict.getByTestId('conflict-other').getByRole('button', { name: 'この値を採用' }).click();
    await expect(app.flash()).toHaveText('競合を解決しました。');
    await expect(page.getByTestId('no-conflicts')).toBeVisible();
    await expect(page.getByTestId('conflict-count')).toHaveCount(0);
    expect((await valueOf(host.call('trainees:get', { id: kim.id }))).notes).toBe('ハラール食を手配済み');

    // The choice reaches the laptop with the next change file; both show the same digest.
    const laptopId = (await valueOf(laptop.host.call('sync:status', {}))).deviceId;
    const settle = await valueOf(host.call('sync:export', { peerId: laptopId }));
    await valueOf(laptop.host.call('sync:import', settle));
    expect((await valueOf(laptop.host.call('trainees:get', { id: kim.id }))).notes).toBe('ハラール食を手配済み');
    expect(await valueOf(laptop.host.call('sync:conflicts', {}))).toEqual([]);
    const laptopDigest = await valueOf(laptop.host.call('sync:digest', {}));
    await app.go('settings');
    await page.getByRole('button', { name: '照合値の計算' }).click();
    await expect(page.getByTestId('digest-all')).toContainText(laptopDigest.digest);
  } finally {
    laptop.stop();
  }
});
