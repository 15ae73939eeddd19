/**
 * The files a benchmark lints: every JavaScript and TypeScript file under a folder, sorted,
 * skipping dependencies, build output and minified bundles. ESLint and oxlint get the same list.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const EXTENSIONS = /\.(?:[cm]?[jt]s|[jt]sx)$/;
const SKIPPED_DIRS = new Set(['node_modules', '.git', 'dist', 'build', 'coverage', '.next', '.nuxt', '.output', '.svelte-kit', 'out']);

export function listSourceFiles(root) {
  const found = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) walk(join(dir, entry.name));
      } else if (entry.isFile() && EXTENSIONS.test(entry.name) && !entry.name.endsWith('.min.js')) {
        found.push(join(dir, entry.name));
      }
    }
  };
  walk(root);
  return found.sort();
}

/** The files of a folder given on the command line, or an error that says what is wrong. */
export function folderFiles(folder) {
  const root = resolve(folder);
  let stats;
  try {
    stats = statSync(root);
  } catch {
    throw new Error(`${folder}: no such folder`);
  }
  if (!stats.isDirectory()) throw new Error(`${folder}: not a folder`);
  const files = listSourceFiles(root);
  if (files.length === 0) throw new Error(`${folder}: no JavaScript or TypeScript files in it (node_modules, dist and build are skipped)`);
  return { root, files };
}
