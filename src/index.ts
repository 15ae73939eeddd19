/**
 * eslint-plugin-http-status: the plugin object, its rules and its flat configs.
 */
import { createRequire } from 'node:module';
import type { ESLint, Linter, Rule } from 'eslint';
import { rules } from './rules/index.js';

const packageJson = createRequire(import.meta.url)('../package.json') as { name: string; version: string };

export type ConfigName = 'recommended' | 'strict' | 'all';

/** The rule ids, spelled out so the public types need nothing from typescript-eslint. */
export type RuleName = 'no-status-after-send' | 'no-status-as-body' | 'require-created-status' | 'require-error-status';

export interface HttpStatusPlugin extends ESLint.Plugin {
  meta: { name: string; version: string; namespace: string };
  rules: Record<RuleName, Rule.RuleModule>;
  configs: Record<ConfigName, Linter.Config>;
}

// Every name in `RuleName` is a rule, and every rule has its name there.
rules satisfies Record<RuleName, unknown>;
const _everyRuleNamed: RuleName = '' as keyof typeof rules;

const plugin: HttpStatusPlugin = {
  meta: { name: packageJson.name, version: packageJson.version, namespace: 'http-status' },
  rules: rules as unknown as HttpStatusPlugin['rules'],
  configs: {} as HttpStatusPlugin['configs'],
};

/** The rules a config turns on, read from each rule's `docs.recommended`. */
function configRules(config: ConfigName): Linter.RulesRecord {
  const levels: Record<ConfigName, readonly (string | false)[]> = {
    recommended: ['recommended'],
    strict: ['recommended', 'strict'],
    all: ['recommended', 'strict', false],
  };
  return Object.fromEntries(
    Object.entries(rules)
      .filter(([, rule]) => levels[config].includes(rule.meta.docs?.recommended ?? false))
      .map(([id]) => [`http-status/${id}`, 'error' as const]),
  );
}

for (const name of ['recommended', 'strict', 'all'] as const) {
  plugin.configs[name] = { name: `http-status/${name}`, plugins: { 'http-status': plugin }, rules: configRules(name) };
}

export default plugin;
export { plugin as 'module.exports' };
