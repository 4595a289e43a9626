// Regenerates resources/reference/countries.json (ISO 3166-1 alpha-2 codes from
// i18n-iso-countries, Japanese and English names from CLDR), so the app ships the list offline.
import fs from 'node:fs';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const countries = require('i18n-iso-countries');
// CLDR's everyday names (中国, 韓国, South Korea) rather than the formal ISO ones.
const ja = new Intl.DisplayNames(['ja'], { type: 'region' });
const en = new Intl.DisplayNames(['en'], { type: 'region' });
const codes = Object.keys(countries.getAlpha2Codes()).sort();
const list = codes.map((code) => ({ code, ja: ja.of(code), en: en.of(code) }));
fs.writeFileSync(new URL('../resources/reference/countries.json', import.meta.url), JSON.stringify(list, null, 1) + '\n');
console.log(`countries: ${list.length}`);
