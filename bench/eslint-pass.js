/**
 * One measured ESLint pass, run in its own process so each pass has its own peak memory:
 * `node bench/eslint-pass.js <parse|model|all> <file-list.json>`. Prints one JSON object.
 *
 * - `parse`: no rules; ESLint parses and traverses every file (the baseline).
 * - `model`: only the probe rules, which build the shared handler model.
 * - `all`:   the probe rules first, then every rule of the `all` config. The probe is charged
 *            for the model; each rule's time is its own work on the cached model
 *            (bench/probe.js says what each probe rule measures).
 *
 * The pass first lints a few hundred files unmeasured (a small folder over again), so the JIT
 * has warmed up. With `runs`
 * above 1 it lints everything that many times and keeps each figure's smallest value, which
 * filters out the noise of a busy machine.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { ESLint } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import plugin from '../dist/index.js';
import { NOT_PLUGIN, PROBE_IDLE, PROBE_MODEL, handlerCounts, probePlugin } from './probe.js';

const WARM_UP_FILES = 300;

function benchConfig(pass) {
  const rules =
    pass === 'parse'
      ? {}
      : pass === 'model'
        ? { [PROBE_MODEL]: 'error', 'bench-probe/tally': 'error' }
        : { [PROBE_MODEL]: 'error', 'bench-probe/tally': 'error', [PROBE_IDLE]: 'error', ...plugin.configs.all.rules };
  return [
    {
      files: ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'],
      languageOptions: { ecmaVersion: 'latest', parserOptions: { ecmaFeatures: { jsx: true } } },
      linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' },
    },
    { files: ['**/*.{ts,mts,cts,tsx}'], languageOptions: { parser: tsParser } },
    { plugins: { 'bench-probe': probePlugin, 'http-status': plugin }, rules },
  ];
}

async function run(pass, listFile, runs) {
  const { root, files } = JSON.parse(readFileSync(listFile, 'utf8'));
  const eslint = new ESLint({
    cwd: root,
    overrideConfigFile: true,
    overrideConfig: benchConfig(pass),
    stats: true,
    ignore: false,
    cache: false,
  });
  // A small folder is linted over again until the warm-up has seen a few hundred files.
  for (let warmed = 0; warmed < WARM_UP_FILES; warmed += files.length) {
    await eslint.lintFiles(files.slice(0, WARM_UP_FILES - warmed));
  }
  let best = null;
  for (let run = 0; run < runs; run++) {
    handlerCounts.clear();
    const started = performance.now();
    const results = await eslint.lintFiles(files);
    const measured = summarize(pass, results, performance.now() - started);
    best = best ? minimum(best, measured) : measured;
  }
  best.maxRssMiB = process.resourceUsage().maxRSS / 1024;
  return best;
}

/** The smaller of two measurements, figure by figure: the least disturbed run wins. */
function minimum(a, b) {
  if (typeof a === 'number') return Math.min(a, b);
  if (typeof a !== 'object' || a === null) return a;
  return Object.fromEntries(Object.keys(a).map((key) => [key, key in b ? minimum(a[key], b[key]) : a[key]]));
}

function summarize(pass, results, wall) {
  const out = {
    pass,
    files: results.length,
    fatal: 0,
    wall,
    parse: 0,
    lint: 0,
    rules: {},
    findings: {},
    byKind: {
      handlers: { files: 0, handlers: 0, lines: 0, parse: 0, plugin: 0, rules: {} },
      none: { files: 0, handlers: 0, lines: 0, parse: 0, plugin: 0, rules: {} },
    },
  };
  for (const result of results) {
    for (const message of result.messages) {
      if (message.fatal) out.fatal++;
      else if (message.ruleId) out.findings[message.ruleId] = (out.findings[message.ruleId] ?? 0) + 1;
    }
    const counts = handlerCounts.get(result.filePath) ?? { handlers: 0, lines: 0 };
    const kind = out.byKind[counts.handlers > 0 ? 'handlers' : 'none'];
    kind.files++;
    kind.handlers += counts.handlers;
    kind.lines += counts.lines;
    for (const timing of result.stats?.times.passes ?? []) {
      out.parse += timing.parse?.total ?? 0;
      kind.parse += timing.parse?.total ?? 0;
      out.lint += timing.total ?? 0;
      for (const [ruleId, { total }] of Object.entries(timing.rules ?? {})) {
        out.rules[ruleId] = (out.rules[ruleId] ?? 0) + total;
        kind.rules[ruleId] = (kind.rules[ruleId] ?? 0) + total;
        if (!NOT_PLUGIN.has(ruleId)) kind.plugin += total;
      }
    }
  }
  return out;
}

const [pass, listFile, runs = '1'] = process.argv.slice(2);
if (!['parse', 'model', 'all'].includes(pass) || !listFile) {
  console.error('usage: node bench/eslint-pass.js <parse|model|all> <file-list.json> [runs]');
  process.exit(2);
}
process.stdout.write(JSON.stringify(await run(pass, listFile, Number(runs))) + '\n');
