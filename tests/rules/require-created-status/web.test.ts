import rule from '../../../src/rules/require-created-status.js';
import { code } from '../../support/code.js';
import { jsRuleTester, ruleTester, strict } from '../../support/rule-tester.js';

ruleTester.run('require-created-status (Web Response, TypeScript)', rule, {
  assertionOptions: strict,
  valid: [
    {
      name: 'a Bun POST route that answers 201',
      code: code`
        Bun.serve({
          routes: {
            '/api/users': {
              POST: async (req) => {
                const user = await db.insert(users).values(await req.json()).returning();
                return Response.json(user, { status: 201 });
              },
            },
          },
        });
      `,
    },
    {
      name: 'a hand-routed Workers POST that answers 201',
      code: code`
        export default {
          async fetch(request: Request, env: Env) {
            const url = new URL(request.url);
            if (request.method === 'POST' && url.pathname === '/api/users') {
              const user = await createUser(env.DB, await request.json());
              return Response.json(user, { status: 201 });
            }
            return new Response('Not Found', { status: 404 });
          },
        } satisfies ExportedHandler<Env>;
      `,
    },
    {
      name: 'a login route named by url.pathname creates a session, yet answers 200 by design',
      code: code`
        export default {
          async fetch(request: Request, env: Env) {
            const url = new URL(request.url);
            if (request.method === 'POST' && url.pathname === '/api/login') {
              const session = await env.DB.prepare('INSERT INTO sessions ...').run();
              await insertAuditEntry(env.DB, 'login');
              return Response.json({ token: session.meta.last_row_id });
            }
            return new Response('Not Found', { status: 404 });
          },
        };
      `,
    },
    {
      name: 'a create in one route does not make a later POST route a creator',
      code: code`
        export default {
          async fetch(request: Request, env: Env) {
            const url = new URL(request.url);
            if (request.method === 'POST' && url.pathname === '/api/users') {
              const user = await createUser(env.DB, await request.json());
              return Response.json(user, { status: 201 });
            }
            if (request.method === 'POST' && url.pathname === '/api/echo') {
              return Response.json(await request.json());
            }
            return new Response('Not Found', { status: 404 });
          },
        };
      `,
    },
    {
      name: 'a Deno.serve handler that never checks the method may answer any method, so it is silent',
      code: code`
        Deno.serve(async (req) => {
          const todo = await createTodo(await req.json());
          return Response.json(todo);
        });
      `,
    },
  ],
  invalid: [
    {
      name: 'a Bun POST route that inserts and answers the default 200',
      code: code`
        Bun.serve({
          routes: {
            '/api/users': {
              GET: async () => Response.json(await db.select().from(users)),
              POST: async (req) => {
                const [user] = await db.insert(users).values(await req.json()).returning();
                return Response.json(user);
              },
            },
          },
        });
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'db.insert' },
          line: 7,
          column: 16,
          endLine: 7,
          endColumn: 35,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              output: code`
                Bun.serve({
                  routes: {
                    '/api/users': {
                      GET: async () => Response.json(await db.select().from(users)),
                      POST: async (req) => {
                        const [user] = await db.insert(users).values(await req.json()).returning();
                        return Response.json(user, { status: 201 });
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
      name: 'a hand-routed Workers POST narrowed by request.method && url.pathname answers 200',
      code: code`
        export default {
          async fetch(request: Request, env: Env) {
            const url = new URL(request.url);
            if (request.method === 'POST' && url.pathname === '/api/users') {
              const user = await createUser(env.DB, await request.json());
              return Response.json(user);
            }
            return new Response('Not Found', { status: 404 });
          },
        } satisfies ExportedHandler<Env>;
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'createUser' },
          line: 6,
          column: 14,
          endLine: 6,
          endColumn: 33,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              output: code`
                export default {
                  async fetch(request: Request, env: Env) {
                    const url = new URL(request.url);
                    if (request.method === 'POST' && url.pathname === '/api/users') {
                      const user = await createUser(env.DB, await request.json());
                      return Response.json(user, { status: 201 });
                    }
                    return new Response('Not Found', { status: 404 });
                  },
                } satisfies ExportedHandler<Env>;
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a guard that rejects every method but POST narrows the rest of a Deno.serve handler to POST',
      code: code`
        Deno.serve(async (req) => {
          if (req.method !== 'POST') return new Response(null, { status: 405 });
          const todo = await createTodo(await req.json());
          return new Response(JSON.stringify(todo), { headers: { 'Content-Type': 'application/json' } });
        });
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'createTodo' },
          line: 4,
          column: 10,
          endLine: 4,
          endColumn: 97,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              output: code`
                Deno.serve(async (req) => {
                  if (req.method !== 'POST') return new Response(null, { status: 405 });
                  const todo = await createTodo(await req.json());
                  return new Response(JSON.stringify(todo), { status: 201, headers: { 'Content-Type': 'application/json' } });
                });
              `,
            },
          ],
        },
      ],
    },
  ],
});

jsRuleTester.run('require-created-status (Web Response, JavaScript)', rule, {
  assertionOptions: strict,
  valid: [
    {
      name: 'a helper reached from the GET case is not a POST handler',
      code: code`
        export default {
          async fetch(request, env) {
            switch (request.method) {
              case 'GET':
                return listPosts(request, env);
              default:
                return new Response(null, { status: 405 });
            }
          },
        };
        async function listPosts(request, env) {
          await env.DB.prepare('INSERT INTO views ...').run();
          await insertView(env.DB);
          return Response.json(await env.DB.prepare('SELECT * FROM posts').all());
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'a create answered through a same-file builder that takes the status',
      filename: 'src/worker.js',
      code: code`
        function json(data, status = 200) {
          const headers = { 'content-type': 'application/json' };
          return new Response(JSON.stringify(data), { status, headers });
        }
        export default {
          async fetch(request, env) {
            if (request.method !== 'POST') return json({ error: 'Method not allowed' }, 405);
            const body = await request.json();
            await env.DB.prepare('INSERT INTO notes (text) VALUES (?)').bind(body.text).run();
            return json({ saved: true });
          },
        };
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'env.DB.prepare' },
          line: 10,
          column: 12,
          endLine: 10,
          endColumn: 33,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              output: code`
                function json(data, status = 200) {
                  const headers = { 'content-type': 'application/json' };
                  return new Response(JSON.stringify(data), { status, headers });
                }
                export default {
                  async fetch(request, env) {
                    if (request.method !== 'POST') return json({ error: 'Method not allowed' }, 405);
                    const body = await request.json();
                    await env.DB.prepare('INSERT INTO notes (text) VALUES (?)').bind(body.text).run();
                    return json({ saved: true }, 201);
                  },
                };
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a create answered through a same-file builder that takes the status in its options',
      filename: 'src/worker.js',
      code: code`
        const json = (data, { status = 200, headers = {} } = {}) =>
          new Response(JSON.stringify(data), { status, headers: { 'content-type': 'application/json', ...headers } });
        export default {
          async fetch(request, env) {
            if (request.method !== 'POST') return json({ error: 'Method not allowed' }, { status: 405 });
            const body = await request.json();
            const note = await env.DB.prepare('INSERT INTO notes (text) VALUES (?) RETURNING *').bind(body.text).first();
            return json(note);
          },
        };
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'env.DB.prepare' },
          line: 8,
          column: 12,
          endLine: 8,
          endColumn: 22,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              output: code`
                const json = (data, { status = 200, headers = {} } = {}) =>
                  new Response(JSON.stringify(data), { status, headers: { 'content-type': 'application/json', ...headers } });
                export default {
                  async fetch(request, env) {
                    if (request.method !== 'POST') return json({ error: 'Method not allowed' }, { status: 405 });
                    const body = await request.json();
                    const note = await env.DB.prepare('INSERT INTO notes (text) VALUES (?) RETURNING *').bind(body.text).first();
                    return json(note, { status: 201 });
                  },
                };
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a create answered through builders that call a builder, with a status parameter or none',
      filename: 'src/worker.js',
      code: code`
        function json(data, status = 200) {
          return new Response(JSON.stringify(data), { status, headers: { 'content-type': 'application/json' } });
        }
        const ok = (data) => json(data);
        const reply = (data, status) => json(data, status);
        export default {
          async fetch(request, env) {
            const url = new URL(request.url);
            if (request.method !== 'POST') return json({ error: 'Method not allowed' }, 405);
            const body = await request.json();
            if (url.pathname === '/notes') {
              const note = await env.DB.prepare('INSERT INTO notes (text) VALUES (?) RETURNING *').bind(body.text).first();
              return ok(note);
            }
            const tag = await env.DB.prepare('INSERT INTO tags (name) VALUES (?) RETURNING *').bind(body.name).first();
            return reply(tag);
          },
        };
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'env.DB.prepare' },
          line: 13,
          column: 14,
          endLine: 13,
          endColumn: 22,
          suggestions: [],
        },
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'env.DB.prepare' },
          line: 16,
          column: 12,
          endLine: 16,
          endColumn: 22,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              output: code`
                function json(data, status = 200) {
                  return new Response(JSON.stringify(data), { status, headers: { 'content-type': 'application/json' } });
                }
                const ok = (data) => json(data);
                const reply = (data, status) => json(data, status);
                export default {
                  async fetch(request, env) {
                    const url = new URL(request.url);
                    if (request.method !== 'POST') return json({ error: 'Method not allowed' }, 405);
                    const body = await request.json();
                    if (url.pathname === '/notes') {
                      const note = await env.DB.prepare('INSERT INTO notes (text) VALUES (?) RETURNING *').bind(body.text).first();
                      return ok(note);
                    }
                    const tag = await env.DB.prepare('INSERT INTO tags (name) VALUES (?) RETURNING *').bind(body.name).first();
                    return reply(tag, 201);
                  },
                };
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a helper reached from the POST case of switch (request.method) is a POST handler',
      code: code`
        export default {
          async fetch(request, env) {
            switch (request.method) {
              case 'POST':
                return createPost(request, env);
              default:
                return new Response(null, { status: 405 });
            }
          },
        };
        async function createPost(request, env) {
          const post = await request.json();
          await env.DB.prepare('INSERT INTO posts (title) VALUES (?)').bind(post.title).run();
          await insertSearchEntry(env.DB, post);
          return new Response(JSON.stringify(post));
        }
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'env.DB.prepare' },
          line: 15,
          column: 10,
          endLine: 15,
          endColumn: 44,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              output: code`
                export default {
                  async fetch(request, env) {
                    switch (request.method) {
                      case 'POST':
                        return createPost(request, env);
                      default:
                        return new Response(null, { status: 405 });
                    }
                  },
                };
                async function createPost(request, env) {
                  const post = await request.json();
                  await env.DB.prepare('INSERT INTO posts (title) VALUES (?)').bind(post.title).run();
                  await insertSearchEntry(env.DB, post);
                  return new Response(JSON.stringify(post), { status: 201 });
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a Pages Function named onRequestPost is a POST handler',
      code: code`
        export async function onRequestPost({ request, env }) {
          const comment = await request.json();
          const saved = await env.DB.prepare('INSERT INTO comments ...').bind(comment.text).run();
          await addComment(env.KV, saved);
          return Response.json(saved);
        }
      `,
      filename: 'functions/api/comments.js',
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'env.DB.prepare' },
          line: 5,
          column: 10,
          endLine: 5,
          endColumn: 30,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              output: code`
                export async function onRequestPost({ request, env }) {
                  const comment = await request.json();
                  const saved = await env.DB.prepare('INSERT INTO comments ...').bind(comment.text).run();
                  await addComment(env.KV, saved);
                  return Response.json(saved, { status: 201 });
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a Pages Function that takes its request out of context checks request.method',
      code: code`
        export async function onRequest(context) {
          const { request, env } = context;
          if (request.method === 'POST') {
            const token = await createApiToken(env.KV, (await request.json()).name);
            return Response.json(token);
          }
          return new Response(null, { status: 405 });
        }
      `,
      filename: 'functions/api/keys.js',
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'createApiToken' },
          line: 5,
          column: 12,
          endLine: 5,
          endColumn: 32,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              output: code`
                export async function onRequest(context) {
                  const { request, env } = context;
                  if (request.method === 'POST') {
                    const token = await createApiToken(env.KV, (await request.json()).name);
                    return Response.json(token, { status: 201 });
                  }
                  return new Response(null, { status: 405 });
                }
              `,
            },
          ],
        },
      ],
    },
  ],
});
