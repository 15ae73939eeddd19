/**
 * Plain Node servers: `http.createServer((req, res) => ...)` routing on `req.method` and the
 * URL, answering with `writeHead` and `end`. About one route in six carries a mistake a rule
 * reports; the rest is correct code, including `res.statusCode = n` before `end()` and
 * `res.write()` streaming.
 */
import { RESOURCES, capitalize, indent, pickHandlers, plantedRules, source } from './words.js';

const JSON_HEADERS = `{ 'content-type': 'application/json' }`;
const byId = (r) => `const ${r.one} = await store.find${r.Model}(id);`;

/** Route makers `(r) => { method, item, body }`; every body ends the response and returns. */
const CORRECT = [
  (r) => ({
    method: 'GET',
    body: [`const rows = await store.list${r.Model}s();`, `res.writeHead(200, ${JSON_HEADERS});`, `return res.end(JSON.stringify(rows));`],
  }),
  (r) => ({
    method: 'GET',
    item: true,
    body: [
      byId(r),
      `if (!${r.one}) {`,
      `  res.writeHead(404, ${JSON_HEADERS});`,
      `  return res.end(JSON.stringify({ error: '${capitalize(r.one)} not found' }));`,
      `}`,
      `return res.writeHead(200, ${JSON_HEADERS}).end(JSON.stringify(${r.one}));`,
    ],
  }),
  (r) => ({
    method: 'POST',
    body: [
      `const ${r.one} = await store.create${r.Model}(await readJson(req));`,
      `res.statusCode = 201;`,
      `res.setHeader('content-type', 'application/json');`,
      `return res.end(JSON.stringify(${r.one}));`,
    ],
  }),
  (r) => ({
    method: 'DELETE',
    item: true,
    body: [`await store.delete${r.Model}(id);`, `res.writeHead(204);`, `return res.end();`],
  }),
  (r) => ({
    method: 'GET',
    item: true,
    csv: true,
    body: [
      `res.writeHead(200, { 'content-type': 'text/csv' });`,
      `for await (const row of store.stream${r.Model}s()) res.write(toCsvLine(row));`,
      `return res.end();`,
    ],
  }),
];

const MISTAKES = [
  (r) => ({
    rule: 'require-error-status',
    method: 'GET',
    item: true,
    body: [byId(r), `if (!${r.one}) {`, `  return res.end(JSON.stringify({ error: '${capitalize(r.one)} not found' }));`, `}`, `return res.end(JSON.stringify(${r.one}));`],
  }),
  (r) => ({
    rule: 'require-created-status',
    method: 'POST',
    body: [`const ${r.one} = await store.create${r.Model}(await readJson(req));`, `return res.end(JSON.stringify(${r.one}));`],
  }),
  (r) => ({
    rule: 'no-status-after-send',
    method: 'DELETE',
    item: true,
    body: [
      `if (!req.headers.authorization) {`,
      `  res.writeHead(401);`,
      `  res.end('Unauthorized');`,
      `}`,
      `await store.delete${r.Model}(id);`,
      `return res.end(JSON.stringify({ deleted: id }));`,
    ],
  }),
  (r) => ({
    rule: 'no-status-as-body',
    method: 'DELETE',
    item: true,
    body: [`await store.delete${r.Model}(id);`, `return res.end(204);`],
  }),
];

export default {
  name: 'node-http',
  share: 2,
  file(random, n) {
    const r = random.pick(RESOURCES);
    const ts = random.chance(0.4);
    const picked = pickHandlers(random, CORRECT, MISTAKES, random.int(3, 5)).map((make) => make(r));
    // One route per method and path: a later duplicate would never run.
    const key = (route) => `${route.method} ${route.item ? 'item' : 'list'} ${route.csv ? 'csv' : ''}`;
    const routes = picked.filter((route, i) => picked.findIndex((other) => key(other) === key(route)) === i);
    const path = (route) => (route.csv ? `url.pathname === '/${r.many}.csv'` : route.item ? 'id' : `url.pathname === '/${r.many}'`);
    const lines = [
      `import http from 'node:http';`,
      ts ? `import type { IncomingMessage, ServerResponse } from 'node:http';` : null,
      `import * as store from './store.js';`,
      `import { readJson, toCsvLine } from './util.js';`,
      ``,
      `const server = http.createServer(async (req${ts ? ': IncomingMessage' : ''}, res${ts ? ': ServerResponse' : ''}) => {`,
      `  const url = new URL(req.url ?? '/', 'http://localhost');`,
      `  const id = url.pathname.match(/^\\/${r.many}\\/([^/]+)$/)?.[1];`,
      ...routes.flatMap((route) => [`  if (req.method === '${route.method}' && ${path(route)}) {`, ...indent(route.body, 2), `  }`]),
      `  res.writeHead(404, ${JSON_HEADERS});`,
      `  res.end(JSON.stringify({ error: 'Not found' }));`,
      `});`,
      ``,
      `server.listen(Number(process.env.PORT ?? ${random.int(3000, 9000)}));`,
    ].filter((line) => line !== null);
    return { path: `servers/${r.many}-${n}.${ts ? 'ts' : 'mjs'}`, source: source(lines), mistakes: plantedRules(routes) };
  },
};
