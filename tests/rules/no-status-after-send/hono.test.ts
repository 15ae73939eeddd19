import rule from '../../../src/rules/no-status-after-send.js';
import { code } from '../../support/code.js';
import { jsRuleTester, ruleTester, strict } from '../../support/rule-tester.js';

ruleTester.run('no-status-after-send (Hono, TypeScript)', rule, {
  assertionOptions: strict,
  valid: [
    {
      name: 'await next() and return next() in Hono middleware wait for the handler',
      code: code`
        import { Hono } from 'hono';
        const app = new Hono();
        app.use('*', async (c, next) => {
          await next();
          c.header('X-Served-By', 'api');
        });
        app.use('/api/*', (c, next) => {
          c.header('X-Api', '1');
          return next();
        });
      `,
    },
    {
      name: 'a helper that returns a Response hands it back: the caller decides whether to send it',
      code: code`
        import { Hono, type Context } from 'hono';
        const app = new Hono();
        async function blockedAnswer(c: Context) {
          if (!(await isBlocked(c.req.header('x-forwarded-for')))) return null;
          return c.json({ error: 'blocked' }, 429);
        }
        async function tooMany(c: Context) {
          return c.json({ error: 'rate limited' }, 429);
        }
        app.post('/stats', async (c) => {
          const blocked = await blockedAnswer(c);
          if (blocked) return blocked;
          if (isLimited(c)) await tooMany(c);
          return c.json({ status: 'ok' });
        });
      `,
    },
    {
      name: 'c.status(201) before the returned c.json sets the status of that response',
      code: code`
        import { Hono } from 'hono';
        const app = new Hono();
        app.post('/posts', async (c) => {
          const post = await db.post.create({ data: await c.req.json() });
          c.status(201);
          return c.json(post);
        });
      `,
    },
    {
      name: 'a handler that returns different responses in if and else sends once',
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
      name: 'a c.json that is not returned sends nothing, so the returned response is the only send',
      code: code`
        import { Hono } from 'hono';
        const app = new Hono();
        app.get('/ping', (c) => {
          c.json({ draft: true });
          c.status(202);
          return c.text('pong');
        });
      `,
    },
    {
      name: 'the catch of a try that returns answers instead of the failed response',
      code: code`
        import { Hono } from 'hono';
        const app = new Hono();
        app.get('/reports/:id', async (c) => {
          try {
            return c.json(await loadReport(c.req.param('id')));
          } catch (error) {
            c.status(500);
            return c.json({ error: 'Report failed' });
          }
        });
      `,
    },
    {
      name: 'waitUntil with a promise that does not touch the response is the intended use',
      code: code`
        import { Hono } from 'hono';
        const app = new Hono();
        app.post('/signup', async (c) => {
          const user = await db.user.create({ data: await c.req.json() });
          c.executionCtx.waitUntil(sendWelcomeEmail(user.email));
          c.executionCtx.waitUntil(
            (async () => {
              await analytics.track('signup', { id: user.id });
            })(),
          );
          return c.json(user, 201);
        });
      `,
    },
  ],
  invalid: [
    {
      name: 'next() not awaited in Hono middleware: Hono fails the request with 500',
      code: code`
        import { Hono } from 'hono';
        const app = new Hono();
        app.use('*', async (c, next) => {
          c.header('X-Request-Id', crypto.randomUUID());
          next();
        });
      `,
      errors: [
        {
          messageId: 'unawaitedNext',
          data: { call: 'next()', effect: 'Hono finds no response when this middleware settles if the handler after it answers after an `await`, and fails the request with 500 ("Context is not finalized")' },
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 9,
          suggestions: [
            {
              messageId: 'awaitNext',
              data: { call: 'next()' },
              output: code`
                import { Hono } from 'hono';
                const app = new Hono();
                app.use('*', async (c, next) => {
                  c.header('X-Request-Id', crypto.randomUUID());
                  await next();
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'c.status() inside the promise passed to waitUntil runs after the response',
      code: code`
        import { Hono } from 'hono';
        const app = new Hono();
        app.post('/signup', async (c) => {
          const user = await db.user.create({ data: await c.req.json() });
          c.executionCtx.waitUntil(
            (async () => {
              const sent = await sendWelcomeEmail(user.email);
              if (!sent) c.status(500);
            })(),
          );
          return c.json(user, 201);
        });
      `,
      errors: [
        {
          messageId: 'lateStatus',
          data: { region: 'the promise passed to `executionCtx.waitUntil()`' },
          line: 8,
          column: 18,
          endLine: 8,
          endColumn: 31,
        },
      ],
    },
    {
      name: 'a response built in a .then callback inside waitUntil is never sent',
      code: code`
        import { Hono } from 'hono';
        const app = new Hono();
        app.post('/jobs', async (c) => {
          const job = await queue.add(await c.req.json());
          c.executionCtx.waitUntil(job.finished().then((result) => c.json(result)));
          return c.json({ id: job.id }, 202);
        });
      `,
      errors: [
        {
          messageId: 'lateSend',
          data: { region: 'the promise passed to `executionCtx.waitUntil()`' },
          line: 5,
          column: 60,
          endLine: 5,
          endColumn: 74,
        },
      ],
    },
    {
      name: 'waitUntil imported from cloudflare:workers runs its promise after the response too',
      code: code`
        import { Hono } from 'hono';
        import { waitUntil } from 'cloudflare:workers';
        const app = new Hono();
        app.get('/report', async (c) => {
          waitUntil(
            (async () => {
              await refreshCache();
              c.status(503);
            })(),
          );
          return c.json(await readCache());
        });
      `,
      errors: [
        {
          messageId: 'lateStatus',
          data: { region: 'the promise passed to `waitUntil()`' },
          line: 8,
          column: 7,
          endLine: 8,
          endColumn: 20,
        },
      ],
    },
    {
      name: 'a timer callback runs after the handler returned its response',
      code: code`
        import { Hono } from 'hono';
        const app = new Hono();
        app.get('/slow', (c) => {
          setTimeout(() => c.status(504), 5000);
          return c.json(compute());
        });
      `,
      errors: [
        {
          messageId: 'lateStatus',
          data: { region: 'a `setTimeout` callback' },
          line: 4,
          column: 20,
          endLine: 4,
          endColumn: 33,
        },
      ],
    },
    {
      name: 'c.status() in a finally block runs after the returned response was built',
      code: code`
        import { Hono } from 'hono';
        const app = new Hono();
        app.get('/items', async (c) => {
          try {
            return c.json(await db.item.findMany());
          } finally {
            c.status(500);
          }
        });
      `,
      errors: [
        {
          messageId: 'statusAfterSend',
          data: { line: 5 },
          line: 7,
          column: 5,
          endLine: 7,
          endColumn: 18,
          suggestions: [],
        },
      ],
    },
  ],
});

jsRuleTester.run('no-status-after-send (Hono, JavaScript)', rule, {
  assertionOptions: strict,
  valid: [
    {
      name: '(c, next) middleware that sets a header after next() sets no status',
      code: code`
        import { Hono } from 'hono';
        const app = new Hono();
        app.use(async (c, next) => {
          const start = Date.now();
          await next();
          c.header('X-Response-Time', String(Date.now() - start));
        });
      `,
    },
  ],
  invalid: [
    {
      name: 'an un-awaited promise callback sets the status after the response',
      code: code`
        import { Hono } from 'hono';
        const app = new Hono();
        app.delete('/sessions/:id', (c) => {
          revoke(c.req.param('id')).catch(() => c.status(500));
          return c.body(null, 204);
        });
      `,
      errors: [
        {
          messageId: 'lateStatus',
          data: { region: 'a callback of a promise that the handler neither awaits nor returns' },
          line: 4,
          column: 41,
          endLine: 4,
          endColumn: 54,
        },
      ],
    },
  ],
});
