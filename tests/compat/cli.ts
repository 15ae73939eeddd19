/** Runs ESLint's and oxlint's command lines in the compat project and normalises what they find. */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';
import { corpusFiles } from '../../bench/generate.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * A folder of its own inside the compat project (test files run in parallel), holding a copy
 * of the sample app (`src/app.js`), of the example apps (`examples/`) when asked, and `corpus`
 * files of the generated benchmark corpus (`corpus/`). Packages resolve from the project's
 * node_modules one level up.
 */
export function workspace(name: string, { examples = false, corpus = 0 } = {}): string {
  const dir = join(inject('compatProject').dir, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src'), { recursive: true });
  cpSync(join(ROOT, 'tests/compat/fixtures/app.js'), join(dir, 'src/app.js'));
  if (examples) {
    if (!existsSync(join(ROOT, 'examples'))) throw new Error('examples/ is missing');
    cpSync(join(ROOT, 'examples'), join(dir, 'examples'), { recursive: true });
  }
  for (const file of corpusFiles(corpus, 'dense')) {
    const target = join(dir, 'corpus', file.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.source);
  }
  return dir;
}

export interface Finding {
  readonly file: string;
  readonly ruleId: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

interface EslintResult {
  filePath: string;
  messages: { ruleId: string | null; line: number; column: number; message: string; fatal?: boolean }[];
}

const byPosition = (a: Finding, b: Finding) =>
  a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);

/** `eslint --format json <args>` in `dir`, with the compat project's own ESLint. */
export function eslintCli(dir: string, args: readonly string[]): { findings: Finding[]; stderr: string; results: EslintResult[] } {
  const bin = join(inject('compatProject').dir, 'node_modules/eslint/bin/eslint.js');
  const child = spawnSync(process.execPath, [bin, '--format', 'json', ...args], { cwd: dir, encoding: 'utf8' });
  if (child.status !== 0 && child.status !== 1) throw new Error(`eslint ${args.join(' ')} exited ${child.status}: ${child.stderr}`);
  const results = JSON.parse(child.stdout) as EslintResult[];
  const findings = results
    .flatMap((result) =>
      result.messages.map((message) => ({
        file: relative(dir, result.filePath),
        ruleId: message.ruleId ?? (message.fatal ? 'fatal' : 'null'),
        line: message.line,
        column: message.column,
        message: message.message,
      })),
    )
    .sort(byPosition);
  return { findings, stderr: child.stderr, results };
}

const OXLINT = fileURLToPath(import.meta.resolve('oxlint/package.json')).replace(/package\.json$/, 'bin/oxlint');

interface OxlintDiagnostic {
  code?: string;
  message: string;
  filename: string;
  labels: { span: { line: number; column: number } }[];
}

/**
 * oxlint with the plugin loaded through `jsPlugins` by package name, from the project's
 * node_modules, and only the given rules on (no native rules).
 */
export function oxlintCli(dir: string, rules: Record<string, unknown>, paths: readonly string[]): Finding[] {
  const config = join(dir, '.oxlintrc.json');
  writeFileSync(
    config,
    JSON.stringify({ plugins: [], categories: { correctness: 'off' }, jsPlugins: ['eslint-plugin-http-status'], rules }, null, 2),
  );
  const child = spawnSync(process.execPath, [OXLINT, '-c', config, '--format=json', ...paths], { cwd: dir, encoding: 'utf8' });
  const start = child.stdout.indexOf('{');
  if (start === -1) throw new Error(`oxlint failed (${child.status}): ${child.stderr}${child.stdout}`);
  const report = JSON.parse(child.stdout.slice(start)) as { diagnostics: OxlintDiagnostic[] };
  return report.diagnostics
    .map((diagnostic) => ({
      file: diagnostic.filename.replace(/^\.\//, ''),
      ruleId: diagnostic.code ? diagnostic.code.replace(/^(.*)\((.*)\)$/, '$1/$2') : 'fatal',
      line: diagnostic.labels[0]?.span.line ?? 0,
      column: diagnostic.labels[0]?.span.column ?? 0,
      message: diagnostic.message,
    }))
    .sort(byPosition);
}

/** The flat config a user writes: the recommended config (or `all`), from the installed package. */
export const CONFIGS = {
  'eslint.config.js': (config = 'recommended') =>
    `import httpStatus from 'eslint-plugin-http-status';\n\nexport default [httpStatus.configs.${config}];\n`,
  'eslint.config.ts': (config = 'recommended') =>
    `import httpStatus from 'eslint-plugin-http-status';\nimport type { Linter } from 'eslint';\n\nconst config: Linter.Config[] = [httpStatus.configs.${config}];\n\nexport default config;\n`,
  'eslint.config.cjs': (config = 'recommended') =>
    `const httpStatus = require('eslint-plugin-http-status');\n\nmodule.exports = [httpStatus.configs.${config}];\n`,
} as const;

/** A config for the example apps: TypeScript through typescript-eslint's parser, every rule. */
export const EXAMPLES_CONFIG = `import httpStatus from 'eslint-plugin-http-status';
import tsParser from '@typescript-eslint/parser';

export default [
  { files: ['**/*.{ts,tsx,mts,cts}'], languageOptions: { parser: tsParser } },
  { files: ['**/*.jsx'], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
  { files: ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'], ...httpStatus.configs.all },
];
`;
