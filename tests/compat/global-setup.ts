/**
 * Packs the package once for the slow suites and installs the tarball into a fresh project in
 * a temporary folder, the way a user would: `npm install <tarball> eslint jiti`.
 *
 * - Offline-friendly: `--prefer-offline` takes every package from npm's cache when it is there
 *   (after `npm ci` of this project it is: the versions are the ones in our lockfile).
 * - `--legacy-peer-deps`: npm would otherwise add `typescript`, a peer dependency of
 *   `@typescript-eslint/utils`. Leaving it out proves the plugin works for a JavaScript-only
 *   project that has no TypeScript installed.
 * - `jiti`: ESLint needs it to load `eslint.config.ts` on Node versions without type stripping.
 * - `@typescript-eslint/parser` is linked from this repository, for the example apps written in
 *   TypeScript; `typescript` still does not resolve from the plugin's own folder.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';

export interface CompatProject {
  /** The fresh project, with the tarball, eslint and jiti installed. */
  readonly dir: string;
  /** The packed tarball. */
  readonly tarball: string;
  /** The files the tarball holds, as `npm pack --json` lists them. */
  readonly packedFiles: readonly string[];
}

declare module 'vitest' {
  export interface ProvidedContext {
    compatProject: CompatProject;
  }
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const require = createRequire(import.meta.url);
const versionOf = (name: string) => (require(`${name}/package.json`) as { version: string }).version;
const npm = (args: string[], cwd: string) =>
  execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, npm_config_update_notifier: 'false' } });

export default function setup(project: TestProject): () => void {
  if (!existsSync(join(ROOT, 'dist/index.js'))) throw new Error('dist/ is missing: run `npm run build` before the slow suites');
  const work = mkdtempSync(join(tmpdir(), 'http-status-compat-'));
  const [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', work], ROOT)) as [
    { filename: string; files: { path: string }[] },
  ];
  const tarball = join(work, packed.filename);

  const dir = join(work, 'app');
  mkdirSync(dir);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'compat-app', private: true, type: 'module' }, null, 2));
  npm(
    [
      'install',
      '--prefer-offline',
      '--no-audit',
      '--no-fund',
      '--ignore-scripts',
      '--legacy-peer-deps',
      tarball,
      `eslint@${versionOf('eslint')}`,
      `jiti@${versionOf('jiti')}`,
    ],
    dir,
  );
  mkdirSync(join(dir, 'node_modules/@typescript-eslint'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules/@typescript-eslint/parser'), join(dir, 'node_modules/@typescript-eslint/parser'), 'dir');
  mkdirSync(join(dir, 'src'));
  copyFileSync(join(ROOT, 'tests/compat/fixtures/app.js'), join(dir, 'src/app.js'));

  project.provide('compatProject', { dir, tarball, packedFiles: packed.files.map((file) => file.path) });
  return () => rmSync(work, { recursive: true, force: true });
}
