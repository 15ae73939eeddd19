import rule from '../../../src/rules/no-status-as-body.js';
import { code } from '../../support/code.js';
import { jsRuleTester, ruleTester, strict } from '../../support/rule-tester.js';

const NUMBER_BODY = 'Koa answers 200 OK with the number as a JSON body';
const IGNORED_RETURN =
  "Koa ignores a middleware's return value: the client gets the status and body set on `ctx`, or 404 Not Found when none were set";

ruleTester.run('no-status-as-body (Koa, TypeScript)', rule, {
  assertionOptions: strict,
  valid: [
    {
      name: 'ctx.status = 404 answers with the status',
      code: code`
        import Router from '@koa/router';
        const router = new Router();
        router.get('/missing', (ctx) => {
          ctx.status = 404;
        });
      `,
    },
    {
      name: 'a number inside an object body is data, not a status',
      code: code`
        import Router from '@koa/router';
        const router = new Router();
        router.get('/stats', async (ctx) => {
          ctx.body = { total: 404 };
        });
      `,
    },
    {
      name: 'a count computed at run time is data, not a status',
      code: code`
        import Router from '@koa/router';
        const router = new Router();
        router.get('/count', async (ctx) => {
          ctx.body = await Item.count();
        });
      `,
    },
    {
      name: 'a number body after the same explicit status: the client already gets that status',
      code: code`
        import Koa from 'koa';
        const app = new Koa();
        app.use(async (ctx, next) => {
          await next();
          if (ctx.status === 404) {
            ctx.status = 404;
            ctx.body = 404;
          }
        });
      `,
    },
    {
      name: 'a helper that takes ctx and returns a number is not middleware',
      code: code`
        import type { Context } from 'koa';
        export function pageSize(ctx: Context) {
          if (ctx.query.all) return 500;
          return 100;
        }
      `,
    },
    {
      name: 'returning next() hands over to the next middleware',
      code: code`
        import Koa from 'koa';
        const app = new Koa();
        app.use((ctx, next) => {
          if (ctx.path === '/health') {
            ctx.status = 200;
            return;
          }
          return next();
        });
      `,
    },
  ],
  invalid: [
    {
      name: 'ctx.body = found ? 200 : 404 puts the choice into the body',
      code: code`
        import Router from '@koa/router';
        const router = new Router();
        router.get('/ping/:id', async (ctx) => {
          const found = await lookup(ctx.params.id);
          ctx.body = found ? 200 : 404;
        });
      `,
      errors: [
        {
          messageId: 'statusAsBody',
          data: { code: 'found ? 200 : 404', effect: 'Koa answers 200 OK with the number as a JSON body' },
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 31,
          suggestions: [
            {
              messageId: 'answerWithStatus',
              data: { code: 'found ? 200 : 404', replacement: 'ctx.status = found ? 200 : 404' },
              output: code`
                import Router from '@koa/router';
                const router = new Router();
                router.get('/ping/:id', async (ctx) => {
                  const found = await lookup(ctx.params.id);
                  ctx.status = found ? 200 : 404;
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'ctx.body = 404 sends the number as the body with 200 OK',
      code: code`
        import Router from '@koa/router';
        const router = new Router();
        router.get('/users/:id', async (ctx) => {
          const user = await User.findById(ctx.params.id);
          if (!user) {
            ctx.body = 404;
            return;
          }
          ctx.body = user;
        });
      `,
      errors: [
        {
          messageId: 'statusAsBody',
          data: { code: 404, effect: NUMBER_BODY },
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 19,
          suggestions: [
            {
              messageId: 'answerWithStatus',
              data: { code: 404, replacement: 'ctx.status = 404' },
              output: code`
                import Router from '@koa/router';
                const router = new Router();
                router.get('/users/:id', async (ctx) => {
                  const user = await User.findById(ctx.params.id);
                  if (!user) {
                    ctx.status = 404;
                    return;
                  }
                  ctx.body = user;
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'ctx.response.body = 500 is the same mistake through the response alias',
      code: code`
        import Koa from 'koa';
        const app = new Koa();
        app.use(async (ctx, next) => {
          try {
            await next();
          } catch {
            ctx.response.body = 500;
          }
        });
      `,
      errors: [
        {
          messageId: 'statusAsBody',
          data: { code: 500, effect: NUMBER_BODY },
          line: 7,
          column: 5,
          endLine: 7,
          endColumn: 28,
          suggestions: [
            {
              messageId: 'answerWithStatus',
              data: { code: 500, replacement: 'ctx.response.status = 500' },
              output: code`
                import Koa from 'koa';
                const app = new Koa();
                app.use(async (ctx, next) => {
                  try {
                    await next();
                  } catch {
                    ctx.response.status = 500;
                  }
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a status constant assigned as the body is still a number',
      code: code`
        import Router from '@koa/router';
        import { StatusCodes } from 'http-status-codes';
        const router = new Router();
        router.delete('/items/:id', async (ctx) => {
          await Item.delete(ctx.params.id);
          ctx.body = StatusCodes.NO_CONTENT;
        });
      `,
      errors: [
        {
          messageId: 'statusAsBody',
          data: { code: 204, effect: NUMBER_BODY },
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 36,
          suggestions: [
            {
              messageId: 'answerWithStatus',
              data: { code: 204, replacement: 'ctx.status = 204' },
              output: code`
                import Router from '@koa/router';
                import { StatusCodes } from 'http-status-codes';
                const router = new Router();
                router.delete('/items/:id', async (ctx) => {
                  await Item.delete(ctx.params.id);
                  ctx.status = 204;
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'returning 400 from middleware does not set the status: Koa ignores return values',
      code: code`
        import Router from '@koa/router';
        const router = new Router();
        router.post('/login', async (ctx) => {
          if (!ctx.request.body.password) return 400;
          ctx.body = await login(ctx.request.body);
        });
      `,
      errors: [
        {
          messageId: 'statusAsBody',
          data: { code: 400, effect: IGNORED_RETURN },
          line: 4,
          column: 42,
          endLine: 4,
          endColumn: 45,
          suggestions: [
            {
              messageId: 'answerWithStatus',
              data: { code: 400, replacement: 'ctx.status = 400' },
              output: code`
                import Router from '@koa/router';
                const router = new Router();
                router.post('/login', async (ctx) => {
                  if (!ctx.request.body.password) return ctx.status = 400;
                  ctx.body = await login(ctx.request.body);
                });
              `,
            },
          ],
        },
      ],
    },
  ],
});

jsRuleTester.run('no-status-as-body (Koa, JavaScript)', rule, {
  assertionOptions: strict,
  valid: [
    {
      name: 'a plain controller that sets ctx.status is fine',
      code: code`
        exports.remove = async (ctx) => {
          await Post.destroy(ctx.params.id);
          ctx.status = 204;
        };
      `,
    },
    {
      name: 'a (ctx) function that never uses ctx as a Koa context is not middleware',
      code: code`
        exports.limit = (ctx) => (ctx.state.admin ? 500 : 100);
      `,
    },
    {
      name: 'known limit: a context reached through destructuring is not followed',
      code: code`
        const Router = require('@koa/router');
        const router = new Router();
        router.get('/gone', ({ response }) => {
          response.body = 410;
        });
      `,
    },
  ],
  invalid: [
    {
      name: 'a controller in a file that imports nothing, recognised by its ctx.body writes',
      code: code`
        exports.show = async (ctx) => {
          const post = await Post.findById(ctx.params.id);
          if (!post) {
            ctx.body = 404;
          } else {
            ctx.body = post;
          }
        };
      `,
      errors: [
        {
          messageId: 'statusAsBody',
          data: { code: 404, effect: NUMBER_BODY },
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 19,
          suggestions: [
            {
              messageId: 'answerWithStatus',
              data: { code: 404, replacement: 'ctx.status = 404' },
              output: code`
                exports.show = async (ctx) => {
                  const post = await Post.findById(ctx.params.id);
                  if (!post) {
                    ctx.status = 404;
                  } else {
                    ctx.body = post;
                  }
                };
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'koa-router with require: ctx.body = 401 in an auth middleware',
      code: code`
        const Router = require('koa-router');
        const router = new Router();
        router.use(async (ctx, next) => {
          if (!ctx.state.user) {
            ctx.body = 401;
            return;
          }
          await next();
        });
      `,
      errors: [
        {
          messageId: 'statusAsBody',
          data: { code: 401, effect: NUMBER_BODY },
          line: 5,
          column: 5,
          endLine: 5,
          endColumn: 19,
          suggestions: [
            {
              messageId: 'answerWithStatus',
              data: { code: 401, replacement: 'ctx.status = 401' },
              output: code`
                const Router = require('koa-router');
                const router = new Router();
                router.use(async (ctx, next) => {
                  if (!ctx.state.user) {
                    ctx.status = 401;
                    return;
                  }
                  await next();
                });
              `,
            },
          ],
        },
      ],
    },
  ],
});
