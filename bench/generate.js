/**
 * Writes the benchmark corpus: `node bench/generate.js [--files N] [--out DIR]`.
 * Deterministic: the same N gives the same files, byte for byte. Default: 3,000 files in
 * bench/corpus/ (git-ignored). Importable: `generateCorpus(dir, files)` for tests.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { Random } from './random.js';
import { TEMPLATES } from './templates/index.js';

export const DEFAULT_FILES = 3000;
export const DEFAULT_DIR = fileURLToPath(new URL('corpus/', import.meta.url));

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

/** Generates the corpus in memory: `[{ path, source, template }]`, paths relative to the root. */
export function* corpusFiles(total = DEFAULT_FILES, templates = TEMPLATES) {
  for (const { template, count } of plan(total, templates)) {
    for (let n = 0; n < count; n++) {
      const { path, source } = template.file(new Random(`${template.name}:${n}`), n);
      yield { path: `${template.name}/${path}`, source, template: template.name };
    }
  }
}

/** Writes the corpus to `dir` (emptied first); returns the number of files and bytes. */
export function generateCorpus(dir = DEFAULT_DIR, total = DEFAULT_FILES) {
  rmSync(dir, { recursive: true, force: true });
  let files = 0;
  let bytes = 0;
  for (const { path, source } of corpusFiles(total)) {
    const target = join(dir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, source);
    files++;
    bytes += Buffer.byteLength(source);
  }
  writeFileSync(join(dir, '.generated.json'), JSON.stringify({ files: total }) + '\n');
  return { files, bytes };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: { files: { type: 'string', default: String(DEFAULT_FILES) }, out: { type: 'string' } },
  });
  const dir = values.out ? resolve(values.out) : DEFAULT_DIR;
  const { files, bytes } = generateCorpus(dir, Number(values.files));
  console.log(`Wrote ${files} files (${(bytes / 1024).toFixed(0)} KiB) to ${dir}`);
}
