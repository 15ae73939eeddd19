import rule from '../../../src/rules/require-created-status.js';
import { code } from '../../support/code.js';
import { jsRuleTester, ruleTester, strict } from '../../support/rule-tester.js';

ruleTester.run('require-created-status (Koa, TypeScript)', rule, {
  assertionOptions: strict,
  valid: [
    {
      name: 'labels added to the APM transaction are telemetry, not a resource the route makes',
      code: code`
        import Router from '@koa/router';
        import apm from 'elastic-apm-node';
        const router = new Router();
        router.post('/alternative-ip', async (ctx) => {
          const { localAddress } = ctx.request.body;
          if (localAddress) {
            apm.addLabels({ probeLocalAddress: localAddress });
          }
          const token = await tokens.sign(ctx.request.ip);
          ctx.body = { ip: ctx.request.ip, token };
        });
        export default router;
      `,
    },
    {
      name: 'a guard that publishes the route\'s statuses (Logto\'s koaGuard with status: [200, …]) makes 200 the contract',
      code: code`
        import Router from '@koa/router';
        export default function roleRoutes(router: Router) {
          router.post(
            '/roles',
            koaGuard({ body: Roles.createGuard, response: Roles.guard, status: [200, 400, 422] }),
            async (ctx, next) => {
              ctx.body = await insertRole(ctx.guard.body);
              return next();
            },
          );
        }
      `,
    },
    {
      name: 'an RPC method named with an action verb in snake case (documents.empty_trash, tokens.send_code) records, not creates',
      code: code`
        import Router from '@koa/router';
        const router = new Router();
        router.post('documents.empty_trash', async (ctx) => {
          await new EmptyTrashTask().schedule({ userId: ctx.state.user.id });
          await Event.createFromContext(ctx, { name: 'documents.empty_trash' });
          ctx.body = { success: true };
        });
        router.post('tokens.send_code', async (ctx) => {
          const code = await VerificationCode.create({ email: ctx.request.body.email });
          await mailer.send(code);
          ctx.body = { sent: true };
        });
      `,
    },
    {
      name: 'a notification or audit row made in the background is not what the answer is about',
      code: code`
        import Router from '@koa/router';
        import * as db from '../db';
        const router = new Router();
        router.post('/posts/:id/hide', async (ctx) => {
          const hidden = await db.updatePost(ctx.params.id, { hidden: true });
          db.createHideNotification({ postId: ctx.params.id }).catch(console.error);
          ctx.body = hidden;
        });
        router.post('/threads/:id/close', async (ctx) => {
          const thread = await db.closeThread(ctx.params.id);
          void db.createAuditEntry({ action: 'close', threadId: ctx.params.id });
          ctx.body = thread;
        });

      `,
    },
    {
      name: 'a route that hands back a link (authorization-uri, uploadUrl) or generates something is an action',
      code: code`
        import Router from '@koa/router';
        const router = new Router();
        router.post('/social/:connectorId/authorization-uri', async (ctx) => {
          const verification = await SocialVerification.create(ctx.params.connectorId);
          ctx.body = { authorizationUri: verification.uri, verificationId: verification.id };
        });
        router.post('/files/uploadUrl', async (ctx) => {
          const upload = await Upload.create({ name: ctx.request.body.name });
          ctx.body = { url: upload.url };
        });
        router.post('/reports/generate', async (ctx) => {
          const report = await Report.create({ range: ctx.request.body.range });
          ctx.body = report;
        });
      `,
    },
    {
      name: 'a template path keeps its literal segments: ${prefix}/totp/verify is a verify action',
      code: code`
        import Router from '@koa/router';
        const router = new Router();
        const prefix = routes.verification;
        router.post(\`\${prefix}/totp/verify\`, async (ctx) => {
          const record = await TotpVerification.create(ctx.request.body);
          ctx.body = { verificationId: record.id };
        });
      `,
    },
    {
      name: 'an RPC-style path names its action after the dot: documents.export answers 200',
      code: code`
        import Router from '@koa/router';
        const router = new Router();
        router.post('documents.export', async (ctx) => {
          const operation = await FileOperation.create({ documentId: ctx.request.body.id });
          ctx.body = { data: operation };
        });
      `,
    },
    {
      name: 'a logging helper named createLog records nothing the client asked for',
      code: code`
        import Router from '@koa/router';
        const router = new Router();
        router.post('/interaction/mfa', async (ctx) => {
          const { createLog } = ctx;
          createLog('Interaction.BindMfa.Create');
          ctx.body = { secret: generateSecret() };
        });
      `,
    },
    {
      name: 'ctx.status = 201 before the body answers 201 Created',
      code: code`
        import Router from '@koa/router';
        const router = new Router();
        router.post('/users', async (ctx) => {
          const user = await User.create(ctx.request.body);
          ctx.status = 201;
          ctx.body = user;
        });
      `,
    },
    {
      name: 'a message body after ctx.status = 201 keeps the 201',
      code: code`
        import Router from '@koa/router';
        const router = new Router();
        router.post('/posts', async (ctx) => {
          await Post.create(ctx.request.body);
          ctx.status = 201;
          ctx.body = { message: 'Created' };
        });
      `,
    },
    {
      name: 'ctx.status = 201 after the body still applies: Koa sends once the middleware settles',
      code: code`
        import Router from '@koa/router';
        const router = new Router();
        router.post('/users', async (ctx) => {
          ctx.body = await User.create(ctx.request.body);
          ctx.status = 201;
        });
      `,
    },
    {
      name: 'a GET route that creates a cache entry is not a create endpoint',
      code: code`
        import Router from '@koa/router';
        const router = new Router();
        router.get('/reports/:id', async (ctx) => {
          const report = await Report.findById(ctx.params.id);
          await cache.insert(report);
          ctx.body = report;
        });
      `,
    },
    {
      name: 'a login route answers 200 by design even when it creates a session record',
      code: code`
        import Router from '@koa/router';
        const router = new Router({ prefix: '/auth' });
        router.post('/login', async (ctx) => {
          const session = await Session.create({ user: ctx.state.user.id });
          ctx.body = { token: session.token };
        });
      `,
    },
    {
      name: 'the body sent when the create failed answers the failure, not the create',
      code: code`
        import Router from '@koa/router';
        const router = new Router();
        router.post('/articles', async (ctx) => {
          const [err, article] = await ArticleDao.create(ctx.request.body);
          if (!err) {
            ctx.status = 201;
            ctx.body = article;
          } else {
            ctx.body = fail(err);
          }
        });
      `,
    },
    {
      name: 'app.use middleware has no known method, so it is not checked',
      code: code`
        import Koa from 'koa';
        const app = new Koa();
        app.use(async (ctx) => {
          ctx.body = await Visit.create({ path: ctx.path });
        });
      `,
    },
  ],
  invalid: [
    {
      name: 'a guard that publishes the route\'s statuses with 201 in them, and a handler that answers 200, is reported',
      code: code`
        import Router from '@koa/router';
        export default function scopeRoutes(router: Router) {
          router.post(
            '/scopes',
            koaGuard({ body: Scopes.createGuard, response: Scopes.guard, status: [201, 400] }),
            async (ctx, next) => {
              ctx.body = await insertScope(ctx.guard.body);
              return next();
            },
          );
        }
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'insertScope' },
          line: 7,
          column: 7,
          endLine: 7,
          endColumn: 51,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              output: code`
                import Router from '@koa/router';
                export default function scopeRoutes(router: Router) {
                  router.post(
                    '/scopes',
                    koaGuard({ body: Scopes.createGuard, response: Scopes.guard, status: [201, 400] }),
                    async (ctx, next) => {
                      ctx.status = 201;
                      ctx.body = await insertScope(ctx.guard.body);
                      return next();
                    },
                  );
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'an RPC method whose snake-case name adds to a collection (collections.add_user) creates like any other',
      code: code`
        import Router from '@koa/router';
        const router = new Router();
        router.post('collections.add_user', async (ctx) => {
          const membership = await UserMembership.create({ userId: ctx.request.body.userId });
          ctx.body = { data: membership };
        });
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'UserMembership.create' },
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 34,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              output: code`
                import Router from '@koa/router';
                const router = new Router();
                router.post('collections.add_user', async (ctx) => {
                  const membership = await UserMembership.create({ userId: ctx.request.body.userId });
                  ctx.status = 201;
                  ctx.body = { data: membership };
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a handler passed by name to a router the module receives takes the route method',
      code: code`
        import type Router from '@koa/router';
        import type { Context } from 'koa';
        const addBook = async (ctx: Context): Promise<void> => {
          const book = await createBook(ctx.request.body);
          ctx.body = { id: book.id };
        };
        export function registerBookRoutes(router: Router): void {
          router.post('/books', addBook);
        }
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'createBook' },
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 29,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              output: code`
                import type Router from '@koa/router';
                import type { Context } from 'koa';
                const addBook = async (ctx: Context): Promise<void> => {
                  const book = await createBook(ctx.request.body);
                  ctx.status = 201;
                  ctx.body = { id: book.id };
                };
                export function registerBookRoutes(router: Router): void {
                  router.post('/books', addBook);
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a link that is the resource (short-url) is created like any other',
      code: code`
        import Router from '@koa/router';
        const router = new Router();
        router.post('/short-url', async (ctx) => {
          ctx.body = await ShortUrl.create({ target: ctx.request.body.target });
        });
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'ShortUrl.create' },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 72,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              data: {},
              output: code`
                import Router from '@koa/router';
                const router = new Router();
                router.post('/short-url', async (ctx) => {
                  ctx.status = 201;
                  ctx.body = await ShortUrl.create({ target: ctx.request.body.target });
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a POST route that creates and sets only the body answers 200 OK',
      code: code`
        import Router from '@koa/router';
        const router = new Router();
        router.post('/users', async (ctx) => {
          const user = await User.create(ctx.request.body);
          ctx.body = user;
        });
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'User.create' },
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 18,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              output: code`
                import Router from '@koa/router';
                const router = new Router();
                router.post('/users', async (ctx) => {
                  const user = await User.create(ctx.request.body);
                  ctx.status = 201;
                  ctx.body = user;
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'the suggestion keeps the indentation of a body set inside a block',
      code: code`
        import Router from '@koa/router';
        const router = new Router({ prefix: '/api' });
        router.post('/orders', async (ctx) => {
          if (ctx.request.body.items.length > 0) {
            const order = await prisma.order.create({ data: ctx.request.body });
            ctx.response.body = order;
          }
        });
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'prisma.order.create' },
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 30,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              output: code`
                import Router from '@koa/router';
                const router = new Router({ prefix: '/api' });
                router.post('/orders', async (ctx) => {
                  if (ctx.request.body.items.length > 0) {
                    const order = await prisma.order.create({ data: ctx.request.body });
                    ctx.response.status = 201;
                    ctx.response.body = order;
                  }
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a handler that answers POST by checking ctx.method',
      code: code`
        import Koa from 'koa';
        const app = new Koa();
        app.use(async (ctx, next) => {
          if (ctx.method === 'POST' && ctx.path === '/notes') {
            ctx.body = await Note.create(ctx.request.body);
            return;
          }
          await next();
        });
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'Note.create' },
          line: 5,
          column: 5,
          endLine: 5,
          endColumn: 51,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              output: code`
                import Koa from 'koa';
                const app = new Koa();
                app.use(async (ctx, next) => {
                  if (ctx.method === 'POST' && ctx.path === '/notes') {
                    ctx.status = 201;
                    ctx.body = await Note.create(ctx.request.body);
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

jsRuleTester.run('require-created-status (Koa, JavaScript)', rule, {
  assertionOptions: strict,
  valid: [
    {
      name: 'a method named post under an action key (follow: { post }) answers POST /profiles/:username/follow, an action',
      code: code`
        const db = require('./db');
        module.exports = {
          follow: {
            async post(ctx) {
              const profile = await db('users').where({ username: ctx.params.username }).first();
              await db('followers').insert({ user: profile.id, follower: ctx.state.user.id });
              ctx.body = { profile: { ...profile, following: true } };
            },
          },
        };
      `,
    },
    {
      name: 'koa-router with require: ctx.status = 201 first',
      code: code`
        const Router = require('koa-router');
        const router = new Router();
        router.post('/comments', async (ctx) => {
          const comment = await new Comment(ctx.request.body).save();
          ctx.status = 201;
          ctx.body = comment;
        });
      `,
    },
    {
      name: 'a controller registered in another file whose name says no create has no known method',
      code: code`
        exports.save = async (ctx) => {
          ctx.body = await Post.create(ctx.request.body);
        };
      `,
    },
  ],
  invalid: [
    {
      name: 'a controller named postX, beside getX ones, answers POST: its insert wants 201',
      filename: 'controllers/comments.js',
      code: code`
        const db = require('./db');
        exports.getComments = async (ctx) => {
          ctx.body = await db.findComments(ctx.params.postId);
        };
        exports.postComment = async (ctx) => {
          await db.insertComment([ctx.request.body.content, ctx.params.postId]);
          ctx.body = { message: 'comment added' };
        };
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'db.insertComment' },
          line: 7,
          column: 3,
          endLine: 7,
          endColumn: 42,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              output: code`
                const db = require('./db');
                exports.getComments = async (ctx) => {
                  ctx.body = await db.findComments(ctx.params.postId);
                };
                exports.postComment = async (ctx) => {
                  await db.insertComment([ctx.request.body.content, ctx.params.postId]);
                  ctx.status = 201;
                  ctx.body = { message: 'comment added' };
                };
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a model class of the app\'s own stores a new instance with store(): the POST answers 200',
      code: code`
        const Router = require('@koa/router');
        const router = new Router();
        router.post('/notes', async (ctx) => {
          const note = new Note(ctx.request.body);
          await note.store();
          ctx.body = { id: note.id };
        });
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'note.store' },
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 29,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              output: code`
                const Router = require('@koa/router');
                const router = new Router();
                router.post('/notes', async (ctx) => {
                  const note = new Note(ctx.request.body);
                  await note.store();
                  ctx.status = 201;
                  ctx.body = { id: note.id };
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a controller method named post, with its route in another file, creates like create does',
      code: code`
        const db = require('./db');
        module.exports = {
          async post(ctx) {
            const comment = { id: uuid(), body: ctx.request.body.comment.body };
            await db('comments').insert(comment);
            ctx.body = { comment };
          },
        };
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'db(\'comments\').insert' },
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 27,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              output: code`
                const db = require('./db');
                module.exports = {
                  async post(ctx) {
                    const comment = { id: uuid(), body: ctx.request.body.comment.body };
                    await db('comments').insert(comment);
                    ctx.status = 201;
                    ctx.body = { comment };
                  },
                };
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a controller registered in another file answers POST when its name says it creates',
      code: code`
        exports.create = async (ctx) => {
          ctx.body = await Post.create(ctx.request.body);
        };
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'Post.create' },
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 49,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              output: code`
                exports.create = async (ctx) => {
                  ctx.status = 201;
                  ctx.body = await Post.create(ctx.request.body);
                };
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a handler passed by name to router.post',
      code: code`
        const Router = require('@koa/router');
        const router = new Router();
        async function createTag(ctx) {
          const tag = await Tag.create(ctx.request.body);
          ctx.body = { tag };
        }
        router.post('/tags', createTag);
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'Tag.create' },
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 21,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              output: code`
                const Router = require('@koa/router');
                const router = new Router();
                async function createTag(ctx) {
                  const tag = await Tag.create(ctx.request.body);
                  ctx.status = 201;
                  ctx.body = { tag };
                }
                router.post('/tags', createTag);
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a route registered on a router the module receives is still read as POST',
      code: code`
        module.exports = (router) => {
          router.post('/posts', async (ctx) => {
            ctx.body = await Post.create(ctx.request.body);
          });
        };
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'Post.create' },
          line: 3,
          column: 5,
          endLine: 3,
          endColumn: 51,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              output: code`
                module.exports = (router) => {
                  router.post('/posts', async (ctx) => {
                    ctx.status = 201;
                    ctx.body = await Post.create(ctx.request.body);
                  });
                };
              `,
            },
          ],
        },
      ],
    },
  ],
});
