import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ESLint, Linter } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';
import featureCycles, { findPath, folderEdges, readFeatureGraph } from '../../scripts/eslint-rules/feature-cycles.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

/** The rules that fire on `code` placed at `filePath`, with the repo's own ESLint config. */
async function firing(filePath: string, code: string): Promise<Array<{ ruleId: string | null; message: string }>> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) });
  return result!.messages.map((m) => ({ ruleId: m.ruleId, message: m.message }));
}

const rulesOf = (messages: Array<{ ruleId: string | null }>) => [...new Set(messages.map((m) => m.ruleId))];

describe('layering rules (eslint.config.js)', { timeout: 120_000 }, () => {
  it('lets a feature import another through its index.ts, and the lower layers', async () => {
    const code = "import { joinedTrainingField } from '../masters';\nimport { findYear } from '../years/index';\nimport { newId } from '../../db/ids';\nimport type { Ctx } from '../context';\nexport const used = [joinedTrainingField, findYear, newId];\nexport type C = Ctx;\n";
    expect(await firing('src-main/features/survey/layering-probe.ts', code)).toEqual([]);
  });

  it("refuses a feature importing another's repo or any other file but its index, type imports too", async () => {
    const repo = await firing('src-main/features/hosts/layering-probe.ts', "import { listTakingPart } from '../masters/sending-governments.repo';\nexport const used = listTakingPart;\n");
    expect(rulesOf(repo)).toEqual(['no-restricted-imports']);
    expect(repo[0]!.message).toContain('through its index.ts');
    const typeOnly = await firing('src-main/features/hosts/layering-probe.ts', "import type { Municipality } from '../masters/masters.service';\nexport type M = Municipality;\n");
    expect(rulesOf(typeOnly)).toEqual(['no-restricted-imports']);
    const reexport = await firing('src-main/features/hosts/layering-probe.ts', "export { listTrainingFields } from '../masters/sending-governments.repo';\n");
    expect(rulesOf(reexport)).toEqual(['no-restricted-imports']);
  });

  it('refuses code outside the feature folders reaching into one: backend.ts, host/, shell/, the handler map go through its index.ts', async () => {
    const shell = await firing('src-main/shell/layering-probe.ts', "import { newestSoundBackup } from '../features/backups/backups.service';\nexport const used = newestSoundBackup;\n");
    expect(rulesOf(shell)).toEqual(['no-restricted-imports']);
    expect(shell[0]!.message).toContain('only through its index.ts');
    const backend = await firing('src-main/layering-probe.ts', "import type { Ctx } from './features/context';\nimport { readSetting } from './features/settings/settings.repo';\nexport const used = readSetting;\nexport type C = Ctx;\n");
    expect(rulesOf(backend)).toEqual(['no-restricted-imports']);
    const deep = await firing('src-main/db/migrations/layering-probe.ts', "import { listHistory } from '../../features/trainees/trainees.repo';\nexport const used = listHistory;\n");
    expect(rulesOf(deep)).toEqual(['no-restricted-imports']);
    const handlerMap = await firing('src-main/features/layering-probe.ts', "export { traineesHandlers } from './trainees/trainees.handlers';\n");
    expect(rulesOf(handlerMap)).toEqual(['no-restricted-imports']);
    const throughIndex = await firing(
      'src-main/shell/layering-probe.ts',
      "import { newestSoundBackup } from '../features/backups';\nimport { readSetting } from '../features/settings/index';\nimport type { Ctx } from '../features/context';\nexport const used = [newestSoundBackup, readSetting];\nexport type C = Ctx;\n",
    );
    expect(throughIndex).toEqual([]);
    expect(await firing('src-main/features/layering-probe.ts', "export { traineesHandlers } from './trainees';\nexport type { Ctx } from './context';\n")).toEqual([]);
  });

  it('refuses src-main importing the renderer, the renderer importing src-main, and src-shared importing either', async () => {
    const mainToRenderer = await firing('src-main/db/layering-probe.ts', "import { createApi } from '../../src-renderer/api';\nexport const used = createApi;\n");
    expect(rulesOf(mainToRenderer)).toEqual(['no-restricted-imports']);
    expect(mainToRenderer[0]!.message).toContain('src-main never imports the renderer');
    const featureToRenderer = await firing('src-main/features/hosts/layering-probe.ts', "import type { Api } from '../../../src-renderer/api';\nexport type A = Api;\n");
    expect(rulesOf(featureToRenderer)).toEqual(['no-restricted-imports']);
    const rendererToMain = await firing('src-renderer/features/hosts/layering-probe.ts', "import { listHosts } from '../../../src-main/features/hosts';\nexport const used = listHosts;\n");
    expect(rulesOf(rendererToMain)).toEqual(['no-restricted-imports']);
    expect(rendererToMain[0]!.message).toContain('only through @shared/contract');
    const sharedToMain = await firing('src-shared/text/layering-probe.ts', "import { newId } from '../../src-main/db/ids';\nexport const used = newId;\n");
    expect(rulesOf(sharedToMain)).toEqual(['no-restricted-imports']);
  });

  it('refuses a screen calling the api itself: reads and writes go through the data layer', async () => {
    const direct = await firing('src-renderer/features/hosts/LayeringProbe.tsx', "import { useApi } from '../../api';\nexport const used = useApi;\n");
    expect(rulesOf(direct)).toEqual(['no-restricted-imports']);
    expect(direct[0]!.message).toContain('useChannel');
    const throughData = await firing('src-renderer/features/hosts/LayeringProbe.tsx', "import { useChannel } from '../../data/use-channel';\nexport const used = useChannel;\n");
    expect(throughData).toEqual([]);
  });

  it('refuses an import that closes a cycle between feature folders, naming the way round', async () => {
    // trainees import the masters (trainees.repo joins sending governments): masters importing trainees closes a cycle.
    const cycle = await firing('src-main/features/masters/layering-probe.ts', "import { findTrainee } from '../trainees';\nexport const used = findTrainee;\n");
    expect(rulesOf(cycle)).toEqual(['kakehashi/no-feature-cycles']);
    expect(cycle[0]!.message).toMatch(/masters → trainees → masters \(trainees\/[a-z.-]+\.ts\)/);
  });
});

