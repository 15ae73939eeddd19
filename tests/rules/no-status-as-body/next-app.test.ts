import rule from '../../../src/rules/no-status-as-body.js';
import { code } from '../../support/code.js';
import { jsRuleTester, ruleTester, strict } from '../../support/rule-tester.js';

const NOT_A_RESPONSE =
  'Next.js expects a `Response`, so the handler fails ("No response is returned from route handler") and the client receives 500 with an empty body';

ruleTester.run('no-status-as-body (Next.js App Router, TypeScript)', rule, {
  assertionOptions: strict,
  valid: [
    {
      name: 'new NextResponse(null, { status: 404 }) answers with the status',
      filename: 'app/api/users/[id]/route.ts',
      code: code`
        import { NextResponse } from 'next/server';
        export async function DELETE() {
          await db.user.deleteMany();
          return new NextResponse(null, { status: 204 });
        }
        export async function GET() {
          return new NextResponse(null, { status: 404 });
        }
      `,
    },
    {
      name: 'a number inside a JSON object is data',
      filename: 'app/api/stats/route.ts',
      code: code`
        import { NextResponse } from 'next/server';
        export async function GET() {
          return NextResponse.json({ code: 404, count: 200 });
        }
      `,
    },
    {
      name: 'a count read at run time is data, not a status',
      filename: 'app/api/users/count/route.ts',
      code: code`
        import { NextResponse } from 'next/server';
        export async function GET() {
          const count = await db.user.count();
          return NextResponse.json(count);
        }
      `,
    },
    {
      name: 'returning a number from an exported GET outside a route file is not an answer',
      filename: 'lib/status.ts',
      code: code`
        export function GET() {
          return 404;
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'return 404 from a route handler fails with 500',
      filename: 'app/api/users/[id]/route.ts',
      code: code`
        export async function GET(request: Request) {
          const user = await findUser(request);
          if (!user) return 404;
          return Response.json(user);
        }
      `,
      errors: [
        {
          messageId: 'statusAsBody',
          data: { code: 404, effect: NOT_A_RESPONSE },
          line: 3,
          column: 21,
          endLine: 3,
          endColumn: 24,
          suggestions: [
            {
              messageId: 'answerWithStatus',
              data: { code: 404, replacement: 'new Response(null, { status: 404 })' },
              output: code`
                export async function GET(request: Request) {
                  const user = await findUser(request);
                  if (!user) return new Response(null, { status: 404 });
                  return Response.json(user);
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'NextResponse.json(404) answers 200 OK with the number as JSON',
      filename: 'app/api/users/[id]/route.ts',
      code: code`
        import { NextResponse } from 'next/server';
        export async function DELETE(request: Request) {
          const deleted = await removeUser(request);
          if (!deleted) return NextResponse.json(404);
          return NextResponse.json({ ok: true });
        }
      `,
      errors: [
        {
          messageId: 'statusAsBody',
          data: { code: 404, effect: 'a JSON response whose body is a number answers 200 OK with the number as JSON' },
          line: 4,
          column: 24,
          endLine: 4,
          endColumn: 46,
          suggestions: [
            {
              messageId: 'answerWithStatus',
              data: { code: 404, replacement: 'new NextResponse(null, { status: 404 })' },
              output: code`
                import { NextResponse } from 'next/server';
                export async function DELETE(request: Request) {
                  const deleted = await removeUser(request);
                  if (!deleted) return new NextResponse(null, { status: 404 });
                  return NextResponse.json({ ok: true });
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'new Response(500) answers 200 OK with the digits as text',
      filename: 'src/app/api/jobs/route.ts',
      code: code`
        export async function POST() {
          try {
            await runJobs();
            return new Response(null, { status: 204 });
          } catch {
            return new Response(500);
          }
        }
      `,
      errors: [
        {
          messageId: 'statusAsBody',
          data: { code: 500, effect: 'a `Response` whose body is a number answers 200 OK with the digits as text' },
          line: 6,
          column: 12,
          endLine: 6,
          endColumn: 29,
          suggestions: [
            {
              messageId: 'answerWithStatus',
              data: { code: 500, replacement: 'new Response(null, { status: 500 })' },
              output: code`
                export async function POST() {
                  try {
                    await runJobs();
                    return new Response(null, { status: 204 });
                  } catch {
                    return new Response(null, { status: 500 });
                  }
                }
              `,
            },
          ],
        },
      ],
    },
  ],
});

jsRuleTester.run('no-status-as-body (Next.js App Router, JavaScript)', rule, {
  assertionOptions: strict,
  valid: [
    {
      name: 'NextResponse.json(body, { status: 404 }) answers with the status',
      filename: 'app/api/items/[id]/route.js',
      code: code`
        import { NextResponse } from 'next/server';
        export async function GET() {
          return NextResponse.json({ error: 'Not found' }, { status: 404 });
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'a renamed NextResponse import keeps its name in the suggestion',
      filename: 'app/api/items/[id]/route.js',
      code: code`
        import { NextResponse as Res } from 'next/server';
        export const GET = async () => Res.json(401);
      `,
      errors: [
        {
          messageId: 'statusAsBody',
          data: { code: 401, effect: 'a JSON response whose body is a number answers 200 OK with the number as JSON' },
          line: 2,
          column: 32,
          endLine: 2,
          endColumn: 45,
          suggestions: [
            {
              messageId: 'answerWithStatus',
              data: { code: 401, replacement: 'new Res(null, { status: 401 })' },
              output: code`
                import { NextResponse as Res } from 'next/server';
                export const GET = async () => new Res(null, { status: 401 });
              `,
            },
          ],
        },
      ],
    },
  ],
});
