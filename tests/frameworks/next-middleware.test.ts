import { describe, expect, it } from 'vitest';
import { code } from '../support/code.js';
import { inventory } from '../support/inventory.js';

const AUTH_CHECK = code`
  import { NextResponse, type NextRequest } from 'next/server';
  export async function middleware(request: NextRequest) {
    if (!request.cookies.has('session')) return NextResponse.json({ error: 'Unauthorized' });
    if (request.nextUrl.pathname === '/old') return NextResponse.redirect(new URL('/new', request.url));
    return NextResponse.next();
  }
  export function helper() {
    return NextResponse.json({});
  }
  export const config = { matcher: ['/api/:path*'] };
`;

describe('Next.js middleware adapter', () => {
  it('finds the function middleware.ts exports by its name, at the project root or in src/', () => {
    expect(inventory(AUTH_CHECK, 'src/middleware.ts')).toMatchInlineSnapshot(`
      "next-middleware * ? (line 2) [returns]
        L3 send implicit data: NextResponse.json({ error: 'Unauthorized' })
        L4 send 307 redirect: NextResponse.redirect(new URL('/new', request.url))
        L5 send implicit none: NextResponse.next()"
    `);
  });

  it("finds Next.js 16's proxy.ts export, and a default export wrapped by an auth helper", () => {
    expect(
      inventory(
        code`
          import { NextResponse } from 'next/server';
          export const proxy = async (request: Request) => {
            if (!request.headers.get('x-api-key')) return new Response('Missing API key', { status: 401 });
            return NextResponse.next();
          };
        `,
        'proxy.ts',
      ),
    ).toMatchInlineSnapshot(`
      "next-middleware * ? (line 2) [returns]
        L3 send 401 data: new Response('Missing API key', { status: 401 })
        L4 send implicit none: NextResponse.next()"
    `);
    expect(
      inventory(
        code`
          import { auth } from '@/auth';
          import { NextResponse } from 'next/server';
          export default auth(async (req) => {
            if (!req.auth) return Response.json({ message: 'Forbidden' });
            return NextResponse.next();
          });
        `,
        'apps/dashboard/src/middleware.ts',
      ),
    ).toMatchInlineSnapshot(`
      "next-middleware * ? (line 3) [returns]
        L4 send implicit data: Response.json({ message: 'Forbidden' })
        L5 send implicit none: NextResponse.next()"
    `);
  });

  it('is not the middleware: another export, a file of another name, a page named middleware, a file without Next.js', () => {
    expect(inventory(AUTH_CHECK, 'src/proxy.ts')).toBe('(no handlers)');
    // A module the middleware calls: its function that takes a `NextRequest` answers as a handler
    // of the App Router's with no route of its own, not as the middleware.
    expect(inventory(AUTH_CHECK, 'src/auth-middleware.ts')).toMatchInlineSnapshot(`
      "next-app * ? (line 2) [returns]
        L3 send implicit data: NextResponse.json({ error: 'Unauthorized' })
        L4 send 307 redirect: NextResponse.redirect(new URL('/new', request.url))
        L5 send implicit none: NextResponse.next()"
    `);
    expect(inventory(AUTH_CHECK, 'pages/middleware.ts')).toBe('(no handlers)');
    expect(
      inventory(
        code`
          export function middleware(request: Request) {
            return Response.json({ error: 'Unauthorized' });
          }
        `,
        'src/middleware.ts',
      ),
    ).toBe('(no handlers)');
  });
});
