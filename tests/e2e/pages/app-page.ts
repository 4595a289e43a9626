import { expect, type Locator, type Page } from '@playwright/test';
import { scanScreen } from '../axe-scan';

export type Language = 'ja' | 'en';

const NAV = {
  ja: {
    dashboard: 'ダッシュボード',
    years: '年度',
    trainees: '研修員',
    hosts: '受入自治体',
    assignments: '受入決定',
    procedures: '来日手続き',
    departures: '帰国・修了',
    letters: '公文書',
    alumni: 'OB・OG',
    statistics: '受入実績',
    arrivals: '到着・送迎',
    board: '空港ボード',
    stays: '宿泊',
    schedule: '日程',
    settings: '設定',
    prints: '印刷',
    conflicts: '同期の競合',
  },
  en: {
    dashboard: 'Dashboard',
    years: 'Program years',
    trainees: 'Trainees',
    hosts: 'Hosts',
    assignments: 'Assignments',
    procedures: 'Entry procedures',
    departures: 'Return & completion',
    letters: 'Letters',
    alumni: 'Alumni',
    statistics: 'Statistics',
    arrivals: 'Arrivals',
    board: 'Airport board',
    stays: 'Stays',
    schedule: 'Schedule',
    settings: 'Settings',
    prints: 'Prints',
    conflicts: 'Sync conflicts',
  },
} as const;

/** The shell: navigation, language switch and the confirmation line. */
export class AppPage {
  language: Language = 'ja';

  constructor(readonly page: Page) {}

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.page.getByRole('navigation').waitFor();
  }

  async switchLanguage(language: Language): Promise<void> {
    await scanScreen(this.page);
    await this.page.getByRole('banner').getByText(language === 'ja' ? '日本語' : 'English', { exact: true }).click();
    this.language = language;
    await this.page.getByRole('navigation').getByRole('link', { name: NAV[language].dashboard }).waitFor();
  }

  async go(section: keyof (typeof NAV)['ja']): Promise<void> {
    // A menu item may carry a count after its name (conflicts waiting).
    const name = NAV[this.language][section].replace(/[()]/g, '\\$&');
    await scanScreen(this.page);
    await this.page.getByRole('navigation').getByRole('link', { name: new RegExp(`^${name}(\\s*\\d+)?$`) }).click();
  }

  /**
   * Opens a menu from its button and picks an entry. A menu still opening (its entry moving,
   * or under the table for a moment) or closed by the list drawing again is opened and tried
   * again, rather than failing the spec on one slow frame.
   */
  async choose(trigger: Locator, entry: string): Promise<void> {
    await expect(async () => {
      if (!(await this.page.getByRole('menu').isVisible())) await trigger.click();
      await this.page.getByRole('menu').getByRole('menuitem', { name: entry }).click({ timeout: 2_000 });
    }).toPass();
  }

  flash() {
    return this.page.getByTestId('flash');
  }

  errorAlert() {
    return this.page.getByTestId('error-alert');
  }
}
