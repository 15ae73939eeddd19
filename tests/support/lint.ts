/** Lints a snippet with one plugin rule, the way a user's ESLint would. */
import { Linter } from 'eslint';
import * as tsParser from '@typescript-eslint/parser';
import * as espree from 'espree';
import plugin from '../../src/index.js';

export function lintWithRule(
  source: string,
  ruleId: string,
  filename: string,
  options: unknown[] = [],
  settings: Record<string, unknown> = {},
): Linter.LintMessage[] {
  const linter = new Linter({ configType: 'flat' });
  const typescript = /\.[cm]?tsx?$/.test(filename);
  return linter.verify(
    source,
    [
      {
        files: ['**/*.{js,cjs,mjs,jsx,ts,cts,mts,tsx}'],
        languageOptions: {
          parser: (typescript ? tsParser : espree) as Linter.Parser,
          ecmaVersion: 'latest',
          sourceType: 'module',
          parserOptions: { ecmaFeatures: { jsx: true } },
        },
        settings,
        plugins: { 'http-status': plugin as never },
        rules: { [`http-status/${ruleId}`]: ['error', ...options] as Linter.RuleEntry },
      },
    ],
    filename,
  );
}
