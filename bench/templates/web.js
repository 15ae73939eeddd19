/**
 * Fetch-`Response` servers: Cloudflare Workers (`export default { fetch }`), `Deno.serve` and
 * `Bun.serve` with per-method routes. Hand-routed handlers branch on `request.method` and the
 * path. About one route in six carries a mistake a rule reports; the rest is correct code,
 * including shapes a naive rule would flag (a 400 from validation, `Response.redirect`, a
 * catch that answers 500, `ctx.waitUntil` work).
 */
import { RESOURCES, capitalize, indent, pickHandlers, plantedRules, source } from './words.js';

const JSON_HEADERS = `{ 'content-type': 'application/json' }`;
const byId = (r) => `const ${r.one} = await db.${r.one}.findUnique({ where: { id } });`;

/** Route makers `(r) => { method, item, body }`; `item` routes have an `id`. */
const CORRECT = [
  (r) => ({
    method: 'GET',
    body: [`const rows = await db.${r.one}.findMany({ take: PAGE_SIZE });`, `return Response.json({ data: rows });`],
  }),
  (r) => ({
    method: 'GET',
    item: true,
    body: [byId(r), `if (!${r.one}) return Response.json({ error: '${capitalize(r.one)} not found' }, { status: 404 });`, `return Response.json(${r.one});`],
  }),
  (r) => ({
    method: 'POST',
    body: [
      `const input = await request.json();`,
      `if (!input.${r.fields[0]}) return Response.json({ error: '${r.fields[0]} is required' }, { status: 400 });`,
      `const ${r.one} = await create${r.Model}(db, input);`,
      `return Response.json(${r.one}, { status: 201 });`,
    ],
  }),
  (r) => ({
    method: 'DELETE',
    item: true,
    body: [`await db.${r.one}.delete({ where: { id } });`, `return new Response(null, { status: 204 });`],
  }),
  (r) => ({
    method: 'PUT',
    item: true,
    body: [
      `try {`,
      `  return Response.json(await db.${r.one}.update({ where: { id }, data: await request.json() }));`,
      `} catch (error) {`,
      `  return new Response(JSON.stringify({ error: 'Could not update ${r.one}' }), { status: 500, headers: ${JSON_HEADERS} });`,
      `}`,
    ],
  }),
  (r) => ({
    method: 'PATCH',
    item: true,
    body: [`return Response.redirect(new URL(\`/api/v2/${r.many}/\${id}\`, request.url), 308);`],
  }),
];

const MISTAKES = [
  (r) => ({
    rule: 'require-error-status',
    method: 'GET',
    item: true,
    body: [byId(r), `if (!${r.one}) return Response.json({ error: '${capitalize(r.one)} not found' });`, `return Response.json(${r.one});`],
  }),
  (r) => ({
    rule: 'require-error-status',
    method: 'PUT',
    item: true,
    body: [
      `try {`,
      `  return Response.json(await db.${r.one}.update({ where: { id }, data: await request.json() }));`,
      `} catch (error) {`,
      `  return new Response(JSON.stringify({ error: error.message }), { headers: ${JSON_HEADERS} });`,
      `}`,
    ],
  }),
  (r) => ({
    rule: 'require-created-status',
    method: 'POST',
    body: [`const ${r.one} = await create${r.Model}(db, await request.json());`, `return Response.json(${r.one});`],
  }),
  (r) => ({
    rule: 'no-status-as-body',
    method: 'DELETE',
    item: true,
    body: [`await db.${r.one}.delete({ where: { id } });`, `return new Response(204);`],
  }),
];

/** One hand-routed handler body (Workers, Deno): a branch per route. */
function branches(r, routes) {
  return [
    `const url = new URL(request.url);`,
    `const id = url.pathname.match(/^\\/api\\/${r.many}\\/([^/]+)$/)?.[1];`,
    ...routes.flatMap((route) => [
      `if (request.method === '${route.method}' && ${route.item ? 'id' : `url.pathname === '/api/${r.many}'`}) {`,
      ...indent(route.body),
      `}`,
    ]),
    `return new Response('Not found', { status: 404 });`,
  ];
}

function bunRoutes(r, routes) {
  const table = (item) => {
    const own = routes.filter((route) => Boolean(route.item) === item);
    if (own.length === 0) return [];
    const prefix = item ? [`const { id } = request.params;`] : [];
    return [
      `'/api/${r.many}${item ? '/:id' : ''}': {`,
      ...own.flatMap((route) => [`  ${route.method}: async (request) => {`, ...indent([...prefix, ...route.body], 2), `  },`]),
      `},`,
    ];
  };
  return [`routes: {`, ...indent([...table(false), ...table(true)]), `},`];
}

export default {
  name: 'web',
  share: 5,
  file(random, n) {
    const r = random.pick(RESOURCES);
    const ts = random.chance(0.7);
    const runtime = random.weighted([
      [3, 'workers'],
      [1, 'deno'],
      [1, 'bun'],
    ]);
    const picked = pickHandlers(random, CORRECT, MISTAKES, random.int(3, 6)).map((make) => make(r));
    // One route per method and path: a later duplicate would never run.
    const routes = picked.filter((route, i) => picked.findIndex((other) => other.method === route.method && other.item === route.item) === i);
    const planted = plantedRules(routes);
    const lines = [];
    if (runtime === 'workers') {
      lines.push(`import { getDb } from './db';`, `import { create${r.Model} } from './${r.many}';`, ``, `const PAGE_SIZE = ${random.pick([10, 20, 50])};`, ``);
      if (ts) lines.push(`interface Env {`, `  DATABASE_URL: string;`, `}`, ``);
      lines.push(
        `export default {`,
        `  async fetch(request${ts ? ': Request' : ''}, env${ts ? ': Env' : ''}, ctx${ts ? ': ExecutionContext' : ''}) {`,
        `    const db = getDb(env.DATABASE_URL);`,
        `    ctx.waitUntil(db.log({ method: request.method, url: request.url }));`,
        ...indent(branches(r, routes), 2),
        `  },`,
        `}${ts ? ' satisfies ExportedHandler<Env>' : ''};`,
      );
    } else {
      lines.push(`import { db } from './db.${ts ? 'ts' : 'js'}';`, `import { create${r.Model} } from './${r.many}.${ts ? 'ts' : 'js'}';`, ``);
      lines.push(`const PAGE_SIZE = ${random.pick([10, 20, 50])};`, ``);
      if (runtime === 'deno') {
        lines.push(`Deno.serve({ port: ${random.int(8000, 9000)} }, async (request${ts ? ': Request' : ''}) => {`, ...indent(branches(r, routes)), `});`);
      } else {
        const badError = random.chance(1 / 6);
        if (badError) planted.push('require-error-status');
        lines.push(
          `Bun.serve({`,
          `  port: ${random.int(3000, 4000)},`,
          ...indent(bunRoutes(r, routes)),
          `  fetch() {`,
          `    return new Response('Not found', { status: 404 });`,
          `  },`,
          `  error(error) {`,
          badError ? `    return new Response(\`Something went wrong: \${error.message}\`);` : `    return Response.json({ error: 'Internal Server Error' }, { status: 500 });`,
          `  },`,
          `});`,
        );
      }
    }
    return { path: `${runtime}/${r.many}-${n}.${ts ? 'ts' : 'js'}`, source: source(lines), mistakes: planted };
  },
};
