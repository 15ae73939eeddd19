/**
 * Files with no handlers: utilities, React components, API clients, constants, tests,
 * websocket code, domain services. Most of a real project looks like this, and the plugin
 * must cost next to nothing on it. Some near misses (`socket.send(1)`, `return 404` in a
 * mapper, `expect(404)`) keep the rules honest.
 */
import { RESOURCES, capitalize, indent } from './words.js';

const KINDS = {
  util: (random, r, ts) => {
    const lines = [];
    const count = random.int(4, 10);
    for (let i = 0; i < count; i++) {
      const which = random.int(0, 4);
      if (which === 0) {
        lines.push(
          `export function format${capitalize(r.one)}Label${i}(${r.one}${ts ? ': { name?: string; id: string }' : ''})${ts ? ': string' : ''} {`,
          `  const name = ${r.one}.name?.trim() || 'Untitled';`,
          `  return \`\${name} (#\${${r.one}.id.slice(0, 8)})\`;`,
          `}`,
        );
      } else if (which === 1) {
        lines.push(
          `export const clamp${i} = (value${ts ? ': number' : ''}, min${ts ? ': number' : ''}, max${ts ? ': number' : ''}) => Math.min(max, Math.max(min, value));`,
        );
      } else if (which === 2) {
        lines.push(
          `export function groupBy${i}${ts ? '<T, K extends PropertyKey>' : ''}(items${ts ? ': T[]' : ''}, key${ts ? ': (item: T) => K' : ''}) {`,
          `  const groups = new Map();`,
          `  for (const item of items) {`,
          `    const k = key(item);`,
          `    if (!groups.has(k)) groups.set(k, []);`,
          `    groups.get(k).push(item);`,
          `  }`,
          `  return groups;`,
          `}`,
        );
      } else if (which === 3) {
        lines.push(
          `export function statusLabel${i}(code${ts ? ': number' : ''}) {`,
          `  if (code >= 500) return 'server error';`,
          `  if (code >= 400) return 'client error';`,
          `  return code === 404 ? 'missing' : 'ok';`,
          `}`,
        );
      } else {
        lines.push(
          `export async function retry${i}${ts ? '<T>' : ''}(task${ts ? ': () => Promise<T>' : ''}, attempts = 3)${ts ? ': Promise<T>' : ''} {`,
          `  let last${ts ? ': unknown' : ''};`,
          `  for (let attempt = 0; attempt < attempts; attempt++) {`,
          `    try {`,
          `      return await task();`,
          `    } catch (error) {`,
          `      last = error;`,
          `      await new Promise((resolve) => setTimeout(resolve, 2 ** attempt * 100));`,
          `    }`,
          `  }`,
          `  throw last;`,
          `}`,
        );
      }
      lines.push('');
    }
    return { ext: ts ? 'ts' : 'js', lines };
  },

  component: (random, r, ts) => {
    const Name = `${r.Model}${random.pick(['List', 'Card', 'Table', 'Form'])}`;
    const props = ts ? `: { ${r.many}: Array<{ id: string; ${r.fields[0]}: string }>; onSelect: (id: string) => void }` : '';
    const lines = [
      `import { useMemo, useState } from 'react';`,
      ``,
      `export function ${Name}({ ${r.many}, onSelect }${props}) {`,
      `  const [query, setQuery] = useState('');`,
      `  const visible = useMemo(`,
      `    () => ${r.many}.filter((item) => String(item.${r.fields[0]}).toLowerCase().includes(query.toLowerCase())),`,
      `    [${r.many}, query],`,
      `  );`,
      `  if (visible.length === 0) return <p className="empty">No ${r.many} (404)</p>;`,
      `  return (`,
      `    <section>`,
      `      <input value={query} onChange={(event) => setQuery(event.target.value)} placeholder="Search ${r.many}" />`,
      `      <ul>`,
      `        {visible.map((item) => (`,
      `          <li key={item.id} onClick={() => onSelect(item.id)}>`,
      `            {item.${r.fields[0]}}`,
      `          </li>`,
      `        ))}`,
      `      </ul>`,
      `    </section>`,
      `  );`,
      `}`,
    ];
    return { ext: ts ? 'tsx' : 'jsx', lines };
  },

  client: (random, r, ts) => ({
    ext: ts ? 'ts' : 'js',
    lines: [
      `const BASE_URL = process.env.API_URL ?? 'http://localhost:${random.int(3000, 9000)}';`,
      ``,
      `export class ${r.Model}Client {`,
      ...(ts ? [`  constructor(private readonly token: string) {}`] : [`  constructor(token) {`, `    this.token = token;`, `  }`]),
      ``,
      `  async get(id${ts ? ': string' : ''}) {`,
      `    const response = await fetch(\`\${BASE_URL}/${r.many}/\${id}\`, { headers: { authorization: this.token } });`,
      `    if (response.status === 404) return null;`,
      `    if (!response.ok) throw new Error(\`GET ${r.one} failed: \${response.status}\`);`,
      `    return response.json();`,
      `  }`,
      ``,
      `  async create(body${ts ? ': unknown' : ''}) {`,
      `    const response = await fetch(\`\${BASE_URL}/${r.many}\`, { method: 'POST', body: JSON.stringify(body) });`,
      `    if (response.status !== 201) throw new Error('create failed');`,
      `    return response.json();`,
      `  }`,
      `}`,
    ],
  }),

  constants: (random, r, ts) => ({
    ext: ts ? 'ts' : 'js',
    lines: [
      `export const HTTP = {`,
      `  OK: 200,`,
      `  CREATED: 201,`,
      `  NO_CONTENT: 204,`,
      `  NOT_FOUND: 404,`,
      `  CONFLICT: 409,`,
      `}${ts ? ' as const' : ''};`,
      ``,
      `export const ${r.one.toUpperCase()}_LIMITS = { maxPage: ${random.int(50, 500)}, maxBatch: ${random.int(10, 100)} };`,
      ``,
      `export function toHttpStatus(kind${ts ? ': string' : ''}) {`,
      `  switch (kind) {`,
      `    case 'missing':`,
      `      return 404;`,
      `    case 'conflict':`,
      `      return 409;`,
      `    default:`,
      `      return 500;`,
      `  }`,
      `}`,
    ],
  }),

  test: (random, r, ts) => ({
    ext: ts ? 'ts' : 'js',
    lines: [
      `import request from 'supertest';`,
      `import { describe, expect, it } from 'vitest';`,
      `import app from '../src/app.js';`,
      ``,
      `describe('${r.many}', () => {`,
      `  it('answers 404 for a missing ${r.one}', async () => {`,
      `    const response = await request(app).get('/${r.many}/missing');`,
      `    expect(response.status).toBe(404);`,
      `    expect(response.body).toEqual({ error: '${capitalize(r.one)} not found' });`,
      `  });`,
      ``,
      `  it('creates a ${r.one}', async () => {`,
      `    await request(app).post('/${r.many}').send({ ${r.fields[0]}: 'x' }).expect(201);`,
      `  });`,
      ``,
      `  it('rejects a bad body', async () => {`,
      `    await request(app).post('/${r.many}').send(${random.int(1, 9)}).expect(400);`,
      `  });`,
      `});`,
    ],
  }),

  socket: (random, r, ts) => ({
    ext: ts ? 'ts' : 'js',
    lines: [
      `import { WebSocketServer } from 'ws';`,
      `import { mailer } from './mailer.js';`,
      ``,
      `const wss = new WebSocketServer({ port: ${random.int(8000, 9000)} });`,
      ``,
      `wss.on('connection', (socket${ts ? ': any' : ''}) => {`,
      `  socket.send(1);`,
      `  socket.on('message', async (data${ts ? ': Buffer' : ''}) => {`,
      `    const message = JSON.parse(String(data));`,
      `    if (message.type === '${r.one}:notify') {`,
      `      await mailer.send(message.to, 'New ${r.one}');`,
      `      socket.send(JSON.stringify({ ok: true, code: 200 }));`,
      `    } else {`,
      `      socket.send(JSON.stringify({ ok: false, code: 400 }));`,
      `    }`,
      `  });`,
      `});`,
    ],
  }),

  service: (random, r, ts) => {
    const methods = random.int(3, 7);
    const lines = [
      `import { ${r.Model} } from '../models/${r.one}.js';`,
      `import { logger } from '../lib/logger.js';`,
      ``,
      `export class ${r.Model}Service {`,
    ];
    for (let i = 0; i < methods; i++) {
      lines.push(
        ...indent([
          `async find${i}(filter${ts ? ': Record<string, unknown>' : ''} = {}) {`,
          `  const started = Date.now();`,
          `  const rows = await ${r.Model}.find(filter).lean();`,
          `  logger.debug({ ms: Date.now() - started, count: rows.length }, 'find ${r.many}');`,
          `  if (rows.length === 0) return { found: false, status: 404 };`,
          `  return { found: true, rows: rows.map((row${ts ? ': any' : ''}) => ({ ...row, id: String(row._id) })) };`,
          `}`,
          ``,
        ]),
      );
    }
    lines.push(`}`);
    return { ext: ts ? 'ts' : 'js', lines };
  },
};

export default {
  name: 'plain',
  share: 50,
  file(random, n) {
    const r = random.pick(RESOURCES);
    const ts = random.chance(0.5);
    const kind = random.weighted([
      [4, 'util'],
      [3, 'component'],
      [2, 'client'],
      [1, 'constants'],
      [2, 'test'],
      [1, 'socket'],
      [3, 'service'],
    ]);
    const { ext, lines } = KINDS[kind](random, r, ts);
    return { path: `${kind}/${r.one}-${n}.${ext}`, source: lines.join('\n') + '\n' };
  },
};
