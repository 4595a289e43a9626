import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { foldText } from '@shared/text/fold';
import { folderBackend, memoryBackend, value } from '../../test/backend';
import type { Backend } from '../../backend';

const person = (familyNameNative: string, givenNameNative: string, givenNameLatin: string, nameLang: 'zh-Hans' | 'zh-Hant' | 'ja') =>
  ({ familyNameNative, givenNameNative, familyNameLatin: 'Test', givenNameLatin, nameLang, nameOrder: 'family_first', nationality: 'CN', status: 'selected' }) as const;

async function found(backend: Backend, query: string): Promise<string[]> {
  return (await value(backend, 'trainees:list', { query })).map((t) => `${t.familyNameNative}${t.givenNameNative}`).sort();
}

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe('search matches the simplified, traditional and Japanese forms of one character', () => {
  it('王暁燕 finds 王晓燕 and 張偉 finds 张伟 (three characters through the index, two by scanning), and back', async () => {
    const backend = memoryBackend();
    const year = await value(backend, 'years:create', { fiscalYear: 2024 });
    await value(backend, 'trainees:create', { yearId: year.id, ...person('王', '晓燕', 'Xiaoyan', 'zh-Hans') });
    await value(backend, 'trainees:create', { yearId: year.id, ...person('张', '伟', 'Wei', 'zh-Hans') });
    await value(backend, 'trainees:create', { yearId: year.id, ...person('陳', '國華', 'Kuohua', 'zh-Hant') });

    expect(await found(backend, '王暁燕')).toEqual(['王晓燕']);
    expect(await found(backend, '王曉燕')).toEqual(['王晓燕']);
    expect(await found(backend, '張偉')).toEqual(['张伟']);
    expect(await found(backend, '暁燕')).toEqual(['王晓燕']);
    // A traditional name is found by its simplified and its Japanese forms.
    expect(await found(backend, '陈国华')).toEqual(['陳國華']);
    expect(await found(backend, '陳国華')).toEqual(['陳國華']);
    expect(await found(backend, '国')).toEqual(['陳國華']);
  });

  it('a database indexed by the rules before is indexed again when it is opened', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kk-kanji-'));
    dirs.push(dir);
    const first = folderBackend(dir);
    const year = await value(first, 'years:create', { fiscalYear: 2024 });
    const zhang = await value(first, 'trainees:create', { yearId: year.id, ...person('張', '偉', 'Wei', 'zh-Hant') });
    // As an older version left it: the names folded without the Han forms, and no mark of the rules.
    first.ctx.db.prepare('UPDATE trainee_search SET text = ? WHERE id = ?').run(foldText('張 | 偉 | 張偉 | test wei | wei test'), zhang.id);
    first.ctx.db.prepare("DELETE FROM settings WHERE id = 'searchTextVersion'").run();
    expect(await found(first, '张伟')).toEqual([]);
    first.close();

    const again = folderBackend(dir);
    expect(await found(again, '张伟')).toEqual(['張偉']);
    expect(await found(again, '張偉')).toEqual(['張偉']);
    again.close();
  });
});
