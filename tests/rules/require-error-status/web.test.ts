import rule from '../../../src/rules/require-error-status.js';
import { code } from '../../support/code.js';
import { jsRuleTester, ruleTester, strict } from '../../support/rule-tester.js';

ruleTester.run('require-error-status (Web Response, TypeScript)', rule, {
  assertionOptions: strict,
  valid: [
    {
      name: 'a ResponseInit builder given an error status, or whose default init carries one',
      code: code`
        const send = (body: unknown, init?: ResponseInit) => new Response(JSON.stringify(body), init);
        function fail(message: string, init: ResponseInit = { status: 400 }) {
          return new Response(JSON.stringify({ error: message }), { ...init, headers: { 'content-type': 'application/json' } });
        }
        export default {
          async fetch(request: Request): Promise<Response> {
            const q = new URL(request.url).searchParams.get('q');
            if (!q) return fail('q is required');
            try {
              return send(await search(q));
            } catch (error) {
              return send({ error: (error as Error).message }, { status: 502 });
            }
          },
        };
      `,
    },
    {
      name: 'builders with destructured options: an error default, a status the call gives, a key renamed',
      code: code`
        function failure(message: string, { status = 500 } = {}) {
          return Response.json({ error: message }, { status });
        }
        const reply = (data: unknown, { status: httpStatus = 200 } = {}) => Response.json(data, { status: httpStatus });
        const send = (data: unknown, { code = 200 } = {}) => new Response(JSON.stringify(data), { status: code });
        export default {
          async fetch(request: Request): Promise<Response> {
            const url = new URL(request.url);
            if (!url.searchParams.get('p')) return reply({ error: 'p is required' }, { status: 400 });
            if (!url.searchParams.get('q')) return send({ error: 'q is required' }, { code: 400 });
            try {
              return reply(await search(url));
            } catch (error) {
              return failure((error as Error).message);
            }
          },
        };
      `,
    },
    {
      name: 'builders that call builders: an error status they pass on, and builders that call each other without end',
      code: code`
        function json(data: unknown, status = 200) {
          return new Response(JSON.stringify(data), { status });
        }
        const notFound = (message: string) => json({ error: message }, 404);
        const problem = (message: string, status = 500) => json({ error: message }, status);
        const loop = (message: string): Response => loop(message);
        function ping(value: string): Response { return pong(value); }
        function pong(value: string): Response { return ping(value); }
        export default {
          async fetch(request: Request, env: Env): Promise<Response> {
            const id = new URL(request.url).searchParams.get('id');
            if (!id) return loop('id is required');
            if (id === 'ping') return ping('id is required');
            try {
              const item = await env.DB.prepare('SELECT * FROM items WHERE id = ?').bind(id).first();
              if (!item) return notFound('Item not found');
              return json(item);
            } catch (cause) {
              return problem((cause as Error).message);
            }
          },
        };
      `,
    },
    {
      name: 'same-file builders whose call or default gives an error status',
      code: code`
        function fail(message: string, status = 400) {
          return Response.json({ error: message }, { status });
        }
        function json(data: unknown, status = 200) {
          return Response.json(data, { status });
        }
        export default {
          async fetch(request: Request): Promise<Response> {
            const query = new URL(request.url).searchParams.get('q');
            if (!query) return fail('q is required');
            try {
              return json(await search(query));
            } catch (error) {
              return json({ error: (error as Error).message }, 502);
            }
          },
        };
      `,
    },
    {
      name: 'a not-found guard that answers Response.json with status 404',
      code: code`
        export default {
          async fetch(request: Request, env: Env): Promise<Response> {
            const id = new URL(request.url).searchParams.get('id');
            const user = await env.DB.prepare('SELECT * FROM users WHERE id = ?').bind(id).first();
            if (!user) return Response.json({ error: 'User not found' }, { status: 404 });
            return Response.json(user);
          },
        } satisfies ExportedHandler<Env>;
      `,
    },
    {
      name: 'a catch that answers 500 with a stringified error body and headers',
      code: code`
        const corsHeaders = { 'Access-Control-Allow-Origin': '*' };
        Deno.serve(async (req) => {
          try {
            const { name } = await req.json();
            return new Response(JSON.stringify({ message: \`Hello \${name}\` }), { headers: corsHeaders });
          } catch (error) {
            return new Response(JSON.stringify({ error: error.message }), {
              status: 500,
              headers: { ...corsHeaders, 'Content-Type': 'application/json' },
            });
          }
        });
      `,
    },
    {
      name: 'an init object built elsewhere may carry the status, so it is silent',
      code: code`
        const init = { status: 400, headers: { 'Content-Type': 'application/json' } };
        Bun.serve({
          routes: {
            '/api/orders': {
              POST: async (req) => {
                const order = parseOrder(await req.json());
                if (!order.valid) return new Response(JSON.stringify({ error: order.reason }), init);
                return Response.json(order, { status: 201 });
              },
            },
          },
        });
      `,
    },
    {
      name: 'a Bun error handler that answers 500 is fine',
      code: code`
        Bun.serve({
          fetch(req) {
            return new Response('ok');
          },
          error(error) {
            return new Response(\`Internal Error: \${error.message}\`, { status: 500 });
          },
        });
      `,
    },
    {
      name: 'the scheduled sibling of a Workers fetch handler is not an HTTP handler',
      code: code`
        export default {
          async fetch(request: Request) {
            return new Response('ok');
          },
          async scheduled(controller: ScheduledController, env: Env) {
            try {
              await env.QUEUE.send({ at: controller.scheduledTime });
            } catch (error) {
              return new Response(JSON.stringify({ error: String(error) }));
            }
          },
        };
      `,
    },
    {
      name: 'a default-exported client that wraps network failures for its caller is not a handler',
      code: code`
        export default {
          async fetch(input: string, init?: RequestInit): Promise<Response> {
            try {
              return await fetch(input, init);
            } catch (error) {
              return new Response(JSON.stringify({ error: error.message }));
            }
          },
        };
      `,
    },
  ],
  invalid: [
    {
      name: 'a Bun health probe named /healthz answers a failed database ping with 200, which reads as healthy',
      code: code`
        Bun.serve({
          async fetch(req) {
            const url = new URL(req.url);
            if (url.pathname === '/healthz') {
              try {
                await fetch('http://db.internal/ping');
                return new Response('ok');
              } catch (err) {
                return new Response(\`db unreachable: \${(err as Error).message}\`);
              }
            }
            return new Response(null, { status: 404 });
          },
        });
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 500 },
          line: 9,
          column: 16,
          endLine: 9,
          endColumn: 73,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 500, phrase: 'Internal Server Error' },
              output: code`
                Bun.serve({
                  async fetch(req) {
                    const url = new URL(req.url);
                    if (url.pathname === '/healthz') {
                      try {
                        await fetch('http://db.internal/ping');
                        return new Response('ok');
                      } catch (err) {
                        return new Response(\`db unreachable: \${(err as Error).message}\`, { status: 500 });
                      }
                    }
                    return new Response(null, { status: 404 });
                  },
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a proxy Worker answers a failed fetch with the stack, or the error as text when there is none',
      code: code`
        export default {
          async fetch(request: Request): Promise<Response> {
            try {
              return await fetch('https://origin.example.com' + new URL(request.url).pathname);
            } catch (e) {
              return new Response((e as Error).stack ?? String(e));
            }
          },
        };
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 500 },
          line: 6,
          column: 14,
          endLine: 6,
          endColumn: 59,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 500, phrase: 'Internal Server Error' },
              output: code`
                export default {
                  async fetch(request: Request): Promise<Response> {
                    try {
                      return await fetch('https://origin.example.com' + new URL(request.url).pathname);
                    } catch (e) {
                      return new Response((e as Error).stack ?? String(e), { status: 500 });
                    }
                  },
                };
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a status line as the body of the fallback answer, outside any branch: the phrase names the status',
      code: code`
        export default {
          async fetch(request: Request): Promise<Response> {
            const { pathname } = new URL(request.url);
            if (pathname === '/health') return Response.json({ ok: true });
            if (request.method !== 'GET') return new Response('405 Method Not Allowed');
            return new Response('Not Found');
          },
        };
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 405 },
          line: 5,
          column: 42,
          endLine: 5,
          endColumn: 80,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 405, phrase: 'Method Not Allowed' },
              output: code`
                export default {
                  async fetch(request: Request): Promise<Response> {
                    const { pathname } = new URL(request.url);
                    if (pathname === '/health') return Response.json({ ok: true });
                    if (request.method !== 'GET') return new Response('405 Method Not Allowed', { status: 405 });
                    return new Response('Not Found');
                  },
                };
              `,
            },
          ],
        },
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 404 },
          line: 6,
          column: 12,
          endLine: 6,
          endColumn: 37,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 404, phrase: 'Not Found' },
              output: code`
                export default {
                  async fetch(request: Request): Promise<Response> {
                    const { pathname } = new URL(request.url);
                    if (pathname === '/health') return Response.json({ ok: true });
                    if (request.method !== 'GET') return new Response('405 Method Not Allowed');
                    return new Response('Not Found', { status: 404 });
                  },
                };
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a builder without parameters, whose own error body goes out with 200',
      code: code`
        const unauthorized = () => Response.json({ error: 'Unauthorized' });
        const notFound = () => new Response('Not found', { status: 404 });
        export default {
          async fetch(request: Request, env: Env): Promise<Response> {
            const token = request.headers.get('authorization');
            if (!token) return unauthorized();
            const item = await env.KV.get(new URL(request.url).pathname);
            if (item === null) return notFound();
            return new Response(item);
          },
        };
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 401 },
          line: 6,
          column: 24,
          endLine: 6,
          endColumn: 38,
          suggestions: [],
        },
      ],
    },
    {
      name: 'builders that call a builder, with a success status passed on or left to its default; the words the call passes choose the suggestion',
      code: code`
        function json(data: unknown, status = 200) {
          return new Response(JSON.stringify(data), { status, headers: { 'content-type': 'application/json' } });
        }
        const fail = (message: string) => json({ error: message });
        const error = (message: string, status = 400) => json({ error: message }, status);
        export default {
          async fetch(request: Request, env: Env): Promise<Response> {
            const id = new URL(request.url).searchParams.get('id');
            if (!id) return error('id is required', 200);
            const item = await env.DB.prepare('SELECT * FROM items WHERE id = ?').bind(id).first();
            if (!item) return fail('Item not found');
            return json(item);
          },
        };
      `,
      errors: [
        {
          messageId: 'errorWithSuccessStatus',
          data: { code: 200, suggested: 400 },
          line: 9,
          column: 21,
          endLine: 9,
          endColumn: 49,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 400, phrase: 'Bad Request' },
              output: code`
                function json(data: unknown, status = 200) {
                  return new Response(JSON.stringify(data), { status, headers: { 'content-type': 'application/json' } });
                }
                const fail = (message: string) => json({ error: message });
                const error = (message: string, status = 400) => json({ error: message }, status);
                export default {
                  async fetch(request: Request, env: Env): Promise<Response> {
                    const id = new URL(request.url).searchParams.get('id');
                    if (!id) return error('id is required', 400);
                    const item = await env.DB.prepare('SELECT * FROM items WHERE id = ?').bind(id).first();
                    if (!item) return fail('Item not found');
                    return json(item);
                  },
                };
              `,
            },
          ],
        },
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 404 },
          line: 11,
          column: 23,
          endLine: 11,
          endColumn: 45,
          suggestions: [],
        },
      ],
    },
    {
      name: 'a builder of no status given words in a template: the words choose the suggested status',
      code: code`
        const fail = (message: string) => Response.json({ error: message });
        export default {
          async fetch(request: Request): Promise<Response> {
            const record = await readRecord(request);
            if (!record) return fail(\`Invalid token for \${new URL(request.url).pathname}\`);
            return Response.json(record);
          },
        };
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 401 },
          line: 5,
          column: 25,
          endLine: 5,
          endColumn: 83,
          suggestions: [],
        },
      ],
    },
    {
      name: 'a builder with destructured options, called without a status or with options that name none',
      code: code`
        const json = (data: unknown, { status = 200, headers = {} }: { status?: number; headers?: Record<string, string> } = {}) =>
          new Response(JSON.stringify(data), { status, headers: { 'content-type': 'application/json', ...headers } });
        export default {
          async fetch(request: Request, env: Env): Promise<Response> {
            const id = new URL(request.url).searchParams.get('id');
            const item = await env.DB.prepare('SELECT * FROM items WHERE id = ?').bind(id).first();
            if (!item) return json({ error: 'Item not found' });
            if (item.hidden) return json({ error: 'Item not found' }, { headers: { 'cache-control': 'no-store' } });
            return json(item);
          },
        };
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 404 },
          line: 7,
          column: 23,
          endLine: 7,
          endColumn: 56,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 404, phrase: 'Not Found' },
              output: code`
                const json = (data: unknown, { status = 200, headers = {} }: { status?: number; headers?: Record<string, string> } = {}) =>
                  new Response(JSON.stringify(data), { status, headers: { 'content-type': 'application/json', ...headers } });
                export default {
                  async fetch(request: Request, env: Env): Promise<Response> {
                    const id = new URL(request.url).searchParams.get('id');
                    const item = await env.DB.prepare('SELECT * FROM items WHERE id = ?').bind(id).first();
                    if (!item) return json({ error: 'Item not found' }, { status: 404 });
                    if (item.hidden) return json({ error: 'Item not found' }, { headers: { 'cache-control': 'no-store' } });
                    return json(item);
                  },
                };
              `,
            },
          ],
        },
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 404 },
          line: 8,
          column: 29,
          endLine: 8,
          endColumn: 108,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 404, phrase: 'Not Found' },
              output: code`
                const json = (data: unknown, { status = 200, headers = {} }: { status?: number; headers?: Record<string, string> } = {}) =>
                  new Response(JSON.stringify(data), { status, headers: { 'content-type': 'application/json', ...headers } });
                export default {
                  async fetch(request: Request, env: Env): Promise<Response> {
                    const id = new URL(request.url).searchParams.get('id');
                    const item = await env.DB.prepare('SELECT * FROM items WHERE id = ?').bind(id).first();
                    if (!item) return json({ error: 'Item not found' });
                    if (item.hidden) return json({ error: 'Item not found' }, { status: 404, headers: { 'cache-control': 'no-store' } });
                    return json(item);
                  },
                };
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a builder that takes a ResponseInit answers with the status of the init it is given',
      filename: 'src/worker.ts',
      code: code`
        function json(data: unknown, init: ResponseInit = {}) {
          return new Response(JSON.stringify(data), { ...init, headers: { 'content-type': 'application/json' } });
        }
        export default {
          async fetch(request: Request, env: Env): Promise<Response> {
            const id = new URL(request.url).searchParams.get('id');
            const note = await env.DB.prepare('SELECT * FROM notes WHERE id = ?').bind(id).first();
            if (!note) return json({ error: 'Note not found' });
            return json(note);
          },
        };
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 404 },
          line: 8,
          column: 23,
          endLine: 8,
          endColumn: 56,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 404, phrase: 'Not Found' },
              output: code`
                function json(data: unknown, init: ResponseInit = {}) {
                  return new Response(JSON.stringify(data), { ...init, headers: { 'content-type': 'application/json' } });
                }
                export default {
                  async fetch(request: Request, env: Env): Promise<Response> {
                    const id = new URL(request.url).searchParams.get('id');
                    const note = await env.DB.prepare('SELECT * FROM notes WHERE id = ?').bind(id).first();
                    if (!note) return json({ error: 'Note not found' }, { status: 404 });
                    return json(note);
                  },
                };
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a not-found guard that answers with Response.json and no status goes out as 200',
      code: code`
        export default {
          async fetch(request: Request, env: Env): Promise<Response> {
            const id = new URL(request.url).searchParams.get('id');
            const user = await env.DB.prepare('SELECT * FROM users WHERE id = ?').bind(id).first();
            if (!user) return Response.json({ error: 'User not found' });
            return Response.json(user);
          },
        } satisfies ExportedHandler<Env>;
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 404, code: 200 },
          line: 5,
          column: 23,
          endLine: 5,
          endColumn: 65,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 404, phrase: 'Not Found' },
              output: code`
                export default {
                  async fetch(request: Request, env: Env): Promise<Response> {
                    const id = new URL(request.url).searchParams.get('id');
                    const user = await env.DB.prepare('SELECT * FROM users WHERE id = ?').bind(id).first();
                    if (!user) return Response.json({ error: 'User not found' }, { status: 404 });
                    return Response.json(user);
                  },
                } satisfies ExportedHandler<Env>;
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a catch that answers a stringified error with headers but no status goes out as 200',
      code: code`
        const corsHeaders = { 'Access-Control-Allow-Origin': '*' };
        Deno.serve(async (req) => {
          try {
            const { name } = await req.json();
            return new Response(JSON.stringify({ message: \`Hello \${name}\` }), { headers: corsHeaders });
          } catch (error) {
            return new Response(JSON.stringify({ error: error.message }), {
              headers: { ...corsHeaders, 'Content-Type': 'application/json' },
            });
          }
        });
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 500, code: 200 },
          line: 7,
          column: 12,
          endLine: 9,
          endColumn: 7,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 500, phrase: 'Internal Server Error' },
              output: code`
                const corsHeaders = { 'Access-Control-Allow-Origin': '*' };
                Deno.serve(async (req) => {
                  try {
                    const { name } = await req.json();
                    return new Response(JSON.stringify({ message: \`Hello \${name}\` }), { headers: corsHeaders });
                  } catch (error) {
                    return new Response(JSON.stringify({ error: error.message }), {
                      status: 500, headers: { ...corsHeaders, 'Content-Type': 'application/json' },
                    });
                  }
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a Bun error handler whose Response has no status answers 200',
      code: code`
        Bun.serve({
          fetch(req) {
            return new Response('ok');
          },
          error(error) {
            return new Response(\`Something went wrong: \${error.message}\`);
          },
        });
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 500, code: 200 },
          line: 6,
          column: 12,
          endLine: 6,
          endColumn: 66,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 500, phrase: 'Internal Server Error' },
              output: code`
                Bun.serve({
                  fetch(req) {
                    return new Response('ok');
                  },
                  error(error) {
                    return new Response(\`Something went wrong: \${error.message}\`, { status: 500 });
                  },
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'an auth failure sent with an explicit 200 is a success status on an error',
      code: code`
        Bun.serve({
          routes: {
            '/api/me': async (req) => {
              const session = await getSession(req.headers.get('cookie'));
              if (!session) return Response.json({ error: 'Not logged in' }, { status: 200 });
              return Response.json(session.user);
            },
          },
        });
      `,
      errors: [
        {
          messageId: 'errorWithSuccessStatus',
          data: { suggested: 401, code: 200 },
          line: 5,
          column: 28,
          endLine: 5,
          endColumn: 86,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 401, phrase: 'Unauthorized' },
              output: code`
                Bun.serve({
                  routes: {
                    '/api/me': async (req) => {
                      const session = await getSession(req.headers.get('cookie'));
                      if (!session) return Response.json({ error: 'Not logged in' }, { status: 401 });
                      return Response.json(session.user);
                    },
                  },
                });
              `,
            },
          ],
        },
      ],
    },
  ],
});

jsRuleTester.run('require-error-status (Web Response, JavaScript)', rule, {
  assertionOptions: strict,
  valid: [
    {
      name: 'a page builder whose text depends on what it is given says nothing of one call',
      code: code`
        const popupPage = ({ token, error }) => {
          const state = error ? 'error' : 'success';
          return new Response(
            \`<script>/* An error is passed on to the opener too. */
            window.opener.postMessage('authorization:\${state}:\${JSON.stringify(error ? { error } : { token })}', '*')</script>\`,
            { headers: { 'content-type': 'text/html' } },
          );
        };
        export default {
          async fetch(request) {
            const code = new URL(request.url).searchParams.get('code');
            if (!code) return popupPage({ error: 'Missing authorization code' });
            return popupPage({ token: await exchange(code) });
          },
        };
      `,
    },
    {
      name: 'a Workers helper that answers a validation failure with 400',
      code: code`
        export default {
          async fetch(request, env) {
            return handleSignup(request, env);
          },
        };
        async function handleSignup(request, env) {
          const body = await request.json();
          if (!body.email) return new Response('Email is required', { status: 400 });
          return new Response('ok');
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'a builder whose own body is an error object answers an error at every call',
      filename: 'src/worker.js',
      code: code`
        const errorResponse = (message) => Response.json({ error: message });
        export default {
          async fetch(request, env) {
            const key = new URL(request.url).pathname.slice(1);
            const value = await env.KV.get(key);
            if (value === null) return errorResponse('Key not found');
            return new Response(value);
          },
        };
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 404 },
          line: 6,
          column: 32,
          endLine: 6,
          endColumn: 62,
          suggestions: [
          ],
        },
      ],
    },
    {
      name: 'a builder that sets a header before it returns is still read',
      filename: 'src/index.js',
      code: code`
        function makeRes(body, status = 200, headers = {}) {
          headers['access-control-allow-origin'] = '*';
          return new Response(body, { status, headers });
        }
        addEventListener('fetch', (event) => {
          event.respondWith(handle(event.request));
        });
        async function handle(request) {
          const url = new URL(request.url);
          if (!url.pathname.startsWith('/gh/')) return makeRes('Not found');
          return fetch('https://github.com' + url.pathname.slice(3));
        }
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 404 },
          line: 10,
          column: 48,
          endLine: 10,
          endColumn: 68,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 404, phrase: 'Not Found' },
              output: code`
                function makeRes(body, status = 200, headers = {}) {
                  headers['access-control-allow-origin'] = '*';
                  return new Response(body, { status, headers });
                }
                addEventListener('fetch', (event) => {
                  event.respondWith(handle(event.request));
                });
                async function handle(request) {
                  const url = new URL(request.url);
                  if (!url.pathname.startsWith('/gh/')) return makeRes('Not found', 404);
                  return fetch('https://github.com' + url.pathname.slice(3));
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'an error text built with + from the caught error, or its stack, in a catch',
      filename: 'src/worker.js',
      code: code`
        export default {
          async fetch(request, env) {
            const name = new URL(request.url).searchParams.get('name');
            try {
              const object = await env.BUCKET.get(name);
              return new Response(object.body);
            } catch (err) {
              if (err.code === 'ENOENT') return new Response('storage error: ' + err.message);
              return new Response(err.stack);
            }
          },
        };
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 500 },
          line: 8,
          column: 41,
          endLine: 8,
          endColumn: 86,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 500, phrase: 'Internal Server Error' },
              output: code`
                export default {
                  async fetch(request, env) {
                    const name = new URL(request.url).searchParams.get('name');
                    try {
                      const object = await env.BUCKET.get(name);
                      return new Response(object.body);
                    } catch (err) {
                      if (err.code === 'ENOENT') return new Response('storage error: ' + err.message, { status: 500 });
                      return new Response(err.stack);
                    }
                  },
                };
              `,
            },
          ],
        },
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 500 },
          line: 9,
          column: 14,
          endLine: 9,
          endColumn: 37,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 500, phrase: 'Internal Server Error' },
              output: code`
                export default {
                  async fetch(request, env) {
                    const name = new URL(request.url).searchParams.get('name');
                    try {
                      const object = await env.BUCKET.get(name);
                      return new Response(object.body);
                    } catch (err) {
                      if (err.code === 'ENOENT') return new Response('storage error: ' + err.message);
                      return new Response(err.stack, { status: 500 });
                    }
                  },
                };
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a same-file builder answers with the status its call gives, or its default',
      filename: 'src/worker.js',
      code: code`
        function json(data, status = 200) {
          return new Response(JSON.stringify(data), { status, headers: { 'content-type': 'application/json' } });
        }
        const plain = (value) => new Response(JSON.stringify(value), { headers: { 'content-type': 'application/json' } });
        export default {
          async fetch(request, env) {
            const id = new URL(request.url).searchParams.get('id');
            try {
              const item = await env.DB.prepare('SELECT * FROM items WHERE id = ?').bind(id).first();
              if (!item) return json({ error: 'Item not found' });
              return json(item);
            } catch (error) {
              return plain({ error: error.message });
            }
          },
        };
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 404 },
          line: 10,
          column: 25,
          endLine: 10,
          endColumn: 58,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 404, phrase: 'Not Found' },
              output: code`
                function json(data, status = 200) {
                  return new Response(JSON.stringify(data), { status, headers: { 'content-type': 'application/json' } });
                }
                const plain = (value) => new Response(JSON.stringify(value), { headers: { 'content-type': 'application/json' } });
                export default {
                  async fetch(request, env) {
                    const id = new URL(request.url).searchParams.get('id');
                    try {
                      const item = await env.DB.prepare('SELECT * FROM items WHERE id = ?').bind(id).first();
                      if (!item) return json({ error: 'Item not found' }, 404);
                      return json(item);
                    } catch (error) {
                      return plain({ error: error.message });
                    }
                  },
                };
              `,
            },
          ],
        },
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 500 },
          line: 13,
          column: 14,
          endLine: 13,
          endColumn: 45,
          suggestions: [
          ],
        },
      ],
    },
    {
      name: 'a Workers helper that answers a validation failure without a status',
      code: code`
        export default {
          async fetch(request, env) {
            return handleSignup(request, env);
          },
        };
        async function handleSignup(request, env) {
          const body = await request.json();
          if (!body.email) return new Response('Email is required');
          return new Response('ok');
        }
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 400, code: 200 },
          line: 8,
          column: 27,
          endLine: 8,
          endColumn: 60,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 400, phrase: 'Bad Request' },
              output: code`
                export default {
                  async fetch(request, env) {
                    return handleSignup(request, env);
                  },
                };
                async function handleSignup(request, env) {
                  const body = await request.json();
                  if (!body.email) return new Response('Email is required', { status: 400 });
                  return new Response('ok');
                }
              `,
            },
          ],
        },
      ],
    },
  ],
});
