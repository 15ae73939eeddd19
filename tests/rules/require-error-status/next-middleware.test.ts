import rule from '../../../src/rules/require-error-status.js';
import { code } from '../../support/code.js';
import { ruleTester, strict } from '../../support/rule-tester.js';

ruleTester.run('require-error-status (Next.js middleware)', rule, {
  assertionOptions: strict,
  valid: [
    {
      name: 'refusals with their status, redirects to sign-in, and rewrites to a not-found page',
      filename: 'src/middleware.ts',
      code: code`
        import { NextResponse, type NextRequest } from 'next/server';
        export async function middleware(request: NextRequest) {
          const session = request.cookies.get('session')?.value;
          if (!session && request.nextUrl.pathname.startsWith('/api')) {
            return NextResponse.json({ error: 'Unauthorized' }, { status: 401 });
          }
          if (!session) return NextResponse.redirect(new URL('/sign-in', request.url));
          if (isBlockedDomain(request)) return NextResponse.rewrite(new URL('/not-found', request.url), { status: 404 });
          return NextResponse.next();
        }
      `,
    },
    {
      name: 'a helper of another name in a middleware folder is not the middleware Next.js runs',
      filename: 'src/lib/middlewares/with-auth.ts',
      code: code`
        import { NextResponse } from 'next/server';
        export function middleware(request: Request) {
          return NextResponse.json({ error: 'Unauthorized' });
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'an API key check in middleware.ts that answers its refusal with 200',
      filename: 'middleware.ts',
      code: code`
        import { NextResponse, type NextRequest } from 'next/server';
        export function middleware(request: NextRequest) {
          if (!request.headers.get('x-api-key')) {
            return NextResponse.json({ error: 'Missing API key' });
          }
          return NextResponse.next();
        }
        export const config = { matcher: '/api/:path*' };
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 401 },
          line: 4,
          column: 12,
          endLine: 4,
          endColumn: 59,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 401, phrase: 'Unauthorized' },
              output: code`
                import { NextResponse, type NextRequest } from 'next/server';
                export function middleware(request: NextRequest) {
                  if (!request.headers.get('x-api-key')) {
                    return NextResponse.json({ error: 'Missing API key' }, { status: 401 });
                  }
                  return NextResponse.next();
                }
                export const config = { matcher: '/api/:path*' };
              `,
            },
          ],
        },
      ],
    },
    {
      name: "Next.js 16's proxy.ts, exported wrapped by an auth helper, refusing with a status line as text",
      filename: 'src/proxy.ts',
      code: code`
        import { auth } from '@/auth';
        import { NextResponse } from 'next/server';
        export default auth((request) => {
          if (!request.auth && request.nextUrl.pathname.startsWith('/admin')) return new NextResponse('Forbidden');
          return NextResponse.next();
        });
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 403 },
          line: 4,
          column: 78,
          endLine: 4,
          endColumn: 107,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 403, phrase: 'Forbidden' },
              output: code`
                import { auth } from '@/auth';
                import { NextResponse } from 'next/server';
                export default auth((request) => {
                  if (!request.auth && request.nextUrl.pathname.startsWith('/admin')) return new NextResponse('Forbidden', { status: 403 });
                  return NextResponse.next();
                });
              `,
            },
          ],
        },
      ],
    },
  ],
});
