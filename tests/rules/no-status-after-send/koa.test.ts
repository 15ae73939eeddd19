import rule from '../../../src/rules/no-status-after-send.js';
import { code } from '../../support/code.js';
import { jsRuleTester, ruleTester, strict } from '../../support/rule-tester.js';

const FLOATING = 'a callback of a promise that the handler neither awaits nor returns';
const KOA_UNAWAITED_NEXT =
  'Koa answers as soon as this middleware settles, so what middleware after it sets after an `await` is lost (the client gets 404 Not Found if no body was set by then), and an error it throws goes unhandled';

ruleTester.run('no-status-after-send (Koa, TypeScript)', rule, {
  assertionOptions: strict,
  valid: [
    {
      name: 'a helper of another module handed ctx and a status sets a body, which a later write replaces: no second send in Koa',
      code: code`
        import Router from '@koa/router';
        import { sendError } from '../lib/respond';
        const router = new Router();
        router.get('/notes/:id', async (ctx) => {
          const note = await Note.findById(ctx.params.id);
          if (!note) sendError(ctx, 404, 'Note not found');
          ctx.body = note ?? { placeholder: true };
        });
        export default router;
      `,
    },
    {
      name: 'next() awaited, returned, or given back by an arrow lets the rest of the chain answer first',
      code: code`
        import Koa from 'koa';
        const app = new Koa();
        app.use(async (ctx, next) => {
          await next();
          ctx.set('X-Served-By', 'api');
        });
        app.use((ctx, next) => {
          ctx.set('X-Powered-By', 'koa');
          return next();
        });
        app.use((ctx, next) => next());
        app.use(async (ctx, next) => {
          const pending = next();
          ctx.set('X-Early', '1');
          await pending;
        });
      `,
    },
    {
      name: 'next() called by a library callback is that callback\'s business',
      code: code`
        import Koa from 'koa';
        const app = new Koa();
        app.use((ctx, next) =>
          passport.authenticate('jwt', (err: Error | null, user: User) => {
            ctx.state.user = user;
            next();
          })(ctx, next),
        );
      `,
    },
    {
      name: 'awaited work sets the status and body before Koa answers',
      code: code`
        import Router from '@koa/router';
        const router = new Router();
        router.post('/jobs', async (ctx) => {
          const job = await Job.create(ctx.request.body);
          ctx.status = 201;
          ctx.body = job;
        });
      `,
    },
    {
      name: 'two body assignments in sequence: the last one is sent',
      code: code`
        import Router from '@koa/router';
        const router = new Router();
        router.get('/items', async (ctx) => {
          ctx.body = [];
          ctx.body = await Item.find();
        });
      `,
    },
    {
      name: 'a status written after the body still applies, since Koa sends when the middleware settles',
      code: code`
        import Router from '@koa/router';
        const router = new Router();
        router.post('/items', async (ctx) => {
          ctx.body = await Item.create(ctx.request.body);
          ctx.status = 201;
        });
      `,
    },
    {
      name: 'await next() then ctx.body = x runs before Koa answers',
      code: code`
        import Koa from 'koa';
        const app = new Koa();
        app.use(async (ctx, next) => {
          await next();
          if (ctx.body === undefined) {
            ctx.status = 404;
            ctx.body = { error: 'Not Found' };
          }
        });
      `,
    },
    {
      name: 'a redirect followed by a body replaces the body and keeps the redirect',
      code: code`
        import Router from '@koa/router';
        const router = new Router();
        router.get('/old', (ctx) => {
          ctx.redirect('/new');
          ctx.body = 'Moved to /new';
        });
      `,
    },
    {
      name: 'a timer inside an awaited new Promise runs before the middleware settles',
      code: code`
        import Router from '@koa/router';
        const router = new Router();
        router.get('/slow', async (ctx) => {
          await new Promise<void>((resolve) => {
            setTimeout(() => {
              ctx.body = { done: true };
              resolve();
            }, 100);
          });
        });
      `,
    },
    {
      name: 'a returned promise chain is awaited by Koa',
      code: code`
        import Router from '@koa/router';
        const router = new Router();
        router.get('/users', (ctx) => {
          return User.find().then((users) => {
            ctx.body = users;
          });
        });
      `,
    },
  ],
  invalid: [
    {
      name: 'next() neither awaited nor returned in plain middleware: Koa answers 404 before the router does',
      code: code`
        import Koa from 'koa';
        const app = new Koa();
        app.use((ctx, next) => {
          ctx.set('X-Powered-By', 'koa');
          next();
        });
      `,
      errors: [
        {
          messageId: 'unawaitedNext',
          data: { call: 'next()', effect: KOA_UNAWAITED_NEXT },
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 9,
          suggestions: [
            {
              messageId: 'returnNext',
              data: { call: 'next()' },
              output: code`
                import Koa from 'koa';
                const app = new Koa();
                app.use((ctx, next) => {
                  ctx.set('X-Powered-By', 'koa');
                  return next();
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'next() not awaited in async middleware: awaiting it is the fix',
      code: code`
        import Koa from 'koa';
        const app = new Koa();
        app.use(async (ctx, next) => {
          const started = Date.now();
          next();
          ctx.set('X-Response-Time', \`\${Date.now() - started}ms\`);
        });
      `,
      errors: [
        {
          messageId: 'unawaitedNext',
          data: { call: 'next()', effect: KOA_UNAWAITED_NEXT },
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 9,
          suggestions: [
            {
              messageId: 'awaitNext',
              data: { call: 'next()' },
              output: code`
                import Koa from 'koa';
                const app = new Koa();
                app.use(async (ctx, next) => {
                  const started = Date.now();
                  await next();
                  ctx.set('X-Response-Time', \`\${Date.now() - started}ms\`);
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'next() in one branch of plain middleware, with nothing after the if: returning it is the fix',
      code: code`
        import Koa from 'koa';
        const app = new Koa();
        app.use((ctx, next) => {
          if (ctx.path === '/health') {
            ctx.body = 'ok';
          } else {
            next();
          }
        });
      `,
      errors: [
        {
          messageId: 'unawaitedNext',
          data: { call: 'next()', effect: KOA_UNAWAITED_NEXT },
          line: 7,
          column: 5,
          endLine: 7,
          endColumn: 11,
          suggestions: [
            {
              messageId: 'returnNext',
              data: { call: 'next()' },
              output: code`
                import Koa from 'koa';
                const app = new Koa();
                app.use((ctx, next) => {
                  if (ctx.path === '/health') {
                    ctx.body = 'ok';
                  } else {
                    return next();
                  }
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'next() followed by more of a plain function\'s own work: no suggestion, since a return would skip that work',
      code: code`
        import Koa from 'koa';
        const app = new Koa();
        app.use((ctx, next) => {
          next();
          ctx.set('X-Served-By', 'api');
        });
      `,
      errors: [
        {
          messageId: 'unawaitedNext',
          data: { call: 'next()', effect: KOA_UNAWAITED_NEXT },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 9,
          suggestions: [],
        },
      ],
    },
    {
      name: 'a status and body set in a floating .then() land after Koa already answered 404',
      code: code`
        import Router from '@koa/router';
        const router = new Router();
        router.post('/jobs', async (ctx) => {
          Job.create(ctx.request.body).then((job) => {
            ctx.status = 201;
            ctx.body = job;
          });
        });
      `,
      errors: [
        {
          messageId: 'lateStatus',
          data: { region: FLOATING },
          line: 5,
          column: 5,
          endLine: 5,
          endColumn: 21,
        },
        {
          messageId: 'lateSend',
          data: { region: FLOATING },
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 19,
        },
      ],
    },
    {
      name: 'a body set in a setTimeout callback is lost, even though the middleware set nothing itself',
      code: code`
        import Koa from 'koa';
        const app = new Koa();
        app.use((ctx) => {
          setTimeout(() => {
            ctx.body = 'done';
          }, 10);
        });
      `,
      errors: [
        {
          messageId: 'lateSend',
          data: { region: 'a `setTimeout` callback' },
          line: 5,
          column: 5,
          endLine: 5,
          endColumn: 22,
        },
      ],
    },
  ],
});

jsRuleTester.run('no-status-after-send (Koa, JavaScript)', rule, {
  assertionOptions: strict,
  valid: [
    {
      name: 'a write under a ctx.headerSent check is deliberate',
      code: code`
        const Koa = require('koa');
        const app = new Koa();
        app.use(async (ctx, next) => {
          audit(ctx).catch((err) => {
            if (!ctx.headerSent) ctx.status = 500;
          });
          await next();
        });
      `,
    },
    {
      name: 'Express is unchanged: a floating .then() in a handler that never sends on its own is not reported',
      code: code`
        const express = require('express');
        const app = express();
        app.post('/jobs', (req, res) => {
          Job.create(req.body).then((job) => {
            res.status(201).json(job);
          });
        });
      `,
    },
  ],
  invalid: [
    {
      name: 'error middleware that does not await next() handles the error after the answer',
      code: code`
        const Koa = require('koa');
        const app = new Koa();
        app.use((ctx, next) => {
          next().catch((err) => {
            ctx.status = err.status || 500;
            ctx.body = { error: err.message };
          });
        });
      `,
      errors: [
        {
          messageId: 'unawaitedNext',
          data: { call: 'next()', effect: KOA_UNAWAITED_NEXT },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 9,
          suggestions: [
            {
              messageId: 'returnNext',
              data: { call: 'next()' },
              output: code`
                const Koa = require('koa');
                const app = new Koa();
                app.use((ctx, next) => {
                  return next().catch((err) => {
                    ctx.status = err.status || 500;
                    ctx.body = { error: err.message };
                  });
                });
              `,
            },
          ],
        },
        {
          messageId: 'lateStatus',
          data: { region: FLOATING },
          line: 5,
          column: 5,
          endLine: 5,
          endColumn: 35,
        },
        {
          messageId: 'lateSend',
          data: { region: FLOATING },
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 38,
        },
      ],
    },
    {
      name: 'a controller in a plain file that saves without awaiting',
      code: code`
        exports.create = (ctx) => {
          Post.create(ctx.request.body).then((post) => {
            ctx.body = post;
          });
        };
      `,
      errors: [
        {
          messageId: 'lateSend',
          data: { region: FLOATING },
          line: 3,
          column: 5,
          endLine: 3,
          endColumn: 20,
        },
      ],
    },
  ],
});
