/**
 * Express route modules and controllers: routers, apps, error middleware, helpers. About one
 * handler in six carries a mistake that one of the rules reports; the rest is correct code,
 * including shapes a naive rule would flag (dynamic statuses, `next(err)`, guarded late writes).
 */
import { RESOURCES, capitalize, indent } from './words.js';

/** Handler bodies that are right. Each returns the route's method, path and body lines. */
const CORRECT = {
  list: (r) => ({
    method: 'get',
    path: `/${r.many}`,
    body: [
      `const page = Number(req.query.page ?? 1);`,
      `const ${r.many} = await ${r.Model}.find(buildFilter(req.query)).skip((page - 1) * PAGE_SIZE).limit(PAGE_SIZE);`,
      `res.json({ data: ${r.many}.map(to${r.Model}Dto), page });`,
    ],
  }),
  show: (r) => ({
    method: 'get',
    path: `/${r.many}/:id`,
    body: [
      `const ${r.one} = await ${r.Model}.findById(req.params.id);`,
      `if (!${r.one}) {`,
      `  return res.status(404).json({ error: '${capitalize(r.one)} not found' });`,
      `}`,
      `res.json(to${r.Model}Dto(${r.one}));`,
    ],
  }),
  create: (r) => ({
    method: 'post',
    path: `/${r.many}`,
    body: [
      `const errors = validate${r.Model}(req.body);`,
      `if (errors.length > 0) {`,
      `  return res.status(400).json({ errors });`,
      `}`,
      `const ${r.one} = await ${r.Model}.create({ ...req.body, createdBy: req.user?.id });`,
      `res.status(201).location(\`/${r.many}/\${${r.one}.id}\`).json(to${r.Model}Dto(${r.one}));`,
    ],
  }),
  update: (r) => ({
    method: 'put',
    path: `/${r.many}/:id`,
    body: [
      `try {`,
      `  const ${r.one} = await ${r.Model}.findByIdAndUpdate(req.params.id, req.body, { new: true });`,
      `  if (!${r.one}) return res.status(404).json({ message: '${capitalize(r.one)} not found' });`,
      `  res.json(to${r.Model}Dto(${r.one}));`,
      `} catch (err) {`,
      `  logger.error({ err }, 'update ${r.one} failed');`,
      `  res.status(500).json({ error: 'Could not update ${r.one}' });`,
      `}`,
    ],
  }),
  remove: (r) => ({
    method: 'delete',
    path: `/${r.many}/:id`,
    body: [`await ${r.Model}.deleteOne({ _id: req.params.id });`, `res.sendStatus(204);`],
  }),
  delegate: (r) => ({
    method: 'patch',
    path: `/${r.many}/:id`,
    next: true,
    body: [
      `try {`,
      `  const ${r.one} = await ${r.Model}.findById(req.params.id);`,
      `  if (!${r.one}) throw createError(404, '${capitalize(r.one)} not found');`,
      `  Object.assign(${r.one}, pick(req.body, ${JSON.stringify(r.fields)}));`,
      `  await ${r.one}.save();`,
      `  res.json(to${r.Model}Dto(${r.one}));`,
      `} catch (err) {`,
      `  next(err);`,
      `}`,
    ],
  }),
  dynamicStatus: (r) => ({
    method: 'post',
    path: `/${r.many}/:id/archive`,
    body: [
      `const result = await archive${r.Model}(req.params.id);`,
      `if (!result.ok) {`,
      `  return res.status(result.status || 500).json({ error: result.reason });`,
      `}`,
      `res.json({ archived: true, at: result.at });`,
    ],
  }),
  chain: (r) => ({
    method: 'get',
    path: `/${r.many}/:id/history`,
    next: true,
    async: false,
    body: [
      `${r.Model}.history(req.params.id)`,
      `  .then((entries) => res.json(entries.slice(0, PAGE_SIZE)))`,
      `  .catch(next);`,
    ],
  }),
  redirect: (r) => ({
    method: 'get',
    path: `/legacy/${r.many}/:id`,
    async: false,
    body: [`res.redirect(301, \`/api/v2/${r.many}/\${encodeURIComponent(req.params.id)}\`);`],
  }),
  health: () => ({
    method: 'get',
    path: '/health',
    async: false,
    body: [`res.json({ status: 'ok', uptime: process.uptime(), version: VERSION });`],
  }),
  accepted: (r) => ({
    method: 'post',
    path: `/${r.many}/export`,
    body: [
      `const job = await queue.add('export-${r.many}', { by: req.user?.id });`,
      `res.status(202).json({ jobId: job.id });`,
      `res.on('finish', () => logger.info({ jobId: job.id }, 'export queued'));`,
    ],
  }),
};

