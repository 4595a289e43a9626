import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import ja from '../../src-shared/i18n/ja.json';
import en from '../../src-shared/i18n/en.json';
import { BANNED_FORMS, formsFor } from './banned-terms';

const PRINTS = path.resolve(import.meta.dirname, '../../src-renderer/features/prints');

function strings(tree: unknown, prefix = ''): Array<[string, string]> {
  if (typeof tree === 'string') return [[prefix, tree]];
  return Object.entries(tree as Record<string, unknown>).flatMap(([k, v]) => strings(v, prefix ? `${prefix}.${k}` : k));
}

/** The text a print component writes itself: JSX text and string literals, not comments or imports. */
function literalsOf(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (ts.isJsxText(node) && node.text.trim()) found.push(node.text.trim());
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      found.push(node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The sheets' components (not their tests): what they write prints as it is, in either language. */
function sheetLiterals(): Array<[string, string]> {
  return fs
    .readdirSync(PRINTS)
    .filter((f) => f.endsWith('.tsx') && !f.endsWith('.test.tsx'))
    .flatMap((f) => literalsOf(path.join(PRINTS, f)).map((text): [string, string] => [`sheet:${f}`, text]));
}

function offences(entries: Array<[string, string]>, language: 'ja' | 'en'): string[] {
  return entries.flatMap(([key, text]) => formsFor(key, language).filter((f) => f.form.test(text)).map((f) => `${key}: 「${text}」 → ${f.use}`));
}

describe('the terms decided once (TERMS.md)', () => {
  it('reads the strings and the sheets it checks', () => {
    expect(strings(ja).length).toBeGreaterThan(1000);
    const literals = sheetLiterals();
    expect(literals.some(([key]) => key === 'sheet:HandoverSheet.tsx')).toBe(true);
    expect(literals.map(([, text]) => text)).toContain('kk-page');
  });

  it('catches each ruled-out form where it is ruled out', () => {
    const sample: Array<[string, string, 'ja' | 'en', boolean]> = [
      ['trainee.x', '研修生の一覧', 'ja', true],
      ['assignment.x', '受入が決まっています', 'ja', true],
      ['assignment.x', '受入自治体・受入期間・受入れの決定', 'ja', false],
      ['sync.x', '共有フォルダを選択', 'ja', true],
      ['sync.x', '共有フォルダーを選択', 'ja', false],
      ['print.x', 'CLAIR 事務所：', 'ja', true],
      ['print.x', 'CLAIR office:', 'en', true],
      ['print.x', '5月20日–26日', 'ja', true],
      ['print.x', '20–26 May', 'en', false],
      ['print.x', '—', 'en', true],
      ['common.none', '—', 'ja', false],
      ['sheet:X.tsx', '—', 'ja', true],
      ['trainee.x', '氏名（現地表記）', 'ja', true],
      ['trainee.x', '自治体名（現地表記）', 'ja', false],
      ['trainee.x', '国', 'ja', true],
      ['trainee.x', '国・地域', 'ja', false],
      ['trainee.x', '国籍', 'ja', false],
      ['board.x', '着 {{time}}', 'ja', true],
      ['board.x', '{{time}}着', 'ja', false],
    ];
    for (const [key, text, language, isBanned] of sample) expect(offences([[key, text]], language).length > 0, `${key} ${text}`).toBe(isBanned);
    expect(BANNED_FORMS.length).toBeGreaterThan(15);
  });

  it('no Japanese string uses a form TERMS.md rules out', () => {
    expect(offences(strings(ja), 'ja')).toEqual([]);
  });

  it('no English string uses a form ruled out for both languages or for sheets', () => {
    expect(offences(strings(en), 'en')).toEqual([]);
  });

  it('no print component writes a ruled-out form itself', () => {
    expect(offences(sheetLiterals(), 'ja')).toEqual([]);
  });
});
