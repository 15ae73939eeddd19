/**
 * Every rule over third-party code: the JavaScript and TypeScript files in the project's
 * node_modules. No rule may throw, and every fix and suggestion, applied, must still parse.
 *
 * `npm run test:corpus` lints every file. CI sets CORPUS_SAMPLE=2000 and lints that many,
 * spread evenly over the sorted list of files up to 256 KiB, so the run is bounded and the
 * same on every machine with the same lockfile.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { lintFile, type FileOutcome } from './lint-file.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SOURCE = /\.(?:[cm]?[jt]s|[jt]sx)$/;
const SAMPLE_MAX_BYTES = 256 * 1024;

function listFiles(dir: string, found: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== '.bin' && entry.name !== '.cache') listFiles(path, found);
    else if (entry.isFile() && SOURCE.test(entry.name)) found.push(path);
  }
  return found;
}

/** All files, or `count` of them spread evenly over the sorted list. */
function pickFiles(all: string[], count: number): string[] {
  const sorted = [...all].sort();
  if (!Number.isFinite(count) || count >= sorted.length) return sorted;
  const small = sorted.filter((file) => statSync(file).size <= SAMPLE_MAX_BYTES);
  const stride = small.length / count;
  return Array.from({ length: Math.min(count, small.length) }, (_, i) => small[Math.floor(i * stride)]!);
}

const sample = process.env.CORPUS_SAMPLE ? Number(process.env.CORPUS_SAMPLE) : Infinity;

describe(`every rule on third-party code in node_modules (${Number.isFinite(sample) ? `a sample of ${sample}` : 'all files'})`, () => {
  const outcomes: { file: string; outcome: FileOutcome }[] = [];

  beforeAll(() => {
    const files = pickFiles(listFiles(join(ROOT, 'node_modules')), sample);
    for (const file of files) {
      // A name outside node_modules: flat config ignores node_modules by default.
      const name = join(ROOT, 'corpus', relative(join(ROOT, 'node_modules'), file).replaceAll('node_modules', '_modules'));
      outcomes.push({ file: relative(ROOT, file), outcome: lintFile(readFileSync(file, 'utf8'), name) });
    }
    const parsed = outcomes.filter(({ outcome }) => outcome.parsed);
    const findings: Record<string, number> = {};
    let suggestions = 0;
    for (const { outcome } of parsed) {
      for (const message of outcome.messages) {
        if (!message.ruleId) continue;
        findings[message.ruleId] = (findings[message.ruleId] ?? 0) + 1;
        suggestions += message.suggestions?.length ?? 0;
      }
    }
    console.log(
      `corpus: ${outcomes.length} files, ${parsed.length} parsed; findings ${JSON.stringify(findings)}; ${suggestions} suggestions applied and re-parsed`,
    );
  }, 60 * 60_000);

  it('lints a real corpus: most files parse with the JS or TS parser', () => {
    expect(outcomes.length).toBeGreaterThan(Number.isFinite(sample) ? Math.min(sample, 500) : 1000);
    const parsed = outcomes.filter(({ outcome }) => outcome.parsed).length;
    expect(parsed / outcomes.length).toBeGreaterThan(0.95);
  });

  it('no rule throws on any file', () => {
    const crashes = outcomes.flatMap(({ file, outcome }) => outcome.crashes.map((crash) => ({ file, ...crash })));
    expect(crashes).toEqual([]);
  });

  it('every fix and suggestion, applied, leaves code that parses', () => {
    const bad = outcomes.flatMap(({ file, outcome }) => outcome.badEdits.map((edit) => ({ file, ...edit })));
    expect(bad).toEqual([]);
  });
});
