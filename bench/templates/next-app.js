/**
 * Next.js App Router route handlers: `app/api/<resource>/route.ts` (GET, POST) and
 * `app/api/<resource>/[id]/route.ts` (GET, PATCH, DELETE), each file in its own project folder.
 * About one handler in six carries a mistake a rule reports; the rest is correct code, including
 * shapes a naive rule would flag (`notFound()`, a 400 from validation, `after()` work that
 * sends nothing).
 */
import { RESOURCES, capitalize, indent, plantedRules, source } from './words.js';

const byId = (r) => `const ${r.one} = await db.${r.one}.findUnique({ where: { id } });`;

/** Per exported method: the correct body and the mistake, as `(r) => lines`. */
const COLLECTION = {
  GET: {
    correct: (r) => [
      `const page = Number(request.nextUrl.searchParams.get('page') ?? 1);`,
      `const rows = await db.${r.one}.findMany({ skip: (page - 1) * PAGE_SIZE, take: PAGE_SIZE });`,
      `return NextResponse.json({ data: rows, page });`,
    ],
    mistake: (r) => ({
      rule: 'require-error-status',
      body: [
        `try {`,
        `  return NextResponse.json({ data: await db.${r.one}.findMany({ take: PAGE_SIZE }) });`,
        `} catch (error) {`,
        `  console.error(error);`,
        `  return NextResponse.json({ error: 'Failed to load ${r.many}' });`,
        `}`,
      ],
    }),
  },
  POST: {
    correct: (r) => [
      `const parsed = ${r.Model}Schema.safeParse(await request.json());`,
      `if (!parsed.success) {`,
      `  return NextResponse.json({ errors: parsed.error.flatten() }, { status: 400 });`,
      `}`,
      `const ${r.one} = await db.${r.one}.create({ data: parsed.data });`,
      `after(() => revalidateTag('${r.many}'));`,
      `return NextResponse.json(${r.one}, { status: 201 });`,
    ],
    mistake: (r) => ({
      rule: 'require-created-status',
      body: [`const ${r.one} = await db.${r.one}.create({ data: await request.json() });`, `return NextResponse.json(${r.one});`],
    }),
  },
};

const ITEM = {
  GET: {
    correct: (r) => [`const { id } = await params;`, byId(r), `if (!${r.one}) notFound();`, `return NextResponse.json(${r.one});`],
    mistake: (r) => ({
      rule: 'require-error-status',
      body: [
        `const { id } = await params;`,
        byId(r),
        `if (!${r.one}) {`,
        `  return NextResponse.json({ error: '${capitalize(r.one)} not found' });`,
        `}`,
        `return NextResponse.json(${r.one});`,
      ],
    }),
  },
  PATCH: {
    correct: (r) => [
      `const { id } = await params;`,
      `try {`,
      `  const ${r.one} = await db.${r.one}.update({ where: { id }, data: await request.json() });`,
      `  return NextResponse.json(${r.one});`,
      `} catch (error) {`,
      `  console.error(error);`,
      `  return NextResponse.json({ error: 'Could not update ${r.one}' }, { status: 500 });`,
      `}`,
    ],
    mistake: (r) => ({
      rule: 'no-status-after-send',
      body: [
        `const { id } = await params;`,
        `const ${r.one} = await db.${r.one}.update({ where: { id }, data: await request.json() });`,
        `after(async () => {`,
        `  const owner = await db.user.findUnique({ where: { id: ${r.one}.ownerId } });`,
        `  if (!owner) notFound();`,
        `});`,
        `return NextResponse.json(${r.one});`,
      ],
    }),
  },
  DELETE: {
    correct: (r) => [`const { id } = await params;`, `await db.${r.one}.delete({ where: { id } });`, `return new NextResponse(null, { status: 204 });`],
    mistake: (r) => ({
      rule: 'no-status-as-body',
      body: [`const { id } = await params;`, `await db.${r.one}.delete({ where: { id } });`, `return new Response(204);`],
    }),
  },
};

function handler(method, body, item, ts) {
  const request = `request${ts ? ': NextRequest' : ''}`;
  const context = item ? `, { params }${ts ? ': { params: Promise<{ id: string }> }' : ''}` : '';
  return [`export async function ${method}(${request}${context}) {`, ...indent(body), `}`];
}

export default {
  name: 'next-app',
  share: 10,
  file(random, n) {
    const r = random.pick(RESOURCES);
    const ts = random.chance(0.75);
    const item = random.chance(0.5);
    const handlers = Object.entries(item ? ITEM : COLLECTION).map(([method, { correct, mistake }]) =>
      random.chance(1 / 6) ? { method, ...mistake(r) } : { method, body: correct(r) },
    );
    const lines = [
      `import { ${ts ? 'type NextRequest, ' : ''}NextResponse, after } from 'next/server';`,
      `import { notFound } from 'next/navigation';`,
      `import { revalidateTag } from 'next/cache';`,
      `import { db } from '@/lib/db';`,
      `import { ${r.Model}Schema } from '@/lib/schemas';`,
      ``,
      `const PAGE_SIZE = ${random.pick([10, 20, 50])};`,
      ``,
      ...handlers.flatMap(({ method, body }) => [...handler(method, body, item, ts), ``]),
    ];
    const folder = item ? `${r.many}/[id]` : r.many;
    return { path: `site-${n}/app/api/${folder}/route.${ts ? 'ts' : 'js'}`, source: source(lines.slice(0, -1)), mistakes: plantedRules(handlers) };
  },
};
