import rule from '../../../src/rules/no-status-as-body.js';
import { code } from '../../support/code.js';
import { ruleTester, strict } from '../../support/rule-tester.js';

const MIDDLEWARE_THROWS =
  'Next.js expects a `Response` from middleware, so it throws ("Expected an instance of Response to be returned") and the client receives 500';

ruleTester.run('no-status-as-body (Next.js middleware)', rule, {
  assertionOptions: strict,
  valid: [
    {
      name: 'a status given in the init, a number in a JSON body, and a number returned by a helper of the file',
      filename: 'src/middleware.ts',
      code: code`
        import { NextResponse, type NextRequest } from 'next/server';
        const retryAfter = (request: NextRequest) => (request.headers.get('x-tier') === 'free' ? 60 : 5);
        export function middleware(request: NextRequest) {
          if (isRateLimited(request)) return NextResponse.json({ retryAfter: retryAfter(request) }, { status: 429 });
          if (!request.cookies.has('session')) return new NextResponse(null, { status: 401 });
          return NextResponse.next();
        }
      `,
    },
    {
      name: 'a middleware.ts that does not import Next.js is not Next middleware',
      filename: 'src/middleware.ts',
      code: code`
        export function middleware(request: Request) {
          return 401;
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'new Response(401) in proxy.ts answers 200 with the digits as text',
      filename: 'proxy.ts',
      code: code`
        import { NextResponse } from 'next/server';
        export async function proxy(request: Request) {
          if (!request.headers.get('authorization')) return new Response(401);
          return NextResponse.next();
        }
      `,
      errors: [
        {
          messageId: 'statusAsBody',
          data: { code: 401, effect: 'a `Response` whose body is a number answers 200 OK with the digits as text' },
          line: 3,
          column: 53,
          endLine: 3,
          endColumn: 70,
          suggestions: [
            {
              messageId: 'answerWithStatus',
              data: { code: 401, replacement: 'new Response(null, { status: 401 })' },
              output: code`
                import { NextResponse } from 'next/server';
                export async function proxy(request: Request) {
                  if (!request.headers.get('authorization')) return new Response(null, { status: 401 });
                  return NextResponse.next();
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'return 403 from middleware makes Next.js throw',
      filename: 'middleware.js',
      code: code`
        import { NextResponse } from 'next/server';
        export default function middleware(request) {
          if (request.nextUrl.pathname.startsWith('/admin') && !request.cookies.get('admin')) return 403;
          return NextResponse.next();
        }
      `,
      errors: [
        {
          messageId: 'statusAsBody',
          data: { code: 403, effect: MIDDLEWARE_THROWS },
          line: 3,
          column: 94,
          endLine: 3,
          endColumn: 97,
          suggestions: [
            {
              messageId: 'answerWithStatus',
              data: { code: 403, replacement: 'new Response(null, { status: 403 })' },
              output: code`
                import { NextResponse } from 'next/server';
                export default function middleware(request) {
                  if (request.nextUrl.pathname.startsWith('/admin') && !request.cookies.get('admin')) return new Response(null, { status: 403 });
                  return NextResponse.next();
                }
              `,
            },
          ],
        },
      ],
    },
  ],
});
