import { describe, expect, it } from 'vitest';
import { code } from '../support/code.js';
import { inventory } from '../support/inventory.js';

describe('Next.js App Router adapter', () => {
  it('reads the answers of a callback a returned helper call is handed, when it returns responses', () => {
    expect(
      inventory(
        code`
          import { withSession } from '@/lib/session';
          export async function POST(request: Request) {
            return withSession(request, async (session) => {
              if (!session.projectId) return Response.json({ error: 'No project' });
              const { insertedId } = await conversations.insertOne({ ownerId: session.userId });
              return Response.json({ id: String(insertedId) });
            });
          }
          // Not answers: the callback returns data for the helper to wrap.
          export async function GET(request: Request) {
            return cached(request, async () => ({ items: await list() }));
          }
        `,
        'app/api/chats/route.ts',
      ),
    ).toMatchInlineSnapshot(`
      "next-app POST /api/chats (line 2) [returns]
        L4 send implicit data: Response.json({ error: 'No project' })
        L6 send implicit data: Response.json({ id: String(insertedId) })
      next-app GET /api/chats (line 10) [returns]"
    `);
  });

  it('finds exported method handlers in a route file, with the path from its folders', () => {
    expect(
      inventory(
        code`
          import { NextResponse } from 'next/server';
          export async function GET(request: Request) {
            return NextResponse.json(await db.user.findMany());
          }
          export const POST = async (request: Request) => {
            const user = await db.user.create({ data: await request.json() });
            return NextResponse.json(user, { status: 201 });
          };
          export const DELETE = withAuth(async (request: Request) => new Response(null, { status: 204 }));
          async function update(request: Request) {
            return Response.json({ ok: true });
          }
          export { update as PUT, update as PATCH };
          export function helper() {
            return NextResponse.json({});
          }
        `,
        'apps/web/src/app/api/(admin)/users/[id]/route.ts',
      ),
    ).toMatchInlineSnapshot(`
      "next-app GET /api/users/[id] (line 2) [returns]
        L3 send implicit data: NextResponse.json(await db.user.findMany())
      next-app POST /api/users/[id] (line 5) [returns]
        L7 send 201 data: NextResponse.json(user, { status: 201 })
      next-app DELETE /api/users/[id] (line 9) [returns]
        L9 send 204 none: new Response(null, { status: 204 })
      next-app PUT|PATCH /api/users/[id] (line 10) [returns]
        L11 send implicit data: Response.json({ ok: true })"
    `);
  });

  it('reads redirects, pass-throughs, plain values, numbers and throwing helpers', () => {
    expect(
      inventory(
        code`
          import { NextResponse as Res, after } from 'next/server';
          import { notFound, redirect, permanentRedirect } from 'next/navigation';
          import { waitUntil } from '@vercel/functions';
          export async function GET(req) {
            const item = await find(req);
            if (!item) notFound();
            if (item.moved) redirect('/elsewhere');
            if (item.gone) permanentRedirect('/new');
            if (item.legacy) return Res.redirect(new URL('/old', req.url));
            if (item.temp) return Res.redirect(new URL('/t', req.url), 302);
            if (item.skip) return Res.next();
            if (item.proxy) return Res.rewrite(new URL('/p', req.url));
            after(() => notFound());
            waitUntil(log(item).then(() => redirect('/late')));
            if (item.broken) return 404;
            if (item.plain) return { item };
            const response = Res.json(item);
            return response;
          }
        `,
        'app/items/route.js',
      ),
    ).toMatchInlineSnapshot(`
      "next-app GET /items (line 4) [returns]
        L6 throw 404: notFound()
        L7 throw 307: redirect('/elsewhere')
        L8 throw 308: permanentRedirect('/new')
        L9 send 307 redirect: Res.redirect(new URL('/old', req.url))
        L10 send 302 redirect: Res.redirect(new URL('/t', req.url), 302)
        L11 send implicit none: Res.next()
        L12 send implicit redirect: Res.rewrite(new URL('/p', req.url))
        L13 throw 404: notFound() (deferred: always)
        L14 throw 307: redirect('/late') (deferred: always)
        L15 send implicit data: 404
        L18 send implicit data: response"
    `);
  });

  it('ignores files that are not route modules', () => {
    expect(
      inventory(
        code`
          import { NextResponse } from 'next/server';
          export async function GET() {
            return NextResponse.json({ ok: true });
          }
        `,
        'lib/api.ts',
      ),
    ).toMatchInlineSnapshot(`"(no handlers)"`);
    expect(
      inventory(
        code`
          export async function GET() {
            return Response.json({ ok: true });
          }
        `,
        'app/_lib/route.ts',
      ),
    ).toMatchInlineSnapshot(`"(no handlers)"`);
  });
});
