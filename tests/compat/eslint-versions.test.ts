/**
 * ESLint 9 and ESLint 10 give the same results. Rather than run the whole suite twice, this
 * lints a broad set of fixtures with both versions' `Linter` (ESLint 9 is the dev dependency
 * `eslint-v9`, an npm alias of the latest 9.x) and compares every message and suggestion:
 * the code blocks of the rule docs, the example apps, the sample app and 300 files of the
 * generated corpus. Every suggestion the rules make there is applied and must parse.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Linter as Linter10 } from 'eslint';
import { Linter as Linter9 } from 'eslint-v9';
import * as tsParser from '@typescript-eslint/parser';
import { describe, expect, it } from 'vitest';
import { corpusFiles } from '../../bench/generate.js';
import plugin from '../../src/index.js';
import { checkEdits } from '../corpus/lint-file.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface Fixture {
  readonly name: string;
  readonly filename: string;
  readonly code: string;
}

function docsFixtures(): Fixture[] {
  const dir = join(ROOT, 'docs/rules');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .flatMap((name) => {
      const lines = readFileSync(join(dir, name), 'utf8').split('\n');
      const found: Fixture[] = [];
      lines.forEach((line, index) => {
        const fence = /^```(js|jsx|ts|tsx)\b(.*)$/.exec(line);
        if (!fence) return;
        const end = lines.indexOf('```', index + 1);
        const filename = /filename=(\S+)/.exec(fence[2] ?? '')?.[1] ?? `example.${fence[1]}`;
        found.push({ name: `docs/rules/${name}:${index + 1}`, filename, code: lines.slice(index + 1, end).join('\n') });
      });
      return found;
    });
}

function folderFixtures(folder: string): Fixture[] {
  const dir = join(ROOT, folder);
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((path) => /\.(?:[cm]?[jt]s|[jt]sx)$/.test(path))
    .map((path) => ({ name: `${folder}/${path}`, filename: join(dir, path), code: readFileSync(join(dir, path), 'utf8') }));
}

const fixtures: Fixture[] = [
  ...docsFixtures(),
  ...folderFixtures('examples'),
  ...folderFixtures('tests/compat/fixtures'),
  ...[...corpusFiles(300, 'dense')].map((file) => ({ name: `corpus/${file.path}`, filename: join(ROOT, 'corpus', file.path), code: file.source })),
];

function languageOptions(filename: string): Linter10.LanguageOptions {
  if (/\.[cm]?tsx?$/.test(filename)) return { parser: tsParser as Linter10.Parser, sourceType: 'module' };
  return { ecmaVersion: 'latest', sourceType: 'module', parserOptions: { ecmaFeatures: { jsx: true } } };
}

function configFor(filename: string): Linter10.Config[] {
  return [
    {
      files: ['**/*.{js,cjs,mjs,jsx,ts,cts,mts,tsx}'],
      languageOptions: languageOptions(filename),
      plugins: { 'http-status': plugin as never },
      rules: plugin.configs.all.rules,
    },
  ];
}

/** What a user sees of a message: where, which rule, the text, and each suggestion's edit. */
function comparable(messages: readonly Linter10.LintMessage[]) {
  return messages.map(({ ruleId, messageId, line, column, endLine, endColumn, message, fatal, suggestions }) => ({
    ruleId,
    messageId,
    line,
    column,
    endLine,
    endColumn,
    message,
    fatal,
    suggestions: suggestions?.map(({ desc, fix }) => ({ desc, fix })),
  }));
}

describe('ESLint 9 and ESLint 10', () => {
  const linter10 = new Linter10({ configType: 'flat' });
  const linter9 = new Linter9({ configType: 'flat' });
  const outcomes = fixtures.map((fixture) => {
    const config = configFor(fixture.filename);
    const v10 = linter10.verify(fixture.code, config, fixture.filename);
    const v9 = linter9.verify(fixture.code, config as never, fixture.filename);
    return { fixture, v10, v9 };
  });

  it(`runs on ESLint ${Linter9.version} and ${Linter10.version}`, () => {
    expect(Linter9.version).toMatch(/^9\./);
    expect(Linter10.version).toMatch(/^10\./);
  });

  it('lints a broad set of fixtures without parse errors, with findings from every rule', () => {
    expect(outcomes.length).toBeGreaterThan(300);
    const fatal = outcomes.filter(({ v10 }) => v10.some((message) => message.fatal)).map(({ fixture }) => fixture.name);
    expect(fatal).toEqual([]);
    const rules = new Set(outcomes.flatMap(({ v10 }) => v10.map((message) => message.ruleId)));
    expect([...rules].sort()).toEqual(Object.keys(plugin.configs.all.rules ?? {}).sort());
  });

  it('reports the same messages and suggestions on both versions', () => {
    const differences = outcomes
      .filter(({ v9, v10 }) => JSON.stringify(comparable(v9)) !== JSON.stringify(comparable(v10)))
      .map(({ fixture, v9, v10 }) => ({ fixture: fixture.name, v9: comparable(v9), v10: comparable(v10) }));
    expect(differences).toEqual([]);
  });

  it('makes only suggestions whose output parses', () => {
    const bad = outcomes.flatMap(({ fixture, v10 }) =>
      checkEdits(fixture.code, fixture.filename, languageOptions(fixture.filename), v10).map((edit) => ({
        fixture: relative(ROOT, fixture.name),
        ...edit,
      })),
    );
    expect(bad).toEqual([]);
  });
});
