import type { Page } from '@playwright/test';
import type { AppPage } from './app-page';

/** Hosts, their page, the survey tab and the matching board (Japanese labels). */
export class HostsPage {
  readonly page: Page;

  constructor(readonly app: AppPage) {
    this.page = app.page;
  }

  async addFromList(query: string, option: string): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: '受入自治体', exact: true }).click();
    const picker = this.page.getByRole('combobox', { name: '自治体を追加（全国地方公共団体コード一覧から）' });
    await picker.fill(query);
    await this.page.getByRole('option', { name: option }).click();
  }

  field(label: string) {
    return this.page.getByLabel(label, { exact: true });
  }

  async addTie(government: string, kind: string, since: string): Promise<void> {
    await this.page.getByRole('combobox', { name: '派遣元自治体' }).fill(government.split(' / ')[1] ?? government);
    await this.page.getByRole('option', { name: government }).click();
    await this.field('提携の種類').selectOption({ label: kind });
    await this.field('提携年（例：2005）').fill(since);
    await this.page.getByRole('button', { name: '提携を登録' }).click();
  }

  board() {
    return {
      trainees: this.page.getByTestId('board-trainee'),
      hosts: this.page.getByTestId('board-host'),
    };
  }
}