/** Handler bodies with one mistake each, and the rule that reports it. */
const MISTAKES = {
  // require-error-status: a not-found guard that answers 200.
  errorWithoutStatus: (r) => ({
    method: 'get',
    path: `/${r.many}/:id`,
    body: [
      `const ${r.one} = await ${r.Model}.findById(req.params.id);`,
      `if (!${r.one}) {`,
      `  return res.json({ error: '${capitalize(r.one)} not found' });`,
      `}`,
      `res.json(to${r.Model}Dto(${r.one}));`,
    ],
  }),
  // require-error-status: a catch that answers 200.
  catchWithoutStatus: (r) => ({
    method: 'put',
    path: `/${r.many}/:id`,
    body: [
      `try {`,
      `  const ${r.one} = await ${r.Model}.findByIdAndUpdate(req.params.id, req.body);`,
      `  res.json(${r.one});`,
      `} catch (err) {`,
      `  res.json({ error: err.message });`,
      `}`,
    ],
  }),
  // no-status-after-send: a guard without `return`.
  missingReturn: (r) => ({
    method: 'get',
    path: `/${r.many}/:id/summary`,
    body: [
      `const ${r.one} = await ${r.Model}.findById(req.params.id);`,
      `if (!${r.one}) {`,
      `  res.status(404).json({ error: '${capitalize(r.one)} not found' });`,
      `}`,
      `res.json(summarize(${r.one}));`,
    ],
  }),
  // require-created-status: a create that answers 200.
  createWithoutStatus: (r) => ({
    method: 'post',
    path: `/${r.many}`,
    body: [`const ${r.one} = await ${r.Model}.create(req.body);`, `res.json(${r.one});`],
  }),
  // no-status-as-body: the status number sent as the body.
  statusAsBody: (r) => ({
    method: 'delete',
    path: `/${r.many}/:id`,
    body: [`await ${r.Model}.deleteOne({ _id: req.params.id });`, `res.send(204);`],
  }),
  // no-status-after-send: a send from a timer after the response went out.
  lateSend: (r) => ({
    method: 'post',
    path: `/${r.many}/:id/sync`,
    async: false,
    body: [
      `res.json({ started: true });`,
      `setTimeout(() => {`,
      `  res.status(500).json({ error: 'sync timed out' });`,
      `}, SYNC_TIMEOUT);`,
    ],
  }),
};

/** The rule each mistake should trip, for checking the corpus against the findings. */
const MISTAKE_RULES = new Map([
  [MISTAKES.errorWithoutStatus, 'require-error-status'],
  [MISTAKES.catchWithoutStatus, 'require-error-status'],
  [MISTAKES.missingReturn, 'no-status-after-send'],
  [MISTAKES.createWithoutStatus, 'require-created-status'],
  [MISTAKES.statusAsBody, 'no-status-as-body'],
  [MISTAKES.lateSend, 'no-status-after-send'],
]);

