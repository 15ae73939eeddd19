/**
 * Koa routers (`@koa/router`) and apps with error middleware. About one handler in six carries
 * a mistake a rule reports; the rest is correct code, including shapes a naive rule would flag
 * (the status written after the body, two body writes, `ctx.throw`, a dynamic status).
 */
import { RESOURCES, capitalize, indent, pickHandlers, plantedRules, source } from './words.js';

const find = (r) => `const ${r.one} = await ${r.Model}.findById(ctx.params.id);`;

/** Handler makers `(r) => { method, path, body }`; `use` is middleware without a path. */
const CORRECT = [
  (r) => ({
    method: 'get',
    path: '/',
    body: [
      `const page = Number(ctx.query.page ?? 1);`,
      `ctx.body = { data: await ${r.Model}.find().skip((page - 1) * PAGE_SIZE).limit(PAGE_SIZE), page };`,
    ],
  }),
  (r) => ({
    method: 'get',
    path: '/:id',
    body: [find(r), `ctx.assert(${r.one}, 404, '${capitalize(r.one)} not found');`, `ctx.body = ${r.one};`],
  }),
  (r) => ({
    method: 'get',
    path: '/:id/summary',
    body: [find(r), `if (!${r.one}) ctx.throw(404, '${capitalize(r.one)} not found');`, `ctx.body = summarize(${r.one});`],
  }),
  (r) => ({
    method: 'post',
    path: '/',
    body: [`const ${r.one} = await ${r.Model}.create(ctx.request.body);`, `ctx.status = 201;`, `ctx.body = ${r.one};`],
  }),
  (r) => ({
    method: 'post',
    path: '/import',
    body: [`ctx.body = await ${r.Model}.insertMany(ctx.request.body.items);`, `ctx.status = 201;`],
  }),
  (r) => ({
    method: 'delete',
    path: '/:id',
    body: [`await ${r.Model}.deleteOne({ _id: ctx.params.id });`, `ctx.status = 204;`],
  }),
  (r) => ({
    method: 'get',
    path: '/recent',
    body: [`ctx.body = [];`, `if (ctx.state.user) ctx.body = await ${r.Model}.find({ owner: ctx.state.user.id }).limit(PAGE_SIZE);`],
  }),
  () => ({
    method: 'post',
    path: '/:id/archive',
    body: [
      `const result = await archive(ctx.params.id);`,
      `if (!result.ok) {`,
      `  ctx.status = result.status;`,
      `  ctx.body = { error: result.reason };`,
      `  return;`,
      `}`,
      `ctx.body = { archived: true };`,
    ],
  }),
  (r) => ({
    method: 'get',
    path: '/legacy/:id',
    body: [`ctx.status = 301;`, `ctx.redirect(\`/api/v2/${r.many}/\${ctx.params.id}\`);`],
  }),
  () => ({
    method: 'use',
    body: [
      `try {`,
      `  await next();`,
      `} catch (err) {`,
      `  ctx.status = err.status || 500;`,
      `  ctx.body = { error: err.expose ? err.message : 'Internal Server Error' };`,
      `  ctx.app.emit('error', err, ctx);`,
      `}`,
    ],
  }),
];

const MISTAKES = [
  (r) => ({
    rule: 'require-error-status',
    method: 'get',
    path: '/:id',
    body: [find(r), `if (!${r.one}) {`, `  ctx.body = { error: '${capitalize(r.one)} not found' };`, `  return;`, `}`, `ctx.body = ${r.one};`],
  }),
  () => ({
    rule: 'require-error-status',
    method: 'use',
    body: [`try {`, `  await next();`, `} catch (err) {`, `  ctx.body = { error: err.message };`, `  ctx.app.emit('error', err, ctx);`, `}`],
  }),
  (r) => ({
    rule: 'require-created-status',
    method: 'post',
    path: '/',
    body: [`ctx.body = await ${r.Model}.create(ctx.request.body);`],
  }),
  (r) => ({
    rule: 'no-status-as-body',
    method: 'delete',
    path: '/:id',
    body: [`await ${r.Model}.deleteOne({ _id: ctx.params.id });`, `ctx.body = 204;`],
  }),
  (r) => ({
    rule: 'no-status-after-send',
    method: 'post',
    path: '/:id/jobs',
    body: [`Job.create({ ${r.one}: ctx.params.id }).then((job) => {`, `  ctx.body = job;`, `});`],
  }),
];

function register(handler, ts) {
  const params = handler.method === 'use' ? `ctx${ts ? ': Context' : ''}, next${ts ? ': Next' : ''}` : `ctx${ts ? ': Context' : ''}`;
  const path = handler.method === 'use' ? '' : `'${handler.path}', `;
  return [`router.${handler.method}(${path}async (${params}) => {`, ...indent(handler.body), `});`];
}

export default {
  name: 'koa',
  share: 8,
  file(random, n) {
    const r = random.pick(RESOURCES);
    const ts = random.chance(0.5);
    const handlers = pickHandlers(random, CORRECT, MISTAKES, random.int(3, 7)).map((make) => make(r));
    // Middleware first, as Koa runs it in order.
    handlers.sort((a, b) => (b.method === 'use') - (a.method === 'use'));
    const lines = [
      `import Router from '@koa/router';`,
      ts ? `import type { Context, Next } from 'koa';` : null,
      `import { ${r.Model} } from '../models/${r.one}.js';`,
      `import { Job } from '../models/job.js';`,
      `import { archive, summarize } from '../lib/${r.many}.js';`,
      ``,
      `const PAGE_SIZE = ${random.pick([10, 20, 50])};`,
      `const router = new Router({ prefix: '/api/${r.many}' });`,
      ``,
      ...handlers.flatMap((handler) => [...register(handler, ts), ``]),
      `export default router;`,
    ].filter((line) => line !== null);
    return { path: `routes/${r.many}-${n}.${ts ? 'ts' : 'js'}`, source: source(lines), mistakes: plantedRules(handlers) };
  },
};
