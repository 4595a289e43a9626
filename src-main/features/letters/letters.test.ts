import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../backend';
import { call, memoryBackend, tableCount, value } from '../../test/backend';
import { formatLetterDate, formatOfficialDate, formatWareki, setSheetDateStyle } from '@shared/text/date-format';
import { templateSeedId } from '../../db/migrations/0130-letters';
import { allowanceDays, fiscalYearOf, nextNumber, overlaps } from './letters';

const backends: Backend[] = [];
afterEach(() => backends.splice(0).forEach((b) => b.close()));

function at(date: string): Backend {
  const b = memoryBackend(() => new Date(`${date}T03:00:00Z`));
  backends.push(b);
  return b;
}

const DECISION = templateSeedId(1);
const ALLOWANCE = templateSeedId(3);

/** The sample year loaded, and this PC's numbers 1–100. */
async function sampleOffice(b: Backend) {
  const { yearId } = await value(b, 'sample:load', {});
  await value(b, 'letters:set-range', { firstNumber: 1, lastNumber: 100 });
  const recipients = await value(b, 'letters:recipients', { yearId });
  const hosts = recipients.filter((r) => r.traineeCount > 0);
  return { yearId, hosts };
}

const to = (hostIds: string[]) => hostIds.map((hostId) => ({ hostId, values: {}, allowMissing: false }));

