/**
 * Fastify apps and plugin files: `app.get(...)`, `fastify.route({...})`, `fp()` plugins and
 * error handlers. About one handler in six carries a mistake a rule reports; the rest is
 * correct code, including shapes a naive rule would flag (`return reply` after a send, an
 * error sent as the body, a dynamic code, sensible's `reply.notFound()`).
 */
import { RESOURCES, capitalize, indent, pickHandlers, plantedRules, source } from './words.js';

const where = `{ where: { id: request.params.id } }`;
const find = (r) => `const ${r.one} = await db.${r.one}.findUnique(${where});`;

/** Handler makers `(r, app) => { method, path, body }`; `app` names the instance. */
const CORRECT = [
  (r) => ({
    method: 'get',
    path: `/${r.many}`,
    body: [
      `const page = Number(request.query.page ?? 1);`,
      `const rows = await db.${r.one}.findMany({ skip: (page - 1) * PAGE_SIZE, take: PAGE_SIZE });`,
      `return { data: rows, page };`,
    ],
  }),
  (r) => ({
    method: 'get',
    path: `/${r.many}/:id`,
    body: [find(r), `if (!${r.one}) return reply.code(404).send({ error: '${capitalize(r.one)} not found' });`, `return ${r.one};`],
  }),
  (r) => ({
    method: 'post',
    path: `/${r.many}`,
    body: [
      `const ${r.one} = await db.${r.one}.create({ data: request.body });`,
      `reply.code(201).header('location', \`/${r.many}/\${${r.one}.id}\`);`,
      `return ${r.one};`,
    ],
  }),
  (r) => ({
    method: 'delete',
    path: `/${r.many}/:id`,
    body: [`await db.${r.one}.delete(${where});`, `return reply.code(204).send();`],
  }),
  (r) => ({
    method: 'put',
    path: `/${r.many}/:id`,
    body: [
      find(r),
      `if (!${r.one}) return reply.notFound('${capitalize(r.one)} not found');`,
      `if (${r.one}.locked) return reply.conflict('${capitalize(r.one)} is locked');`,
      `return db.${r.one}.update({ ...${where}, data: request.body });`,
    ],
  }),
  (r, app) => ({
    method: 'patch',
    path: `/${r.many}/:id`,
    body: [
      find(r),
      `if (!${r.one}) throw ${app}.httpErrors.notFound();`,
      `return db.${r.one}.update({ ...${where}, data: pick(request.body, ${JSON.stringify(r.fields)}) });`,
    ],
  }),
  (r) => ({
    method: 'get',
    path: `/${r.many}/export`,
    body: [`reply.type('text/csv').send(exportCsv(db.${r.one}.stream()));`, `return reply;`],
  }),
  (r) => ({
    method: 'post',
    path: `/${r.many}/:id/archive`,
    body: [
      `const result = await archive(request.params.id);`,
      `if (!result.ok) return reply.code(result.status).send({ error: result.reason });`,
      `return { archived: true, at: result.at };`,
    ],
  }),
  (r) => ({
    method: 'post',
    path: `/${r.many}/:id/sync`,
    body: [
      `try {`,
      `  return await syncRemote(request.params.id);`,
      `} catch (err) {`,
      `  request.log.error(err, 'sync ${r.one} failed');`,
      `  return reply.send(err);`,
      `}`,
    ],
  }),
  (r) => ({
    method: 'get',
    path: `/legacy/${r.many}/:id`,
    body: [`return reply.redirect(\`/v2/${r.many}/\${request.params.id}\`, 301);`],
  }),
];

