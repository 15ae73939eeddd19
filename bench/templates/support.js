/**
 * The code that surrounds handlers in a real route module: validation schemas, types, mappers,
 * queries, permission checks, error classes, small caches. In 31 public applications (about
 * 21,000 files) the files with handlers hold one handler per 80 lines; the templates' handlers
 * alone come one per 13. The realistic corpus adds these blocks around them so a handler file
 * reads, and parses, like one of those.
 */
import { capitalize } from './words.js';

/** Each block kind, for resource `r`; `ts` adds the annotations a TypeScript file would have. */
const BLOCKS = [
  function schema(r, ts, random, i) {
    const fields = r.fields.map((field, index) => `  ${field}: z.${['string().min(1)', 'number().int().nonnegative()', 'boolean().optional()'][index % 3]},`);
    return [
      `/** What a client may send to create or change ${r.a}. */`,
      `const ${r.one}Input${i}Schema = z.object({`,
      ...fields,
      `  tags: z.array(z.string().max(40)).max(${random.int(5, 20)}).default([]),`,
      `  notes: z.string().max(${random.pick([500, 2000, 4000])}).optional(),`,
      `});`,
      ...(ts ? [`type ${r.Model}Input${i} = z.infer<typeof ${r.one}Input${i}Schema>;`] : []),
    ];
  },
  function types(r, ts, random, i) {
    if (!ts) return mapper(r, ts, random, i);
    return [
      `interface ${r.Model}Row${i} {`,
      `  id: string;`,
      ...r.fields.map((field) => `  ${field}: ${random.pick(['string', 'number', 'boolean', 'string | null'])};`),
      `  createdAt: Date;`,
      `  updatedAt: Date;`,
      `}`,
      ``,
      `type ${r.Model}Summary${i} = Pick<${r.Model}Row${i}, 'id' | '${r.fields[0]}'> & { url: string };`,
    ];
  },
  mapper,
  function query(r, ts, random, i) {
    const db = ts ? 'db: Database, ' : 'db, ';
    const filter = ts ? `filter: { search?: string; limit?: number; cursor?: string }` : 'filter';
    return [
      `async function find${capitalize(r.many)}Page${i}(${db}${filter}) {`,
      `  const limit = Math.min(filter.limit ?? ${random.pick([20, 25, 50])}, 100);`,
      `  const rows = await db`,
      `    .selectFrom('${r.many}')`,
      `    .selectAll()`,
      `    .where((eb) => (filter.search ? eb('${r.fields[0]}', 'ilike', \`%\${filter.search}%\`) : eb.val(true)))`,
      `    .orderBy('createdAt', 'desc')`,
      `    .limit(limit + 1)`,
      `    .execute();`,
      `  const hasMore = rows.length > limit;`,
      `  return { items: rows.slice(0, limit), nextCursor: hasMore ? rows[limit - 1].id : null };`,
      `}`,
    ];
  },
  function permission(r, ts, random, i) {
    const actor = ts ? 'actor: { id: string; role: string } | undefined' : 'actor';
    const target = ts ? `${r.one}: { ownerId?: string; teamId?: string }` : r.one;
    return [
      `function canEdit${r.Model}${i}(${actor}, ${target})${ts ? ': boolean' : ''} {`,
      `  if (!actor) return false;`,
      `  if (actor.role === 'admin') return true;`,
      `  if (${r.one}.ownerId && ${r.one}.ownerId === actor.id) return true;`,
      `  return Boolean(${r.one}.teamId && memberships.has(\`\${actor.id}:\${${r.one}.teamId}\`));`,
      `}`,
    ];
  },
  function errorClass(r, ts, random, i) {
    return [
      `class ${r.Model}Conflict${i}Error extends Error {`,
      ...(ts ? [`  readonly code = '${r.one.toUpperCase()}_CONFLICT';`] : []),
      `  constructor(${ts ? 'readonly field: string, value: unknown' : 'field, value'}) {`,
      `    super(\`${r.Model} with \${field} \${String(value)} already exists\`);`,
      ...(ts ? [] : [`    this.field = field;`, `    this.code = '${r.one.toUpperCase()}_CONFLICT';`]),
      `  }`,
      `}`,
    ];
  },
  function cache(r, ts, random, i) {
    return [
      `const ${r.one}Cache${i} = new Map${ts ? `<string, { value: unknown; expires: number }>` : ''}();`,
      ``,
      `function cached${r.Model}${i}(${ts ? 'key: string' : 'key'}) {`,
      `  const hit = ${r.one}Cache${i}.get(key);`,
      `  if (!hit || hit.expires < Date.now()) {`,
      `    ${r.one}Cache${i}.delete(key);`,
      `    return undefined;`,
      `  }`,
      `  return hit.value;`,
      `}`,
      ``,
      `function remember${r.Model}${i}(${ts ? 'key: string, value: unknown, ttlMs = ' : 'key, value, ttlMs = '}${random.pick([30000, 60000, 300000])}) {`,
      `  if (${r.one}Cache${i}.size > ${random.pick([500, 1000, 5000])}) ${r.one}Cache${i}.clear();`,
      `  ${r.one}Cache${i}.set(key, { value, expires: Date.now() + ttlMs });`,
      `}`,
    ];
  },
  function audit(r, ts, random, i) {
    return [
      `/**`,
      ` * Records who changed ${r.a} and how, for the activity feed. Failures are logged and`,
      ` * swallowed: the change itself already happened.`,
      ` */`,
      `async function record${r.Model}Activity${i}(${ts ? `actorId: string, action: 'created' | 'updated' | 'deleted', ${r.one}Id: string` : `actorId, action, ${r.one}Id`}) {`,
      `  try {`,
      `    await activityLog.write({ actorId, action, subject: '${r.one}', subjectId: ${r.one}Id, at: new Date() });`,
      `  } catch (error) {`,
      `    logger.warn({ error, ${r.one}Id }, 'could not record ${r.one} activity');`,
      `  }`,
      `}`,
    ];
  },
  function constants(r, ts, random, i) {
    return [
      `// Sorting and filtering the list accepts; anything else falls back to the defaults.`,
      `const ${r.one.toUpperCase()}_SORT_FIELDS${i} = ['createdAt', 'updatedAt', ${r.fields.map((field) => `'${field}'`).join(', ')}]${ts ? ' as const' : ''};`,
      `const ${r.one.toUpperCase()}_DEFAULT_SORT${i} = { field: 'createdAt', direction: 'desc' }${ts ? ' as const' : ''};`,
      ``,
      `function parseSort${i}(${ts ? 'value: unknown' : 'value'}) {`,
      `  if (typeof value !== 'string') return ${r.one.toUpperCase()}_DEFAULT_SORT${i};`,
      `  const [field, direction = 'asc'] = value.split(':');`,
      `  if (!${r.one.toUpperCase()}_SORT_FIELDS${i}.includes(field${ts ? ' as never' : ''})) return ${r.one.toUpperCase()}_DEFAULT_SORT${i};`,
      `  return { field, direction: direction === 'desc' ? 'desc' : 'asc' };`,
      `}`,
    ];
  },
];

function mapper(r, ts, random, i) {
  const param = ts ? `${r.one}: ${r.Model}Record` : r.one;
  return [
    `function to${r.Model}View${i}(${param}) {`,
    `  return {`,
    `    id: ${r.one}.id,`,
    ...r.fields.map((field) => `    ${field}: ${r.one}.${field} ?? null,`),
    `    createdAt: ${r.one}.createdAt.toISOString(),`,
    `    links: { self: \`/${r.many}/\${${r.one}.id}\` },`,
    `  };`,
    `}`,
  ];
}

/** Blocks of supporting code, about `lines` lines in all, in the order a file would hold them. */
export function supportCode(random, r, ts, lines) {
  const named = { ...r, a: /^[aeiou]/.test(r.one) ? `an ${r.one}` : `a ${r.one}` };
  const out = [];
  // Every kind once, in a shuffled order, before any comes again.
  let order = [];
  for (let i = 0; out.length < lines; i++) {
    if (order.length === 0) order = random.sample(BLOCKS, BLOCKS.length);
    out.push(...order.pop()(named, ts, random, i), ``);
  }
  return out;
}