async function docText(dataBase64: string): Promise<string> {
  const zip = await JSZip.loadAsync(Buffer.from(dataBase64, 'base64'));
  const xml = await zip.file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

describe('dates in 和暦', () => {
  it('writes the era change and 元年, and letters stay in 和暦 whatever the sheets use', () => {
    expect(formatWareki('2019-04-30')).toBe('平成31年4月30日');
    expect(formatWareki('2019-05-01')).toBe('令和元年5月1日');
    expect(formatLetterDate('2024-05-20', 'ja')).toBe('令和6年5月20日');
    expect(formatLetterDate('2024-05-20', 'en')).toBe('20 May 2024');
    setSheetDateStyle('western');
    try {
      expect(formatOfficialDate('2024-05-20', 'ja')).toBe('2024年5月20日');
      expect(formatLetterDate('2019-05-01', 'ja')).toBe('令和元年5月1日');
    } finally {
      setSheetDateStyle('wareki');
    }
    expect(formatOfficialDate('2024-05-20', 'ja')).toBe('令和6年5月20日');
  });
});

describe('the rules of numbering', () => {
  it('goes on after the highest number given in the block, never filling a gap, and stops at its end', () => {
    expect(nextNumber({ firstNumber: 1, lastNumber: 3 }, [])).toBe(1);
    expect(nextNumber({ firstNumber: 1, lastNumber: 3 }, [2, 501])).toBe(3);
    expect(nextNumber({ firstNumber: 1, lastNumber: 3 }, [3])).toBeNull();
    expect(overlaps({ firstNumber: 1, lastNumber: 500 }, { firstNumber: 500, lastNumber: 999 })).toBe(true);
    expect(overlaps({ firstNumber: 1, lastNumber: 499 }, { firstNumber: 500, lastNumber: 999 })).toBe(false);
    expect(fiscalYearOf('2025-03-31')).toBe(2024);
    expect(fiscalYearOf('2025-04-01')).toBe(2025);
  });
});

describe('letters', () => {
  it('starts with the six letters of the year, in both languages', async () => {
    const b = at('2024-05-20');
    const templates = await value(b, 'letters:templates', {});
    expect(templates.map((t) => t.titleJa)).toEqual([
      '利用要望調査について（依頼）', '研修員の決定について（通知）', '提出書類について（依頼）', '全体研修期間の生活補助費について', '帰国について（通知）', 'お礼',
    ]);
    expect(templates.every((t) => t.bodyEn.length > 0 && t.bodyJa.startsWith('　'))).toBe(true);
  });

  it('previews a letter per host with its head, its trainees in their scripts, 和暦 dates, and nothing numbered', async () => {
    const b = at('2024-05-20');
    const { yearId, hosts } = await sampleOffice(b);
    expect(hosts).toHaveLength(11);
    const usa = hosts.find((h) => h.hostName === '大分県宇佐市')!;
    const [letter] = await value(b, 'letters:preview', { templateId: DECISION, yearId, language: 'ja', recipients: to([usa.hostId]) });
    expect(letter!.missing).toEqual([]);
    expect(letter!.doc).toMatchObject({ numberLabel: null, date: '令和6年5月20日', addressee: '宇佐市長', title: '研修員の決定について（通知）' });
    expect(letter!.doc.body.join('')).toContain('令和6年度（2024年度）自治体職員協力交流事業');
    expect(letter!.doc.body.join('')).toContain('令和6年5月20日に来日し');
    expect(letter!.doc.items[0]).toBe('１　研修員　下表のとおり');
    expect(letter!.doc.table!.rows).toEqual([[
      { text: '이서연', lang: 'ko' }, { text: 'LEE Seoyeon', lang: null }, { text: '韓国', lang: null }, { text: '一般行政', lang: null },
      { text: '令和6年6月24日〜令和7年3月31日', lang: null },
    ]]);
    expect(tableCount(b, 'letters')).toBe(0);
  });

  it('reports a field with no value as missing and refuses to issue until it is filled or allowed blank', async () => {
    const b = at('2024-05-20');
    const { yearId, hosts } = await sampleOffice(b);
    const usa = hosts.find((h) => h.hostName === '大分県宇佐市')!;
    await value(b, 'hosts:update', { id: usa.hostId, headTitle: null, department: '総務課' });
    const [letter] = await value(b, 'letters:preview', { templateId: DECISION, yearId, language: 'ja', recipients: to([usa.hostId]) });
    expect(letter!.missing).toEqual([{ field: 'host.head', trainee: null }]);
    expect(letter!.doc.addressee).toBe('{{host.head}}');
    // The request for documents needs a deadline too.
    const [docs] = await value(b, 'letters:preview', { templateId: templateSeedId(2), yearId, language: 'ja', recipients: to([usa.hostId]) });
    expect(docs!.missing.map((m) => m.field)).toEqual(['due', 'host.head']);

    const refused = await call(b, 'letters:issue', { templateId: DECISION, yearId, language: 'ja', recipients: to([usa.hostId]) });
    expect(refused).toMatchObject({ ok: false, error: { code: 'validation', params: { issues: [{ rule: 'letter_fields_missing' }] } } });
    expect(tableCount(b, 'letters')).toBe(0);

    const filled = await value(b, 'letters:issue', { templateId: DECISION, yearId, language: 'ja', recipients: [{ hostId: usa.hostId, values: { 'host.head': '宇佐市長' }, allowMissing: false }] });
    expect(filled.letters[0]).toMatchObject({ addressee: '宇佐市長', numberLabel: '自国経第1号' });
    const blank = await value(b, 'letters:issue', { templateId: DECISION, yearId, language: 'ja', recipients: [{ hostId: usa.hostId, values: {}, allowMissing: true }] });
    expect(blank.letters[0]).toMatchObject({ addressee: '', numberLabel: '自国経第2号' });
  });

  it('issues to every host in one transaction, numbers them in order, and a cancelled letter keeps its number', async () => {
    const b = at('2024-05-20');
    const { yearId, hosts } = await sampleOffice(b);
    await value(b, 'settings:update', { staffName: '佐藤' });
    const { batchId, letters } = await value(b, 'letters:issue', { templateId: DECISION, yearId, language: 'ja', recipients: to(hosts.map((h) => h.hostId)) });
    expect(letters.map((l) => l.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(letters.every((l) => l.issuedBy === '佐藤' && l.issuedOn === '2024-05-20' && l.fiscalYear === 2024)).toBe(true);
    const printed = await value(b, 'letters:issued', { batchId });
    expect(printed).toHaveLength(11);
    expect(printed[0]!.doc.numberLabel).toBe('自国経第1号');

    const cancelled = await value(b, 'letters:cancel', { id: letters[3]!.id });
    expect(cancelled).toMatchObject({ status: 'cancelled', number: 4, cancelledOn: '2024-05-20', cancelledBy: '佐藤' });
    const next = await value(b, 'letters:issue', { templateId: DECISION, yearId, language: 'ja', recipients: to([hosts[0]!.hostId]) });
    expect(next.letters[0]!.number).toBe(12);
    const register = await value(b, 'letters:register', { fiscalYear: 2024 });
    expect(register.entries.map((e) => e.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(register.entries[3]!.status).toBe('cancelled');

    // One failing recipient leaves nothing numbered.
    const before = tableCount(b, 'letters');
    const bad = await call(b, 'letters:issue', { templateId: DECISION, yearId, language: 'ja', recipients: to([hosts[0]!.hostId, '00000000-0000-7000-8000-00000000dead']) });
    expect(bad.ok).toBe(false);
    expect(tableCount(b, 'letters')).toBe(before);
  });

  it('numbers each fiscal year from the start of the block, and refuses when the block is used up', async () => {
    const b = at('2024-05-20');
    const { yearId, hosts } = await sampleOffice(b);
    await value(b, 'letters:set-range', { firstNumber: 1, lastNumber: 2 });
    const one = to([hosts[0]!.hostId]);
    await value(b, 'letters:issue', { templateId: DECISION, yearId, language: 'ja', recipients: one });
    await value(b, 'letters:issue', { templateId: DECISION, yearId, language: 'ja', recipients: one });
    const full = await call(b, 'letters:issue', { templateId: DECISION, yearId, language: 'ja', recipients: one });
    expect(full).toMatchObject({ ok: false, error: { params: { issues: [{ rule: 'letter_range_full' }] } } });
    const nextYear = await value(b, 'letters:issue', { templateId: DECISION, yearId, language: 'ja', issuedOn: '2025-04-01', recipients: one });
    expect(nextYear.letters[0]).toMatchObject({ fiscalYear: 2025, number: 1 });
  });

  it('refuses to issue on a PC with no block of numbers', async () => {
    const b = at('2024-05-20');
    const { yearId } = await value(b, 'sample:load', {});
    const hosts = (await value(b, 'letters:recipients', { yearId })).filter((h) => h.traineeCount > 0);
    const refused = await call(b, 'letters:issue', { templateId: DECISION, yearId, language: 'ja', recipients: to([hosts[0]!.hostId]) });
    expect(refused).toMatchObject({ ok: false, error: { params: { issues: [{ rule: 'letter_no_range' }] } } });
  });

  it('computes the allowance from the arrival to the move times the year\'s rate', async () => {
    const b = at('2024-05-20');
    const { yearId, hosts } = await sampleOffice(b);
    const year = await value(b, 'years:get', { id: yearId });
    // The sample year: arrival 20 May 2024, moved to the host 24 June 2024 → 35 days.
    expect(allowanceDays(year.milestones)).toBe(35);
    const usa = hosts.find((h) => h.hostName === '大分県宇佐市')!;
    const [noRate] = await value(b, 'letters:preview', { templateId: ALLOWANCE, yearId, language: 'ja', recipients: to([usa.hostId]) });
    expect(noRate!.missing.map((m) => m.field)).toContain('allowance.rate');
    await value(b, 'letters:set-year-options', { yearId, allowanceRate: 3000 });
    const [letter] = await value(b, 'letters:preview', { templateId: ALLOWANCE, yearId, language: 'ja', recipients: to([usa.hostId]) });
    expect(letter!.missing).toEqual([]);
    expect(letter!.doc.table!.rows[0]!.map((c) => c.text)).toEqual(['이서연', '韓国', '35', '3,000円', '105,000円']);
    expect(letter!.doc.items).toContain('３　金額　105,000円（内訳は下表のとおり）');
  });

  it('writes an English letter from a new template', async () => {
    const b = at('2024-05-20');
    const { yearId, hosts } = await sampleOffice(b);
    const template = await value(b, 'letters:template-save', {
      id: null, titleJa: '研修報告会について', titleEn: 'Training report meeting', addresseeJa: '{{host.head}}', addresseeEn: 'Mayor of {{host.name}}',
      bodyJa: '　本文', bodyEn: 'We invite the trainees of {{host.name}} ({{trainees.names}}) to the report meeting on {{due}}.', itemsJa: '', itemsEn: 'Date: {{due}}', table: 'none',
    });
    const usa = hosts.find((h) => h.hostName === '大分県宇佐市')!;
    const { letters } = await value(b, 'letters:issue', { templateId: template.id, yearId, language: 'en', due: '2025-02-14', recipients: to([usa.hostId]) });
    expect(letters[0]).toMatchObject({ numberLabel: 'CLAIR-LG No. 1', title: 'Training report meeting', addressee: 'Mayor of Usa City' });
    const [issued] = await value(b, 'letters:issued', { id: letters[0]!.id });
    expect(issued!.doc.body).toEqual(['We invite the trainees of Usa City (이서연) to the report meeting on 14 February 2025.']);
    expect(issued!.doc.date).toBe('20 May 2024');
  });

  it('makes a .docx that holds the letter\'s text, and the register as Excel', async () => {
    const b = at('2024-05-20');
    const { yearId, hosts } = await sampleOffice(b);
    const usa = hosts.find((h) => h.hostName === '大分県宇佐市')!;
    const { letters } = await value(b, 'letters:issue', { templateId: DECISION, yearId, language: 'ja', recipients: to([usa.hostId]) });
    const file = await value(b, 'letters:docx', { id: letters[0]!.id });
    expect(file.fileName).toBe('自国経第1号_研修員の決定について（通知）_宇佐市長.docx');
    const text = await docText(file.dataBase64);
    for (const part of ['自国経第1号', '令和6年5月20日', '宇佐市長　様', '研修員の決定について（通知）', '이서연', 'LEE Seoyeon', '記', '以上', '一般財団法人自治体国際化協会']) {
      expect(text).toContain(part);
    }
    await value(b, 'letters:cancel', { id: letters[0]!.id });
    const excel = await value(b, 'letters:register-export', { fiscalYear: 2024, language: 'ja' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(excel.dataBase64, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('文書番号簿');
    expect(sheet.getRow(1).values).toEqual([undefined, '文書番号', '発信日', '件名', '宛先', '発信者（担当）', '取消']);
    expect(sheet.getRow(2).getCell(1).value).toBe('自国経第1号');
    expect(sheet.getRow(2).getCell(6).value).toBe('取消（2024-05-20）');
  });

  it('refuses a block of numbers that overlaps another PC\'s', async () => {
    const b = at('2024-05-20');
    b.ctx.db.prepare(
      `INSERT INTO letter_number_ranges (id, device_id, device_name, first_number, last_number, created_at, updated_at) VALUES ('r', 'other-pc', 'ノートPC', 1, 499, 'x', 'x')`,
    ).run();
    const overlap = await call(b, 'letters:set-range', { firstNumber: 400, lastNumber: 999 });
    expect(overlap).toMatchObject({ ok: false, error: { params: { issues: [{ field: 'firstNumber', rule: 'letter_range_overlap', params: { device: 'ノートPC' } }] } } });
    const options = await value(b, 'letters:set-range', { firstNumber: 500, lastNumber: 999 });
    expect(options.ranges.map((r) => [r.firstNumber, r.isThisDevice])).toEqual([[1, false], [500, true]]);
  });
});
