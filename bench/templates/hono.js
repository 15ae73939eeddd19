/**
 * Hono apps: `new Hono()` routes that return `c.json(...)`, validators, `onError`, Workers
 * bindings. About one handler in six carries a mistake a rule reports; the rest is correct
 * code, including shapes a naive rule would flag (`c.status(201)` before `c.json(x)`,
 * `HTTPException`, `c.notFound()`, work handed to `waitUntil`).
 */
import { RESOURCES, capitalize, indent, pickHandlers, plantedRules, source } from './words.js';

const find = (r) => `const ${r.one} = await db.${r.one}.findUnique({ where: { id: c.req.param('id') } });`;

/** Handler makers `(r) => { method, path, body, validate? }`; `onError` is the error handler. */
const CORRECT = [
  (r) => ({
    method: 'get',
    path: `/${r.many}`,
    body: [
      `const page = Number(c.req.query('page') ?? 1);`,
      `const rows = await db.${r.one}.findMany({ skip: (page - 1) * PAGE_SIZE, take: PAGE_SIZE });`,
      `return c.json({ data: rows, page });`,
    ],
  }),
  (r) => ({
    method: 'get',
    path: `/${r.many}/:id`,
    body: [find(r), `if (!${r.one}) return c.json({ error: '${capitalize(r.one)} not found' }, 404);`, `return c.json(${r.one});`],
  }),
  (r) => ({
    method: 'post',
    path: `/${r.many}`,
    validate: true,
    body: [`const ${r.one} = await db.${r.one}.create({ data: c.req.valid('json') });`, `return c.json(${r.one}, 201);`],
  }),
  (r) => ({
    method: 'post',
    path: `/${r.many}/bulk`,
    body: [
      `const items = await c.req.json();`,
      `const created = await db.${r.one}.createMany({ data: items });`,
      `c.status(201);`,
      `return c.json({ count: created.count });`,
    ],
  }),
  (r) => ({
    method: 'delete',
    path: `/${r.many}/:id`,
    body: [`await db.${r.one}.delete({ where: { id: c.req.param('id') } });`, `return c.body(null, 204);`],
  }),
  (r) => ({
    method: 'put',
    path: `/${r.many}/:id`,
    validate: true,
    body: [
      find(r),
      `if (!${r.one}) throw new HTTPException(404, { message: '${capitalize(r.one)} not found' });`,
      `return c.json(await db.${r.one}.update({ where: { id: ${r.one}.id }, data: c.req.valid('json') }));`,
    ],
  }),
  (r) => ({
    method: 'get',
    path: `/${r.many}/:id/summary`,
    body: [find(r), `if (!${r.one}) return c.notFound();`, `return c.json(summarize(${r.one}));`],
  }),
  (r) => ({
    method: 'post',
    path: `/${r.many}/:id/notify`,
    body: [
      find(r),
      `if (!${r.one}) return c.json({ error: 'Not found' }, 404);`,
      `c.executionCtx.waitUntil(notify(${r.one}).catch((error) => console.error(error)));`,
      `return c.json({ queued: true }, 202);`,
    ],
  }),
  (r) => ({
    method: 'get',
    path: `/legacy/${r.many}/:id`,
    body: [`return c.redirect(\`/api/v2/${r.many}/\${c.req.param('id')}\`, 301);`],
  }),
  () => ({
    method: 'onError',
    body: [
      `if (err instanceof HTTPException) return err.getResponse();`,
      `console.error(err);`,
      `return c.json({ error: 'Internal Server Error' }, 500);`,
    ],
  }),
];

const MISTAKES = [
  (r) => ({
    rule: 'require-error-status',
    method: 'get',
    path: `/${r.many}/:id`,
    body: [find(r), `if (!${r.one}) return c.json({ error: '${capitalize(r.one)} not found' });`, `return c.json(${r.one});`],
  }),
  () => ({
    rule: 'require-error-status',
    method: 'onError',
    body: [`console.error(err);`, `return c.json({ error: err.message });`],
  }),
  (r) => ({
    rule: 'require-created-status',
    method: 'post',
    path: `/${r.many}`,
    validate: true,
    body: [`const ${r.one} = await db.${r.one}.create({ data: c.req.valid('json') });`, `return c.json(${r.one});`],
  }),
  (r) => ({
    rule: 'no-status-as-body',
    method: 'delete',
    path: `/${r.many}/:id`,
    body: [`await db.${r.one}.delete({ where: { id: c.req.param('id') } });`, `return c.json(204);`],
  }),
  (r) => ({
    rule: 'no-status-after-send',
    method: 'post',
    path: `/${r.many}/:id/notify`,
    body: [
      find(r),
      `c.executionCtx.waitUntil(`,
      `  (async () => {`,
      `    const sent = await notify(${r.one});`,
      `    if (!sent) c.status(500);`,
      `  })(),`,
      `);`,
      `return c.json({ queued: true }, 202);`,
    ],
  }),
];

function register(handler, r) {
  if (handler.method === 'onError') return [`app.onError((err, c) => {`, ...indent(handler.body), `});`];
  const validator = handler.validate ? `zValidator('json', ${r.Model}Schema), ` : '';
  return [`app.${handler.method}('${handler.path}', ${validator}async (c) => {`, ...indent(handler.body), `});`];
}

export default {
  name: 'hono',
  share: 10,
  file(random, n) {
    const r = random.pick(RESOURCES);
    const ts = random.chance(0.7);
    const handlers = pickHandlers(random, CORRECT, MISTAKES, random.int(3, 7)).map((make) => make(r));
    const base = random.chance(0.5) ? `.basePath('/api')` : '';
    const lines = [
      `import { Hono } from 'hono';`,
      `import { HTTPException } from 'hono/http-exception';`,
      `import { zValidator } from '@hono/zod-validator';`,
      `import { db } from './db';`,
      `import { ${r.Model}Schema, notify, summarize } from './${r.many}';`,
      ``,
      ts ? `type Bindings = { DATABASE_URL: string; API_TOKEN: string };` : null,
      ts ? `` : null,
      `const PAGE_SIZE = ${random.pick([10, 20, 50])};`,
      `const app = new Hono${ts ? '<{ Bindings: Bindings }>' : ''}()${base};`,
      ``,
      ...handlers.flatMap((handler) => [...register(handler, r), ``]),
      `export default app;`,
    ].filter((line) => line !== null);
    return { path: `src/${r.many}-${n}.${ts ? 'ts' : 'js'}`, source: source(lines), mistakes: plantedRules(handlers) };
  },
};
