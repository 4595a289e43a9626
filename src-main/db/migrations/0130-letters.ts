import type { Migration } from '../migrate';

/**
 * Official letters (issue 18), all shared by sync:
 * - letter_templates: the office's letters, Japanese and English (title, addressee, body and 記
 *   items with merge fields, and which table the letter carries), the six of the year prefilled
 *   under fixed ids so every installation shares them;
 * - letter_options: one row (fixed id) with the number prefix, the sender and the contact block;
 * - letter_number_ranges: the numbers each PC may give (one row per device, keyed by its id), so
 *   two PCs issuing offline do not give the same number; overlaps are refused when set and, once a
 *   sync reveals blocks set apart that overlap, issuing is refused;
 * - letter_year_options: per program year, the daily allowance rate of the joint training period;
 * - letters: the document-number register (文書番号簿), the office's own, not a program year's record
 *   (so a closed year does not lock it). Each letter has its own random id, so a number given twice
 *   (two PCs whose blocks, set apart, overlap) stays two letters after sync, shown as 番号重複 — never
 *   merged into one row. There is no unique (fiscal_year, number): it would refuse the sync instead.
 *   A cancelled letter keeps its row and number (status 'cancelled'); rows are never deleted.
 * - hosts.head_title: the title of the host's head the letters are addressed to (宇佐市長).
 */
type Template = [key: string, position: number, table: string, titleJa: string, titleEn: string, bodyJa: string, itemsJa: string, bodyEn: string, itemsEn: string];

const GREETING_JA = '　時下ますます御清祥のこととお喜び申し上げます。\n　平素から本協会の事業の推進につきまして、格別の御理解と御協力を賜り、厚く御礼申し上げます。';

