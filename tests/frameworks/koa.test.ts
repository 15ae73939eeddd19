import { describe, expect, it } from 'vitest';
import { code } from '../support/code.js';
import { inventory } from '../support/inventory.js';

describe('Koa adapter', () => {
  it('finds routes on @koa/router routers, with methods, prefixed paths and ctx writes', () => {
    expect(
      inventory(code`
        import Koa from 'koa';
        import Router from '@koa/router';
        const app = new Koa();
        const router = new Router({ prefix: '/api' });
        router.get('/users', async (ctx) => {
          ctx.body = await User.find();
        });
        router
          .post('/users', async (ctx) => {
            const user = await User.create(ctx.request.body);
            ctx.status = 201;
            ctx.body = user;
          })
          .del('/users/:id', remove);
        router.get('user', '/users/:id', async (ctx, next) => {
          const user = await User.findById(ctx.params.id);
          ctx.assert(user, 404, 'User not found');
          ctx.response.body = user;
        });
        async function remove(ctx) {
          ctx.status = 204;
        }
        app.use(async (ctx, next) => {
          try {
            await next();
          } catch (err) {
            ctx.status = err.status || 500;
            ctx.body = { error: err.message };
          }
        });
        app.use(router.routes()).use(router.allowedMethods());
      `),
    ).toMatchInlineSnapshot(`
      "koa GET /api/users (line 5)
        L6 send implicit data non-terminal: ctx.body = await User.find()
      koa POST /api/users (line 9)
        L11 status 201: ctx.status = 201
        L12 send implicit data non-terminal: ctx.body = user
      koa GET /api/users/:id (line 15)
        L17 throw 404: ctx.assert(user, 404, 'User not found')
        L18 send implicit data non-terminal: ctx.response.body = user
      koa DELETE /api/users/:id (line 20)
        L21 status 204: ctx.status = 204
      koa * ? (line 23)
        L27 status dynamic: ctx.status = err.status || 500
        L28 send implicit data non-terminal: ctx.body = { error: err.message }"
    `);
  });

  it('follows require, named imports, koa-router called without new, and router.all/use', () => {
    expect(
      inventory(
        code`
          const Koa = require('koa');
          const { Router } = require('@koa/router');
          const KoaRouter = require('koa-router');
          const app = new Koa();
          const api = new Router();
          const legacy = KoaRouter({ prefix: '/v1' });
          api.all('/ping', (ctx) => {
            ctx.body = 'pong';
          });
          api.use(async (ctx, next) => {
            ctx.set('X-Api', '1');
            await next();
          });
          legacy.put('/items/:id', (ctx) => {
            ctx.redirect('/v1/items');
          });
          app.use((ctx) => {
            ctx.body = 404;
          });
        `,
        'app.js',
      ),
    ).toMatchInlineSnapshot(`
      "koa * /ping (line 7)
        L8 send implicit data non-terminal: ctx.body = 'pong'
      koa * ? (line 10)
      koa PUT /v1/items/:id (line 14)
        L15 send implicit redirect non-terminal: ctx.redirect('/v1/items')
      koa * ? (line 17)
        L18 send implicit data non-terminal: ctx.body = 404"
    `);
  });

  it('finds controllers typed with Koa types or using ctx as a context, with an unknown method', () => {
    expect(
      inventory(code`
        import type { Context, Middleware, Next } from 'koa';
        import type { RouterContext } from '@koa/router';
        export async function list(ctx: Context) {
          ctx.body = await Item.find();
        }
        export const show = async (ctx: RouterContext, next: Next) => {
          ctx.throw(404, 'Item not found');
        };
        export const auth: Middleware = async (context, next) => {
          if (!context.state.user) context.throw(401);
          await next();
        };
        export function pageSize(ctx: { query: { size?: string } }) {
          return 100;
        }
      `),
    ).toMatchInlineSnapshot(`
      "koa * ? (line 3)
        L4 send implicit data non-terminal: ctx.body = await Item.find()
      koa * ? (line 6)
        L7 throw 404: ctx.throw(404, 'Item not found')
      koa * ? (line 9)
        L10 throw 401: context.throw(401)"
    `);
  });

  it('finds (ctx) controllers in plain files that import nothing only when ctx is used as a Koa context', () => {
    expect(
      inventory(
        code`
          exports.create = async (ctx) => {
            const post = await Post.create(ctx.request.body);
            ctx.status = 201;
            ctx.body = post;
          };
          exports.helper = (ctx) => ctx.state.user;
          bot.on('text', (ctx) => ctx.reply('hi'));
          module.exports.routes = (router) => {
            router.post('/comments', async (ctx) => {
              ctx.body = await Comment.create(ctx.request.body);
            });
          };
        `,
        'controllers/posts.js',
      ),
    ).toMatchInlineSnapshot(`
      "koa * ? (line 1)
        L3 status 201: ctx.status = 201
        L4 send implicit data non-terminal: ctx.body = post
      koa POST /comments (line 9)
        L10 send implicit data non-terminal: ctx.body = await Comment.create(ctx.request.body)"
    `);
  });

  it('marks work the middleware does not await as always late, except inside an awaited new Promise', () => {
    expect(
      inventory(code`
        import Router from '@koa/router';
        const router = new Router();
        router.post('/jobs', async (ctx) => {
          Job.create(ctx.request.body).then((job) => {
            ctx.status = 201;
            ctx.body = job;
          });
          setTimeout(() => {
            ctx.body = 'late';
          }, 10);
          await new Promise((resolve) => {
            setTimeout(() => {
              ctx.body = 'in time';
              resolve();
            }, 10);
          });
          if (!ctx.headerSent) ctx.status = 202;
        });
      `),
    ).toMatchInlineSnapshot(`
      "koa POST /jobs (line 3)
        L5 status 201: ctx.status = 201 (deferred: always)
        L6 send implicit data non-terminal: ctx.body = job (deferred: always)
        L9 send implicit data non-terminal: ctx.body = 'late' (deferred: always)
        L13 send implicit data non-terminal: ctx.body = 'in time' (deferred: if-handler-sends)
        L17 status 202: ctx.status = 202 (guarded)"
    `);
  });

  it('leaves Express detached work as late only if the handler sends (the Koa timing is a seed fact)', () => {
    expect(
      inventory(code`
        import express from 'express';
        const app = express();
        app.post('/jobs', (req, res) => {
          Job.create(req.body).then((job) => {
            res.status(201).json(job);
          });
        });
      `),
    ).toMatchInlineSnapshot(`
      "express POST /jobs (line 3)
        L5 status 201: res.status(201) (deferred: if-handler-sends)
        L5 send 201 data: res.status(201).json(job) (deferred: if-handler-sends)"
    `);
  });
});
