import type { Page } from '@playwright/test';
import type { AppPage } from './app-page';

const TEXT = {
  ja: { create: '年度を作成', field: '年度（西暦）', submit: '作成', start: '開始日', save: '保存' },
  en: { create: 'Create year', field: 'Fiscal year', submit: 'Create', start: 'Start date', save: 'Save' },
} as const;

export class YearsPage {
  readonly page: Page;

  constructor(readonly app: AppPage) {
    this.page = app.page;
  }

  private get text() {
    return TEXT[this.app.language];
  }

  async createYear(fiscalYear: string): Promise<void> {
    await this.app.go('years');
    await this.page.getByRole('button', { name: this.text.create }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel(this.text.field).fill(fiscalYear);
    await dialog.getByRole('button', { name: this.text.submit, exact: true }).click();
  }

  milestone(kind: string) {
    return this.page.getByTestId(`milestone-${kind}`);
  }

  async setMilestoneStart(kind: string, isoDate: string): Promise<void> {
    const row = this.milestone(kind);
    await row.getByLabel(this.text.start).fill(isoDate);
    await row.getByRole('button', { name: this.text.save }).click();
  }
}
