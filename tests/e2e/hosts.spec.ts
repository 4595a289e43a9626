import { expect, test, valueOf } from './fixtures';
import { HostsPage } from './pages/hosts-page';

test('宇佐市 hosts the Korean trainee from its sister city 慶州市; an overlapping second assignment is refused', async ({ app, host, page }) => {
  test.setTimeout(90_000);
  const year = await valueOf(host.call('years:create', { fiscalYear: 2024 }));
  const [general] = await valueOf(host.call('training-fields:list', {}));
  const gyeongju = await valueOf(host.call('sending-governments:create', { country: 'KR', nameLocal: '경주시', nameEn: 'Gyeongju', nameJa: '慶州市' }));
  const changde = await valueOf(host.call('sending-governments:create', { country: 'CN', nameLocal: '常德市', nameEn: 'Changde', nameJa: '常徳市' }));
  const base = { yearId: year.id, status: 'selected', trainingFieldId: general!.id } as const;
  await host.call('trainees:create', {
    ...base, familyNameNative: '王', givenNameNative: '晓燕', familyNameLatin: 'Wang', givenNameLatin: 'Xiaoyan', nameLang: 'zh-Hans',
    nameOrder: 'family_first', nationality: 'CN', sendingGovernmentId: changde.id,
  });
  const lee = await valueOf(host.call('trainees:create', {
    ...base, familyNameNative: '이', givenNameNative: '서연', familyNameLatin: 'Lee', givenNameLatin: 'Seoyeon', nameLang: 'ko',
    nameOrder: 'family_first', nationality: 'KR', sendingGovernmentId: gyeongju.id,
  }));
  await page.reload();

  // 宇佐市 becomes a host, with a contact.
  const hosts = new HostsPage(app);
  await hosts.addFromList('うさし', '大分県宇佐市（Usa City）');
  await expect(app.flash()).toHaveText('大分県宇佐市を受入自治体に追加しました。');
  await expect(page.getByRole('heading', { name: '大分県宇佐市' })).toBeVisible();
  await hosts.field('担当部署').fill('総務課 国際交流係');
  await hosts.field('担当者名').fill('宇佐 花子');
  await hosts.field('電話番号').fill('0978-32-1111');
  await hosts.field('電話番号').press('Control+s');
  await expect(app.flash()).toHaveText('大分県宇佐市の情報を保存しました。');

  // Its sister-city tie with 慶州市.
  await hosts.addTie('경주시 / Gyeongju / 慶州市', '姉妹都市', '2005');
  await expect(app.flash()).toHaveText('경주시との提携を登録しました。');
  await expect(page.getByTestId('tie-row')).toContainText('姉妹都市');
  await expect(page.getByTestId('tie-row')).toContainText('2005年から');

  // Its survey answer: one trainee, from Korea, general administration.
  await page.getByRole('button', { name: '回答を入力' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('希望人数').fill('1');
  await dialog.getByLabel('希望する国・地域').selectOption({ label: '韓国' });
  await dialog.getByLabel('研修分野').selectOption({ label: '一般行政' });
  await dialog.getByLabel('期間（月）').fill('9');
  await dialog.getByLabel('状況').selectOption({ label: '受入決定' });
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(app.flash()).toHaveText('大分県宇佐市の回答を保存しました。');

  // The board puts the trainee from 慶州市 first, with the sister-city mark.
  await page.getByRole('navigation').getByRole('link', { name: '受入決定' }).click();
  const board = hosts.board();
  await board.hosts.filter({ hasText: '大分県宇佐市' }).click();
  await expect(board.trainees.first()).toContainText('이서연');
  await expect(board.trainees.first().getByTestId('mark-sister_city')).toHaveText('★ 姉妹都市');
  await expect(board.trainees.nth(1)).toContainText('王晓燕');
  await expect(board.trainees.nth(1).getByTestId('mark-sister_city')).toHaveCount(0);
  await board.trainees.first().getByRole('button', { name: '割当て' }).click();
  await expect(page.getByRole('dialog')).toContainText('★ 姉妹都市');
  await expect(page.getByRole('dialog').getByLabel('受入開始日')).toHaveValue('2024-06-24');
  await page.getByRole('dialog').getByRole('button', { name: 'この内容で決定' }).click();
  await expect(app.flash()).toHaveText('이서연さんの受入先を大分県宇佐市に決定しました。');
  await expect(page.getByTestId('assignment-row')).toContainText('大分県宇佐市');

  // The housing and the supervisor, known later, are added to the assignment.
  await page.getByTestId('assignment-row').getByRole('button', { name: '編集' }).click();
  await page.getByRole('dialog').getByLabel('指導担当者').fill('宇佐 花子');
  await page.getByRole('dialog').getByLabel('住居の住所').fill('大分県宇佐市上田1030-1');
  await page.getByRole('dialog').getByRole('button', { name: '保存' }).click();
  await expect(app.flash()).toHaveText('이서연さんの大分県宇佐市での受入れの内容を保存しました。');
  expect(await valueOf(host.call('assignments:list', { traineeId: lee.id }))).toMatchObject([
    { supervisor: '宇佐 花子', housingAddress: '大分県宇佐市上田1030-1', startsOn: '2024-06-24', trainingField: { id: general!.id } },
  ]);

  // The assignment shows on the trainee, on the host and on the survey overview.
  await page.goto(`${host.origin}/#/trainees/${lee.id}`);
  await expect(page.getByTestId('trainee-host')).toHaveText('受入自治体: 大分県宇佐市');
  await expect(page.getByTestId('sending-ties')).toContainText('大分県宇佐市（姉妹都市）');
  await hosts.page.getByRole('navigation').getByRole('link', { name: '受入自治体', exact: true }).click();
  await page.getByRole('link', { name: '大分県宇佐市' }).click();
  await expect(page.getByTestId('host-trainees')).toContainText('이서연');
  await page.getByRole('navigation').getByRole('link', { name: '受入自治体', exact: true }).click();
  await page.getByRole('tab', { name: '利用要望調査' }).click();
  await expect(page.getByTestId('survey-row').filter({ hasText: '大分県宇佐市' }).getByTestId('survey-matched')).toHaveText('1人');

  // A second host for the same months is refused, with the reason.
  const higashiomi = await valueOf(host.call('hosts:create', { code: '252131' }));
  await host.call('survey:save', { yearId: year.id, hostId: higashiomi.id, requestedCount: 1, status: 'received' });
  await page.getByRole('navigation').getByRole('link', { name: '受入決定' }).click();
  await board.trainees.filter({ hasText: '이서연' }).click();
  await board.hosts.filter({ hasText: '滋賀県東近江市' }).getByRole('button', { name: '割当て' }).click();
  await expect(page.getByTestId('assign-warnings')).toContainText('ほかの受入期間と重なります');
  await page.getByRole('dialog').getByRole('button', { name: 'この内容で決定' }).click();
  await expect(page.getByRole('dialog').getByTestId('error-alert')).toContainText(
    '이서연さんは2024年6月24日〜2025年3月31日に大分県宇佐市での受入れが決まっています。期間が重ならないよう、開始日または終了日を変更してください。',
  );
  expect(await valueOf(host.call('assignments:list', { traineeId: lee.id }))).toHaveLength(1);

  // In English the host reads by its English name; removing an assignment asks first.
  await page.keyboard.press('Escape');
  await app.switchLanguage('en');
  await expect(page.getByTestId('board-assigned').getByTestId('board-trainee')).toContainText('Host: Usa City');
  await expect(page.getByTestId('assignment-row')).toContainText('Usa City');
  await expect(page.getByTestId('assignment-row')).toContainText('24 June 2024 – 31 March 2025');
  await page.getByTestId('assignment-row').getByRole('button', { name: 'Remove' }).click();
  await expect(page.getByRole('dialog')).toContainText('Delete “이서연\'s assignment to Usa City”?');
  await expect(page.getByRole('dialog')).toContainText('This cannot be undone.');
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('assignment-row')).toHaveCount(1);
  expect(await valueOf(host.call('assignments:list', { traineeId: lee.id }))).toHaveLength(1);

  // The survey overview adds up what the open answers asked for and what is decided.
  await page.getByRole('navigation').getByRole('link', { name: 'Hosts', exact: true }).click();
  await page.getByRole('tab', { name: 'Demand survey' }).click();
  await expect(page.getByTestId('survey-row').filter({ hasText: 'Usa City' }).getByTestId('survey-matched')).toHaveText('1');
  await expect(page.getByTestId('survey-total')).toHaveText(/Total \(declined and withdrawn left out\)\s*2\s*1/);
});

test('in English: a body not in the code list is entered by hand and marked; survey answers are checked', async ({ app, host, page }) => {
  await host.call('years:create', { fiscalYear: 2025 });
  await page.reload();
  await app.switchLanguage('en');
  await page.getByRole('navigation').getByRole('link', { name: 'Hosts', exact: true }).click();
  await page.getByRole('button', { name: 'Add an organisation not in the list' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toContainText('Enter “Prefecture”.');
  await dialog.getByLabel(/^Prefecture/).fill('大分県');
  await dialog.getByLabel(/^Name/).first().fill('大分県企画振興部国際政策課');
  await dialog.getByLabel('English name').fill('Oita Prefecture International Policy Division');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(app.flash()).toHaveText('大分県企画振興部国際政策課 added as a host.');
  await expect(page.getByRole('heading', { name: /大分県企画振興部国際政策課/ })).toContainText('Entered by hand');

  await page.getByRole('button', { name: 'Enter an answer' }).click();
  await page.getByRole('dialog').getByLabel('Trainees requested').fill('30');
  await page.getByRole('dialog').getByLabel('Period (months)').fill('13');
  await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('dialog')).toContainText('“Trainees requested” must be from 1 to 20.');
  await expect(page.getByRole('dialog')).toContainText('“Period (months)” must be from 1 to 12 months.');
  const [year] = await valueOf(host.call('years:list', {}));
  expect(await valueOf(host.call('survey:list', { yearId: year!.id }))).toEqual([]);
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();

  // The list narrows as a person types; a host added by mistake is deleted after a confirmation.
  await valueOf(host.call('hosts:create', { code: '442119' }));
  await page.getByRole('navigation').getByRole('link', { name: 'Hosts', exact: true }).click();
  await expect(page.getByTestId('host-row')).toHaveCount(2);
  await page.getByLabel('Filter the list').fill('ウサ');
  await expect(page.getByTestId('host-row')).toHaveCount(1);
  await expect(page.getByTestId('host-row')).toContainText('Usa City');
  await page.getByLabel('Filter the list').fill('policy');
  await expect(page.getByTestId('host-row')).toHaveCount(1);
  await page.getByTestId('host-row').getByRole('link').click();
  await page.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(app.flash()).toHaveText('大分県企画振興部国際政策課 removed from the hosts.');
  expect((await valueOf(host.call('hosts:list', {}))).map((h) => h.nameJa)).toEqual(['宇佐市']);
});