export const LETTER_TEMPLATES: readonly Template[] = [
  [
    'survey_request', 0, 'none',
    '利用要望調査について（依頼）', 'Survey of requests to host trainees',
    `${GREETING_JA}\n\u3000さて、{{year}}自治体職員協力交流事業（LGOTP）の実施に当たり、研修員の受入れに関する利用要望調査を下記のとおり実施いたします。\n\u3000つきましては、御多忙のところ誠に恐縮ですが、{{due}}までに御回答くださいますようお願いいたします。`,
    '調査内容　研修員の受入れの希望の有無、希望する国・地域、研修分野及び受入期間\n回答期限　{{due}}\n回答方法　別添の調査票に御記入の上、電子メールにより御提出ください。',
    'We thank you for your continued support of the Local Government Officials Training Program (LGOTP).\nWe are now surveying the local governments that wish to host trainees in {{year}}. We would be grateful if you could answer by {{due}}.',
    'Subject of the survey: whether you wish to host a trainee, the country or region, the field of training and the period\nDeadline: {{due}}\nHow to answer: fill in the attached form and send it by email.',
  ],
  [
    'decision_notice', 1, 'trainees',
    '研修員の決定について（通知）', 'Notice of the trainees decided',
    `${GREETING_JA}\n\u3000さて、{{year}}自治体職員協力交流事業（LGOTP）により貴団体で受け入れていただく研修員について、下記のとおり決定しましたので通知します。\n\u3000研修員は{{date.arrival}}に来日し、全体研修を経て{{date.host_move}}に貴団体へ配属される予定です。受入れに当たりましては、引き続き御協力をお願いいたします。`,
    '研修員　下表のとおり\n来日予定日　{{date.arrival}}\n受入自治体へ配属される日　{{date.host_move}}',
    'We thank you for your continued support of the Local Government Officials Training Program (LGOTP).\nWe are pleased to inform you that the trainees you will host in {{year}} have been decided, as listed below. They will arrive in Japan on {{date.arrival}} and, after the joint training, move to {{host.name}} on {{date.host_move}}.',
    'Trainees: as in the table below\nArrival in Japan: {{date.arrival}}\nMove to the host: {{date.host_move}}',
  ],
  [
    'documents_request', 2, 'trainees',
    '提出書類について（依頼）', 'Request for documents',
    `${GREETING_JA}\n\u3000さて、{{year}}自治体職員協力交流事業（LGOTP）により貴団体で受け入れていただく研修員の在留資格認定証明書交付申請等のため、下記の書類を{{due}}までに御提出くださいますようお願いいたします。`,
    '提出書類　研修実施予定表、研修員の受入れに関する確認書\n提出期限　{{due}}\n提出先　本協会担当者あて（電子メール又は郵送）',
    'For the application for the Certificate of Eligibility of the trainees you will host in {{year}}, we would be grateful if you could send us the documents below by {{due}}.',
    'Documents: training schedule, confirmation of hosting\nDeadline: {{due}}\nSend to: the contact person below (by email or post)',
  ],
  [
    'allowance', 3, 'allowance',
    '全体研修期間の生活補助費について', 'Living allowance for the joint training period',
    `${GREETING_JA}\n\u3000さて、{{year}}自治体職員協力交流事業（LGOTP）の研修員が来日してから貴団体へ配属されるまでの全体研修期間の生活補助費について、下記のとおり算定しましたのでお知らせします。`,
    '対象期間　{{date.arrival}}から受入自治体へ配属される日（{{date.host_move}}）の前日まで\n日額　{{allowance.rate}}\n金額　{{allowance.total}}（内訳は下表のとおり）',
    'We have calculated the living allowance of the joint training period, from the trainees\' arrival in Japan until they move to {{host.name}}, as below.',
    'Period: from {{date.arrival}} to the day before the move to the host ({{date.host_move}})\nDaily rate: {{allowance.rate}}\nAmount: {{allowance.total}} (per trainee in the table below)',
  ],
  [
    'return_notice', 4, 'trainees',
    '帰国について（通知）', 'Notice of the return home',
    `${GREETING_JA}\n\u3000さて、貴団体で受け入れていただいている{{year}}自治体職員協力交流事業（LGOTP）の研修員について、下記のとおり帰国の予定となりましたので通知します。\n\u3000帰国に当たりましては、転出の届出、国民健康保険の脱退、銀行口座の解約等の手続について、研修員への御助言をお願いいたします。`,
    '帰国予定日　{{date.return_home}}\n研修員　下表のとおり',
    'The trainees you host in {{year}} are to return home as below. We would be grateful for your help with their moving-out notification, leaving the National Health Insurance and closing their bank accounts.',
    'Return home: {{date.return_home}}\nTrainees: as in the table below',
  ],
  [
    'thanks', 5, 'none',
    'お礼', 'Letter of thanks',
    '　{{year}}自治体職員協力交流事業（LGOTP）の実施に当たりましては、研修員の受入れに格別の御配慮と御尽力を賜り、心から御礼申し上げます。\n　おかげさまで、研修員は所期の研修を終え、無事に帰国することができました。貴団体で得た知識と経験は、帰国後の業務に必ず生かされるものと確信しております。\n　今後とも本協会の事業に御理解と御協力を賜りますようお願い申し上げます。',
    '',
    'We thank you most sincerely for hosting trainees of the Local Government Officials Training Program in {{year}}.\nThanks to your care, the trainees completed their training and returned home safely. We are sure that what they learned with you will serve them in their work.\nWe look forward to your continued support.',
    '',
  ],
];

/** The fixed id of a prefilled template (the same on every installation). */
export function templateSeedId(position: number): string {
  return `00000000-0000-7000-8130-0000000000${String(position + 1).padStart(2, '0')}`;
}

export const LETTER_OPTIONS_ID = '00000000-0000-7000-8130-000000000100';

const SEED_STAMP = '2019-05-01T00:00:00.000Z';

