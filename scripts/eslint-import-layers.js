/**
 * The main process's import rules, as an ESLint rule: every relative import is resolved to the
 * folder it reaches and checked against the layer of the file that makes it.
 *
 * - src/main/core/kernel imports only the kernel and src/shared: it knows the features through
 *   their descriptors, never by name.
 * - src/main/core/airgap (the file format) and src/main/core/boundary (what hosts call) import
 *   only themselves, the kernel and src/shared.
 * - A feature (src/main/core/features/NAME) may use another feature only through that
 *   feature's index.ts, never its internals.
 * Tests (*.test.ts) may also import the test support in tests/ and the bench's data generators.
 */
import { dirname, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const CORE = 'src/main/core/';

/** Where a repository path sits: a layer name, or `feature:NAME`. */
function layerOf(path) {
  if (!path.startsWith(CORE)) return path.startsWith('src/shared/') ? 'shared' : 'outside';
  const rest = path.slice(CORE.length).split('/');
  if (rest[0] === 'features') return rest.length > 1 ? `feature:${rest[1]}` : 'composition';
  if (['kernel', 'airgap', 'boundary'].includes(rest[0]) && rest.length > 1) return rest[0];
  return 'composition';
}

const BELOW = {
  kernel: ['kernel', 'shared'],
  airgap: ['airgap', 'kernel', 'shared'],
  boundary: ['boundary', 'kernel', 'shared'],
};

function problem(fromPath, targetPath, isTest) {
  if (isTest && (targetPath.startsWith('tests/') || targetPath.startsWith('src/main/bench/'))) {
    return null;
  }
  const from = layerOf(fromPath);
  const target = layerOf(targetPath);
  if (from in BELOW) {
    return BELOW[from].includes(target)
      ? null
      : `${from} imports only ${BELOW[from].join(', ')}: not ${targetPath}`;
  }
  if (from.startsWith('feature:') && target.startsWith('feature:') && target !== from) {
    const name = target.slice('feature:'.length);
    const entry = `${CORE}features/${name}`;
    if (targetPath === entry || targetPath === `${entry}/index`) return null;
    return `a feature uses another only through its index.ts: import '${name}' from ${entry}, not ${targetPath}`;
  }
  return null;
}

const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Kernel, air-gap format, boundary and features import downward only' },
    schema: [],
  },
  create(context) {
    const file = relative(ROOT, context.filename);
    if (!file.startsWith(CORE)) return {};
    const isTest = file.endsWith('.test.ts');
    function check(node, source) {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = relative(ROOT, resolve(dirname(context.filename), source))
        .replace(/\\/g, '/')
        .replace(/\.(js|ts)$/, '');
      const message = problem(file.replace(/\\/g, '/'), target, isTest);
      if (message) context.report({ node, message });
    }
    const fromSource = (node) => node.source && check(node.source, node.source.value);
    return {
      ImportDeclaration: fromSource,
      ExportNamedDeclaration: fromSource,
      ExportAllDeclaration: fromSource,
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};

export default { rules: { 'import-layers': rule } };
