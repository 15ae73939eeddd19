/**
 * The docs cannot drift from the rules: every rule has a page with the sections users expect,
 * and every ❌ example is reported while every ✅ example is not.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';
import { rules } from '../src/rules/index.js';
import { lintWithRule } from './support/lint.js';

const docsDir = new URL('../docs/rules/', import.meta.url);
const ruleIds = Object.keys(plugin.rules).sort();

interface Example {
  readonly verdict: '❌' | '✅';
  readonly section: string;
  readonly lang: string;
  readonly filename: string;
  readonly options: unknown[];
  readonly settings: Record<string, unknown>;
  readonly code: string;
  readonly line: number;
}

/** Code fences under a `### Framework` heading, each after a line that starts with ❌ or ✅. */
function examplesOf(markdown: string): Example[] {
  const lines = markdown.split('\n');
  const examples: Example[] = [];
  let section = '';
  let verdict: Example['verdict'] | null = null;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (line.startsWith('## ')) section = '';
    if (line.startsWith('### ')) section = line.slice(4).trim();
    if (line.startsWith('❌')) verdict = '❌';
    if (line.startsWith('✅')) verdict = '✅';
    const fence = /^```(\w+)(.*)$/.exec(line);
    if (!fence) continue;
    const end = lines.indexOf('```', index + 1);
    const code = lines.slice(index + 1, end).join('\n');
    if (verdict && section) {
      const meta = fence[2] ?? '';
      const lang = fence[1]!;
      const filename = /filename=(\S+)/.exec(meta)?.[1] ?? `example.${lang === 'ts' ? 'ts' : 'js'}`;
      const options = /options=(\[.*\])/.exec(meta)?.[1];
      const settings = /settings=(\{.*\})/.exec(meta)?.[1];
      examples.push({
        verdict,
        section,
        lang,
        filename,
        options: options ? (JSON.parse(options) as unknown[]) : [],
        settings: settings ? (JSON.parse(settings) as Record<string, unknown>) : {},
        code,
        line: index + 1,
      });
    }
    verdict = null;
    index = end;
  }
  return examples;
}

describe('rule docs', () => {
  it('has one page per rule and no page without a rule', () => {
    const pages = readdirSync(docsDir)
      .filter((name) => name.endsWith('.md'))
      .map((name) => name.replace(/\.md$/, ''))
      .sort();
    expect(pages).toEqual(ruleIds);
  });

  for (const ruleId of ruleIds) {
    describe(ruleId, () => {
      const markdown = readFileSync(new URL(`${ruleId}.md`, docsDir), 'utf8');

      it('has the generated header and the usual sections', () => {
        expect(markdown).toContain('<!-- end auto-generated rule header -->');
        expect(markdown).toContain('## Examples');
        expect(markdown).toContain('## When Not To Use It');
        const schema = rules[ruleId as keyof typeof rules].meta.schema;
        const properties = Array.isArray(schema) ? Object.keys((schema[0] as { properties?: object })?.properties ?? {}) : [];
        for (const option of properties) expect(markdown).toContain(`### \`${option}\``);
      });

      const examples = examplesOf(markdown);
      it('has ❌ and ✅ examples', () => {
        expect(examples.some((example) => example.verdict === '❌')).toBe(true);
        expect(examples.some((example) => example.verdict === '✅')).toBe(true);
      });

      for (const example of examples) {
        it(`${example.verdict} ${example.section} example at line ${example.line}`, () => {
          const messages = lintWithRule(example.code, ruleId, example.filename, example.options, example.settings);
          expect(messages.filter((message) => message.fatal)).toEqual([]);
          const reported = messages.filter((message) => message.ruleId === `http-status/${ruleId}`);
          if (example.verdict === '❌') expect(reported.length).toBeGreaterThan(0);
          else expect(reported.map((message) => message.message)).toEqual([]);
        });
      }
    });
  }
});
