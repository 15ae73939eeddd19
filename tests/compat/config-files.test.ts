/**
 * The plugin loads from every kind of flat config file a user writes, from the installed
 * package: ESM `eslint.config.js`, `eslint.config.ts` (ESLint loads it with `jiti` on Node
 * versions without type stripping, so users need `jiti` installed) and CommonJS
 * `eslint.config.cjs` with `require('eslint-plugin-http-status')`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIGS, eslintCli, workspace } from './cli.js';
import { EXPECTED_FINDINGS } from './fixtures/expected.js';

const expected = [...EXPECTED_FINDINGS].sort((a, b) => a.line - b.line);

describe('flat config files', () => {
  for (const file of Object.keys(CONFIGS) as (keyof typeof CONFIGS)[]) {
    it(`loads the plugin from ${file}`, () => {
      const dir = workspace(`config-${file.replaceAll('.', '-')}`);
      writeFileSync(join(dir, file), CONFIGS[file]());
      const { findings, stderr } = eslintCli(dir, ['src/app.js']);
      expect(stderr).toBe('');
      expect(findings.map(({ ruleId, line }) => ({ ruleId, line }))).toEqual(expected);
    });
  }
});
