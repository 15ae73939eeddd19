/**
 * Reads a V8 `.cpuprofile` and shows where the plugin's time goes. Every sample taken while
 * our code is on the stack is charged to the innermost function of ours on that stack, so time
 * spent in ESLint's or typescript-eslint's helpers that we call (scope lookups, option merging)
 * counts against the function of ours that called them. A second list shows those helpers.
 * `node bench/profile.js <file.cpuprofile> [url-prefix-of-our-code]`.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** `match`: the URL prefix of our code (by default any `/dist/` outside node_modules). */
export function summarizeProfile(file, { match = null, top = 15 } = {}) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const isOurs = (url) => (match ? url.startsWith(match) : url.includes('/dist/') && !url.includes('/node_modules/'));
  const parent = new Map();
  const byId = new Map();
  for (const node of profile.nodes) {
    byId.set(node.id, node);
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  const ownerCache = new Map();
  const ownerOf = (id) => {
    if (ownerCache.has(id)) return ownerCache.get(id);
    const node = byId.get(id);
    const owner = isOurs(node.callFrame.url) ? id : parent.has(id) ? ownerOf(parent.get(id)) : null;
    ownerCache.set(id, owner);
    return owner;
  };
  const label = (id) => {
    const { callFrame } = byId.get(id);
    const url = callFrame.url.replace(/^.*\/(dist|node_modules)\//, '$1/');
    return `${callFrame.functionName || '(anonymous)'} ${url}:${callFrame.lineNumber + 1}`;
  };

  let total = 0;
  let ours = 0;
  const perFunction = new Map();
  const calledByUs = new Map();
  profile.samples.forEach((id, index) => {
    const micros = profile.timeDeltas[index] ?? 0;
    total += micros;
    const owner = ownerOf(id);
    if (owner === null) return;
    ours += micros;
    const name = label(owner);
    perFunction.set(name, (perFunction.get(name) ?? 0) + micros);
    if (owner !== id) {
      const leaf = label(id);
      calledByUs.set(leaf, (calledByUs.get(leaf) ?? 0) + micros);
    }
  });
  const rank = (map, count) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([name, micros]) => ({ name, ms: micros / 1000 }));
  return { totalMs: total / 1000, oursMs: ours / 1000, rows: rank(perFunction, top), callees: rank(calledByUs, 8) };
}

export function printProfile(summary, log = console.log) {
  log(`  CPU profile: ${summary.oursMs.toFixed(0)} ms under our code, of ${summary.totalMs.toFixed(0)} ms sampled (whole process)`);
  log(`    our functions (with what they call outside our code):`);
  for (const row of summary.rows) log(`    ${row.ms.toFixed(1).padStart(8)} ms  ${row.name}`);
  log(`    other code called from ours:`);
  for (const row of summary.callees) log(`    ${row.ms.toFixed(1).padStart(8)} ms  ${row.name}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  printProfile(summarizeProfile(process.argv[2], { match: process.argv[3] ?? null }));
}
