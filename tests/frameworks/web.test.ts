import { describe, expect, it } from 'vitest';
import { code } from '../support/code.js';
import { inventory } from '../support/inventory.js';

describe('Web Response adapter', () => {
  it('finds a Workers fetch handler and narrows by request.method and url.pathname', () => {
    expect(
      inventory(code`
        interface Env { DB: D1Database }
        export default {
          async fetch(request, env, ctx) {
            const url = new URL(request.url);
            if (request.method === 'POST' && url.pathname === '/users') {
              const user = await env.DB.prepare('INSERT ...').run();
              return Response.json(user, { status: 201 });
            }
            if (url.pathname === '/old') return Response.redirect('https://example.com/new', 301);
            ctx.waitUntil(log(request));
            return new Response('Not found', { status: 404 });
          },
          async scheduled(controller, env, ctx) {
            return new Response('not an HTTP handler');
          },
        } satisfies ExportedHandler<Env>;
      `),
    ).toMatchInlineSnapshot(`
      "web * ? (line 3) [returns]
        L7 send 201 data: Response.json(user, { status: 201 })
        L9 send 301 redirect: Response.redirect('https://example.com/new', 301)
        L11 send 404 data: new Response('Not found', { status: 404 })"
    `);
  });

  it('finds handlers behind a const, a property and an instrumentation wrapper', () => {
    expect(
      inventory(code`
        const handler = {
          fetch: async (req) => new Response(404),
        };
        export default handler;
      `),
    ).toMatchInlineSnapshot(`
      "web * ? (line 2) [returns]
        L2 send implicit data: new Response(404)"
    `);
    expect(
      inventory(code`
        async function handle(request: Request): Promise<Response> {
          return Response.json({ ok: true });
        }
        const worker = { fetch: handle };
        export default instrument(worker, config);
      `),
    ).toMatchInlineSnapshot(`
      "web * ? (line 1) [returns]
        L2 send implicit data: Response.json({ ok: true })"
    `);
  });

  it('finds a default export named after an exported const object, and reads a default-exported router as no Worker', () => {
    expect(
      inventory(code`
        export const worker = {
          async fetch(request: Request) {
            return new Response('gone', { status: 410 });
          },
        };
        export default worker;
      `),
    ).toMatchInlineSnapshot(`
      "web * ? (line 2) [returns]
        L3 send 410 data: new Response('gone', { status: 410 })"
    `);
    expect(
      inventory(code`
        const router = createRouter();
        router.fetch = async (request) => new Response('x');
        export default router;
      `),
    ).toBe('(no handlers)');
  });

  it('ignores a default-exported client whose fetch calls fetch', () => {
    expect(
      inventory(code`
        export default {
          async fetch(url, init) {
            const response = await fetch(url, init);
            return response.json();
          },
        };
      `),
    ).toMatchInlineSnapshot(`"(no handlers)"`);
  });

  it('follows same-file functions that answer with the request, with the method and path of the call', () => {
    expect(
      inventory(code`
        export default {
          async fetch(request, env) {
            const { pathname } = new URL(request.url);
            if (pathname === '/api/users') {
              switch (request.method) {
                case 'GET':
                  return listUsers(env);
                case 'POST':
                  return createUser(request, env);
              }
            }
            const response = await handleOther(request);
            return response;
          },
        };
        async function createUser(req, env) {
          const body = await req.json();
          await env.DB.prepare('INSERT ...').bind(body.name).run();
          return Response.json(body);
        }
        async function listUsers(env) {
          return Response.json([]);
        }
        const handleOther = async (request) => {
          if (request.method !== 'GET') return new Response(null, { status: 405 });
          return new Response('ok');
        };
      `),
    ).toMatchInlineSnapshot(`
      "web * ? (line 2) [returns]
      web POST /api/users (line 16) [returns]
        L19 send implicit data: Response.json(body)
      web * ? (line 24) [returns]
        L25 send 405 none: new Response(null, { status: 405 })
        L26 send implicit data: new Response('ok')"
    `);
  });

  it('finds Deno.serve handlers in all three forms, and the standard library serve', () => {
    expect(
      inventory(code`
        Deno.serve((req) => new Response('hello'));
        Deno.serve({ port: 8000 }, async (req) => Response.json({ ok: true }));
        Deno.serve({
          port: 8001,
          handler(req) {
            return new Response(204);
          },
          onError(error) {
            return new Response('Something went wrong');
          },
        });
      `),
    ).toMatchInlineSnapshot(`
      "web * ? (line 1) [returns]
        L1 send implicit data: new Response('hello')
      web * ? (line 2) [returns]
        L2 send implicit data: Response.json({ ok: true })
      web * ? (line 5) [returns]
        L6 send implicit data: new Response(204)
      web * ? (line 8) [error-handler, returns]
        L9 send implicit data: new Response('Something went wrong')"
    `);
    expect(
      inventory(code`
        import { serve } from 'https://deno.land/std@0.168.0/http/server.ts';
        serve(async (req) => {
          try {
            return new Response(JSON.stringify(await work(req)), { headers: { 'Content-Type': 'application/json' } });
          } catch (error) {
            return new Response(JSON.stringify({ error: error.message }), { status: 400 });
          }
        });
      `),
    ).toMatchInlineSnapshot(`
      "web * ? (line 2) [returns]
        L4 send implicit data: new Response(JSON.stringify(await work(req)), { headers: ...
        L6 send 400 data: new Response(JSON.stringify({ error: error.message }), { ..."
    `);
  });

  it('does not take a shadowed Deno for the runtime', () => {
    expect(
      inventory(code`
        const Deno = { serve(fn) {} };
        Deno.serve((req) => new Response('hello'));
      `),
    ).toMatchInlineSnapshot(`"(no handlers)"`);
  });

  it('finds Bun.serve routes with their methods and paths, fetch and error', () => {
    expect(
      inventory(code`
        Bun.serve({
          routes: {
            '/api/users': {
              GET: () => Response.json([]),
              POST: async (req) => Response.json(await req.json(), { status: 201 }),
            },
            '/health': () => new Response('ok'),
            '/static': new Response('static'),
            '/computed': Response.json([1, 2].map((n) => n * 2)),
          },
          fetch(req, server) {
            return new Response('Not Found', { status: 404 });
          },
          error(error) {
            return new Response(\`Internal Error: \${error.message}\`, { status: 500 });
          },
        });
      `),
    ).toMatchInlineSnapshot(`
      "web GET /api/users (line 4) [returns]
        L4 send implicit data: Response.json([])
      web POST /api/users (line 5) [returns]
        L5 send 201 data: Response.json(await req.json(), { status: 201 })
      web * /health (line 7) [returns]
        L7 send implicit data: new Response('ok')
      web * ? (line 11) [returns]
        L12 send 404 data: new Response('Not Found', { status: 404 })
      web * ? (line 14) [error-handler, returns]
        L15 send 500 data: new Response(\`Internal Error: \${error.message}\`, { status..."
    `);
  });

  it('reads a Bun default export with routes and an error handler', () => {
    expect(
      inventory(code`
        import type { Serve } from 'bun';
        export default {
          routes: {
            '/api/posts': { async GET() { return Response.json([]); } },
          },
          fetch(request) {
            return new Response('Not Found', { status: 404 });
          },
          error(error) {
            return new Response(\`Error: \${error.message}\`);
          },
        } satisfies Serve;
      `),
    ).toMatchInlineSnapshot(`
      "web GET /api/posts (line 4) [returns]
        L4 send implicit data: Response.json([])
      web * ? (line 6) [returns]
        L7 send 404 data: new Response('Not Found', { status: 404 })
      web * ? (line 9) [error-handler, returns]
        L10 send implicit data: new Response(\`Error: \${error.message}\`)"
    `);
  });

  it('reads serve() imported by name from bun', () => {
    expect(
      inventory(code`
        import { serve } from 'bun';
        serve({
          fetch(request) {
            return new Response('Not Found', { status: 404 });
          },
        });
      `),
    ).toMatchInlineSnapshot(`
      "web * ? (line 3) [returns]
        L4 send 404 data: new Response('Not Found', { status: 404 })"
    `);
  });

  it('finds entrypoint classes, Durable Objects and Pages Functions', () => {
    expect(
      inventory(code`
        import { DurableObject, WorkerEntrypoint } from 'cloudflare:workers';
        export class Counter extends DurableObject {
          async fetch(request) {
            return new Response(String(await this.ctx.storage.get('count')));
          }
        }
        export default class extends WorkerEntrypoint {
          async fetch(request) {
            return Response.json({ ok: true });
          }
        }
      `),
    ).toMatchInlineSnapshot(`
      "web * ? (line 3) [returns]
        L4 send implicit data: new Response(String(await this.ctx.storage.get('count')))
      web * ? (line 8) [returns]
        L9 send implicit data: Response.json({ ok: true })"
    `);
    expect(
      inventory(
        code`
          export const onRequestPost: PagesFunction<Env> = async ({ request, env }) => {
            const user = await env.DB.prepare('INSERT ...').run();
            return Response.json(user);
          };
          export async function onRequestGet(context) {
            return Response.json(await context.env.DB.prepare('SELECT ...').all());
          }
        `,
        'functions/api/users/index.ts',
      ),
    ).toMatchInlineSnapshot(`
      "web POST /api/users (line 1) [returns]
        L3 send implicit data: Response.json(user)
      web GET /api/users (line 5) [returns]
        L6 send implicit data: Response.json(await context.env.DB.prepare('SELECT ...')...."
    `);
  });

  it('reads a service worker fetch listener: respondWith sends, waitUntil runs late', () => {
    expect(
      inventory(code`
        addEventListener('fetch', (event) => {
          if (event.request.method === 'OPTIONS') {
            event.respondWith(new Response(null, { status: 204 }));
          }
          event.waitUntil(logRequest(event.request).then(() => event.respondWith(new Response('late'))));
          event.respondWith(handleRequest(event.request));
        });
        async function handleRequest(request) {
          return new Response('hello');
        }
      `),
    ).toMatchInlineSnapshot(`
      "web * ? (line 1) [returns]
        L3 send implicit file: event.respondWith(new Response(null, { status: 204 }))
        L5 send implicit file: event.respondWith(new Response('late')) (deferred: always)
        L6 send implicit file: event.respondWith(handleRequest(event.request))
      web * ? (line 8) [returns]
        L9 send implicit data: new Response('hello')"
    `);
  });

  it('reads a fetch listener on a global the config declares (a service-worker environment)', () => {
    expect(
      inventory(code`
        /* global self */
        self.addEventListener('fetch', (event) => {
          event.respondWith(new Response('ok'));
        });
      `),
    ).toMatchInlineSnapshot(`
      "web * ? (line 2) [returns]
        L3 send implicit file: event.respondWith(new Response('ok'))"
    `);
  });
});
