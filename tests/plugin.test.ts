/** The plugin object: identity, metadata, configs and the files every rule must have. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { ESLint, Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';
import { rules } from '../src/rules/index.js';
import { createRule } from '../src/utils/create-rule.js';

const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  name: string;
  version: string;
};
const ruleIds = Object.keys(plugin.rules);

describe('plugin', () => {
  it('names itself after package.json, so --cache and --print-config know it', () => {
    expect(plugin.meta.name).toBe(packageJson.name);
    expect(plugin.meta.version).toBe(packageJson.version);
  });

  it('exports every rule file', () => {
    const files = readdirSync(new URL('../src/rules/', import.meta.url))
      .filter((name) => name !== 'index.ts')
      .map((name) => name.replace(/\.ts$/, ''));
    expect(ruleIds.sort()).toEqual(files.sort());
  });

  for (const id of ruleIds) {
    it(`${id} has docs, a test folder and a docs URL that points at its page`, () => {
      const rule = rules[id as keyof typeof rules];
      expect(existsSync(new URL(`../docs/rules/${id}.md`, import.meta.url))).toBe(true);
      expect(existsSync(new URL(`./rules/${id}/`, import.meta.url))).toBe(true);
      expect(rule.meta.docs?.url).toMatch(new RegExp(`/docs/rules/${id}\\.md$`));
    });
  }

  for (const name of ['recommended', 'strict', 'all'] as const) {
    it(`configs.${name} holds the plugin itself and the rules its metadata selects`, () => {
      const config = plugin.configs[name];
      expect(config.plugins?.['http-status']).toBe(plugin);
      const levels = { recommended: ['recommended'], strict: ['recommended', 'strict'], all: null }[name];
      const expected = ruleIds
        .filter((id) => !levels || levels.includes(rules[id as keyof typeof rules].meta.docs?.recommended as string))
        .map((id) => `http-status/${id}`)
        .sort();
      expect(Object.keys(config.rules ?? {}).sort()).toEqual(expected);
    });
  }

  it('lints with the recommended config through the ESLint API', async () => {
    const eslint = new ESLint({ overrideConfigFile: true, overrideConfig: [plugin.configs.recommended as never] });
    const [result] = await eslint.lintText(
      "const express = require('express');\nconst app = express();\napp.get('/', (req, res) => res.send(404));\n",
      { filePath: 'app.js' },
    );
    expect(result?.messages.map((message) => message.ruleId)).toEqual(['http-status/no-status-as-body']);
  });

  it('sees require() in CommonJS files, where require is a declared global', async () => {
    const eslint = new ESLint({ overrideConfigFile: true, overrideConfig: [plugin.configs.recommended as never] });
    const [result] = await eslint.lintText(
      "const { Hono } = require('hono');\nconst app = new Hono();\napp.get('/', (c) => c.json(404));\nmodule.exports = app;\n",
      { filePath: 'app.cjs' },
    );
    expect(result?.messages.map((message) => message.ruleId)).toEqual(['http-status/no-status-as-body']);
  });

  it('ignores unknown keys in settings and wrong types', async () => {
    const eslint = new ESLint({
      overrideConfigFile: true,
      overrideConfig: [
        plugin.configs.recommended as never,
        { settings: { 'http-status': { frameworks: 'express', unknown: true } } },
      ],
    });
    const [result] = await eslint.lintText("app.get('/', (req, res) => res.send(404));\n", { filePath: 'app.js' });
    expect(result?.messages.filter((message) => message.fatal)).toEqual([]);
  });
});

describe('rule options', () => {
  it('rejects unknown option keys with ESLint\'s schema error', async () => {
    const eslint = new ESLint({
      overrideConfigFile: true,
      overrideConfig: [
        { plugins: { 'http-status': plugin as never }, rules: { 'http-status/require-created-status': ['error', { ignoreRoute: ['x'] }] } },
      ],
    });
    await expect(eslint.lintText('app.get()', { filePath: 'app.js' })).rejects.toThrow(
      /require-created-status[\s\S]*should NOT have additional properties/,
    );
  });

  it('rejects options on rules that take none', async () => {
    const eslint = new ESLint({
      overrideConfigFile: true,
      overrideConfig: [
        { plugins: { 'http-status': plugin as never }, rules: { 'http-status/no-status-as-body': ['error', { strict: true }] } },
      ],
    });
    await expect(eslint.lintText('app.get()', { filePath: 'app.js' })).rejects.toThrow(/no-status-as-body/);
  });

  describe('hosts that do not merge meta.defaultOptions (oxlint)', () => {
    const seen: unknown[] = [];
    const rule = createRule<[{ ignoreRoutes: string[]; strict: boolean }], 'x'>({
      name: 'probe',
      meta: {
        type: 'problem',
        docs: { description: 'probe', recommended: false },
        messages: { x: 'x' },
        schema: [{ type: 'object' }],
        defaultOptions: [{ ignoreRoutes: [], strict: false }],
      },
      create(_context, options) {
        seen.push(options);
        return {};
      },
    });
    // A file with a handler: the rule is not asked about files without one.
    let sourceCode: unknown;
    new Linter().verify("app.get('/', (req, res) => res.send('ok'));", {
      plugins: { capture: { rules: { source: { create: (context) => ((sourceCode = context.sourceCode), {}) } } } },
      rules: { 'capture/source': 'error' },
      settings: {},
    });
    const run = (options: unknown[]) => {
      rule.create({ options, sourceCode, filename: 'routes.js', settings: { 'http-status': { frameworks: ['express'] } } } as never);
      return seen.at(-1) as unknown[];
    };

    it('fills in the defaults when none or only some are given', () => {
      expect(run([])).toEqual([{ ignoreRoutes: [], strict: false }]);
      expect(run([{ strict: true }])).toEqual([{ ignoreRoutes: [], strict: true }]);
    });

    it('hands on options that already hold every default as they are', () => {
      const merged = [{ ignoreRoutes: ['^/rpc/'], strict: false }];
      expect(run(merged)).toBe(merged);
    });

    it('is not created for a file without handlers, which gets no listeners', () => {
      let plain: unknown;
      new Linter().verify('export const add = (a, b) => a + b;', {
        plugins: { capture: { rules: { source: { create: (context) => ((plain = context.sourceCode), {}) } } } },
        rules: { 'capture/source': 'error' },
      });
      const before = seen.length;
      const listeners = rule.create({ options: [], sourceCode: plain, filename: 'math.js', settings: {} } as never);
      expect({ created: seen.length - before, listeners }).toEqual({ created: 0, listeners: {} });
    });
  });
});
