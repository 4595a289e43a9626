/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { contract } from '@shared/contract/channels';
import { ERROR_CODES } from '@shared/contract/result';
import { MILESTONE_KINDS } from '@shared/contract/years';
import { NAME_LANGS, TRAINEE_STATUSES } from '@shared/contract/trainees';
import ja from '@shared/i18n/ja.json';
import en from '@shared/i18n/en.json';
import { formatDate } from '@shared/text/date-format';
import { createI18n } from './index';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

function get(tree: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);
}


describe('translations', () => {
  it('counts one in English in the singular, and any number in Japanese the same way', () => {
    const english = createI18n('en');
    expect(english.t('room.beds', { count: 1 })).toBe('1 bed');
    expect(english.t('room.beds', { count: 4 })).toBe('4 beds');
    expect(createI18n('ja').t('room.beds', { count: 1 })).toBe('1人部屋');
  });

  it('has the same keys in Japanese and English, none empty', () => {
    // English says "1 bed" with a `_one` form; Japanese has no plural, so only the key itself.
    const singulars = keys(en).filter((k) => k.endsWith('_one'));
    for (const key of singulars) expect(get(ja, key.slice(0, -4)), key).toBeTypeOf('string');
    expect(keys(en).filter((k) => !k.endsWith('_one')).sort()).toEqual(keys(ja).sort());
    for (const key of keys(ja)) {
      expect(String(get(ja, key)).trim(), key).not.toBe('');
      expect(String(get(en, key)).trim(), key).not.toBe('');
    }
  });

  it('translates every error code, milestone, status and name language', () => {
    const needed = [
      ...ERROR_CODES.map((c) => `errors.code.${c}`),
      ...MILESTONE_KINDS.map((k) => `year.milestone.${k}`),
      ...TRAINEE_STATUSES.map((s) => `trainee.status.${s}`),
      ...NAME_LANGS.map((l) => `trainee.nameLang.${l}`),
    ];
    for (const key of needed) {
      expect(get(ja, key), key).toBeTypeOf('string');
      expect(get(en, key), key).toBeTypeOf('string');
    }
  });

  it('translates every validation rule the main process can report', () => {
    // Rules are the messages of the contract's checks and the `rule:` of services' field issues.
    const sources = import.meta.glob(['../../src-main/**/*.ts', '../../src-shared/**/*.ts', '!../../src-*/**/*.test.ts'], { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
    const rules = new Set<string>();
    for (const [file, text] of Object.entries(sources)) {
      for (const m of text.matchAll(/(?:rule|message|error): '([a-z]+(?:_[a-z]+)*)'/g)) rules.add(m[1]!);
      if (file.includes('/contract/')) for (const m of text.matchAll(/(?:, |\(|: )'([a-z]+(?:_[a-z]+)*)'\)(?!\.default)/g)) rules.add(m[1]!);
    }
    const defaults = new Set(['ja', 'en', 'es', 'ko', 'ne', 'family_first', 'given_first']);
    const needed = [...rules].filter((r) => !defaults.has(r));
    expect(needed).toContain('invalid_flight_number');
    expect(needed.length).toBeGreaterThan(40);
    for (const rule of needed) {
      expect(get(ja, `errors.rule.${rule}`), rule).toBeTypeOf('string');
      expect(get(en, `errors.rule.${rule}`), rule).toBeTypeOf('string');
    }
  });

  it('has a label for every field of the trainee and year inputs', () => {
    const traineeFields = Object.keys(contract['trainees:create'].input.shape);
    expect(traineeFields).toContain('familyNameLatin');
    for (const field of traineeFields) expect(get(ja, `trainee.field.${field}`), field).toBeTypeOf('string');
    expect(get(ja, 'year.field.fiscalYear')).toBe('年度（西暦）');
  });
});

describe('dates', () => {
  it('writes dates as people in Japan do, and in English', () => {
    expect(formatDate('2024-05-20', 'ja')).toBe('2024年5月20日');
    expect(formatDate('2024-05-20', 'en')).toBe('20 May 2024');
    expect(formatDate(null, 'ja')).toBe('');
  });

  it('writes the dates an error message carries the same way', () => {
    const params = { trainee: '이서연', host: '大分県宇佐市', startsOn: '2024-06-24', endsOn: '2025-03-31' };
    expect(createI18n('ja').t('errors.code.assignment_overlap', params)).toBe(
      '이서연さんは2024年6月24日〜2025年3月31日に大分県宇佐市での受入れが決まっています。期間が重ならないよう、開始日または終了日を変更してください。',
    );
    expect(createI18n('en').t('errors.code.assignment_overlap', params)).toContain('from 24 June 2024 to 31 March 2025. Change the start or end date');
  });
});
