import rule from '../../../src/rules/no-status-after-send.js';
import { code } from '../../support/code.js';
import { jsRuleTester, ruleTester, strict } from '../../support/rule-tester.js';

ruleTester.run('no-status-after-send (Next.js App Router, TypeScript)', rule, {
  assertionOptions: strict,
  valid: [
    {
      name: 'a returned response goes out when the handler returns: a failing finally replaces it',
      filename: 'app/api/tools/sql/delete/route.ts',
      code: code`
        import { NextResponse } from 'next/server';
        export async function POST(request: Request) {
          try {
            const pool = await connect(await request.json());
            try {
              const result = await pool.query('delete from t');
              return NextResponse.json({ rows: result.rowCount });
            } finally {
              await pool.close();
            }
          } catch (error) {
            return NextResponse.json({ error: error.message }, { status: 500 });
          }
        }
      `,
    },
    {
      name: 'a NextResponse kept in a const and returned only by a guard answers once',
      filename: 'app/api/teams/route.ts',
      code: code`
        import { NextResponse } from 'next/server';
        export async function POST(req: Request) {
          const team = await findTeam(await req.json());
          const notFound = NextResponse.json({ error: 'Not found' }, { status: 404 });
          if (!team) {
            return notFound;
          }
          return NextResponse.json({ id: team.id });
        }
      `,
    },
    {
      name: 'after() that only logs runs after the response without touching it',
      filename: 'app/api/posts/route.ts',
      code: code`
        import { NextResponse, after } from 'next/server';
        export async function POST(request: Request) {
          const post = await db.post.create({ data: await request.json() });
          after(() => analytics.track('post_created', { id: post.id }));
          return NextResponse.json(post, { status: 201 });
        }
      `,
    },
    {
      name: 'notFound() in the handler itself answers 404 before any response exists',
      filename: 'app/api/posts/[slug]/route.ts',
      code: code`
        import { NextResponse } from 'next/server';
        import { notFound } from 'next/navigation';
        export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
          const post = await getPost((await params).slug);
          if (!post) notFound();
          return NextResponse.json(post);
        }
      `,
    },
    {
      name: 'a redirect() inside an awaited .then() callback runs before the response',
      filename: 'app/go/[code]/route.ts',
      code: code`
        import { redirect } from 'next/navigation';
        export async function GET(request: Request, { params }: { params: Promise<{ code: string }> }) {
          const { code } = await params;
          await lookup(code).then((link) => {
            if (link) redirect(link.url);
          });
          return new Response('Unknown link', { status: 404 });
        }
      `,
    },
    {
      name: 'an after() from another package is not Next’s after()',
      filename: 'app/api/jobs/route.ts',
      code: code`
        import { after } from '@/lib/queue';
        import { notFound } from 'next/navigation';
        export async function POST() {
          after(() => notFound());
          return new Response(null, { status: 202 });
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'notFound() in an after() callback throws after the response went out',
      filename: 'app/api/posts/route.ts',
      code: code`
        import { NextResponse, after } from 'next/server';
        import { notFound } from 'next/navigation';
        export async function POST(request: Request) {
          const post = await db.post.create({ data: await request.json() });
          after(async () => {
            const author = await db.user.findUnique({ where: { id: post.authorId } });
            if (!author) notFound();
          });
          return NextResponse.json(post, { status: 201 });
        }
      `,
      errors: [
        {
          messageId: 'lateThrow',
          data: { code: 404, region: 'an `after()` callback' },
          line: 7,
          column: 18,
          endLine: 7,
          endColumn: 28,
        },
      ],
    },
    {
      name: 'redirect() in work passed to waitUntil() throws after the response went out',
      filename: 'app/api/checkout/route.ts',
      code: code`
        import { waitUntil } from '@vercel/functions';
        import { redirect } from 'next/navigation';
        export async function POST(request: Request) {
          const order = await request.json();
          waitUntil(
            charge(order).then((result) => {
              if (!result.ok) redirect('/checkout/failed');
            }),
          );
          return Response.json({ queued: true }, { status: 202 });
        }
      `,
      errors: [
        {
          messageId: 'lateThrow',
          data: { code: 307, region: 'work passed to `waitUntil()`' },
          line: 7,
          column: 23,
          endLine: 7,
          endColumn: 51,
        },
      ],
    },
  ],
});

jsRuleTester.run('no-status-after-send (Next.js App Router, JavaScript)', rule, {
  assertionOptions: strict,
  valid: [
    {
      name: 'a promise passed to after() that only saves is fine',
      filename: 'app/api/views/route.js',
      code: code`
        import { after } from 'next/server';
        export async function POST(request) {
          after(db.view.create({ data: { path: new URL(request.url).pathname } }));
          return new Response(null, { status: 204 });
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'permanentRedirect() in a .then() of a promise passed to after() is lost',
      filename: 'app/api/views/route.js',
      code: code`
        import { after } from 'next/server';
        import { permanentRedirect } from 'next/navigation';
        export async function GET(request) {
          after(check(request).then((moved) => moved && permanentRedirect(moved)));
          return new Response('ok');
        }
      `,
      errors: [
        {
          messageId: 'lateThrow',
          data: { code: 308, region: 'an `after()` callback' },
          line: 4,
          column: 49,
          endLine: 4,
          endColumn: 73,
        },
      ],
    },
  ],
});
