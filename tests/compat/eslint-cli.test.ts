/**
 * ESLint 10's command line on the example apps, the sample app and 100 files of the generated
 * corpus: `--concurrency=2` finds what a single thread finds, and `--cache` gives the same
 * results on a second run (the plugin has `meta.name` and `meta.version`, which both need).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES_CONFIG, eslintCli, workspace, type Finding } from './cli.js';

describe('the ESLint command line', () => {
  let dir: string;
  let single: { findings: Finding[]; files: number };

  beforeAll(() => {
    dir = workspace('eslint-cli', { examples: true, corpus: 100 });
    writeFileSync(join(dir, 'eslint.config.js'), EXAMPLES_CONFIG);
    const { findings, results } = eslintCli(dir, ['--concurrency=off', '.']);
    single = { findings, files: results.length };
  });

  it('lints every file and finds the deliberate mistakes', () => {
    expect(single.files).toBeGreaterThan(100);
    expect(single.findings.filter((finding) => finding.ruleId === 'fatal')).toEqual([]);
    expect(single.findings.filter((finding) => finding.file.startsWith('src/'))).toHaveLength(4);
    expect(single.findings.filter((finding) => finding.file.startsWith('corpus/')).length).toBeGreaterThan(20);
  });

  it('finds the same with --concurrency=2 as on one thread', () => {
    const { findings, results } = eslintCli(dir, ['--concurrency=2', '.']);
    expect(results.length).toBe(single.files);
    expect(findings).toEqual(single.findings);
  });

  it('gives the same results from --cache on a second run', () => {
    const cache = join(dir, '.eslintcache');
    const first = eslintCli(dir, ['--cache', '--cache-location', cache, '.']);
    expect(existsSync(cache)).toBe(true);
    const cached = readFileSync(cache, 'utf8');
    expect(cached).toContain('app.js');
    const second = eslintCli(dir, ['--cache', '--cache-location', cache, '.']);
    expect(first.findings).toEqual(single.findings);
    expect(second.findings).toEqual(single.findings);
  });
});
