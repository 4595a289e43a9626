import type { Page } from '@playwright/test';
import type { AppPage } from './app-page';

const TEXT = {
  ja: {
    add: '研修員を登録',
    save: '保存',
    delete: '削除',
    familyLatin: '姓（ローマ字・旅券どおり）',
    givenLatin: '名（ローマ字・旅券どおり）',
    familyNative: '姓（現地表記）',
    givenNative: '名（現地表記）',
    kana: '氏名（カタカナ）',
    birthDate: '生年月日',
    nationality: '国籍',
    sending: '派遣元自治体',
    status: '状況',
  },
  en: {
    add: 'Add trainee',
    save: 'Save',
    delete: 'Delete',
    familyLatin: 'Family name (as in passport)',
    givenLatin: 'Given name (as in passport)',
    familyNative: 'Family name (own script)',
    givenNative: 'Given name (own script)',
    kana: 'Name in katakana',
    birthDate: 'Date of birth',
    nationality: 'Nationality',
    sending: 'Sending government',
    status: 'Status',
  },
} as const;

export interface TraineeEntry {
  familyLatin?: string;
  givenLatin?: string;
  familyNative?: string;
  givenNative?: string;
  kana?: string;
  birthDate?: string;
  nationality?: string;
  sending?: string;
}

export class TraineesPage {
  readonly page: Page;

  constructor(readonly app: AppPage) {
    this.page = app.page;
  }

  get text() {
    return TEXT[this.app.language];
  }

  rows() {
    return this.page.getByTestId('trainee-row');
  }

  row(text: string) {
    return this.rows().filter({ hasText: text });
  }

  async openNew(): Promise<void> {
    await this.app.go('trainees');
    await this.page.getByRole('button', { name: this.text.add }).click();
  }

  async fill(entry: TraineeEntry): Promise<void> {
    const t = this.text;
    const fields: Array<[string | undefined, string]> = [
      [entry.familyLatin, t.familyLatin],
      [entry.givenLatin, t.givenLatin],
      [entry.familyNative, t.familyNative],
      [entry.givenNative, t.givenNative],
      [entry.kana, t.kana],
      [entry.birthDate, t.birthDate],
      [entry.sending, t.sending],
    ];
    for (const [value, label] of fields) {
      if (value !== undefined) await this.field(label).fill(value);
    }
    if (entry.nationality) {
      await this.page.getByRole('combobox', { name: t.nationality }).fill(entry.nationality);
      await this.page.getByRole('option', { name: entry.nationality, exact: true }).click();
    }
  }

  /** A form field by its label, whether or not it is marked required (" *"). */
  field(label: string) {
    const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return this.page.getByLabel(new RegExp(`^${escaped}( \\*)?$`));
  }

  async setStatus(label: string): Promise<void> {
    await this.field(this.text.status).selectOption({ label });
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: this.text.save, exact: true }).click();
  }

  async open(name: string): Promise<void> {
    await this.page.getByRole('link', { name }).click();
  }

  async delete(): Promise<void> {
    await this.page.getByRole('button', { name: this.text.delete, exact: true }).click();
    await this.page.getByRole('dialog').getByRole('button', { name: this.text.delete, exact: true }).click();
  }
}
