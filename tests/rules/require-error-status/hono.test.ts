import rule from '../../../src/rules/require-error-status.js';
import { code } from '../../support/code.js';
import { jsRuleTester, ruleTester, strict } from '../../support/rule-tester.js';

ruleTester.run('require-error-status (Hono, TypeScript)', rule, {
  assertionOptions: strict,
  valid: [
    {
      name: 'the code after an if that leaves with an error status is the success path',
      code: code`
        import { Hono } from 'hono';
        const app = new Hono();
        app.post('/invites', async (c) => {
          const { email } = await c.req.json();
          const member = await db.member.findFirst({ where: { email } });
          if (member) {
            return c.json({ message: 'Already a member' }, 409);
          }
          await sendInvite(email);
          return c.json({ message: messages.inviteSent });
        });
      `,
    },
    {
      name: 'a text built with + that names no failure, in a branch, is data',
      code: code`
        import { Hono } from 'hono';
        const app = new Hono();
        app.get('/cart/summary', async (c) => {
          const items = await cart.items(c.get('userId'));
          if (items.length === 0) return c.text('Your cart is empty, ' + c.get('userName'));
          return c.text(items.length + ' items, total ' + total(items));
        });
      `,
    },
    {
      name: 'a Slack events receiver acknowledges what it cannot handle, so Slack does not retry',
      filename: 'src/slack/events.ts',
      code: code`
        import type { Context } from 'hono';
        export async function handleSlackEvents(c: Context) {
          try {
            return c.json(await dispatchSlackEvent(c.get('slackPayload')));
          } catch (error) {
            return c.json({ error: 'Unauthorized' }, 200);
          }
        }
      `,
    },
    {
      name: 'a lookup that answers { found: false, message } with 200 written out',
      code: code`
        import { Hono } from 'hono';
        const admin = new Hono();
        admin.get('/customers/lookup', async (c) => {
          const customer = await billing.customers.find(c.req.query('email'));
          if (!customer) return c.json({ found: false, message: 'Customer not found' }, 200);
          return c.json({ found: true, customer }, 200);
        });
      `,
    },
    {
      name: 'middleware in a webhookMiddlewares folder acknowledges skipped events with 200',
      filename: 'src/billing/webhookMiddlewares/resolveOrg.ts',
      code: code`
        import type { Context, Next } from 'hono';
        export async function resolveOrg(c: Context, next: Next) {
          const org = await findOrg(c.req.param('orgId'));
          if (!org) return c.json({ message: 'Organization not found, event skipped' }, 200);
          c.set('org', org);
          await next();
        }
      `,
    },
    {
      name: 'a partial that answers success with a fragment answers its error as a fragment too: htmx shows only 2xx answers',
      code: code`
        import { Hono } from 'hono';
        import { html } from 'hono/html';
        const media = new Hono();
        media.get('/', (c) => c.html(html\`<div id="details" hx-get="/media/1/details" hx-trigger="load"></div>\`));
        media.get('/:id/details', async (c) => {
          const file = await findFile(c.req.param('id'));
          if (!file) return c.html(html\`<div class="text-red-700">File not found</div>\`);
          return c.html(html\`<dl><dt>Name</dt><dd>\${file.name}</dd></dl>\`);
        });
      `,
    },
    {
      name: 'an error fragment for htmx, which swaps only 2xx answers, goes out as 200 on purpose',
      code: code`
        import { Hono } from 'hono';
        const partials = new Hono();
        partials.post('/themes', async (c) => {
          const isHtmx = c.req.header('HX-Request') === 'true';
          try {
            await saveTheme(await c.req.formData());
            return c.redirect('/admin/themes');
          } catch (error) {
            if (isHtmx) return c.html('<div class="alert-error">Error saving theme</div>');
            return c.html('<p>Error saving theme</p>', 500);
          }
        });
      `,
    },
    {
      name: 'an "already exists" answer from the arm that updates the record answers the update',
      code: code`
        import { Hono } from 'hono';
        const app = new Hono<{ Bindings: { DB: D1Database } }>();
        app.post('/newsletter/subscribers', async (c) => {
          const { email, topics } = await c.req.json();
          const existing = await c.env.DB.prepare('SELECT id FROM subscribers WHERE email = ?').bind(email).first();
          if (existing) {
            await c.env.DB.prepare('UPDATE subscribers SET topics = ? WHERE id = ?').bind(JSON.stringify(topics), existing.id).run();
            return c.json({ message: 'This subscriber already exists; the topics were updated.' });
          }
          await c.env.DB.prepare('INSERT INTO subscribers (email, topics) VALUES (?, ?)').bind(email, JSON.stringify(topics)).run();
          return c.json({ message: 'Subscribed' }, 201);
        });
      `,
    },
    {
      name: 'a JSON-RPC error envelope rides on 200 by that protocol',
      code: code`
        import { Hono } from 'hono';
        const mcp = new Hono();
        mcp.post('/', async (c) => {
          try {
            return c.json(await handleRpc(await c.req.json()));
          } catch (error) {
            return c.json({ jsonrpc: '2.0', id: null, error: { code: -32603, message: String(error) } }, 200);
          }
        });
      `,
    },
    {
      name: 'c.json with an error body and 400 answers 400',
      code: code`
        import { Hono } from 'hono';
        const app = new Hono();
        app.post('/posts', async (c) => {
          const body = await c.req.json();
          if (!body.title) return c.json({ error: 'title is required' }, 400);
          return c.json(await db.post.create({ data: body }), 201);
        });
      `,
    },
    {
      name: 'a handler that answers 404 in one branch and the record in the other',
      code: code`
        import { Hono } from 'hono';
        const app = new Hono();
        app.get('/users/:id', async (c) => {
          const user = await db.user.findUnique({ where: { id: c.req.param('id') } });
          if (!user) {
            return c.json({ error: 'User not found' }, 404);
          } else {
            return c.json(user);
          }
        });
      `,
    },
    {
      name: 'c.status(404) before c.json sets the status the helper uses',
      code: code`
        import { Hono } from 'hono';
        const app = new Hono();
        app.get('/users/:id', async (c) => {
          const user = await db.user.findUnique({ where: { id: c.req.param('id') } });
          if (!user) {
            c.status(404);
            return c.json({ error: 'User not found' });
          }
          return c.json(user);
        });
      `,
    },
    {
      name: 'an init object with an error status answers that status',
      code: code`
        import { Hono } from 'hono';
        const app = new Hono();
        app.get('/reports/:id', async (c) => {
          try {
            return c.json(await loadReport(c.req.param('id')));
          } catch (error) {
            return c.json({ error: 'Report failed' }, { status: 500, headers: { 'Retry-After': '30' } });
          }
        });
      `,
    },
    {
      name: 'a helper that builds the error response with a status, returned by the handler',
      code: code`
        import { Hono } from 'hono';
        const app = new Hono();
        app.get('/search', (c) => {
          const fail = (message: string) => c.json({ error: message }, 400);
          const q = c.req.query('q');
          if (!q) return fail('q is required');
          return c.json(search(q));
        });
      `,
    },
    {
      name: 'throwing an HTTPException lets Hono answer with its status',
      code: code`
        import { Hono } from 'hono';
        import { HTTPException } from 'hono/http-exception';
        const app = new Hono();
        app.get('/admin', (c) => {
          if (!c.get('user')) throw new HTTPException(401, { message: 'Unauthorized' });
          return c.json({ ok: true });
        });
      `,
    },
    {
      name: 'an error handler that answers with the status of the error',
      code: code`
        import { Hono } from 'hono';
        import { HTTPException } from 'hono/http-exception';
        const app = new Hono();
        app.onError((err, c) => {
          if (err instanceof HTTPException) return err.getResponse();
          return c.json({ error: 'Internal Server Error' }, 500);
        });
      `,
    },
    {
      name: 'a c.json that is not returned sends nothing, so its missing status is not what the client sees',
      code: code`
        import { Hono } from 'hono';
        const app = new Hono();
        app.get('/users/:id', async (c) => {
          const user = await db.user.findUnique({ where: { id: c.req.param('id') } });
          if (!user) {
            c.json({ error: 'User not found' });
          }
          return c.json(user ?? {}, user ? 200 : 404);
        });
      `,
    },
  ],
  invalid: [
    {
      name: 'an allowlist refusal built with + rather than a template, answered with 200',
      code: code`
        import { Hono } from 'hono';
        const app = new Hono();
        app.use('/admin/*', async (c, next) => {
          const ip = c.req.header('cf-connecting-ip') ?? '';
          if (!allowedIps.includes(ip)) {
            return c.text('Forbidden: ' + ip + ' is not allowed');
          }
          await next();
        });
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 403 },
          line: 6,
          column: 12,
          endLine: 6,
          endColumn: 58,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 403, phrase: 'Forbidden' },
              output: code`
                import { Hono } from 'hono';
                const app = new Hono();
                app.use('/admin/*', async (c, next) => {
                  const ip = c.req.header('cf-connecting-ip') ?? '';
                  if (!allowedIps.includes(ip)) {
                    return c.text('Forbidden: ' + ip + ' is not allowed', 403);
                  }
                  await next();
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'the TypeScript idiom err instanceof Error ? err.message : String(err), sent as text from a catch',
      code: code`
        import { Hono } from 'hono';
        const app = new Hono();
        app.get('/report', async (c) => {
          try {
            return c.json(await buildReport());
          } catch (err) {
            return c.text(err instanceof Error ? err.message : String(err));
          }
        });
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 500 },
          line: 7,
          column: 12,
          endLine: 7,
          endColumn: 68,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 500, phrase: 'Internal Server Error' },
              output: code`
                import { Hono } from 'hono';
                const app = new Hono();
                app.get('/report', async (c) => {
                  try {
                    return c.json(await buildReport());
                  } catch (err) {
                    return c.text(err instanceof Error ? err.message : String(err), 500);
                  }
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a notFound handler that answers its status line as text with the default 200',
      code: code`
        import { Hono } from 'hono';
        const app = new Hono();
        app.notFound((c) => c.text('404 Not Found'));
        export default app;
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 404 },
          line: 3,
          column: 21,
          endLine: 3,
          endColumn: 44,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 404, phrase: 'Not Found' },
              output: code`
                import { Hono } from 'hono';
                const app = new Hono();
                app.notFound((c) => c.text('404 Not Found', 404));
                export default app;
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'an error page written with the html tagged template goes out as 200 OK',
      code: code`
        import { Hono } from 'hono';
        import { html } from 'hono/html';
        const pages = new Hono();
        pages.get('/posts/:id', async (c) => {
          try {
            return c.html(html\`<article>\${await renderPost(c.req.param('id'))}</article>\`);
          } catch (err) {
            return c.html(html\`<html><body><h1>Error</h1><p>Failed to load the post</p></body></html>\`);
          }
        });
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { code: 200, suggested: 500 },
          line: 8,
          column: 12,
          endLine: 8,
          endColumn: 96,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 500, phrase: 'Internal Server Error' },
              output: code`
                import { Hono } from 'hono';
                import { html } from 'hono/html';
                const pages = new Hono();
                pages.get('/posts/:id', async (c) => {
                  try {
                    return c.html(html\`<article>\${await renderPost(c.req.param('id'))}</article>\`);
                  } catch (err) {
                    return c.html(html\`<html><body><h1>Error</h1><p>Failed to load the post</p></body></html>\`, 500);
                  }
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: "a handler typed with the project's AppContext alias answers its not-found guard with 200",
      code: code`
        import type { AppContext } from './types';
        export async function getNote(c: AppContext) {
          const note = await c.env.DB.prepare('SELECT * FROM notes WHERE id = ?').bind(c.req.param('id')).first();
          if (!note) return c.json({ error: 'Note not found' });
          return c.json(note);
        }
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { code: 200, suggested: 404 },
          line: 4,
          column: 21,
          endLine: 4,
          endColumn: 56,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 404, phrase: 'Not Found' },
              output: code`
                import type { AppContext } from './types';
                export async function getNote(c: AppContext) {
                  const note = await c.env.DB.prepare('SELECT * FROM notes WHERE id = ?').bind(c.req.param('id')).first();
                  if (!note) return c.json({ error: 'Note not found' }, 404);
                  return c.json(note);
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a not-found guard that returns an error body without a status answers 200',
      code: code`
        import { Hono } from 'hono';
        const app = new Hono();
        app.get('/users/:id', async (c) => {
          const user = await db.user.findUnique({ where: { id: c.req.param('id') } });
          if (!user) return c.json({ error: 'User not found' });
          return c.json(user);
        });
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 404 },
          line: 5,
          column: 21,
          endLine: 5,
          endColumn: 56,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 404, phrase: 'Not Found' },
              output: code`
                import { Hono } from 'hono';
                const app = new Hono();
                app.get('/users/:id', async (c) => {
                  const user = await db.user.findUnique({ where: { id: c.req.param('id') } });
                  if (!user) return c.json({ error: 'User not found' }, 404);
                  return c.json(user);
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a catch block that returns the error message without a status answers 200',
      code: code`
        import { Hono } from 'hono';
        const app = new Hono();
        app.get('/reports/:id', async (c) => {
          try {
            return c.json(await loadReport(c.req.param('id')));
          } catch (err) {
            return c.text(err.message);
          }
        });
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 500 },
          line: 7,
          column: 12,
          endLine: 7,
          endColumn: 31,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 500, phrase: 'Internal Server Error' },
              output: code`
                import { Hono } from 'hono';
                const app = new Hono();
                app.get('/reports/:id', async (c) => {
                  try {
                    return c.json(await loadReport(c.req.param('id')));
                  } catch (err) {
                    return c.text(err.message, 500);
                  }
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'an error body sent with an explicit 200 is reported, and the suggestion replaces the 200',
      code: code`
        import { Hono } from 'hono';
        const app = new Hono();
        app.post('/login', async (c) => {
          const { email, password } = await c.req.json();
          const token = await signIn(email, password);
          if (!token) return c.json({ success: false, message: 'Invalid credentials' }, 200);
          return c.json({ token });
        });
      `,
      errors: [
        {
          messageId: 'errorWithSuccessStatus',
          data: { code: 200, suggested: 401 },
          line: 6,
          column: 22,
          endLine: 6,
          endColumn: 85,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 401, phrase: 'Unauthorized' },
              output: code`
                import { Hono } from 'hono';
                const app = new Hono();
                app.post('/login', async (c) => {
                  const { email, password } = await c.req.json();
                  const token = await signIn(email, password);
                  if (!token) return c.json({ success: false, message: 'Invalid credentials' }, 401);
                  return c.json({ token });
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'an init object without a status answers 200; the suggestion adds the status to it',
      code: code`
        import { Hono } from 'hono';
        const app = new Hono();
        app.get('/items', (c) => {
          const result = schema.safeParse(c.req.query());
          if (!result.success) return c.json({ error: result.error.message }, { headers: { 'Cache-Control': 'no-store' } });
          return c.json(result.data);
        });
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 400 },
          line: 5,
          column: 31,
          endLine: 5,
          endColumn: 116,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 400, phrase: 'Bad Request' },
              output: code`
                import { Hono } from 'hono';
                const app = new Hono();
                app.get('/items', (c) => {
                  const result = schema.safeParse(c.req.query());
                  if (!result.success) return c.json({ error: result.error.message }, { status: 400, headers: { 'Cache-Control': 'no-store' } });
                  return c.json(result.data);
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'an error handler that answers without a status sends the error as 200 OK',
      code: code`
        import { Hono } from 'hono';
        const app = new Hono();
        app.onError((err, c) => {
          console.error(err);
          return c.json({ message: err.message });
        });
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 500 },
          line: 5,
          column: 10,
          endLine: 5,
          endColumn: 42,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 500, phrase: 'Internal Server Error' },
              output: code`
                import { Hono } from 'hono';
                const app = new Hono();
                app.onError((err, c) => {
                  console.error(err);
                  return c.json({ message: err.message }, 500);
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'c.status(200) before an error body is reported, and the suggestion changes the write',
      code: code`
        import { Hono } from 'hono';
        const app = new Hono();
        app.get('/users/:id', async (c) => {
          const user = await db.user.findUnique({ where: { id: c.req.param('id') } });
          if (!user) {
            c.status(200);
            return c.json({ error: 'User not found' });
          }
          return c.json(user);
        });
      `,
      errors: [
        {
          messageId: 'errorWithSuccessStatus',
          data: { code: 200, suggested: 404 },
          line: 7,
          column: 12,
          endLine: 7,
          endColumn: 47,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 404, phrase: 'Not Found' },
              output: code`
                import { Hono } from 'hono';
                const app = new Hono();
                app.get('/users/:id', async (c) => {
                  const user = await db.user.findUnique({ where: { id: c.req.param('id') } });
                  if (!user) {
                    c.status(404);
                    return c.json({ error: 'User not found' });
                  }
                  return c.json(user);
                });
              `,
            },
          ],
        },
      ],
    },
  ],
});

jsRuleTester.run('require-error-status (Hono, JavaScript)', rule, {
  assertionOptions: strict,
  valid: [
    {
      name: 'a validator hook that answers 400 on failure',
      code: code`
        import { Hono } from 'hono';
        import { validator } from 'hono/validator';
        const app = new Hono();
        app.post(
          '/posts',
          validator('json', (value, c) => {
            if (!value.title) return c.json({ error: 'title is required' }, 400);
            return value;
          }),
          (c) => c.json(c.req.valid('json'), 201),
        );
      `,
    },
  ],
  invalid: [
    {
      name: 'a validator hook that answers its failure without a status sends 200',
      code: code`
        import { Hono } from 'hono';
        import { validator } from 'hono/validator';
        const app = new Hono();
        app.post(
          '/posts',
          validator('json', (value, c) => {
            if (!value.title) return c.json({ error: 'title is required' });
            return value;
          }),
          (c) => c.json(c.req.valid('json'), 201),
        );
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 400 },
          line: 7,
          column: 30,
          endLine: 7,
          endColumn: 68,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 400, phrase: 'Bad Request' },
              output: code`
                import { Hono } from 'hono';
                import { validator } from 'hono/validator';
                const app = new Hono();
                app.post(
                  '/posts',
                  validator('json', (value, c) => {
                    if (!value.title) return c.json({ error: 'title is required' }, 400);
                    return value;
                  }),
                  (c) => c.json(c.req.valid('json'), 201),
                );
              `,
            },
          ],
        },
      ],
    },
  ],
});
