/**
 * `npm run bench [-- [--files N] [--dense] [--runs N] [--no-oxlint] [--no-corpus] [--cpu-prof] [folder ...]]`
 *
 * Lints the generated corpus (written by bench/generate.js into bench/corpus/ when missing;
 * `--dense` lints the stress layout, in bench/corpus-dense/) and any folder given, with the `all` config and ESLint's `stats`, then with oxlint, and
 * prints: files, ESLint parse time, the shared model's build time, each rule's time, the
 * plugin's total as a share of parse time, the cost on files without handlers, peak memory,
 * and oxlint with our plugin against a one-visitor plugin. Each ESLint pass runs in its own
 * process (see bench/eslint-pass.js for what each pass measures).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_DIR, DEFAULT_FILES, DENSE_DIR, generateCorpus } from './generate.js';
import { folderFiles, listSourceFiles } from './files.js';
import { benchOxlint } from './oxlint.js';
import { printProfile, summarizeProfile } from './profile.js';
import { NOT_PLUGIN, PROBE_IDLE, PROBE_MODEL } from './probe.js';

const PASS_SCRIPT = fileURLToPath(new URL('./eslint-pass.js', import.meta.url));
const require = createRequire(import.meta.url);
const TARGET_PERCENT = 2;
const TARGET_OXLINT_RATIO = 1.5;

const USAGE = 'usage: npm run bench -- [--files N] [--dense] [--runs N] [--no-oxlint] [--no-corpus] [--cpu-prof] [folder ...]';

const { values, positionals } = parseArguments({
  allowPositionals: true,
  options: {
    files: { type: 'string', default: String(DEFAULT_FILES) },
    dense: { type: 'boolean', default: false },
    'no-oxlint': { type: 'boolean', default: false },
    'cpu-prof': { type: 'boolean', default: false },
    'no-corpus': { type: 'boolean', default: false },
    runs: { type: 'string', default: '1' },
  },
});

function parseArguments(config) {
  try {
    return parseArgs(config);
  } catch (error) {
    fail(`${error.message.split('.')[0]}\n${USAGE}`);
  }
}

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(2);
}

if (!existsSync(new URL('../dist/index.js', import.meta.url))) fail('dist/ is missing; run `npm run build` first');

const targets = [];
for (const folder of positionals) {
  try {
    targets.push({ name: folder, ...folderFiles(folder) });
  } catch (error) {
    fail(error.message);
  }
}
if (!values['no-corpus']) {
  const layout = values.dense ? 'dense' : 'realistic';
  targets.unshift({ name: `generated corpus (${layout})`, ...corpus(Number(values.files), layout) });
}

function corpus(total, layout) {
  const dir = layout === 'dense' ? DENSE_DIR : DEFAULT_DIR;
  const marker = join(dir, '.generated.json');
  const current = existsSync(marker) ? JSON.parse(readFileSync(marker, 'utf8')) : null;
  if (current?.files !== total || (current.layout ?? 'dense') !== layout) {
    const { files } = generateCorpus(dir, total, layout);
    console.log(`Generated ${files} ${layout} files in ${dir}`);
  }
  return { root: dir.replace(/\/$/, ''), files: listSourceFiles(dir) };
}

function eslintPass(pass, listFile, profileDir) {
  const flags = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const child = spawnSync(process.execPath, [...flags, PASS_SCRIPT, pass, listFile, values.runs], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (child.status !== 0) fail(`ESLint pass "${pass}" failed:\n${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1));
}

const ms = (value) => `${value.toFixed(1).padStart(9)} ms`;
const pct = (part, whole) => `${((100 * part) / whole).toFixed(2)}%`;
const versionOf = (name) => require(`${name}/package.json`).version;

function report(target, runs, oxlint, profile) {
  const { parse, model, all } = runs;
  const ruleIds = Object.keys(all.rules).filter((id) => id.startsWith('http-status/')).sort();
  const modelTime = all.rules[PROBE_MODEL] ?? 0;
  const pluginTotal = Object.entries(all.rules).reduce((sum, [id, value]) => (NOT_PLUGIN.has(id) ? sum : sum + value), 0);
  const bytes = target.files.reduce((sum, file) => sum + statSync(file).size, 0);
  const log = console.log;

  log(`\n## ${target.name}: ${all.files} files, ${(bytes / 1024 / 1024).toFixed(1)} MiB (${target.root})`);
  const { handlers: withHandlers, none } = all.byKind;
  log(`   ${withHandlers.files} files with handlers, ${none.files} without${all.fatal ? `; ${all.fatal} did not parse` : ''}`);
  // The plugin's share grows with the handlers per line, so corpora are compared by density.
  if (withHandlers.handlers > 0) {
    log(
      `   ${withHandlers.handlers} handlers: ${(withHandlers.handlers / withHandlers.files).toFixed(1)} per file that has any, one per ${(withHandlers.lines / withHandlers.handlers).toFixed(0)} lines there`,
    );
  }
  log(`\nESLint ${versionOf('eslint')}, \`all\` config, stats (one process per pass, warmed up, best of ${values.runs})`);
  log(`  parse                     ${ms(all.parse)}   (${(all.parse / all.files).toFixed(2)} ms/file)`);
  log(`  shared model (probe)      ${ms(modelTime)}   (probe alone: ${model.rules[PROBE_MODEL].toFixed(1)} ms)`);
  for (const id of ruleIds) log(`  ${id.replace('http-status/', '').padEnd(26)}${ms(all.rules[id])}`);
  const idle = all.rules[PROBE_IDLE] ?? 0;
  log(`  (a rule that does nothing ${ms(idle)}   ${((1000 * idle) / all.files).toFixed(1)} µs/file: what \`stats\` charge any rule for being called)`);
  const verdict = (100 * pluginTotal) / all.parse <= TARGET_PERCENT ? 'within' : 'OVER';
  log(`  plugin total              ${ms(pluginTotal)}   ${pct(pluginTotal, all.parse)} of parse time (${verdict} the ${TARGET_PERCENT}% target)`);
  for (const [kind, label] of [
    ['none', 'files without handlers'],
    ['handlers', 'files with handlers'],
  ]) {
    const group = all.byKind[kind];
    if (group.files === 0) continue;
    const perFile = (value) => `${((1000 * value) / group.files).toFixed(0)} µs`;
    const model = group.rules[PROBE_MODEL] ?? 0;
    log(
      `  ${label.padEnd(24)}  ${perFile(group.plugin).padStart(7)}/file plugin (model ${perFile(model)}, rules ${perFile(group.plugin - model)}), ${(group.parse / group.files).toFixed(2)} ms/file parse: ${pct(group.plugin, group.parse)}`,
    );
  }
  log(`  peak memory (RSS)         ${all.maxRssMiB.toFixed(0).padStart(6)} MiB with the plugin, ${parse.maxRssMiB.toFixed(0)} MiB parse only`);
  log(`  findings                  ${formatFindings(all.findings)}`);
  if (profile) printProfile(profile);

  if (oxlint) {
    const { native, 'one-visitor': one, 'http-status': ours } = oxlint;
    const ratio = ours.wall / one.wall;
    log(`\noxlint ${versionOf('oxlint')}, one thread, best of ${Math.max(3, Number(values.runs))} (wall time, process start included)`);
    log(`  native, no rules          ${ms(native.wall)}   (${native.files} files)`);
    log(`  one-visitor JS plugin     ${ms(one.wall)}   (the JS bridge: +${(one.wall - native.wall).toFixed(0)} ms)`);
    log(`  http-status, all rules    ${ms(ours.wall)}   (+${(ours.wall - one.wall).toFixed(0)} ms over one-visitor, ${ratio.toFixed(2)}x; ${ratio <= TARGET_OXLINT_RATIO ? 'within' : 'OVER'} the ${TARGET_OXLINT_RATIO}x target)`);
    if (all.files >= 1000) log(`  ESLint parse time / oxlint native wall time: ${(all.parse / native.wall).toFixed(0)}x`);
    const { 'parse error': parseErrors = 0, ...findings } = ours.findings;
    const same = JSON.stringify(sorted(findings)) === JSON.stringify(sorted(all.findings));
    log(`  findings                  ${formatFindings(findings)} (${same ? 'same counts as ESLint' : 'DIFFERENT from ESLint'})`);
    if (parseErrors) log(`  files oxlint could not parse: ${parseErrors}`);
  }
}

const sorted = (counts) => Object.fromEntries(Object.entries(counts).sort());
const formatFindings = (counts) =>
  Object.entries(sorted(counts))
    .map(([id, count]) => `${id.replace('http-status/', '')} ${count}`)
    .join(', ') || 'none';

const work = mkdtempSync(join(tmpdir(), 'http-status-bench-'));
try {
  for (const target of targets) {
    const listFile = join(work, 'files.json');
    writeFileSync(listFile, JSON.stringify({ root: target.root, files: target.files }));
    const profileDir = values['cpu-prof'] ? join(work, 'profile') : null;
    const runs = {
      parse: eslintPass('parse', listFile),
      model: eslintPass('model', listFile),
      all: eslintPass('all', listFile, profileDir),
    };
    const ourCode = new URL('../dist/', import.meta.url).href;
    const profile = profileDir ? summarizeProfile(join(profileDir, readdirSync(profileDir)[0]), { match: ourCode, top: 20 }) : null;
    const oxlint = values['no-oxlint'] ? null : await benchOxlint(target, Math.max(3, Number(values.runs)));
    report(target, runs, oxlint, profile);
    if (profileDir) rmSync(profileDir, { recursive: true, force: true });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
