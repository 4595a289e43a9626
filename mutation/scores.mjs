// Prints `mutate: <module> = <score> %` per mutated file and the total, from Stryker's JSON report.
import fs from 'node:fs';
import path from 'node:path';

const reportFile = process.argv[2] ?? path.join(import.meta.dirname, '..', 'reports', 'mutation', 'mutation.json');
const report = JSON.parse(fs.readFileSync(reportFile, 'utf8'));
const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

/** Stryker's own score: detected over detected and undetected (compile and runtime errors are not counted). */
function score(mutants) {
  const detected = mutants.filter((m) => DETECTED.has(m.status)).length;
  const valid = detected + mutants.filter((m) => UNDETECTED.has(m.status)).length;
  return { detected, valid, percent: valid === 0 ? 100 : (100 * detected) / valid };
}

const all = [];
for (const [file, { mutants }] of Object.entries(report.files).sort(([a], [b]) => a.localeCompare(b))) {
  all.push(...mutants);
  const s = score(mutants);
  console.log(`mutate: ${file} = ${s.percent.toFixed(1)} % (${s.detected}/${s.valid})`);
}
const total = score(all);
console.log(`mutate: total = ${total.percent.toFixed(1)} % (${total.detected}/${total.valid})`);
