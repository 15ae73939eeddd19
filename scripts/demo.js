// Lints the example apps with the recommended config and prints what ESLint finds.
// Exits 0 whatever it finds: the examples contain mistakes on purpose.
import { ESLint } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import plugin from '../dist/index.js';

const eslint = new ESLint({
  cwd: new URL('..', import.meta.url).pathname,
  overrideConfigFile: true,
  overrideConfig: [
    { files: ['**/*.{ts,tsx,mts,cts}'], languageOptions: { parser: tsParser } },
    { files: ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'], ...plugin.configs.recommended },
  ],
});

const results = await eslint.lintFiles(['examples/']);
const formatter = await eslint.loadFormatter('stylish');
process.stdout.write(await formatter.format(results));

const perRule = {};
for (const result of results) {
  for (const message of result.messages) perRule[message.ruleId ?? 'fatal'] = (perRule[message.ruleId ?? 'fatal'] ?? 0) + 1;
}
console.log(`Linted ${results.length} files in examples/. Findings per rule:`);
for (const [rule, count] of Object.entries(perRule).sort()) console.log(`  ${rule}: ${count}`);
