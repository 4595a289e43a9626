import path from 'node:path';
import type { Page } from '@playwright/test';
import type { AppPage } from './app-page';

const TEXT = {
  ja: {
    add: '研修員を登録',
    save: '保存',
    delete: '削除',
    search: '氏名で検索',
    familyLatin: '姓（ローマ字・旅券どおり）',
    givenLatin: '名（ローマ字・旅券どおり）',
    familyNative: '姓（母国語表記）',
    givenNative: '名（母国語表記）',
    kana: '氏名（カタカナ）',
    birthDate: '生年月日',
    nationality: '国籍',
    status: '状況',
    tabs: { profile: '基本情報', documents: '書類', health: '健康・食事', contacts: '連絡先', history: '変更履歴' },
    photoPick: '写真の選択',
    photoSave: 'この範囲で保存',
    trash: 'ごみ箱',
    restore: '復元',
  },
  en: {
    add: 'Add trainee',
    save: 'Save',
    delete: 'Delete',
    search: 'Search by name',
    familyLatin: 'Family name (as in passport)',
    givenLatin: 'Given name (as in passport)',
    familyNative: 'Family name (own script)',
    givenNative: 'Given name (own script)',
    kana: 'Name in katakana',
    birthDate: 'Date of birth',
    nationality: 'Nationality',
    status: 'Status',
    tabs: { profile: 'Profile', documents: 'Documents', health: 'Health and diet', contacts: 'Contacts', history: 'History' },
    photoPick: 'Choose a photo',
    photoSave: 'Save this crop',
    trash: 'Trash',
    restore: 'Restore',
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
}

export type Tab = keyof (typeof TEXT)['ja']['tabs'];

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

  /** How many trainees the list finds in all (not only the rows drawn). */
  count() {
    return this.page.getByTestId('trainee-count');
  }

  /** Scrolls the list to its last row. */
  async scrollToEnd(): Promise<void> {
    await this.page.getByTestId('trainee-scroll').evaluate((scroller) => scroller.scrollTo({ top: scroller.scrollHeight }));
  }

  async openNew(): Promise<void> {
    await this.app.go('trainees');
    await this.page.getByRole('button', { name: this.text.add }).click();
  }

  /** A form field by its label, whether or not it is marked required (" *"). */
  field(label: string) {
    const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return this.page.getByLabel(new RegExp(`^${escaped}( \\*)?$`));
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
    ];
    for (const [value, label] of fields) {
      if (value !== undefined) await this.field(label).fill(value);
    }
    if (entry.nationality) await this.pick(t.nationality, entry.nationality);
  }

  /** Chooses an option of a searchable select by typing it. */
  async pick(label: string, option: string): Promise<void> {
    await this.page.getByRole('combobox', { name: label }).fill(option);
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  async tab(tab: Tab): Promise<void> {
    await this.page.getByRole('tab', { name: new RegExp(`^${this.text.tabs[tab]}`) }).click();
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

  async search(query: string): Promise<void> {
    await this.page.getByRole('searchbox', { name: this.text.search }).fill(query);
  }

  async delete(): Promise<void> {
    await this.page.getByRole('button', { name: this.text.delete, exact: true }).click();
    await this.page.getByRole('dialog').getByRole('button', { name: this.text.delete, exact: true }).click();
  }

  async addPhoto(file = path.resolve(import.meta.dirname, '../../fixtures/portrait.png')): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: this.text.photoPick }).click();
    await (await chooser).setFiles(file);
    await this.page.getByRole('button', { name: this.text.photoSave }).click();
  }

  async restoreFromTrash(name: string): Promise<void> {
    await this.app.go('trainees');
    await this.page.getByRole('button', { name: this.text.trash }).click();
    await this.row(name).getByRole('button', { name: this.text.restore }).click();
  }
}
