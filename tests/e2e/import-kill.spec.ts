import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { expect, keyFileOf, ROOT, test } from './fixtures';

/** 10,000 trainees as a CSV the import accepts. */
function bigCsv(): string {
  const lines = ['姓,名,フリガナ,生年月日,国籍,旅券番号'];
  for (let i = 0; i < 10_000; i++) {
    lines.push(`Kim,Minji${i},キム ミンジ,1995/5/${(i % 28) + 1},韓国,MK${String(i).padStart(7, '0')}`);
  }
  return lines.join('\r\n') + '\r\n';
}

test('a process killed in the middle of a 10,000-row import leaves a sound database without any of its rows', async () => {
  test.setTimeout(120_000);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kk-kill-'));
  const token = 'kill-test';
  const child = spawn(process.execPath, [path.join(ROOT, 'build/main/host.cjs')], {
    env: { ...process.env, PORT: '0', KAKEHASHI_DATA_DIR: dataDir, KAKEHASHI_KEY_FILE: keyFileOf(dataDir), KAKEHASHI_TOKEN: token, KAKEHASHI_IMPORT_TRACE: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const seen = async (text: string) => {
    for (let waited = 0; !output.includes(text); waited += 20) {
      if (waited > 60_000) throw new Error(`never saw "${text}": ${output}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  await seen('Kakehashi: http');
  const origin = /http:\/\/127\.0\.0\.1:\d+/.exec(output)![0];
  const post = (channel: string, body: unknown) =>
    fetch(`${origin}/api/${channel}`, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: JSON.stringify(body) });
  const year = await (await post('years:create', { fiscalYear: 2024 })).json();

  void post('imports:apply', { yearId: year.value.id, fileName: 'big.csv', dataBase64: Buffer.from(bigCsv()).toString('base64') }).catch(() => undefined);
  // Pull the plug once the transaction has written 3,000 of the 10,000 rows.
  await seen('import: 3000 rows written');
  child.kill('SIGKILL');
  await new Promise((resolve) => child.on('exit', resolve));

  const db = new Database(path.join(dataDir, 'kakehashi.sqlite'));
  const { databaseKey } = JSON.parse(fs.readFileSync(keyFileOf(dataDir), 'utf8')) as { databaseKey: string };
  db.pragma(`key = '${databaseKey}'`);
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(db.prepare('SELECT COUNT(*) AS n FROM program_years').get()).toEqual({ n: 1 });
  expect(db.prepare('SELECT COUNT(*) AS n FROM trainees').get()).toEqual({ n: 0 });
  expect(db.prepare('SELECT COUNT(*) AS n FROM imports').get()).toEqual({ n: 0 });
  db.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.rmSync(keyFileOf(dataDir), { force: true });
});
