import rule from '../../../src/rules/no-status-as-body.js';
import { code } from '../../support/code.js';
import { jsRuleTester, ruleTester, strict } from '../../support/rule-tester.js';

const JSON_EFFECT = 'Hono answers 200 OK with the number as a JSON body';
const TEXT_EFFECT = 'Hono answers 200 OK with the digits as the body';
const RETURN_EFFECT =
  'Hono hands the number to the runtime instead of a `Response`, so the request fails (500 on Node, an error on Workers)';

ruleTester.run('no-status-as-body (Hono, TypeScript)', rule, {
  assertionOptions: strict,
  valid: [
    {
      name: 'a helper typed to return a status code maps an error for app.onError; it answers nothing itself',
      code: code`
        import type { Context } from 'hono';
        import type { ContentfulStatusCode } from 'hono/utils/http-status';
        export function statusFor(err: Error, c: Context): ContentfulStatusCode {
          console.error(c.req.header('cf-ray'), err);
          if (err.name === 'NotFoundError') return 404;
          return 500;
        }
      `,
    },
    {
      name: 'c.body(null, 404) answers 404 with no body',
      code: code`
        import { Hono } from 'hono';
        const app = new Hono();
        app.delete('/users/:id', async (c) => {
          const removed = await db.user.delete({ where: { id: c.req.param('id') } });
          if (!removed) return c.body(null, 404);
          return c.body(null, 204);
        });
      `,
    },
    {
      name: 'c.notFound() and c.text with a status answer with the status',
      code: code`
        import { Hono } from 'hono';
        const app = new Hono();
        app.get('/files/:name', async (c) => {
          const file = await storage.get(c.req.param('name'));
          if (!file) return c.notFound();
          if (file.locked) return c.text('Locked', 423);
          return c.body(file.stream);
        });
      `,
    },
    {
      name: 'a number that is data, not a status, is fine',
      code: code`
        import { Hono } from 'hono';
        const app = new Hono();
        app.get('/users/count', async (c) => c.json(await db.user.count()));
        app.get('/answer', (c) => c.json({ status: 404 }));
      `,
    },
    {
      name: 'a c.json(404) that is not returned sends nothing; the returned response is what goes out',
      code: code`
        import { Hono } from 'hono';
        const app = new Hono();
        app.get('/missing', (c) => {
          c.json(404);
          return c.body(null, 404);
        });
      `,
    },
  ],
  invalid: [
    {
      name: 'c.json(404) answers 200 OK with the JSON body 404',
      code: code`
        import { Hono } from 'hono';
        const app = new Hono();
        app.get('/users/:id', async (c) => {
          const user = await db.user.findUnique({ where: { id: c.req.param('id') } });
          if (!user) return c.json(404);
          return c.json(user);
        });
      `,
      errors: [
        {
          messageId: 'statusAsBody',
          data: { code: 404, effect: JSON_EFFECT },
          line: 5,
          column: 21,
          endLine: 5,
          endColumn: 32,
          suggestions: [
            {
              messageId: 'answerWithStatus',
              data: { code: 404, replacement: 'c.body(null, 404)' },
              output: code`
                import { Hono } from 'hono';
                const app = new Hono();
                app.get('/users/:id', async (c) => {
                  const user = await db.user.findUnique({ where: { id: c.req.param('id') } });
                  if (!user) return c.body(null, 404);
                  return c.json(user);
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'c.text(401) answers 200 OK with the text 401',
      code: code`
        import { Hono } from 'hono';
        const app = new Hono();
        app.get('/me', (ctx) => {
          if (!ctx.get('user')) return ctx.text(401);
          return ctx.json(ctx.get('user'));
        });
      `,
      errors: [
        {
          messageId: 'statusAsBody',
          data: { code: 401, effect: TEXT_EFFECT },
          line: 4,
          column: 32,
          endLine: 4,
          endColumn: 45,
          suggestions: [
            {
              messageId: 'answerWithStatus',
              data: { code: 401, replacement: 'ctx.body(null, 401)' },
              output: code`
                import { Hono } from 'hono';
                const app = new Hono();
                app.get('/me', (ctx) => {
                  if (!ctx.get('user')) return ctx.body(null, 401);
                  return ctx.json(ctx.get('user'));
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'returning a bare number hands it to the runtime instead of a Response',
      code: code`
        import { Hono } from 'hono';
        const app = new Hono();
        app.get('/health', (c) => {
          if (!db.ready) return 503;
          return c.text('ok');
        });
      `,
      errors: [
        {
          messageId: 'statusAsBody',
          data: { code: 503, effect: RETURN_EFFECT },
          line: 4,
          column: 25,
          endLine: 4,
          endColumn: 28,
          suggestions: [
            {
              messageId: 'answerWithStatus',
              data: { code: 503, replacement: 'c.body(null, 503)' },
              output: code`
                import { Hono } from 'hono';
                const app = new Hono();
                app.get('/health', (c) => {
                  if (!db.ready) return c.body(null, 503);
                  return c.text('ok');
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a handler without a context parameter gets a Response with the status instead',
      code: code`
        import { Hono } from 'hono';
        const app = new Hono();
        app.get('/teapot', () => 418);
      `,
      errors: [
        {
          messageId: 'statusAsBody',
          data: { code: 418, effect: RETURN_EFFECT },
          line: 3,
          column: 26,
          endLine: 3,
          endColumn: 29,
          suggestions: [
            {
              messageId: 'answerWithStatus',
              data: { code: 418, replacement: 'new Response(null, { status: 418 })' },
              output: code`
                import { Hono } from 'hono';
                const app = new Hono();
                app.get('/teapot', () => new Response(null, { status: 418 }));
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a number followed by more arguments is reported without a suggestion, since replacing the call would drop them',
      code: code`
        import { Hono } from 'hono';
        const app = new Hono();
        app.get('/legacy', (c) => c.text(410, 200, { 'X-Reason': 'removed' }));
      `,
      errors: [
        {
          messageId: 'statusAsBody',
          data: { code: 410, effect: TEXT_EFFECT },
          line: 3,
          column: 27,
          endLine: 3,
          endColumn: 70,
          suggestions: [],
        },
      ],
    },
  ],
});

jsRuleTester.run('no-status-as-body (Hono, JavaScript)', rule, {
  assertionOptions: strict,
  valid: [
    {
      name: 'new Response(null, { status: 404 }) answers 404',
      code: code`
        import { Hono } from 'hono';
        const app = new Hono();
        app.get('/missing', () => new Response(null, { status: 404 }));
      `,
    },
  ],
  invalid: [
    {
      name: 'new Response(404) answers 200 OK with the text 404',
      code: code`
        import { Hono } from 'hono';
        const app = new Hono();
        app.get('/missing', () => new Response(404));
      `,
      errors: [
        {
          messageId: 'statusAsBody',
          data: { code: 404, effect: 'a `Response` whose body is a number answers 200 OK with the digits as text' },
          line: 3,
          column: 27,
          endLine: 3,
          endColumn: 44,
          suggestions: [
            {
              messageId: 'answerWithStatus',
              data: { code: 404, replacement: 'new Response(null, { status: 404 })' },
              output: code`
                import { Hono } from 'hono';
                const app = new Hono();
                app.get('/missing', () => new Response(null, { status: 404 }));
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a validator hook that returns a number does not answer with it',
      code: code`
        import { Hono } from 'hono';
        import { validator } from 'hono/validator';
        const app = new Hono();
        app.post(
          '/posts',
          validator('json', (value, c) => {
            if (!value.title) return 400;
            return value;
          }),
          (c) => c.json(c.req.valid('json'), 201),
        );
      `,
      errors: [
        {
          messageId: 'statusAsBody',
          data: {
            code: 400,
            effect:
              'a validator hook answers only with a `Response`; the number is taken as data (or breaks the validator), never as the status',
          },
          line: 7,
          column: 30,
          endLine: 7,
          endColumn: 33,
          suggestions: [
            {
              messageId: 'answerWithStatus',
              data: { code: 400, replacement: 'c.body(null, 400)' },
              output: code`
                import { Hono } from 'hono';
                import { validator } from 'hono/validator';
                const app = new Hono();
                app.post(
                  '/posts',
                  validator('json', (value, c) => {
                    if (!value.title) return c.body(null, 400);
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
