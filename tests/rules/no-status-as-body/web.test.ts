import rule from '../../../src/rules/no-status-as-body.js';
import { code } from '../../support/code.js';
import { jsRuleTester, ruleTester, strict } from '../../support/rule-tester.js';

const RESPONSE_EFFECT = 'a `Response` whose body is a number answers 200 OK with the digits as text';
const JSON_EFFECT = 'a JSON response whose body is a number answers 200 OK with the number as JSON';
const RETURN_EFFECT =
  'the runtime expects a `Response`, so the request fails (500 on Workers and Deno, an empty 204 on Bun)';

ruleTester.run('no-status-as-body (Web Response, TypeScript)', rule, {
  assertionOptions: strict,
  valid: [
    {
      name: 'new Response(null, { status: 404 }) answers 404 with no body',
      code: code`
        export default {
          async fetch(request: Request, env: Env): Promise<Response> {
            const user = await env.USERS.get(new URL(request.url).searchParams.get('id') ?? '');
            if (!user) return new Response(null, { status: 404 });
            return new Response(user);
          },
        } satisfies ExportedHandler<Env>;
      `,
    },
    {
      name: 'Response.json with an init object carries the status',
      code: code`
        Deno.serve(async (req) => {
          if (req.method !== 'POST') return Response.json({ error: 'Method not allowed' }, { status: 405 });
          return Response.json(await req.json(), { status: 201 });
        });
      `,
    },
    {
      name: 'the 301 of Response.redirect(url, 301) is the status, not a body',
      code: code`
        Bun.serve({
          routes: {
            '/old-blog': () => Response.redirect('https://example.com/blog', 301),
          },
          fetch() {
            return new Response('Not Found', { status: 404 });
          },
        });
      `,
    },
    {
      name: 'a number that is data, turned into text first, is fine',
      code: code`
        export default {
          async fetch(request: Request, env: Env) {
            const count = await env.DB.prepare('SELECT COUNT(*) AS n FROM users').first<number>('n');
            return new Response(String(count));
          },
        };
      `,
    },
    {
      name: 'a default-exported client whose fetch takes a URL is not a handler',
      code: code`
        export default {
          async fetch(url: string, init?: RequestInit) {
            const response = await fetch(url, init);
            if (response.status === 404) return new Response(404);
            return response;
          },
        };
      `,
    },
    {
      name: 'known limit: a static Response in a Bun route table is not a function, so it is not checked',
      code: code`
        Bun.serve({
          routes: {
            '/gone': new Response(410),
          },
          fetch() {
            return new Response('ok');
          },
        });
      `,
    },
  ],
  invalid: [
    {
      name: 'new Response(404) answers 200 OK with the text 404',
      code: code`
        export default {
          async fetch(request: Request, env: Env): Promise<Response> {
            const user = await env.USERS.get(new URL(request.url).pathname.slice(1));
            if (!user) return new Response(404);
            return new Response(user);
          },
        } satisfies ExportedHandler<Env>;
      `,
      errors: [
        {
          messageId: 'statusAsBody',
          data: { code: 404, effect: RESPONSE_EFFECT },
          line: 4,
          column: 23,
          endLine: 4,
          endColumn: 40,
          suggestions: [
            {
              messageId: 'answerWithStatus',
              data: { code: 404, replacement: 'new Response(null, { status: 404 })' },
              output: code`
                export default {
                  async fetch(request: Request, env: Env): Promise<Response> {
                    const user = await env.USERS.get(new URL(request.url).pathname.slice(1));
                    if (!user) return new Response(null, { status: 404 });
                    return new Response(user);
                  },
                } satisfies ExportedHandler<Env>;
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'returning a bare number from Deno.serve fails the request',
      code: code`
        Deno.serve({ port: 8000 }, (req) => {
          if (req.headers.get('authorization') !== Deno.env.get('TOKEN')) return 401;
          return new Response('ok');
        });
      `,
      errors: [
        {
          messageId: 'statusAsBody',
          data: { code: 401, effect: RETURN_EFFECT },
          line: 2,
          column: 74,
          endLine: 2,
          endColumn: 77,
          suggestions: [
            {
              messageId: 'answerWithStatus',
              data: { code: 401, replacement: 'new Response(null, { status: 401 })' },
              output: code`
                Deno.serve({ port: 8000 }, (req) => {
                  if (req.headers.get('authorization') !== Deno.env.get('TOKEN')) return new Response(null, { status: 401 });
                  return new Response('ok');
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'Response.json(500) in a Bun route answers 200 OK with the JSON number',
      code: code`
        Bun.serve({
          routes: {
            '/api/report': {
              POST: async (req) => {
                const ok = await saveReport(await req.json());
                return ok ? Response.json({ ok }) : Response.json(500);
              },
            },
          },
        });
      `,
      errors: [
        {
          messageId: 'statusAsBody',
          data: { code: 500, effect: JSON_EFFECT },
          line: 6,
          column: 45,
          endLine: 6,
          endColumn: 63,
          suggestions: [
            {
              messageId: 'answerWithStatus',
              data: { code: 500, replacement: 'new Response(null, { status: 500 })' },
              output: code`
                Bun.serve({
                  routes: {
                    '/api/report': {
                      POST: async (req) => {
                        const ok = await saveReport(await req.json());
                        return ok ? Response.json({ ok }) : new Response(null, { status: 500 });
                      },
                    },
                  },
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a number body with an init is reported without a suggestion, since replacing the call would drop the init',
      code: code`
        Deno.serve((req) => new Response(403, { headers: { 'WWW-Authenticate': 'Bearer' } }));
      `,
      errors: [
        {
          messageId: 'statusAsBody',
          data: { code: 403, effect: RESPONSE_EFFECT },
          line: 1,
          column: 21,
          endLine: 1,
          endColumn: 85,
          suggestions: [],
        },
      ],
    },
  ],
});

jsRuleTester.run('no-status-as-body (Web Response, JavaScript)', rule, {
  assertionOptions: strict,
  valid: [
    {
      name: 'a service worker that answers through a helper with a status in the init',
      code: code`
        addEventListener('fetch', (event) => {
          event.respondWith(handleRequest(event.request));
        });
        async function handleRequest(request) {
          if (request.method !== 'GET') return new Response(null, { status: 405 });
          return fetch(request);
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'a helper the service worker answers with is checked as a handler',
      code: code`
        addEventListener('fetch', (event) => {
          event.respondWith(handleRequest(event.request));
        });
        async function handleRequest(request) {
          if (!request.headers.get('cf-access-jwt-assertion')) return new Response(403);
          return fetch(request);
        }
      `,
      errors: [
        {
          messageId: 'statusAsBody',
          data: { code: 403, effect: RESPONSE_EFFECT },
          line: 5,
          column: 63,
          endLine: 5,
          endColumn: 80,
          suggestions: [
            {
              messageId: 'answerWithStatus',
              data: { code: 403, replacement: 'new Response(null, { status: 403 })' },
              output: code`
                addEventListener('fetch', (event) => {
                  event.respondWith(handleRequest(event.request));
                });
                async function handleRequest(request) {
                  if (!request.headers.get('cf-access-jwt-assertion')) return new Response(null, { status: 403 });
                  return fetch(request);
                }
              `,
            },
          ],
        },
      ],
    },
  ],
});
