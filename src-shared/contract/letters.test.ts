import { describe, expect, it } from 'vitest';
import { LetterDoc } from './letters';

const doc = (traineeIds: string[] | undefined) => ({
  language: 'ja',
  numberLabel: '自国経第1号',
  date: '令和6年5月20日',
  addressee: '宇佐市長 様',
  sender: [],
  title: '研修員の受入れについて',
  body: [],
  items: [],
  table: { columns: ['氏名'], rows: traineeIds?.map(() => [{ text: 'LEE', lang: null }]) ?? [], ...(traineeIds ? { traineeIds } : {}) },
  contact: [],
});

describe("a letter's table says whose each row is by the trainee's id", () => {
  it('takes the ids the database makes (time-ordered v7, and keyed v8), and a table of a letter issued before the ids were kept', () => {
    expect(LetterDoc.safeParse(doc(['01900000-0000-7000-8000-000000000001', '3f2a9c1e-5b7d-8e4f-a1b2-c3d4e5f6a7b8'])).success).toBe(true);
    expect(LetterDoc.safeParse(doc(undefined)).success).toBe(true);
  });

  it('refuses a row owner that is no id (an emptied or garbled entry), so an erasure can rely on finding the trainee by it', () => {
    for (const id of ['', 'LEE Seoyeon', '01900000-0000-7000-8000-00000000000']) {
      const parsed = LetterDoc.safeParse(doc([id]));
      expect(parsed.success).toBe(false);
      expect(parsed.error!.issues[0]!.path).toEqual(['table', 'traineeIds', 0]);
    }
  });
});
