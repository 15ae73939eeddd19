import rule from '../../../src/rules/no-status-after-send.js';
import { code } from '../../support/code.js';
import { jsRuleTester, ruleTester, strict } from '../../support/rule-tester.js';

ruleTester.run('no-status-after-send (Web Response, TypeScript)', rule, {
  assertionOptions: strict,
  valid: [
    {
      name: 'a Response made up front and returned on one path is sent there, not where it is made',
      code: code`
        export default {
          async fetch(request: Request, env: Env) {
            const notFound = new Response('Not found', { status: 404 });
            const item = await env.KV.get(new URL(request.url).pathname);
            if (!item) {
              return notFound;
            }
            return new Response(item);
          },
        };
      `,
    },
    {
      name: 'a Workers handler answers once per path by returning a Response',
      code: code`
        export default {
          async fetch(request: Request, env: Env, ctx: ExecutionContext) {
            const url = new URL(request.url);
            if (url.pathname === '/health') return new Response('ok');
            const cached = await caches.default.match(request);
            if (cached) return cached;
            return Response.json(await env.KV.get('data', 'json'));
          },
        } satisfies ExportedHandler<Env>;
      `,
    },
    {
      name: 'work handed to ctx.waitUntil runs after the response but sends nothing',
      code: code`
        export default {
          async fetch(request: Request, env: Env, ctx: ExecutionContext) {
            const response = Response.json({ ok: true });
            ctx.waitUntil(
              env.ANALYTICS.writeDataPoint({ blobs: [request.url] }).then(() => console.log('logged')),
            );
            return response;
          },
        };
      `,
    },
    {
      name: 'a Response built inside ctx.waitUntil for the cache is not an answer to the client',
      code: code`
        export default {
          async fetch(request: Request, env: Env, ctx: ExecutionContext) {
            const body = await render(request);
            ctx.waitUntil((async () => {
              await caches.default.put(request, new Response(body, { headers: { 'Cache-Control': 'max-age=60' } }));
            })());
            return new Response(body);
          },
        };
      `,
    },
  ],
  invalid: [
    {
      name: 'a service worker that calls respondWith twice when the early branch does not return',
      code: code`
        addEventListener('fetch', (event: FetchEvent) => {
          if (event.request.method === 'OPTIONS') {
            event.respondWith(new Response(null, { status: 204, headers: corsHeaders }));
          }
          event.respondWith(handleRequest(event.request));
        });
      `,
      errors: [
        {
          messageId: 'sendAfterSend',
          data: { line: 3, effect: 'a second `event.respondWith()` throws "respondWith() has already been called"' },
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 50,
          suggestions: [
            {
              messageId: 'returnAfterSend',
              data: { line: 3 },
              output: code`
                addEventListener('fetch', (event: FetchEvent) => {
                  if (event.request.method === 'OPTIONS') {
                    return event.respondWith(new Response(null, { status: 204, headers: corsHeaders }));
                  }
                  event.respondWith(handleRequest(event.request));
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'respondWith inside the work passed to event.waitUntil runs after the response',
      code: code`
        self.addEventListener('fetch', (event: FetchEvent) => {
          event.respondWith(fetch(event.request));
          event.waitUntil(
            refreshCache(event.request).catch(() => event.respondWith(new Response('offline', { status: 503 }))),
          );
        });
      `,
      errors: [
        {
          messageId: 'lateSend',
          data: { region: 'the work passed to `event.waitUntil()`' },
          line: 4,
          column: 45,
          endLine: 4,
          endColumn: 104,
        },
      ],
    },
  ],
});

jsRuleTester.run('no-status-after-send (Web Response, JavaScript)', rule, {
  assertionOptions: strict,
  valid: [
    {
      name: 'a service worker that returns after its early respondWith',
      code: code`
        addEventListener('fetch', (event) => {
          if (event.request.method === 'OPTIONS') {
            event.respondWith(new Response(null, { status: 204 }));
            return;
          }
          event.respondWith(handleRequest(event.request));
        });
      `,
    },
  ],
  invalid: [
    {
      name: 'a service worker that calls respondWith in a loop',
      code: code`
        addEventListener('fetch', (event) => {
          for (const rule of rules) {
            if (rule.test(event.request.url)) event.respondWith(rule.handle(event.request));
          }
        });
      `,
      errors: [
        {
          messageId: 'sendInLoop',
          data: {},
          line: 3,
          column: 39,
          endLine: 3,
          endColumn: 84,
        },
      ],
    },
  ],
});