describe('the feature graph', () => {
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'kakehashi-layering-'));
  const features = path.join(temp, 'src-main', 'features');
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(features, file)), { recursive: true });
    fs.writeFileSync(path.join(features, file), text);
  };
  write('context.ts', 'export interface Ctx { now: () => Date }\n');
  write('years/index.ts', "export { findYear } from './years.repo';\n");
  write('years/years.repo.ts', "import type { Ctx } from '../context';\n// import { board } from '../pickup'; (a comment, not an import)\nexport function findYear(ctx: Ctx) { return ctx; }\n");
  write('pickup/index.ts', "export { board } from './pickup.service';\n");
  write('pickup/pickup.service.ts', "import {\n  findYear,\n} from '../years';\nexport function board() { return findYear; }\n");
  write('pickup/pickup.test.ts', "import { trainees } from '../trainees';\n");
  afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));

  it('reads folder-level edges from real files, leaving out tests, comments and the root files', () => {
    const edges = folderEdges(readFeatureGraph(features).files);
    expect(Object.fromEntries([...edges].map(([from, to]) => [from, [...to.keys()]]))).toEqual({ years: [], pickup: ['years'] });
    expect(findPath(edges, 'pickup', 'years')).toEqual(['pickup', 'years']);
    expect(findPath(edges, 'years', 'pickup')).toBeNull();
  });

  it('makes the rule fail on a real pair of files that import each other', () => {
    write('years/years.service.ts', "import { board } from '../pickup';\nexport const yearBoard = board;\n");
    const linter = new Linter({ cwd: temp });
    const config = [{ files: ['**/*.ts'], plugins: { kakehashi: { rules: { 'no-feature-cycles': featureCycles } } }, rules: { 'kakehashi/no-feature-cycles': 'error' as const } }];
    const file = path.join(features, 'years/years.service.ts');
    const messages = linter.verify(fs.readFileSync(file, 'utf8'), config, { filename: file });
    expect(messages.map((m) => m.message)).toEqual([expect.stringContaining('years → pickup → years (pickup/pickup.service.ts)')]);
    // The same file as being typed, without the import: judged as typed, not as saved.
    expect(linter.verify('export const yearBoard = 1;\n', config, { filename: file })).toEqual([]);
  });

  it('finds no cycle in the repo itself', () => {
    const edges = folderEdges(readFeatureGraph(path.join(root, 'src-main/features')).files);
    const cycles = [...edges].flatMap(([from, to]) => [...to.keys()].map((t) => findPath(edges, t, from)).filter((p) => p).map((p) => [from, ...p!].join(' → ')));
    expect(cycles).toEqual([]);
  });
});
