/**
 * The example apps mark each deliberate mistake with a comment, `// Mistake (rule-id): …`, a few
 * lines above it. Linted with `recommended`, every marked mistake is found by its rule, and
 * nothing else is: the demo shows exactly what the comments promise.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import tsParser from '@typescript-eslint/parser';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';

const ROOT = new URL('..', import.meta.url).pathname;
const MARK = /\bMistake \(([\w-]+)(?:, ([\w-]+))?\)/i;
/** How far below its comment a marked mistake may be reported. */
const REACH = 8;

interface Mark {
  readonly line: number;
  readonly rules: readonly string[];
}

function marksOf(file: string): Mark[] {
  const marks: Mark[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((text, index) => {
      const match = MARK.exec(text);
      if (match) marks.push({ line: index + 1, rules: [match[1]!, match[2]].filter((rule): rule is string => rule !== undefined) });
    });
  return marks;
}

const covers = (mark: Mark, rule: string, line: number) => mark.rules.includes(rule) && line > mark.line && line - mark.line <= REACH;

describe('example apps', async () => {
  const eslint = new ESLint({
    cwd: ROOT,
    overrideConfigFile: true,
    overrideConfig: [
      { files: ['**/*.{ts,tsx,mts,cts}'], languageOptions: { parser: tsParser } },
      { files: ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'], ...plugin.configs.recommended },
    ],
  });
  const results = await eslint.lintFiles(['examples/']);

  it('have marked mistakes to find', () => {
    expect(results.reduce((sum, result) => sum + marksOf(result.filePath).length, 0)).toBeGreaterThan(20);
  });

  for (const result of results) {
    const name = relative(ROOT, result.filePath);
    const marks = marksOf(result.filePath);
    const found = result.messages.map((message) => ({ rule: (message.ruleId ?? 'fatal').replace('http-status/', ''), line: message.line }));
    it(`${name}: every marked mistake is reported, and nothing else`, () => {
      const missed = marks.filter((mark) => !found.some((finding) => covers(mark, finding.rule, finding.line)));
      const unmarked = found.filter((finding) => !marks.some((mark) => covers(mark, finding.rule, finding.line)));
      expect({ missed, unmarked }).toEqual({ missed: [], unmarked: [] });
    });
  }
});
