/**
 * Writes the benchmark corpus: `node bench/generate.js [--files N] [--dense] [--out DIR]`.
 * Deterministic: the same N and layout give the same files, byte for byte. Default: 3,000 files
 * in bench/corpus/ (git-ignored), laid out as `realistic`; `--dense` writes the stress layout to
 * bench/corpus-dense/. Importable: `corpusFiles(total, layout)` and `generateCorpus(dir, total,
 * layout)` for tests.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { Random } from './random.js';
import { TEMPLATES } from './templates/index.js';
import { supportCode } from './templates/support.js';
import { RESOURCES } from './templates/words.js';

export const DEFAULT_FILES = 3000;
export const DEFAULT_DIR = fileURLToPath(new URL('corpus/', import.meta.url));
export const DENSE_DIR = fileURLToPath(new URL('corpus-dense/', import.meta.url));

/**
 * How the templates' files are mixed, measured against 31 public applications (20,942 files
 * linted, 3,600 handlers; see the README's Performance section):
 * - `realistic`: one file in five has handlers (the applications: one in eleven; dub, one in
 *   seven), and those files hold one handler per 75 to 80 lines, as the applications' do, the
 *   rest being schemas, types, queries and helpers (templates/support.js);
 * - `dense`: the templates as written, three files in five with handlers and one handler per
 *   13 lines: a stress test of the rules, six times denser than real code.
 */
export const LAYOUTS = {
  realistic: { handlerFiles: 0.2, supportPerLine: 5 },
  dense: { handlerFiles: null, supportPerLine: 0 },
};

/** How many files each template writes, for a corpus of `total` files. */
export function plan(total, templates = TEMPLATES) {
  const shares = templates.reduce((sum, template) => sum + template.share, 0);
  let left = total;
  return templates.map((template, index) => {
    const count = index === templates.length - 1 ? left : Math.round((total * template.share) / shares);
    left -= count;
    return { template, count };
  });
}

/** The templates with the shares a layout gives them: `realistic` weighs the plain files up. */
function layoutTemplates(layout, templates = TEMPLATES) {
  const { handlerFiles } = LAYOUTS[layout];
  if (handlerFiles === null) return templates;
  const handlerShares = templates.filter((template) => template.name !== 'plain').reduce((sum, template) => sum + template.share, 0);
  const plainShare = (handlerShares * (1 - handlerFiles)) / handlerFiles;
  return templates.map((template) => (template.name === 'plain' ? { ...template, share: plainShare } : template));
}

/**
 * Generates the corpus in memory: `[{ path, source, template }]`, paths relative to the root.
 * Files of one template number n are the same in both layouts, but for the supporting code.
 */
export function* corpusFiles(total = DEFAULT_FILES, layout = 'realistic') {
  if (!LAYOUTS[layout]) throw new Error(`unknown corpus layout "${layout}"`);
  const { supportPerLine } = LAYOUTS[layout];
  for (const { template, count } of plan(total, layoutTemplates(layout))) {
    for (let n = 0; n < count; n++) {
      let { path, source } = template.file(new Random(`${template.name}:${n}`), n);
      if (supportPerLine > 0 && template.name !== 'plain') {
        source = withSupport(source, path, new Random(`${template.name}:${n}:support`), supportPerLine);
      }
      yield { path: `${template.name}/${path}`, source, template: template.name };
    }
  }
}

/**
 * A handler file with supporting code around its handlers: half after the imports, where
 * schemas and types go, half at the end, where private helpers go.
 */
function withSupport(source, path, random, perLine) {
  const lines = source.replace(/\n$/, '').split('\n');
  // The resource the file's own routes serve (`routers/users-3.ts`), when its path says.
  const resource = RESOURCES.find((r) => path.includes(r.many)) ?? random.pick(RESOURCES);
  const support = supportCode(random, resource, path.endsWith('ts'), lines.length * perLine);
  const half = support.lastIndexOf('', Math.floor(support.length / 2)) + 1;
  const afterImports = lines.findIndex((line, index) => index > lastImport(lines) && line === '') + 1;
  return [...lines.slice(0, afterImports), ...support.slice(0, half), ...lines.slice(afterImports), '', ...support.slice(half)].join('\n') + '\n';
}

/** The last line of the import block: `import …`, `const x = require(…)`, or a `} from '…'`. */
function lastImport(lines) {
  let last = -1;
  lines.forEach((line, index) => {
    if (/^import\b|^(?:const|let|var) .*= require\(|^\} from '/.test(line)) last = index;
  });
  return last;
}

/** Writes the corpus to `dir` (emptied first); returns the number of files and bytes. */
export function generateCorpus(dir = DEFAULT_DIR, total = DEFAULT_FILES, layout = 'realistic') {
  rmSync(dir, { recursive: true, force: true });
  let files = 0;
  let bytes = 0;
  for (const { path, source } of corpusFiles(total, layout)) {
    const target = join(dir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, source);
    files++;
    bytes += Buffer.byteLength(source);
  }
  writeFileSync(join(dir, '.generated.json'), JSON.stringify({ files: total, layout }) + '\n');
  return { files, bytes };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: { files: { type: 'string', default: String(DEFAULT_FILES) }, dense: { type: 'boolean', default: false }, out: { type: 'string' } },
  });
  const layout = values.dense ? 'dense' : 'realistic';
  const dir = values.out ? resolve(values.out) : layout === 'dense' ? DENSE_DIR : DEFAULT_DIR;
  const { files, bytes } = generateCorpus(dir, Number(values.files), layout);
  console.log(`Wrote ${files} ${layout} files (${(bytes / 1024).toFixed(0)} KiB) to ${dir}`);
}
