/**
 * The same files under oxlint, three ways, so our cost shows apart from the JS bridge's:
 * - `native`:      no JS plugin and no rules: oxlint parses and walks every file;
 * - `one-visitor`: a JS plugin with one rule and one visitor (bench/one-visitor-plugin.js);
 * - `http-status`: our plugin through `jsPlugins`, every rule of the `all` config.
 * Each is run a few times on one thread; the best wall time counts.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const OXLINT = fileURLToPath(import.meta.resolve('oxlint/package.json')).replace(/package\.json$/, 'bin/oxlint');
const PLUGIN = fileURLToPath(new URL('../dist/index.js', import.meta.url));
const ONE_VISITOR = fileURLToPath(new URL('./one-visitor-plugin.js', import.meta.url));

/** An `.oxlintrc.json` for a variant: only JS plugin rules, no native rules. */
export async function oxlintConfig(variant) {
  const base = { plugins: [], categories: { correctness: 'off' }, rules: {} };
  if (variant === 'one-visitor') return { ...base, jsPlugins: [ONE_VISITOR], rules: { 'one-visitor/calls': 'error' } };
  if (variant === 'http-status') {
    const { default: plugin } = await import(PLUGIN);
    return { ...base, jsPlugins: [PLUGIN], rules: plugin.configs.all.rules };
  }
  return base;
}

/**
 * Runs oxlint on explicit files (oxlint skips git-ignored folders even with `--no-ignore`, and
 * the generated corpus is git-ignored). Returns the JSON report and the wall time in ms.
 */
export async function runOxlint({ root, files }, variant, { threads = 1 } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'http-status-oxlint-'));
  try {
    const config = join(dir, '.oxlintrc.json');
    writeFileSync(config, JSON.stringify(await oxlintConfig(variant)));
    const relative = files.map((file) => (file.startsWith(root + '/') ? file.slice(root.length + 1) : file));
    const started = performance.now();
    const child = spawnSync(
      process.execPath,
      [OXLINT, '-c', config, '--no-ignore', `--threads=${threads}`, '--format=json', ...relative],
      { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
    );
    const wall = performance.now() - started;
    const report = parseReport(child.stdout);
    if (!report) throw new Error(`oxlint (${variant}) failed: ${child.stderr || child.stdout}`);
    return { wall, report };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function parseReport(stdout) {
  const start = stdout.indexOf('{');
  if (start === -1) return null;
  try {
    return JSON.parse(stdout.slice(start));
  } catch {
    return null;
  }
}

/** Findings per rule id (`http-status/no-status-as-body`) in an oxlint report. */
export function findingsByRule(report) {
  const counts = {};
  for (const diagnostic of report.diagnostics) {
    const id = diagnostic.code ? diagnostic.code.replace(/^(.*)\((.*)\)$/, '$1/$2') : 'parse error';
    counts[id] = (counts[id] ?? 0) + 1;
  }
  return counts;
}

export async function benchOxlint(list, runs = 3) {
  const out = {};
  for (const variant of ['native', 'one-visitor', 'http-status']) {
    let best = null;
    for (let i = 0; i < runs; i++) {
      const { wall, report } = await runOxlint(list, variant);
      if (!best || wall < best.wall) best = { wall, files: report.number_of_files, findings: findingsByRule(report) };
    }
    out[variant] = best;
  }
  return out;
}
