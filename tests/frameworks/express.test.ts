import { describe, expect, it } from 'vitest';
import { code } from '../support/code.js';
import { inventory } from '../support/inventory.js';

describe('Express adapter', () => {
  it('finds routes on apps and routers, with methods, paths and responses', () => {
    expect(
      inventory(code`
        import express, { Router } from 'express';
        const app = express();
        const router = Router();
        app.get('/users', async (req, res) => {
          res.json(await User.find());
        });
        router.post('/users', async (req, res) => {
          const user = await User.create(req.body);
          res.status(201).json(user);
        });
        app.route('/items').get(list).delete((req, res) => res.sendStatus(204));
        function list(req, res) {
          res.statusCode = 200;
          res.send('ok');
        }
      `),
    ).toMatchInlineSnapshot(`
      "express GET /users (line 4)
        L5 send implicit data: res.json(await User.find())
      express POST /users (line 7)
        L9 status 201: res.status(201)
        L9 send 201 data: res.status(201).json(user)
      express DELETE /items (line 11)
        L11 send 204 status-text: res.sendStatus(204)
      express GET /items (line 12)
        L13 status 200: res.statusCode = 200
        L14 send implicit data: res.send('ok')"
    `);
  });

  it('follows apps and routers made through require, a namespace import and express.Router()', () => {
    expect(
      inventory(
        code`
          const express = require('express');
          const { Router } = require('express');
          const app = express();
          const users = express.Router();
          const posts = Router();
          users.get('/:id', (req, response) => response.json({}));
          posts.delete('/:id', (request, res) => res.sendStatus(204));
          app.listen(3000);
        `,
        'app.js',
      ),
    ).toMatchInlineSnapshot(`
      "express GET /:id (line 6)
        L6 send implicit data: response.json({})
      express DELETE /:id (line 7)
        L7 send 204 status-text: res.sendStatus(204)"
    `);
    expect(
      inventory(code`
        import * as express from 'express';
        const app = express();
        const router = express.Router();
        router.patch('/:id', (req: express.Request, res: express.Response) => {
          res.status(200).json({ ok: true });
        });
        app.use('/posts', router);
      `),
    ).toMatchInlineSnapshot(`
      "express PATCH /posts/:id (line 4)
        L5 status 200: res.status(200)
        L5 send 200 data: res.status(200).json({ ok: true })"
    `);
  });

  it('prefixes the routes of a router mounted once in the same file, and keeps the path of one mounted twice', () => {
    expect(
      inventory(code`
        import express, { Router } from 'express';
        const app = express();
        const api = Router();
        const auth = Router();
        const shared = Router();
        app.use('/api', api);
        api.use('/auth/login', auth);
        app.use('/a', shared);
        app.use('/b', shared);
        auth.post('/', (req, res) => res.json({}));
        api.post('/users/', (req, res) => res.json({}));
        shared.get('/x', (req, res) => res.json({}));
      `),
    ).toMatchInlineSnapshot(`
      "express POST /api/auth/login (line 10)
        L10 send implicit data: res.json({})
      express POST /api/users (line 11)
        L11 send implicit data: res.json({})
      express GET /x (line 12)
        L12 send implicit data: res.json({})"
    `);
  });

  it('treats every function of a middleware chain and of an app.route() chain as a handler', () => {
    expect(
      inventory(code`
        import express from 'express';
        import { asyncHandler } from '../utils/async-handler';
        const app = express();
        const auth = (req, res, next) => (req.user ? next() : res.status(401).json({ error: 'Unauthorized' }));
        const create = async (req, res) => {
          res.status(201).json(await Post.create(req.body));
        };
        app
          .route('/posts')
          .get(auth, asyncHandler(async (req, res) => res.json(await Post.find())))
          .post(auth, [validate], catchAsync(create));
        function validate(req, res, next) {
          next();
        }
      `),
    ).toMatchInlineSnapshot(`
      "express GET|POST /posts (line 4)
        L4 status 401: res.status(401)
        L4 send 401 data: res.status(401).json({ error: 'Unauthorized' })
      express POST /posts (line 5)
        L6 status 201: res.status(201)
        L6 send 201 data: res.status(201).json(await Post.create(req.body))
      express GET /posts (line 10)
        L10 send implicit data: res.json(await Post.find())
      express POST /posts (line 12)"
    `);
  });

  it('finds error middleware, next(err) hand-offs and the sends of each', () => {
    expect(
      inventory(code`
        import express from 'express';
        const app = express();
        app.get('/boom', (req, res, next) => {
          next(new Error('boom'));
        });
        app.use((err, req, res, next) => {
          if (res.headersSent) return next(err);
          res.status(err.status || 500).json({ error: err.message });
        });
      `),
    ).toMatchInlineSnapshot(`
      "express GET /boom (line 3)
        L4 throw dynamic: next(new Error('boom'))
      express * ? (line 6) [error-handler]
        L7 throw dynamic: next(err) (guarded)
        L8 status dynamic: res.status(err.status || 500)
        L8 send dynamic data: res.status(err.status || 500).json({ error: err.message })"
    `);
  });

  it('finds controllers that no file registers: plain JS exports and typed TS functions', () => {
    expect(
      inventory(
        code`
          const catchAsync = require('../utils/catchAsync');
          exports.create = catchAsync(async (req, res) => {
            const tour = await Tour.create(req.body);
            res.status(201).json({ status: 'success', data: { tour } });
          });
          exports.remove = async (req, res, next) => {
            await Tour.findByIdAndDelete(req.params.id);
            res.status(204).json({ status: 'success', data: null });
          };
          // Not handlers: the second parameter is not used as a response, or not named like one.
          exports.format = (req, res) => res.name;
          exports.add = (a, b) => a + b;
        `,
        'tourController.js',
      ),
    ).toMatchInlineSnapshot(`
      "express * ? (line 2)
        L4 status 201: res.status(201)
        L4 send 201 data: res.status(201).json({ status: 'success', data: { tour } })
      express * ? (line 6)
        L8 status 204: res.status(204)
        L8 send 204 data: res.status(204).json({ status: 'success', data: null })"
    `);
    expect(
      inventory(code`
        import type { Request, Response } from 'express';
        export async function show(req: Request, res: Response) {
          const post = await Post.findById(req.params.id);
          if (!post) return res.status(404).json({ message: 'Not found' });
          return res.json(post);
        }
      `),
    ).toMatchInlineSnapshot(`
      "express * ? (line 2)
        L4 status 404: res.status(404)
        L4 send 404 data: res.status(404).json({ message: 'Not found' })
        L5 send implicit data: res.json(post)"
    `);
  });

  it('finds class-based controllers registered with this.router in the same class', () => {
    expect(
      inventory(code`
        import { Router, type Request, type Response } from 'express';
        class PostController {
          public path = '/posts';
          public router = Router();
          constructor() {
            this.router.post(this.path, auth, this.create);
            this.router.delete(this.path + '/:id', this.remove);
          }
          private create = async (request: Request, response: Response) => {
            const post = new this.post(request.body);
            response.send(await post.save());
          };
          async remove(request: Request, response: Response) {
            response.send(200);
          }
        }
      `),
    ).toMatchInlineSnapshot(`
      "express POST ? (line 9)
        L11 send implicit data: response.send(await post.save())
      express DELETE ? (line 13)
        L14 send implicit data: response.send(200)"
    `);
  });

  it('marks work that runs after the response: timers, un-awaited promises and finish listeners', () => {
    expect(
      inventory(code`
        import express from 'express';
        const app = express();
        app.post('/jobs', async (req, res) => {
          res.on('finish', () => res.status(200));
          setImmediate(() => res.status(500));
          process.nextTick(() => res.status(500));
          queueMicrotask(() => res.status(500));
          setTimeout(() => res.json({}), 10);
          queue.add(req.body).then(() => res.json({})).finally(() => res.end());
          await queue.flush().then(() => res.status(202));
          res.status(202).json({ queued: true });
        });
      `),
    ).toMatchInlineSnapshot(`
      "express POST /jobs (line 3)
        L4 status 200: res.status(200) (deferred: always)
        L5 status 500: res.status(500) (deferred: if-handler-sends)
        L6 status 500: res.status(500) (deferred: if-handler-sends)
        L7 status 500: res.status(500) (deferred: if-handler-sends)
        L8 send implicit data: res.json({}) (deferred: if-handler-sends)
        L9 send implicit data: res.json({}) (deferred: if-handler-sends)
        L9 send implicit none: res.end() (deferred: if-handler-sends)
        L10 status 202: res.status(202)
        L11 status 202: res.status(202)
        L11 send 202 data: res.status(202).json({ queued: true })"
    `);
  });

  it('reads a returned number as a send the client never gets, and ignores other functions', () => {
    expect(
      inventory(code`
        import express from 'express';
        const app = express();
        app.get('/missing', (req, res) => {
          return 404;
        });
        function statusOf(user) {
          return user ? 200 : 404;
        }
        ws.on('message', (req, res) => res.send(404));
      `),
    ).toMatchInlineSnapshot(`
      "express GET /missing (line 3)
        L4 send implicit data: 404"
    `);
  });

  it('reads file-routed exports named after a method (Medusa src/api/**/route.ts)', () => {
    expect(
      inventory(
        code`
          import type { MedusaRequest, MedusaResponse } from '@medusajs/framework/http';
          export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
            res.json({ wishlist: await wishlists.create(req.body) });
          };
          export async function GET(req: MedusaRequest, res: MedusaResponse) {
            res.json({ wishlist: await wishlists.retrieve(req.params.id) });
          }
          // Not named after a method: a helper, with no route of its own.
          export const format = (req: MedusaRequest, res: MedusaResponse) => res.json({});
        `,
        'src/api/store/wishlists/[id]/route.ts',
      ),
    ).toMatchInlineSnapshot(`
      "express POST /store/wishlists/[id] (line 2)
        L3 send implicit data: res.json({ wishlist: await wishlists.create(req.body) })
      express GET /store/wishlists/[id] (line 5)
        L6 send implicit data: res.json({ wishlist: await wishlists.retrieve(req.params....
      express * ? (line 9)
        L9 send implicit data: res.json({})"
    `);
  });
});
