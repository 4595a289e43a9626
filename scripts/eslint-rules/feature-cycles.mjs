// An ESLint rule: no import cycle between the feature folders of src-main/features.
//
// A feature may use another only one way round; a cycle means a rule both need lives in the
// wrong one, and belongs in the lower feature (or in src-shared/text if it is a pure text rule).
// The rule sees the whole folder graph: it reads every feature's imports from disk once (again
// only when a file changes) and puts the linted file's own imports, from its syntax tree, in
// place of what the disk says for it, so an unsaved edit in an editor is judged as typed.
import fs from 'node:fs';
import path from 'node:path';

// import … from '…', import '…', export … from '…', import('…'), over several lines too.
const IMPORT = /^\s*(?:import|export)\s(?:[^'";]*?\sfrom\s*)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm;

function isSource(file) {
  return /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file) && !file.endsWith('.d.ts');
}

function listSources(dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listSources(full));
    else if (isSource(entry.name)) out.push(full);
  }
  return out;
}

/** The feature folder a path is in (or is), or null for anything else (features/context.ts, db/, …). */
export function featureOf(featuresDir, features, absolutePath) {
  const relative = path.relative(featuresDir, absolutePath);
  if (!relative || relative.startsWith('..') || path.isAbsolute(relative)) return null;
  const first = relative.split(path.sep)[0];
  return features.has(first) ? first : null;
}

/** The features a file's relative imports reach, other than its own. */
export function importedFeatures(featuresDir, features, file, specifiers) {
  const own = featureOf(featuresDir, features, file);
  const out = new Map();
  for (const specifier of specifiers) {
    if (!specifier.startsWith('.')) continue;
    const target = featureOf(featuresDir, features, path.resolve(path.dirname(file), specifier));
    if (target && target !== own && !out.has(target)) out.set(target, specifier);
  }
  return out;
}

export function specifiersIn(text) {
  return [...text.matchAll(IMPORT)].map((m) => m[1] ?? m[2]);
}

/**
 * Every feature's source files (tests left out: nothing imports them) with the features each
 * imports. `files`: absolute path → { feature, imports: Map<feature, specifier> }.
 */
export function readFeatureGraph(featuresDir) {
  const features = new Set(
    fs.readdirSync(featuresDir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name),
  );
  const files = new Map();
  for (const feature of features) {
    for (const file of listSources(path.join(featuresDir, feature))) {
      const text = fs.readFileSync(file, 'utf8');
      files.set(file, { feature, imports: importedFeatures(featuresDir, features, file, specifiersIn(text)) });
    }
  }
  return { features, files };
}

/** Folder-level edges: feature → (feature it imports → one file that does). */
export function folderEdges(files) {
  const edges = new Map();
  for (const [file, { feature, imports }] of files) {
    const out = edges.get(feature) ?? new Map();
    for (const target of imports.keys()) if (!out.has(target)) out.set(target, file);
    edges.set(feature, out);
  }
  return edges;
}

/** The shortest chain of imports from `from` to `to` as [from, …, to], or null when there is none. */
export function findPath(edges, from, to) {
  const cameFrom = new Map([[from, null]]);
  const queue = [from];
  while (queue.length) {
    const at = queue.shift();
    if (at === to) {
      const chain = [];
      for (let step = to; step !== null; step = cameFrom.get(step)) chain.unshift(step);
      return chain;
    }
    for (const next of edges.get(at)?.keys() ?? []) {
      if (!cameFrom.has(next)) {
        cameFrom.set(next, at);
        queue.push(next);
      }
    }
  }
  return null;
}

const graphs = new Map(); // features dir → { signature, checkedAt, graph }

// The graph is read again only when a file under the features folder was added, removed or
// saved; that is looked at once a second at most (a lint run over the repo reads it once).
function signatureOf(featuresDir) {
  return listSources(featuresDir)
    .map((file) => {
      const stat = fs.statSync(file);
      return `${file}:${stat.mtimeMs}:${stat.size}`;
    })
    .join('\n');
}

function graphOf(featuresDir) {
  const cached = graphs.get(featuresDir);
  const now = Date.now();
  if (cached && now - cached.checkedAt < 1000) return cached.graph;
  const signature = signatureOf(featuresDir);
  if (cached && cached.signature === signature) {
    cached.checkedAt = now;
    return cached.graph;
  }
  const graph = readFeatureGraph(featuresDir);
  graphs.set(featuresDir, { signature, checkedAt: now, graph });
  return graph;
}

/** @type {import('eslint').Rule.RuleModule} */
const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Forbid import cycles between the feature folders of src-main/features.' },
    schema: [{ type: 'object', properties: { featuresDir: { type: 'string' } }, additionalProperties: false }],
    messages: {
      cycle:
        "'{{specifier}}' closes an import cycle between feature folders: {{chain}}. Features depend on each other one way only: " +
        'move what both need down into the lower feature (or into src-shared/text if it is a pure text rule).',
    },
  },
  create(context) {
    const featuresDir = path.resolve(context.cwd, context.options[0]?.featuresDir ?? 'src-main/features');
    const filename = path.resolve(context.filename);
    if (!fs.existsSync(featuresDir)) return {};
    const nodes = [];
    const collect = (node) => {
      if (node.source && typeof node.source.value === 'string') nodes.push(node);
    };
    return {
      ImportDeclaration: collect,
      ExportNamedDeclaration: collect,
      ExportAllDeclaration: collect,
      ImportExpression: collect,
      'Program:exit'() {
        const { features, files } = graphOf(featuresDir);
        const own = featureOf(featuresDir, features, filename);
        if (!own) return;
        const mine = importedFeatures(featuresDir, features, filename, nodes.map((n) => n.source.value));
        const others = new Map(files);
        others.set(filename, { feature: own, imports: mine });
        const edges = folderEdges(others);
        // Each step after this file's own import named with one file that makes it.
        const step = (from, to) => `${to} (${path.relative(featuresDir, edges.get(from).get(to)).split(path.sep).join('/')})`;
        for (const node of nodes) {
          const target = importedFeatures(featuresDir, features, filename, [node.source.value]).keys().next().value;
          if (!target) continue;
          const back = findPath(edges, target, own);
          if (!back) continue;
          const described = [own, target, ...back.slice(1).map((feature, i) => step(back[i], feature))].join(' → ');
          context.report({ node, messageId: 'cycle', data: { specifier: node.source.value, chain: described } });
        }
      },
    };
  },
};

export default rule;
