import rule from '../../../src/rules/require-error-status.js';
import { code } from '../../support/code.js';
import { jsRuleTester, ruleTester, strict } from '../../support/rule-tester.js';

ruleTester.run('require-error-status (Koa, TypeScript)', rule, {
  assertionOptions: strict,
  valid: [
    {
      name: 'a body set inside the error a handler throws is replaced by its catch',
      code: code`
        import Router from '@koa/router';
        const router = new Router();
        router.get('/download/:key', async (ctx) => {
          try {
            const mission = getMission(ctx.params.key);
            if (!mission) throw new Error((ctx.body = 'Access denied: No task found'));
            ctx.body = mission.file;
          } catch (error) {
            ctx.body = \`Download error: \${error.message}\`;
            ctx.status = 500;
          }
        });
      `,
    },
    {
      name: "a status written right after its body is that body's, whatever bodies may follow",
      code: code`
        import Router from '@koa/router';
        const router = new Router();
        router.post('/upload-piece/:id', async (ctx) => {
          const files = ctx.request.files?.file;
          if (!files) {
            ctx.body = 'Access denied: No file found';
            ctx.status = 403;
          }
          ctx.body = await storePiece(files);
        });
      `,
    },
    {
      name: 'a status written in the try before a call that can throw is still set when the catch answers; one after it is not',
      code: code`
        import Koa from 'koa';
        const app = new Koa();
        app.use(async (ctx) => {
          try {
            ctx.status = 422;
            const input = parseOrder(ctx.request.body);
            ctx.status = 200;
            ctx.body = { order: input };
          } catch (err) {
            ctx.body = { error: err.message };
          }
        });
      `,
    },
    {
      name: 'ctx.accepts() picks the format of the success answer',
      code: code`
        import Router from '@koa/router';
        const router = new Router();
        router.post('/feedback', async (ctx) => {
          await saveFeedback(ctx.request.body);
          const message = ctx.translate('FEEDBACK_RECEIVED');
          if (ctx.accepts('html')) {
            ctx.flash('success', message);
            ctx.redirect('back');
          } else {
            ctx.body = { message, closeModal: true };
          }
        });
      `,
    },
    {
      name: 'a catch that sets an error body and rethrows: the error decides the status, the body is dropped',
      code: code`
        import Router from '@koa/router';
        const router = new Router();
        router.post('/backup/import', async (ctx) => {
          try {
            await importBackup(ctx.request.body);
            ctx.body = { success: true };
          } catch (error) {
            ctx.body = { success: false, message: 'import failed' };
            throw error;
          }
        });
      `,
    },
    {
      name: 'an error page rendered after ctx.status = 502 answers 502',
      code: code`
        import Router from '@koa/router';
        const router = new Router();
        router.get('/accounts/:id', async (ctx) => {
          try {
            await ctx.render('account', { account: await accounts.load(ctx.params.id) });
          } catch (err) {
            ctx.status = 502;
            await ctx.render('error', { message: 'Account service unavailable' });
          }
        });
      `,
    },
    {
      name: 'error middleware that takes the status from the error',
      code: code`
        import Koa from 'koa';
        const app = new Koa();
        app.use(async (ctx, next) => {
          try {
            await next();
          } catch (err) {
            ctx.status = err.status || 500;
            ctx.body = { error: err.message };
          }
        });
      `,
    },
    {
      name: 'ctx.throw(404) in a guard lets Koa answer 404',
      code: code`
        import Router from '@koa/router';
        const router = new Router();
        router.get('/users/:id', async (ctx) => {
          const user = await User.findById(ctx.params.id);
          if (!user) ctx.throw(404, 'User not found');
          ctx.body = user;
        });
      `,
    },
    {
      name: 'ctx.status = 404 before the error body',
      code: code`
        import Router from '@koa/router';
        const router = new Router();
        router.get('/posts/:id', async (ctx) => {
          const post = await Post.findById(ctx.params.id);
          if (!post) {
            ctx.status = 404;
            ctx.body = { error: 'Post not found' };
            return;
          }
          ctx.body = post;
        });
      `,
    },
    {
      name: 'ctx.status written after the error body still applies: Koa sends once the middleware settles',
      code: code`
        import Router from '@koa/router';
        const router = new Router();
        router.post('/login', async (ctx) => {
          const user = await User.findOne({ email: ctx.request.body.email });
          if (!user) {
            ctx.body = { error: 'Invalid credentials' };
            ctx.status = 401;
            return;
          }
          ctx.body = { token: sign(user) };
        });
      `,
    },
    {
      name: 'a catch that falls through to a later body: its 401 stays its own, the later ctx.status = 200 belongs to the later body',
      code: code`
        import Router from '@koa/router';
        const router = new Router();
        router.get('/token', async (ctx) => {
          let token;
          try {
            token = await readToken();
          } catch {
            ctx.status = 401;
            ctx.body = { error: 'No token' };
          }
          ctx.status = 200;
          ctx.body = { token };
        });
      `,
    },
    {
      name: 'a success body in a catch that recovers is not an error response',
      code: code`
        import Router from '@koa/router';
        const router = new Router();
        router.get('/feed', async (ctx) => {
          try {
            ctx.body = await fetchFeed();
          } catch {
            ctx.body = [];
          }
        });
      `,
    },
  ],
  invalid: [
    {
      name: 'ctx.status = err.status ?? 200 answers an error without a status with 200',
      code: code`
        import Router from '@koa/router';
        const router = new Router();
        router.get('/items', async (ctx) => {
          try {
            ctx.body = await load();
          } catch (err) {
            ctx.status = err.status ?? 200;
            ctx.body = { message: err.message };
          }
        });
      `,
      errors: [
        {
          messageId: 'errorWithSuccessFallback',
          data: { code: 200, value: 'err.status', suggested: 500 },
          line: 8,
          column: 5,
          endLine: 8,
          endColumn: 40,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 500, phrase: 'Internal Server Error' },
              output: code`
                import Router from '@koa/router';
                const router = new Router();
                router.get('/items', async (ctx) => {
                  try {
                    ctx.body = await load();
                  } catch (err) {
                    ctx.status = err.status ?? 500;
                    ctx.body = { message: err.message };
                  }
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a failure envelope wrapped in data ({ data: { isOk: false, errMsg } }) is still a failure',
      code: code`
        import Router from '@koa/router';
        const router = new Router();
        router.post('/register', async (ctx) => {
          const existing = await User.findOne({ where: { email: ctx.request.body.email } });
          if (existing) {
            ctx.body = { data: { isOk: false, errMsg: 'This email is already registered' } };
            return;
          }
          ctx.body = { data: { isOk: true } };
        });
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 409 },
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 85,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 409, phrase: 'Conflict' },
              output: code`
                import Router from '@koa/router';
                const router = new Router();
                router.post('/register', async (ctx) => {
                  const existing = await User.findOne({ where: { email: ctx.request.body.email } });
                  if (existing) {
                    ctx.status = 409;
                    ctx.body = { data: { isOk: false, errMsg: 'This email is already registered' } };
                    return;
                  }
                  ctx.body = { data: { isOk: true } };
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a failure envelope from a helper named refail answers a guard with 200',
      code: code`
        import Router from '@koa/router';
        const router = new Router();
        router.post('/u/login', async (ctx) => {
          const user = await User.findOne({ name: ctx.request.body.name });
          if (!user) {
            ctx.body = ctx.util.refail('user does not exist');
            return;
          }
          ctx.body = ctx.util.resuccess(user);
        });
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 401 },
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 54,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 401, phrase: 'Unauthorized' },
              output: code`
                import Router from '@koa/router';
                const router = new Router();
                router.post('/u/login', async (ctx) => {
                  const user = await User.findOne({ name: ctx.request.body.name });
                  if (!user) {
                    ctx.status = 401;
                    ctx.body = ctx.util.refail('user does not exist');
                    return;
                  }
                  ctx.body = ctx.util.resuccess(user);
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a failure helper\'s envelope under a test that exits early is a refusal, whatever the test reads',
      code: code`
        import Koa from 'koa';
        const app = new Koa();
        app.use(async (ctx, next) => {
          if (isBlacklisted(ctx.ip)) {
            ctx.body = result.fail('access blocked');
            return;
          }
          await next();
        });
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 400 },
          line: 5,
          column: 5,
          endLine: 5,
          endColumn: 45,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 400, phrase: 'Bad Request' },
              output: code`
                import Koa from 'koa';
                const app = new Koa();
                app.use(async (ctx, next) => {
                  if (isBlacklisted(ctx.ip)) {
                    ctx.status = 400;
                    ctx.body = result.fail('access blocked');
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
    {
      name: 'error middleware whose try also answers a 404 fallback: the catch runs only before that write',
      code: code`
        import Koa from 'koa';
        const app = new Koa();
        app.use(async (ctx, next) => {
          try {
            await next();
            if (ctx.status === 404 && !ctx.body) {
              ctx.status = 404;
              ctx.body = { error: 'Not Found' };
            }
          } catch (err) {
            ctx.body = { error: err.message };
          }
        });
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 500 },
          line: 11,
          column: 5,
          endLine: 11,
          endColumn: 38,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 500, phrase: 'Internal Server Error' },
              output: code`
                import Koa from 'koa';
                const app = new Koa();
                app.use(async (ctx, next) => {
                  try {
                    await next();
                    if (ctx.status === 404 && !ctx.body) {
                      ctx.status = 404;
                      ctx.body = { error: 'Not Found' };
                    }
                  } catch (err) {
                    ctx.status = 500;
                    ctx.body = { error: err.message };
                  }
                });
              `,
            },
          ],
        },
      ],
    },

    {
      name: 'an early text answer that opens with Error: refuses the request',
      filename: 'routes/auth.ts',
      code: code`
        import Router from '@koa/router';
        const router = new Router();
        router.get('/auth/callback', async (ctx) => {
          if (ctx.query.state !== ctx.cookies.get('oauth_state')) {
            ctx.body = 'Error: OAuth state mismatch';
            return;
          }
          ctx.redirect('/');
        });
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 400 },
          line: 5,
          column: 5,
          endLine: 5,
          endColumn: 45,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 400, phrase: 'Bad Request' },
              output: code`
                import Router from '@koa/router';
                const router = new Router();
                router.get('/auth/callback', async (ctx) => {
                  if (ctx.query.state !== ctx.cookies.get('oauth_state')) {
                    ctx.status = 400;
                    ctx.body = 'Error: OAuth state mismatch';
                    return;
                  }
                  ctx.redirect('/');
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'an { isOk: false } envelope is a failure body, whatever language its message is in',
      code: code`
        import Router from '@koa/router';
        const router = new Router();
        router.get('/item/get', async (ctx) => {
          const item = await Item.findByPk(Number(ctx.query.id));
          if (!item) {
            ctx.body = { isOk: false, errMsg: '未找到' };
            return;
          }
          ctx.body = { isOk: true, data: item };
        });
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { code: 200, suggested: 404 },
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 46,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 404, phrase: 'Not Found' },
              output: code`
                import Router from '@koa/router';
                const router = new Router();
                router.get('/item/get', async (ctx) => {
                  const item = await Item.findByPk(Number(ctx.query.id));
                  if (!item) {
                    ctx.status = 404;
                    ctx.body = { isOk: false, errMsg: '未找到' };
                    return;
                  }
                  ctx.body = { isOk: true, data: item };
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a path check that refuses the name and returns answers 200 OK',
      code: code`
        import Router from '@koa/router';
        const router = new Router();
        router.get('/samples/:name', async (ctx) => {
          const looksLikePath = /\.\.|\/\//.test(ctx.params.name);
          if (looksLikePath) {
            ctx.body = 'Invalid sample name';
            return;
          }
          ctx.body = await samples.load(ctx.params.name);
        });
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { code: 200, suggested: 400 },
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 37,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 400, phrase: 'Bad Request' },
              output: code`
                import Router from '@koa/router';
                const router = new Router();
                router.get('/samples/:name', async (ctx) => {
                  const looksLikePath = /\.\.|\/\//.test(ctx.params.name);
                  if (looksLikePath) {
                    ctx.status = 400;
                    ctx.body = 'Invalid sample name';
                    return;
                  }
                  ctx.body = await samples.load(ctx.params.name);
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'an error page rendered from a catch (ctx.render) goes out as 200 OK',
      code: code`
        import Router from '@koa/router';
        const router = new Router();
        router.get('/reports/:id', async (ctx) => {
          try {
            await ctx.render('report', { report: await reports.load(ctx.params.id) });
          } catch (err) {
            await ctx.render('error', { message: 'Could not load the report' });
          }
        });
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { code: 200, suggested: 500 },
          line: 7,
          column: 11,
          endLine: 7,
          endColumn: 72,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 500, phrase: 'Internal Server Error' },
              output: code`
                import Router from '@koa/router';
                const router = new Router();
                router.get('/reports/:id', async (ctx) => {
                  try {
                    await ctx.render('report', { report: await reports.load(ctx.params.id) });
                  } catch (err) {
                    ctx.status = 500;
                    await ctx.render('error', { message: 'Could not load the report' });
                  }
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a guard that records the failure before it answers still answers the failure',
      code: code`
        import Router from '@koa/router';
        const router = new Router();
        router.post('/login', async (ctx) => {
          const auth = await authenticate(ctx.request.body);
          if (!auth.user) {
            await db.collection('loginAttempts').insertOne({ username: ctx.request.body.username });
            ctx.body = { status: 'login failed', message: auth.message };
            return;
          }
          ctx.body = { user: auth.user.id };
        });
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { code: 200, suggested: 401 },
          line: 7,
          column: 5,
          endLine: 7,
          endColumn: 65,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 401, phrase: 'Unauthorized' },
              output: code`
                import Router from '@koa/router';
                const router = new Router();
                router.post('/login', async (ctx) => {
                  const auth = await authenticate(ctx.request.body);
                  if (!auth.user) {
                    await db.collection('loginAttempts').insertOne({ username: ctx.request.body.username });
                    ctx.status = 401;
                    ctx.body = { status: 'login failed', message: auth.message };
                    return;
                  }
                  ctx.body = { user: auth.user.id };
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a catch that sets only the body answers the error with 200 OK',
      code: code`
        import Router from '@koa/router';
        const router = new Router();
        router.get('/orders', async (ctx) => {
          try {
            ctx.body = await Order.find();
          } catch (err) {
            ctx.body = { error: err.message };
          }
        });
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { code: 200, suggested: 500 },
          line: 7,
          column: 5,
          endLine: 7,
          endColumn: 38,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 500, phrase: 'Internal Server Error' },
              output: code`
                import Router from '@koa/router';
                const router = new Router();
                router.get('/orders', async (ctx) => {
                  try {
                    ctx.body = await Order.find();
                  } catch (err) {
                    ctx.status = 500;
                    ctx.body = { error: err.message };
                  }
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a not-found guard that sets only the body answers 200 OK',
      code: code`
        import Router from '@koa/router';
        const router = new Router();
        router.get('/users/:id', async (ctx) => {
          const user = await User.findById(ctx.params.id);
          if (!user) {
            ctx.body = { message: 'User not found' };
            return;
          }
          ctx.body = user;
        });
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { code: 200, suggested: 404 },
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 45,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 404, phrase: 'Not Found' },
              output: code`
                import Router from '@koa/router';
                const router = new Router();
                router.get('/users/:id', async (ctx) => {
                  const user = await User.findById(ctx.params.id);
                  if (!user) {
                    ctx.status = 404;
                    ctx.body = { message: 'User not found' };
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
      name: 'an error body sent with ctx.status = 200 is a success status',
      code: code`
        import Router from '@koa/router';
        const router = new Router();
        router.post('/payments', async (ctx) => {
          const result = await charge(ctx.request.body);
          if (!result.success) {
            ctx.status = 200;
            ctx.body = { success: false, error: 'Payment failed' };
            return;
          }
          ctx.body = result;
        });
      `,
      errors: [
        {
          messageId: 'errorWithSuccessStatus',
          data: { code: 200, suggested: 400 },
          line: 7,
          column: 5,
          endLine: 7,
          endColumn: 59,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 400, phrase: 'Bad Request' },
              output: code`
                import Router from '@koa/router';
                const router = new Router();
                router.post('/payments', async (ctx) => {
                  const result = await charge(ctx.request.body);
                  if (!result.success) {
                    ctx.status = 400;
                    ctx.body = { success: false, error: 'Payment failed' };
                    return;
                  }
                  ctx.body = result;
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a status set for every path at the top: the suggestion adds a status before the error body instead of changing the shared one',
      code: code`
        import Router from '@koa/router';
        const router = new Router();
        router.put('/preferences', async (ctx) => {
          ctx.status = 200;
          if (!ctx.state.user) {
            ctx.body = { status: 'fail', message: 'user is not authenticated' };
            return;
          }
          ctx.body = await savePreferences(ctx.state.user, ctx.request.body);
        });
      `,
      errors: [
        {
          messageId: 'errorWithSuccessStatus',
          data: { code: 200, suggested: 401 },
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 72,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 401, phrase: 'Unauthorized' },
              output: code`
                import Router from '@koa/router';
                const router = new Router();
                router.put('/preferences', async (ctx) => {
                  ctx.status = 200;
                  if (!ctx.state.user) {
                    ctx.status = 401;
                    ctx.body = { status: 'fail', message: 'user is not authenticated' };
                    return;
                  }
                  ctx.body = await savePreferences(ctx.state.user, ctx.request.body);
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a 200 written after the branches applies to the error body too; no suggestion, since a status before the body would be overwritten',
      code: code`
        import Router from '@koa/router';
        const router = new Router();
        router.get('/users/:id', async (ctx) => {
          const user = await User.findById(ctx.params.id);
          if (!user) {
            ctx.body = { error: 'User not found' };
          } else {
            ctx.body = user;
          }
          ctx.status = 200;
        });
      `,
      errors: [
        {
          messageId: 'errorWithSuccessStatus',
          data: { code: 200, suggested: 404 },
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 43,
          suggestions: [],
        },
      ],
    },
  ],
});

jsRuleTester.run('require-error-status (Koa, JavaScript)', rule, {
  assertionOptions: strict,
  valid: [
    {
      name: 'an action named for a question answers, then runs what follows: still a question',
      code: code`
        export const validate = async (ctx, next) => {
          try {
            await checkSql(ctx.request.body.sql);
            ctx.body = { errorMessage: '' };
          } catch (error) {
            ctx.body = { errorMessage: error.message };
          }
          return next();
        };
      `,
    },
    {
      name: 'a helper in the handler sets the error body and then its status, which Koa applies',
      code: code`
        const Router = require('@koa/router');
        const router = new Router();
        router.get('/backups/:name', async (ctx) => {
          function sendError(message, status = 404) {
            ctx.body = { status: 'error', message };
            ctx.status = status;
          }
          const state = await getFileStatus(ctx.params.name);
          if (state.status !== 'ok') {
            sendError('Backup file not found');
          } else {
            ctx.body = state;
          }
        });
      `,
    },
    {
      name: 'an error code of 0 says there is no error',
      code: code`
        const Router = require('koa-router');
        const router = new Router();
        router.get('/articles/:id', async (ctx) => {
          const data = await ArticleDao.detail(ctx.params.id);
          ctx.body = { code: 200, msg: 'success', errorCode: 0, data };
        });
      `,
    },
    {
      name: 'a controller that throws with ctx.throw',
      code: code`
        exports.update = async (ctx) => {
          const item = await Item.findById(ctx.params.id);
          ctx.assert(item, 404, 'Item not found');
          ctx.body = await item.update(ctx.request.body);
        };
      `,
    },
    {
      name: 'known limit: an error body set through a helper the rule cannot see',
      code: code`
        const Koa = require('koa');
        const app = new Koa();
        app.use(async (ctx, next) => {
          try {
            await next();
          } catch (err) {
            respondWithError(ctx, err);
          }
        });
      `,
    },
  ],
  invalid: [
    {
      name: 'an error object declared empty and filled by Object.assign, then set as the body of a failed login',
      code: code`
        const Router = require('@koa/router');
        const router = new Router();

        router.post('/login', async (ctx) => {
          const error = {};
          let user = null;
          try {
            user = await login(ctx.request.body);
          } catch (err) {
            Object.assign(error, { status: 401, reason: 'Unauthorized', message: 'INCORRECT_USERNAME_OR_PASSWORD' });
          }
          if (!user) {
            ctx.body = error;
            return;
          }
          ctx.body = { success: true };
        });

        module.exports = router;
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 401 },
          line: 13,
          column: 5,
          endLine: 13,
          endColumn: 21,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 401, phrase: 'Unauthorized' },
              output: code`
                const Router = require('@koa/router');
                const router = new Router();

                router.post('/login', async (ctx) => {
                  const error = {};
                  let user = null;
                  try {
                    user = await login(ctx.request.body);
                  } catch (err) {
                    Object.assign(error, { status: 401, reason: 'Unauthorized', message: 'INCORRECT_USERNAME_OR_PASSWORD' });
                  }
                  if (!user) {
                    ctx.status = 401;
                    ctx.body = error;
                    return;
                  }
                  ctx.body = { success: true };
                });

                module.exports = router;
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'middleware named for its check that calls next only when the check passes is checked',
      code: code`
        export const checkAuth = async (ctx, next) => {
          if (ctx.state.user) {
            await next();
          } else {
            ctx.body = { error: 'Unauthorized' };
          }
        };
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { code: 200, suggested: 401 },
          line: 5,
          column: 5,
          endLine: 5,
          endColumn: 41,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 401, phrase: 'Unauthorized' },
              output: code`
                export const checkAuth = async (ctx, next) => {
                  if (ctx.state.user) {
                    await next();
                  } else {
                    ctx.status = 401;
                    ctx.body = { error: 'Unauthorized' };
                  }
                };
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a failure envelope built by a helper (res.fail(err)) in an error branch',
      code: code`
        const Router = require('koa-router');
        const router = new Router();
        router.delete('/articles/:id', async (ctx) => {
          const [err] = await ArticleDao.destroy(ctx.params.id);
          if (!err) {
            ctx.body = res.success('Deleted');
          } else {
            ctx.body = res.fail(err);
          }
        });
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { code: 200, suggested: 500 },
          line: 8,
          column: 5,
          endLine: 8,
          endColumn: 29,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 500, phrase: 'Internal Server Error' },
              output: code`
                const Router = require('koa-router');
                const router = new Router();
                router.delete('/articles/:id', async (ctx) => {
                  const [err] = await ArticleDao.destroy(ctx.params.id);
                  if (!err) {
                    ctx.body = res.success('Deleted');
                  } else {
                    ctx.status = 500;
                    ctx.body = res.fail(err);
                  }
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'an envelope that names an error status ({ errcode: 400, errmsg }) is an error body',
      code: code`
        const Router = require('koa-router');
        const router = new Router();
        router.all('/mock/:id', async (ctx) => {
          try {
            ctx.body = await mock(ctx.params.id);
          } catch (e) {
            ctx.body = { errcode: 400, errmsg: e.message };
          }
        });
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { code: 200, suggested: 400 },
          line: 7,
          column: 5,
          endLine: 7,
          endColumn: 51,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 400, phrase: 'Bad Request' },
              output: code`
                const Router = require('koa-router');
                const router = new Router();
                router.all('/mock/:id', async (ctx) => {
                  try {
                    ctx.body = await mock(ctx.params.id);
                  } catch (e) {
                    ctx.status = 400;
                    ctx.body = { errcode: 400, errmsg: e.message };
                  }
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'error middleware in plain JS that forgets the status',
      code: code`
        const Koa = require('koa');
        const app = new Koa();
        app.use(async (ctx, next) => {
          try {
            await next();
          } catch (err) {
            ctx.body = { message: err.message };
            ctx.app.emit('error', err, ctx);
          }
        });
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { code: 200, suggested: 500 },
          line: 7,
          column: 5,
          endLine: 7,
          endColumn: 40,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 500, phrase: 'Internal Server Error' },
              output: code`
                const Koa = require('koa');
                const app = new Koa();
                app.use(async (ctx, next) => {
                  try {
                    await next();
                  } catch (err) {
                    ctx.status = 500;
                    ctx.body = { message: err.message };
                    ctx.app.emit('error', err, ctx);
                  }
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a plain controller with a validation guard',
      code: code`
        exports.register = async (ctx) => {
          const { email } = ctx.request.body;
          if (!email) {
            ctx.body = { error: 'Email is required' };
            return;
          }
          ctx.status = 201;
          ctx.body = await User.create({ email });
        };
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { code: 200, suggested: 400 },
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 46,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 400, phrase: 'Bad Request' },
              output: code`
                exports.register = async (ctx) => {
                  const { email } = ctx.request.body;
                  if (!email) {
                    ctx.status = 400;
                    ctx.body = { error: 'Email is required' };
                    return;
                  }
                  ctx.status = 201;
                  ctx.body = await User.create({ email });
                };
              `,
            },
          ],
        },
      ],
    },
  ],
});