const MISTAKES = [
  (r) => ({
    rule: 'require-error-status',
    method: 'get',
    path: `/${r.many}/:id`,
    body: [find(r), `if (!${r.one}) return { error: '${capitalize(r.one)} not found' };`, `return ${r.one};`],
  }),
  (r) => ({
    rule: 'require-error-status',
    method: 'put',
    path: `/${r.many}/:id`,
    body: [
      `try {`,
      `  return await db.${r.one}.update({ ...${where}, data: request.body });`,
      `} catch (err) {`,
      `  request.log.error(err);`,
      `  return { error: 'Could not update ${r.one}' };`,
      `}`,
    ],
  }),
  (r) => ({
    rule: 'no-status-after-send',
    method: 'get',
    path: `/${r.many}/:id/summary`,
    body: [find(r), `if (!${r.one}) {`, `  reply.code(404).send({ error: 'Not found' });`, `}`, `return summarize(${r.one});`],
  }),
  (r) => ({
    rule: 'require-created-status',
    method: 'post',
    path: `/${r.many}`,
    body: [`const ${r.one} = await db.${r.one}.create({ data: request.body });`, `return ${r.one};`],
  }),
  (r) => ({
    rule: 'no-status-as-body',
    method: 'delete',
    path: `/${r.many}/:id`,
    body: [`await db.${r.one}.delete(${where});`, `return reply.send(204);`],
  }),
];

function route(app, handler, random) {
  const fn = `async (request, reply) => {`;
  if (random.chance(0.25)) {
    return [
      `${app}.route({`,
      `  method: '${handler.method.toUpperCase()}',`,
      `  url: '${handler.path}',`,
      `  handler: ${fn}`,
      ...indent(handler.body, 2),
      `  },`,
      `});`,
    ];
  }
  const options = random.chance(0.3) ? `{ preHandler: [authenticate] }, ` : '';
  return [`${app}.${handler.method}('${handler.path}', ${options}${fn}`, ...indent(handler.body), `});`];
}

const errorHandler = (app) => [
  `${app}.setErrorHandler((error, request, reply) => {`,
  `  request.log.error(error);`,
  `  reply.code(error.statusCode ?? 500).send({ error: error.statusCode ? error.message : 'Internal Server Error' });`,
  `});`,
];

export default {
  name: 'fastify',
  share: 10,
  file(random, n) {
    const r = random.pick(RESOURCES);
    const ts = random.chance(0.6);
    const layout = random.weighted([
      [3, 'plugin'],
      [2, 'fp'],
      [2, 'app'],
    ]);
    const app = layout === 'app' ? 'app' : 'fastify';
    const handlers = pickHandlers(random, CORRECT, MISTAKES, random.int(3, 7)).map((make) => make(r, app));
    const routes = handlers.flatMap((handler) => [...route(app, handler, random), ``]);
    const lines = [
      layout === 'app' ? `import Fastify from 'fastify';` : ts ? `import type { FastifyInstance } from 'fastify';` : null,
      layout === 'fp' ? `import fp from 'fastify-plugin';` : null,
      layout === 'app' ? `import sensible from '@fastify/sensible';` : null,
      `import { db } from '../lib/db.js';`,
      `import { archive, authenticate, exportCsv, pick, summarize, syncRemote } from '../lib/${r.many}.js';`,
      ``,
      `const PAGE_SIZE = ${random.pick([10, 20, 50])};`,
      ``,
    ].filter((line) => line !== null);
    if (layout === 'app') {
      lines.push(`const app = Fastify({ logger: true });`, `await app.register(sensible);`, ``, ...routes, ...errorHandler(app), ``);
      lines.push(`await app.listen({ port: Number(process.env.PORT ?? ${random.int(3000, 9000)}), host: '0.0.0.0' });`);
    } else {
      const param = `fastify${ts ? ': FastifyInstance' : ''}`;
      const head = layout === 'fp' ? `export default fp(async (${param}) => {` : `export default async function ${r.many}Routes(${param}) {`;
      lines.push(head, ...indent(routes).slice(0, -1), layout === 'fp' ? `});` : `}`);
    }
    return { path: `${layout}s/${r.many}-${n}.${ts ? 'ts' : 'js'}`, source: source(lines), mistakes: plantedRules(handlers) };
  },
};
