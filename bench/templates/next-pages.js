/**
 * Next.js Pages API routes: `pages/api/<resource>/index.ts` and `pages/api/<resource>/[id].ts`,
 * one `switch (req.method)` handler per file, each file in its own project folder. About one
 * method in six carries a mistake a rule reports; the rest is correct code, including a 405
 * default and a status set before `end()`.
 */
import { RESOURCES, capitalize, indent, plantedRules, source } from './words.js';

const byId = (r) => `const ${r.one} = await db.${r.one}.findUnique({ where: { id: String(req.query.id) } });`;

/** Per method: the correct case body and the mistake, as `(r) => lines`. */
const COLLECTION = {
  GET: {
    correct: (r) => [`const rows = await db.${r.one}.findMany({ take: Number(req.query.limit ?? 20) });`, `return res.status(200).json(rows);`],
    mistake: (r) => ({
      rule: 'require-error-status',
      body: [
        `try {`,
        `  return res.json(await db.${r.one}.findMany({ take: 20 }));`,
        `} catch (error) {`,
        `  return res.json({ error: 'Failed to load ${r.many}' });`,
        `}`,
      ],
    }),
  },
  POST: {
    correct: (r) => [`const ${r.one} = await db.${r.one}.create({ data: req.body });`, `return res.status(201).json(${r.one});`],
    mistake: (r) => ({
      rule: 'require-created-status',
      body: [`const ${r.one} = await db.${r.one}.create({ data: req.body });`, `return res.json(${r.one});`],
    }),
  },
};

const ITEM = {
  GET: {
    correct: (r) => [byId(r), `if (!${r.one}) return res.status(404).json({ error: '${capitalize(r.one)} not found' });`, `return res.json(${r.one});`],
    mistake: (r) => ({
      rule: 'no-status-after-send',
      body: [byId(r), `if (!${r.one}) {`, `  res.status(404).json({ error: 'Not found' });`, `}`, `return res.json(${r.one});`],
    }),
  },
  PUT: {
    correct: (r) => [
      byId(r),
      `if (!${r.one}) return res.status(404).json({ error: '${capitalize(r.one)} not found' });`,
      `return res.json(await db.${r.one}.update({ where: { id: ${r.one}.id }, data: req.body }));`,
    ],
    mistake: (r) => ({
      rule: 'require-error-status',
      body: [byId(r), `if (!${r.one}) return res.json({ error: '${capitalize(r.one)} not found' });`, `return res.json(await db.${r.one}.update({ where: { id: ${r.one}.id }, data: req.body }));`],
    }),
  },
  DELETE: {
    correct: (r) => [`await db.${r.one}.delete({ where: { id: String(req.query.id) } });`, `res.statusCode = 204;`, `return res.end();`],
    mistake: (r) => ({
      rule: 'no-status-as-body',
      body: [`await db.${r.one}.delete({ where: { id: String(req.query.id) } });`, `return res.send(204);`],
    }),
  },
};

export default {
  name: 'next-pages',
  share: 5,
  file(random, n) {
    const r = random.pick(RESOURCES);
    const ts = random.chance(0.7);
    const item = random.chance(0.5);
    const methods = Object.entries(item ? ITEM : COLLECTION).map(([method, { correct, mistake }]) =>
      random.chance(1 / 6) ? { method, ...mistake(r) } : { method, body: correct(r) },
    );
    const cases = methods.flatMap(({ method, body }) => [`case '${method}': {`, ...indent(body), `}`]);
    const lines = [
      ts ? `import type { NextApiRequest, NextApiResponse } from 'next';` : null,
      `import { db } from '../../../lib/db';`,
      ``,
      `export default async function handler(req${ts ? ': NextApiRequest' : ''}, res${ts ? ': NextApiResponse' : ''}) {`,
      `  switch (req.method) {`,
      ...indent(cases, 2),
      `    default:`,
      `      res.setHeader('Allow', [${methods.map(({ method }) => `'${method}'`).join(', ')}]);`,
      `      return res.status(405).end(\`Method \${req.method} Not Allowed\`);`,
      `  }`,
      `}`,
    ].filter((line) => line !== null);
    const file = item ? `[id]` : `index`;
    return { path: `site-${n}/pages/api/${r.many}/${file}.${ts ? 'ts' : 'js'}`, source: source(lines), mistakes: plantedRules(methods) };
  },
};
