/**
 * Packaging: the tarball `npm pack` makes, installed into a fresh project, works with a flat
 * config, for a JavaScript-only user, and passes publint and Are the Types Wrong.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, inject, it } from 'vitest';
import plugin from '../../src/index.js';
import { CONFIGS, eslintCli, workspace } from './cli.js';
import { EXPECTED_FINDINGS } from './fixtures/expected.js';

const project = inject('compatProject');
const bin = (name: string) => fileURLToPath(new URL(`../../node_modules/.bin/${name}`, import.meta.url));

describe('the packed package', () => {
  it('holds the built code, the docs and the package metadata, nothing else', () => {
    expect(project.packedFiles).toContain('dist/index.js');
    expect(project.packedFiles).toContain('dist/index.d.ts');
    expect(project.packedFiles).toContain('package.json');
    const unexpected = project.packedFiles.filter((file) => !/^(dist\/|docs\/|package\.json$|README\.md$|LICENSE)/.test(file));
    expect(unexpected).toEqual([]);
  });

  it('installed in a fresh project, finds one mistake per rule with the recommended config', () => {
    const dir = workspace('package');
    writeFileSync(join(dir, 'eslint.config.js'), CONFIGS['eslint.config.js']());
    const { findings } = eslintCli(dir, ['src/app.js']);
    expect(findings.map(({ ruleId, line }) => ({ ruleId, line }))).toEqual(
      [...EXPECTED_FINDINGS].sort((a, b) => a.line - b.line),
    );
  });

  it('has a mistake in the sample for every rule of the recommended config', () => {
    const covered = new Set(EXPECTED_FINDINGS.map((finding) => finding.ruleId));
    expect([...covered].sort()).toEqual(Object.keys(plugin.configs.recommended.rules ?? {}).sort());
  });

  it('works in a JavaScript-only project: typescript is not installed there', () => {
    expect(existsSync(join(project.dir, 'node_modules/typescript'))).toBe(false);
    expect(existsSync(join(project.dir, 'node_modules/eslint-plugin-http-status/dist/index.js'))).toBe(true);
  });

  it('passes publint (strict)', () => {
    const output = execFileSync(process.execPath, [bin('publint'), 'run', project.tarball, '--strict'], {
      encoding: 'utf8',
    });
    expect(output).toContain('All good!');
  });

  it('passes Are the Types Wrong, except the CommonJS warning that Node 20.19+ no longer has', () => {
    // `require()` of an ES module works on every Node version the package supports
    // (engines: ^20.19 || ^22.13 || >=24), which eslint.config.cjs in config-files.test.ts shows.
    const output = execFileSync(
      process.execPath,
      [bin('attw'), project.tarball, '--ignore-rules', 'cjs-resolves-to-esm', '--format', 'json'],
      { encoding: 'utf8' },
    );
    const report = JSON.parse(output) as { analysis: { types: unknown } };
    expect(report.analysis.types).toBeTruthy();
  });
});
