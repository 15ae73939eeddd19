import { describe, expect, it } from 'vitest';
import { code } from '../support/code.js';
import { inventory } from '../support/inventory.js';

describe('Fastify adapter', () => {
  it('finds routes on the instance, with methods, paths, options objects and route()', () => {
    expect(
      inventory(code`
        import Fastify from 'fastify';
        const app = Fastify({ logger: true });
        app.get('/users', async (request, reply) => {
          return db.users.findMany();
        });
        app.post('/users', { schema: { body: userSchema } }, async (request, reply) => {
          const user = await db.users.create(request.body);
          return reply.code(201).send(user);
        });
        app.put('/users/:id', {
          schema: {},
          handler: async (request, reply) => {
            reply.code(404);
            return { error: 'not found' };
          },
        });
        app.route({
          method: ['GET', 'HEAD'],
          url: '/health',
          handler(request, reply) {
            reply.send('ok');
          },
        });
        app.route({ method: 'DELETE', url: '/users/:id', handler: remove });
        async function remove(request, reply) {
          await db.users.delete(request.params.id);
          reply.code(204).send();
        }
        app.all('/anything', (request, reply) => reply.redirect('/users', 301));
      `),
    ).toMatchInlineSnapshot(`
      "fastify GET /users (line 3) [returns]
        L4 send implicit data: db.users.findMany()
      fastify POST /users (line 6) [returns]
        L8 status 201: reply.code(201)
        L8 send 201 data: reply.code(201).send(user)
      fastify PUT /users/:id (line 12) [returns]
        L13 status 404: reply.code(404)
        L14 send implicit data: { error: 'not found' }
      fastify GET|HEAD /health (line 20) [returns]
        L21 send implicit data: reply.send('ok')
      fastify DELETE /users/:id (line 25) [returns]
        L27 status 204: reply.code(204)
        L27 send 204 none: reply.code(204).send()
      fastify * /anything (line 29) [returns]
        L29 send 301 redirect: reply.redirect('/users', 301)"
    `);
  });

  it('follows plugins: register(), fastify-plugin, exported plugin files, typed instances', () => {
    expect(
      inventory(code`
        import { fastify, type FastifyInstance, type FastifyPluginAsync } from 'fastify';
        import fp from 'fastify-plugin';
        const server = fastify().withTypeProvider<ZodTypeProvider>();
        server.register(async (api) => {
          api.get('/a', async () => ({ a: 1 }));
        }, { prefix: '/v1' });
        server.register(fp(async (instance) => {
          instance.post('/b', async (request, reply) => reply.send({ b: 2 }));
        }));
        export async function userRoutes(app: FastifyInstance) {
          app.delete('/c', async (request, reply) => reply.code(204).send());
        }
        const items: FastifyPluginAsync = async (app) => {
          app.patch('/d', async (request) => request.body);
        };
        export default async function (f, opts) {
          f.get('/e', (request, reply) => { reply.send('e'); });
        }
      `),
    ).toMatchInlineSnapshot(`
      "fastify GET /v1/a (line 5) [returns]
        L5 send implicit data: { a: 1 }
      fastify POST /b (line 8) [returns]
        L8 send implicit data: reply.send({ b: 2 })
      fastify DELETE /c (line 11) [returns]
        L11 status 204: reply.code(204)
        L11 send 204 none: reply.code(204).send()
      fastify PATCH /d (line 14) [returns]
        L14 send implicit data: request.body
      fastify GET /e (line 17) [returns]
        L17 send implicit data: reply.send('e')"
    `);
  });

  it('prefixes the routes of a plugin registered with { prefix }, nested, through a named import', () => {
    expect(
      inventory(code`
        import { fastify } from 'fastify';
        import { fastifyPlugin } from 'fastify-plugin';
        const app = fastify();
        async function users(instance) {
          instance.post('/', async (request, reply) => reply.code(201).send(await db.user.create(request.body)));
          instance.get('/:id', async (request) => db.user.find(request.params.id));
        }
        app.register(async (v1) => {
          v1.register(users, { prefix: '/users' });
        }, { prefix: '/v1' });
        app.register(fastifyPlugin(async (root) => {
          root.get('/health', async () => ({ ok: true }));
        }));
      `),
    ).toMatchInlineSnapshot(`
      "fastify POST /v1/users (line 5) [returns]
        L5 status 201: reply.code(201)
        L5 send 201 data: reply.code(201).send(await db.user.create(request.body))
      fastify GET /v1/users/:id (line 6) [returns]
        L6 send implicit data: db.user.find(request.params.id)
      fastify GET /health (line 12) [returns]
        L12 send implicit data: { ok: true }"
    `);
  });

  it('finds the instance from require(), called directly or through a binding', () => {
    expect(
      inventory(
        code`
          const fastify = require('fastify')({ logger: true });
          const { fastify: create } = require('fastify');
          const other = create();
          fastify.post('/a', async (request, reply) => ({ a: 1 }));
          other.get('/b', (request, reply) => { reply.send('b'); });
        `,
        'server.js',
      ),
    ).toMatchInlineSnapshot(`
      "fastify POST /a (line 4) [returns]
        L4 send implicit data: { a: 1 }
      fastify GET /b (line 5) [returns]
        L5 send implicit data: reply.send('b')"
    `);
  });

  it('reads plugin files that import nothing when the instance is named fastify', () => {
    expect(
      inventory(
        code`
          'use strict';
          module.exports = async function (fastify, opts) {
            fastify.get('/', async function (request, reply) {
              return { root: true };
            });
          };
        `,
        'routes/root.js',
      ),
    ).toMatchInlineSnapshot(`
      "fastify GET / (line 3) [returns]
        L4 send implicit data: { root: true }"
    `);
  });

  it('reads what a returned transaction resolves to: its callback returns the answer', () => {
    expect(
      inventory(code`
        import Fastify from 'fastify';
        const app = Fastify();
        app.get('/bookmarks/:id', async (request, reply) => {
          return app.pg.transact(async (client) => {
            const { rows } = await client.query('select 1');
            if (rows.length === 0) return { error: 'Bookmark not found' };
            return rows[0];
          });
        });
        app.delete('/bookmarks/:id', async (request, reply) => {
          return await app.prisma.$transaction(async (tx) => {
            if (!(await tx.bookmark.findUnique({ where: { id: 1 } }))) return 404;
            return { deleted: true };
          });
        });
        // Not a transaction: what a callback of another call returns is not the answer.
        app.get('/tags', async (request, reply) => {
          return app.cache.wrap('tags', async () => ({ cached: true }));
        });
      `),
    ).toMatchInlineSnapshot(`
      "fastify GET /bookmarks/:id (line 3) [returns]
        L6 send implicit data: { error: 'Bookmark not found' }
        L7 send implicit data: rows[0]
      fastify DELETE /bookmarks/:id (line 10) [returns]
        L12 send implicit data: 404
        L13 send implicit data: { deleted: true }
      fastify GET /tags (line 17) [returns]
        L18 send implicit data: app.cache.wrap('tags', async () => ({ cached: true }))"
    `);
  });

  it('reads plugins exported by name for an index plugin to call, when the instance is named fastify', () => {
    expect(
      inventory(
        code`
          /** @import { FastifyPluginAsync } from 'fastify' */
          export async function getNoteRoute(fastify, _opts) {
            fastify.get('/:id', async function (request, reply) {
              return { id: request.params.id };
            });
          }
          export const deleteNoteRoute = async (fastify) => {
            fastify.delete('/:id', async (request, reply) => reply.code(204).send());
          };
          // Not a plugin: its first parameter is no instance.
          export function mount(app) {
            app.get('/other', async (request, reply) => ({ other: true }));
          }
        `,
        'routes/notes/get-note.js',
      ),
    ).toMatchInlineSnapshot(`
      "fastify GET /:id (line 3) [returns]
        L4 send implicit data: { id: request.params.id }
      fastify DELETE /:id (line 8) [returns]
        L8 status 204: reply.code(204)
        L8 send 204 none: reply.code(204).send()"
    `);
  });

  it('reads route plugins typed by a type provider, whose files import nothing from fastify', () => {
    expect(
      inventory(code`
        import { FastifyPluginCallbackZod } from 'fastify-type-provider-zod';
        import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
        export const createBoard: FastifyPluginCallbackZod = (instance, _opts, done) => {
          instance.route({
            method: 'POST',
            url: '/boards',
            handler: async (request, reply) => {
              return reply.send({ message: 'Owner not found.' });
            },
          });
          done();
        };
        export const labels: FastifyPluginAsyncTypebox = async (app) => {
          app.get('/labels/:id', async (request) => loadLabel(request.params.id));
        };
      `),
    ).toMatchInlineSnapshot(`
      "fastify POST /boards (line 7) [returns]
        L8 send implicit data: reply.send({ message: 'Owner not found.' })
      fastify GET /labels/:id (line 14) [returns]
        L14 send implicit data: loadLabel(request.params.id)"
    `);
  });

  it('leaves files alone that import nothing and export an app-shaped function', () => {
    expect(
      inventory(
        code`
          module.exports = function (app) {
            app.get('/', (request, reply) => reply.send(404));
          };
        `,
        'routes.js',
      ),
    ).toMatchInlineSnapshot(`"(no handlers)"`);
  });

  it('finds hooks, error and not-found handlers, and ignores late hooks', () => {
    expect(
      inventory(code`
        import Fastify from 'fastify';
        const app = Fastify();
        app.addHook('preHandler', async (request, reply) => {
          if (!request.user) return reply.code(401).send({ error: 'Unauthorized' });
        });
        app.addHook('onSend', async (request, reply, payload) => {
          reply.header('x-time', Date.now());
          return payload;
        });
        app.addHook('onResponse', async (request, reply) => {
          reply.code(500);
        });
        app.setErrorHandler((error, request, reply) => {
          reply.status(error.statusCode ?? 500).send({ error: error.message });
        });
        app.setNotFoundHandler((request, reply) => {
          reply.code(404).send({ error: 'Not found' });
        });
        app.get('/secret', { preHandler: async (request, reply) => { reply.unauthorized(); } }, async () => 'ok');
      `),
    ).toMatchInlineSnapshot(`
      "fastify * ? (line 3)
        L4 status 401: reply.code(401)
        L4 send 401 data: reply.code(401).send({ error: 'Unauthorized' })
      fastify * ? (line 13) [error-handler, returns]
        L14 status dynamic: reply.status(error.statusCode ?? 500)
        L14 send dynamic data: reply.status(error.statusCode ?? 500).send({ error: error...
      fastify * ? (line 16) [returns]
        L17 status 404: reply.code(404)
        L17 send 404 data: reply.code(404).send({ error: 'Not found' })
      fastify * ? (line 19)
        L19 send 401 status-text: reply.unauthorized()
      fastify GET /secret (line 19) [returns]
        L19 send implicit data: 'ok'"
    `);
  });

  it('reads reply sends: sensible helpers, errors as bodies, redirects, returned values', () => {
    expect(
      inventory(code`
        import Fastify from 'fastify';
        const app = Fastify();
        app.get('/a/:id', async (request, reply) => {
          const item = await db.find(request.params.id);
          if (!item) return reply.notFound('No such item');
          if (item.locked) return app.httpErrors.forbidden();
          try {
            return item;
          } catch (err) {
            reply.send(err);
          }
          return reply;
        });
        app.get('/b', async (request, reply) => {
          reply.header('x', '1').type('text/plain').send(404);
          reply.callNotFound();
          return 404;
        });
        app.get('/c', async (request, reply) => {
          return sendItem(reply, item);
        });
        app.get('/d', async () => {
          return load().then((rows) => rows);
        });
      `),
    ).toMatchInlineSnapshot(`
      "fastify GET /a/:id (line 3) [returns]
        L5 send 404 status-text: reply.notFound('No such item')
        L6 send dynamic data: app.httpErrors.forbidden()
        L8 send implicit data: item
        L10 send dynamic data: reply.send(err)
      fastify GET /b (line 14) [returns]
        L15 send implicit data: reply.header('x', '1').type('text/plain').send(404)
        L16 send 404 status-text: reply.callNotFound()
        L17 send implicit data: 404
      fastify GET /c (line 19) [returns]
      fastify GET /d (line 22) [returns]"
    `);
  });

  it('finds controllers by their FastifyReply type or by (request, reply) in a file importing Fastify', () => {
    expect(
      inventory(code`
        import type { FastifyReply, FastifyRequest } from 'fastify';
        export async function createUser(req: FastifyRequest<{ Body: User }>, rep: FastifyReply) {
          const user = await userService.create(req.body);
          return rep.code(201).send(user);
        }
        export const getUser = async (request, reply) => {
          return userService.find(request.params.id);
        };
        export const legacy = async (req, res) => {
          res.send({ ok: true });
        };
        export const notAHandler = (req, res) => res.pipe(out);
        server.post('/orders', async (request, reply) => ({ ok: true }));
        export function requireAdmin(request: FastifyRequest, reply: FastifyReply) {
          if (!request.user.admin) {
            reply.code(403).send({ error: 'Forbidden' });
            return false;
          }
          return true;
        }
        async function loadOrder(request, reply) {
          return db.order.find(request.params.id);
        }
        export const showOrder = async (request, reply) => loadOrder(request, reply);
        server.get('/orders', async (request: FastifyRequest) => orders.list(request.query));
        export const userIdOf = (request: FastifyRequest) => request.user.id;
        export const deleteOrder: RouteOptions = {
          method: 'DELETE',
          url: '/orders/:id',
          handler: async (request, reply) => {
            reply.code(204).send();
          },
        };
      `),
    ).toMatchInlineSnapshot(`
      "fastify * ? (line 2) [returns]
        L4 status 201: rep.code(201)
        L4 send 201 data: rep.code(201).send(user)
      fastify * ? (line 6) [returns]
        L7 send implicit data: userService.find(request.params.id)
      fastify * ? (line 9) [returns]
        L10 send implicit data: res.send({ ok: true })
      fastify POST /orders (line 13) [returns]
        L13 send implicit data: { ok: true }
      fastify * ? (line 14)
        L16 status 403: reply.code(403)
        L16 send 403 data: reply.code(403).send({ error: 'Forbidden' })
      fastify * ? (line 21)
      fastify * ? (line 24) [returns]
      fastify GET /orders (line 25) [returns]
        L25 send implicit data: orders.list(request.query)
      fastify DELETE /orders/:id (line 30) [returns]
        L31 status 204: reply.code(204)
        L31 send 204 none: reply.code(204).send()"
    `);
  });
});