const HELPERS = [
  (r, ts) => [
    `function to${r.Model}Dto(${r.one}${ts ? `: ${r.Model}Record` : ''})${ts ? `: ${r.Model}Dto` : ''} {`,
    `  return { id: String(${r.one}._id), ${r.fields.map((field) => `${field}: ${r.one}.${field}`).join(', ')} };`,
    `}`,
  ],
  (r, ts) => [
    `function validate${r.Model}(body${ts ? ': Record<string, unknown>' : ''})${ts ? ': string[]' : ''} {`,
    `  const errors${ts ? ': string[]' : ''} = [];`,
    ...r.fields.map((field) => `  if (body.${field} === undefined) errors.push('${field} is required');`),
    `  return errors;`,
    `}`,
  ],
  (_r, ts) => [
    `function buildFilter(query${ts ? ': Record<string, unknown>' : ''}) {`,
    `  const filter${ts ? ': Record<string, unknown>' : ''} = {};`,
    `  for (const [key, value] of Object.entries(query)) {`,
    `    if (key === 'page' || value === '') continue;`,
    `    filter[key] = Array.isArray(value) ? { $in: value } : value;`,
    `  }`,
    `  return filter;`,
    `}`,
  ],
  (_r, ts) => [
    `function pick${ts ? '<T extends object>' : ''}(source${ts ? ': T' : ''}, keys${ts ? ': string[]' : ''}) {`,
    `  return Object.fromEntries(Object.entries(source).filter(([key]) => keys.includes(key)));`,
    `}`,
  ],
  (r, ts) => [
    `async function archive${r.Model}(id${ts ? ': string' : ''}) {`,
    `  const ${r.one} = await ${r.Model}.findById(id);`,
    `  if (!${r.one}) return { ok: false, status: 404, reason: 'not found' };`,
    `  if (${r.one}.locked) return { ok: false, status: 409, reason: 'locked' };`,
    `  await ${r.Model}.updateOne({ _id: id }, { archivedAt: new Date() });`,
    `  return { ok: true, at: Date.now() };`,
    `}`,
  ],
  (r) => [
    `function summarize(${r.one}) {`,
    `  const entries = Object.entries(${r.one} ?? {}).filter(([key]) => !key.startsWith('_'));`,
    `  return { fields: entries.length, updated: ${r.one}?.updatedAt ?? null };`,
    `}`,
  ],
];

function imports(style, r, ts) {
  const models = `${r.Model}`;
  if (style === 'cjs') {
    return [
      `'use strict';`,
      `const express = require('express');`,
      `const createError = require('http-errors');`,
      `const { ${models} } = require('../models');`,
      `const logger = require('../lib/logger');`,
      `const queue = require('../lib/queue');`,
    ];
  }
  return [
    ts
      ? `import express, { type NextFunction, type Request, type Response } from 'express';`
      : `import express from 'express';`,
    `import createError from 'http-errors';`,
    `import { ${models} } from '../models/${r.one}.js';`,
    `import { logger } from '../lib/logger.js';`,
    `import { queue } from '../lib/queue.js';`,
  ];
}

function typeDeclarations(r) {
  return [
    `interface ${r.Model}Record {`,
    `  _id: unknown;`,
    ...r.fields.map((field) => `  ${field}: unknown;`),
    `  locked?: boolean;`,
    `}`,
    ``,
    `interface ${r.Model}Dto {`,
    `  id: string;`,
    ...r.fields.map((field) => `  ${field}: unknown;`),
    `}`,
  ];
}

function params(handler, ts) {
  const names = handler.next ? ['req', 'res', 'next'] : ['req', 'res'];
  if (!ts) return names.join(', ');
  const types = { req: 'Request', res: 'Response', next: 'NextFunction' };
  return names.map((name) => `${name}: ${types[name]}`).join(', ');
}

/** A registered route: `router.get('/x', async (req, res) => { ... })`. */
function route(receiver, handler, ts, random) {
  const isAsync = handler.async !== false;
  const arrow = random.chance(0.8);
  const head = arrow
    ? `${isAsync ? 'async ' : ''}(${params(handler, ts)}) => {`
    : `${isAsync ? 'async ' : ''}function ${handler.method}Handler(${params(handler, ts)}) {`;
  const middleware = random.chance(0.3) ? `requireAuth, ` : '';
  return [`${receiver}.${handler.method}('${handler.path}', ${middleware}${head}`, ...indent(handler.body), `});`];
}

