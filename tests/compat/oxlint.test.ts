/**
 * oxlint runs the plugin through `jsPlugins` (loaded by package name from the installed
 * tarball) and finds exactly what ESLint finds: same files, rules, positions and messages, on
 * the example apps, the sample app and 200 files of the generated corpus. This holds because
 * oxlint's JS plugin API implements everything the rules use: `sourceCode.getScope`,
 * `scopeManager`, `getDeclaredVariables`, `visitorKeys` and the code-path events
 * (`onCodePathStart`, `onCodePathSegmentStart`, ...). No rule needs type information.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';
import { EXAMPLES_CONFIG, eslintCli, oxlintCli, workspace, type Finding } from './cli.js';

describe('oxlint with the plugin in jsPlugins', () => {
  let dir: string;
  let eslint: Finding[];

  beforeAll(() => {
    dir = workspace('oxlint', { examples: true, corpus: 200 });
    writeFileSync(join(dir, 'eslint.config.js'), EXAMPLES_CONFIG);
    eslint = eslintCli(dir, ['.']).findings;
  });

  it('finds what ESLint finds, rule by rule and position by position', () => {
    const oxlint = oxlintCli(dir, plugin.configs.all.rules ?? {}, ['.']);
    expect(eslint.length).toBeGreaterThan(20);
    expect(oxlint).toEqual(eslint);
  });

  it('reports every rule of the plugin on the sample app', () => {
    const oxlint = oxlintCli(dir, plugin.configs.all.rules ?? {}, ['src']);
    expect(new Set(oxlint.map((finding) => finding.ruleId))).toEqual(new Set(Object.keys(plugin.configs.recommended.rules ?? {})));
  });
});