export const letters: Migration = {
  version: 130,
  name: '0130-letters',
  up(db) {
    db.exec(`
      ALTER TABLE hosts ADD COLUMN head_title TEXT;

      CREATE TABLE letter_templates (
        id           TEXT PRIMARY KEY,
        key          TEXT,
        title_ja     TEXT NOT NULL,
        title_en     TEXT NOT NULL,
        addressee_ja TEXT NOT NULL DEFAULT '{{host.head}}',
        addressee_en TEXT NOT NULL DEFAULT '{{host.head}}',
        body_ja      TEXT NOT NULL DEFAULT '',
        body_en      TEXT NOT NULL DEFAULT '',
        items_ja     TEXT NOT NULL DEFAULT '',
        items_en     TEXT NOT NULL DEFAULT '',
        table_kind   TEXT NOT NULL DEFAULT 'none' CHECK (table_kind IN ('none', 'trainees', 'allowance')),
        position     INTEGER NOT NULL,
        created_at   TEXT NOT NULL,
        updated_at   TEXT NOT NULL
      );

      CREATE TABLE letter_options (
        id           TEXT PRIMARY KEY,
        prefix_ja    TEXT NOT NULL,
        prefix_en    TEXT NOT NULL,
        sender_ja    TEXT NOT NULL,
        sender_en    TEXT NOT NULL,
        contact_ja   TEXT NOT NULL,
        contact_en   TEXT NOT NULL,
        sheet_dates  TEXT NOT NULL DEFAULT 'wareki' CHECK (sheet_dates IN ('wareki', 'western')),
        created_at   TEXT NOT NULL,
        updated_at   TEXT NOT NULL
      );

      CREATE TABLE letter_number_ranges (
        id           TEXT PRIMARY KEY,
        device_id    TEXT NOT NULL,
        device_name  TEXT,
        first_number INTEGER NOT NULL,
        last_number  INTEGER NOT NULL,
        created_at   TEXT NOT NULL,
        updated_at   TEXT NOT NULL
      );

      CREATE TABLE letter_year_options (
        id             TEXT PRIMARY KEY,
        year_id        TEXT NOT NULL REFERENCES program_years(id) ON DELETE CASCADE,
        allowance_rate INTEGER,
        created_at     TEXT NOT NULL,
        updated_at     TEXT NOT NULL
      );

      CREATE TABLE letters (
        id            TEXT PRIMARY KEY,
        fiscal_year   INTEGER NOT NULL,
        number        INTEGER NOT NULL,
        number_label  TEXT NOT NULL,
        issued_on     TEXT NOT NULL,
        batch_id      TEXT NOT NULL,
        -- The program year the letter was made from, not a foreign key: the register is the office's
        -- own (per fiscal year of issue) and stays writable (取消) when the program year is closed.
        year_id       TEXT,
        template_id   TEXT,
        host_id       TEXT REFERENCES hosts(id) ON DELETE SET NULL,
        language      TEXT NOT NULL CHECK (language IN ('ja', 'en')),
        title         TEXT NOT NULL,
        addressee     TEXT NOT NULL,
        issued_by     TEXT,
        device_id     TEXT NOT NULL,
        content       TEXT NOT NULL,
        status        TEXT NOT NULL DEFAULT 'issued' CHECK (status IN ('issued', 'cancelled')),
        cancelled_on  TEXT,
        cancelled_by  TEXT,
        created_at    TEXT NOT NULL,
        updated_at    TEXT NOT NULL
      );
      CREATE INDEX letters_by_year ON letters(fiscal_year, number);
      CREATE INDEX letters_by_batch ON letters(batch_id);
    `);
    const insert = db.prepare(
      `INSERT INTO letter_templates (id, key, title_ja, title_en, body_ja, body_en, items_ja, items_en, table_kind, position, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const [key, position, table, titleJa, titleEn, bodyJa, itemsJa, bodyEn, itemsEn] of LETTER_TEMPLATES) {
      insert.run(templateSeedId(position), key, titleJa, titleEn, bodyJa, bodyEn, itemsJa, itemsEn, table, position, SEED_STAMP, SEED_STAMP);
    }
    db.prepare(
      `INSERT INTO letter_options (id, prefix_ja, prefix_en, sender_ja, sender_en, contact_ja, contact_en, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      LETTER_OPTIONS_ID,
      '自国経',
      'CLAIR-LG',
      '一般財団法人自治体国際化協会\n理事長',
      'Chairperson\nCouncil of Local Authorities for International Relations (CLAIR)',
      '一般財団法人自治体国際化協会（CLAIR）\n交流支援部　経済交流課\nTEL　03-5213-1733',
      'Council of Local Authorities for International Relations (CLAIR)\nExchange Support Department\nTel. +81 3 5213 1733',
      SEED_STAMP,
      SEED_STAMP,
    );
  },
};