/** An exported controller function; nothing in the file registers it. */
function controller(name, handler, ts, style) {
  const isAsync = handler.async !== false;
  const head =
    style === 'cjs'
      ? `exports.${name} = ${isAsync ? 'async ' : ''}function (${params(handler, ts)}) {`
      : `export ${isAsync ? 'async ' : ''}function ${name}(${params(handler, ts)}) {`;
  return [head, ...indent(handler.body), style === 'cjs' ? `};` : `}`];
}

function errorMiddleware(receiver, ts) {
  const p = ts ? '(err: any, req: Request, res: Response, next: NextFunction)' : '(err, req, res, next)';
  return [
    `${receiver}.use(${p} => {`,
    `  if (res.headersSent) return next(err);`,
    `  logger.error({ err, path: req.path }, 'request failed');`,
    `  res.status(err.status || err.statusCode || 500).json({ error: err.expose ? err.message : 'Internal Server Error' });`,
    `});`,
  ];
}

/** Distinct handler shapes; about one in six is a mistake. */
function pickHandlers(random, count) {
  const correct = random.sample(Object.keys(CORRECT), Object.keys(CORRECT).length);
  const mistakes = random.sample(Object.keys(MISTAKES), Object.keys(MISTAKES).length);
  const handlers = [];
  for (let i = 0; i < count; i++) {
    const useMistake = mistakes.length > 0 && (correct.length === 0 || random.chance(1 / 6));
    handlers.push(useMistake ? MISTAKES[mistakes.pop()] : CORRECT[correct.pop()]);
  }
  return handlers;
}

export default {
  name: 'express',
  share: 25,
  file(random, n) {
    const r = random.pick(RESOURCES);
    const ts = random.chance(0.5);
    const style = ts ? 'esm' : random.pick(['esm', 'cjs']);
    const layout = random.weighted([
      [5, 'router'],
      [2, 'app'],
      [2, 'controller'],
    ]);
    const lines = [...imports(style, r, ts), ``];
    if (ts) lines.push(...typeDeclarations(r), ``);
    lines.push(`const PAGE_SIZE = ${random.pick([10, 20, 25, 50])};`);
    lines.push(`const SYNC_TIMEOUT = ${random.pick([5000, 15000, 30000])};`);
    lines.push(`const VERSION = '${random.int(1, 4)}.${random.int(0, 20)}.${random.int(0, 9)}';`, ``);
    for (const helper of HELPERS) {
      lines.push(...helper(r, ts), ``);
    }
    lines.push(
      `function requireAuth(req${ts ? ': Request' : ''}, res${ts ? ': Response' : ''}, next${ts ? ': NextFunction' : ''}) {`,
      `  if (!req.headers.authorization) return res.status(401).json({ error: 'Unauthorized' });`,
      `  next();`,
      `}`,
      ``,
    );
    const makers = pickHandlers(random, random.int(3, 8));
    const mistakes = makers.filter((make) => MISTAKE_RULES.has(make)).map((make) => MISTAKE_RULES.get(make));
    const handlers = makers.map((make) => make(r));
    if (layout === 'controller') {
      handlers.forEach((handler, index) => {
        lines.push(...controller(`${handler.method}${capitalize(r.many)}${index}`, handler, ts, style), ``);
      });
    } else {
      const receiver = layout === 'router' ? 'router' : 'app';
      lines.push(layout === 'router' ? `const router = express.Router();` : `const app = express();`);
      if (layout === 'app') lines.push(`app.use(express.json({ limit: '1mb' }));`);
      lines.push(``);
      for (const handler of handlers) lines.push(...route(receiver, handler, ts, random), ``);
      if (random.chance(0.5)) lines.push(...errorMiddleware(receiver, ts), ``);
      if (style === 'cjs') lines.push(`module.exports = ${receiver};`);
      else lines.push(`export default ${receiver};`);
    }
    const extension = ts ? 'ts' : style === 'cjs' ? 'cjs' : 'js';
    return { path: `${layout}s/${r.many}-${n}.${extension}`, source: lines.join('\n') + '\n', mistakes };
  },
};
