import { describe, expect, it } from 'vitest';
import { code } from '../support/code.js';
import { inventory } from '../support/inventory.js';

describe('Hono adapter', () => {
  it('reads openapi routes held in an object of the same file', () => {
    expect(
      inventory(code`
        import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
        const routes = {
          projects: {
            create: createRoute({ method: 'post', path: '/projects', responses: { 201: { description: 'Made' } } }),
          },
        };
        const app = new OpenAPIHono();
        app.openapi(routes.projects.create, async (c) => c.json({ project: await store.addProject(c.req.valid('json')) }));
        app.openapi(routes.projects.missing, async (c) => c.json({}));
      `),
    ).toMatchInlineSnapshot(`
      "hono POST /projects (line 8) [returns]
        L8 send implicit data: c.json({ project: await store.addProject(c.req.valid('jso...
      hono * ? (line 9) [returns]
        L9 send implicit data: c.json({})"
    `);
  });

  it('reads apps typed with the project\'s own name in files that import nothing from Hono, by their handlers', () => {
    expect(
      inventory(code`
        import type { ServerInstance, RouteDefinitionContext, PublicAPIApp } from '../app/server.types';
        export function setupCreateNoteRoute({ app }: { app: ServerInstance }) {
          app.post('/api/notes', async (context) => {
            const { noteId } = await notes.save(await context.req.json());
            return context.json({ noteId });
          });
        }
        export function setupTagRoutes({ app, db }: RouteDefinitionContext) {
          app.get('/api/tags/:id', async (context) => context.json(await db.tags.find(context.req.param('id'))));
        }
        export function registerDomains(app: PublicAPIApp) {
          app.delete('/v1/domains/:id', async (c) => c.json({ deleted: true }));
          // Not a Hono handler: nothing uses its parameter as a context.
          app.get('/v1/legacy', (request) => legacy.answer(request));
        }
      `),
    ).toMatchInlineSnapshot(`
      "hono POST /api/notes (line 3) [returns]
        L5 send implicit data: context.json({ noteId })
      hono GET /api/tags/:id (line 9) [returns]
        L9 send implicit data: context.json(await db.tags.find(context.req.param('id')))
      hono DELETE /v1/domains/:id (line 12) [returns]
        L12 send implicit data: c.json({ deleted: true })"
    `);
  });

  it('leaves an app alias to the framework a file imports', () => {
    expect(
      inventory(code`
        import express from 'express';
        export function mountUsers(app: ExpressApp) {
          app.get('/users', async (context) => context.json(await users.list()));
        }
      `),
    ).toMatchInlineSnapshot(`"(no handlers)"`);
  });

  it('finds routes on apps, with methods, paths and the responses they return', () => {
    expect(
      inventory(code`
        import { Hono } from 'hono';
        const app = new Hono();
        app.get('/users', async (c) => c.json(await db.users.all()));
        app.post('/users', async (c) => {
          const user = await db.users.create(await c.req.json());
          return c.json(user, 201);
        });
        app.put('/users/:id', async (c) => {
          c.status(202);
          return c.json({ queued: true });
        });
        app.on(['PUT', 'PATCH'], '/posts/:id', (c) => c.text('ok'));
        app.on('PURGE', '/cache', (c) => c.body(null, 204));
        app.delete('/users/:id', (c) => c.redirect('/users'));
        app.all('/legacy', (c) => c.redirect('/new', 301));
        app.get('/gone', (c) => c.notFound());
      `),
    ).toMatchInlineSnapshot(`
      "hono GET /users (line 3) [returns]
        L3 send implicit data: c.json(await db.users.all())
      hono POST /users (line 4) [returns]
        L6 send 201 data: c.json(user, 201)
      hono PUT /users/:id (line 8) [returns]
        L9 status 202: c.status(202)
        L10 send implicit data: c.json({ queued: true })
      hono PUT|PATCH /posts/:id (line 12) [returns]
        L12 send implicit data: c.text('ok')
      hono * /cache (line 13) [returns]
        L13 send 204 data: c.body(null, 204)
      hono DELETE /users/:id (line 14) [returns]
        L14 send 302 redirect: c.redirect('/users')
      hono * /legacy (line 15) [returns]
        L15 send 301 redirect: c.redirect('/new', 301)
      hono GET /gone (line 16) [returns]
        L16 send 404 status-text: c.notFound()"
    `);
  });

  it('follows chains, basePath, sub-apps, the light presets and OpenAPIHono', () => {
    expect(
      inventory(code`
        import { Hono } from 'hono/tiny';
        import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
        const api = new Hono().basePath('/api');
        api.get('/a', (c) => c.text('a')).post((c) => c.text('b', 201));
        const books = new Hono()
          .get('/books', (c) => c.json([]))
          .delete('/books/:id', (c) => c.body(null, 204));
        api.route('/library', books);
        const openapi = new OpenAPIHono();
        const createBook = createRoute({ method: 'post', path: '/books', responses: {} });
        openapi.openapi(
          createBook,
          (c) => c.json({ id: 1 }, 201),
          (result, c) => {
            if (!result.success) return c.json({ error: 'invalid' }, 400);
          },
        );
      `),
    ).toMatchInlineSnapshot(`
      "hono GET /api/a (line 4) [returns]
        L4 send implicit data: c.text('a')
      hono POST /api/a (line 4) [returns]
        L4 send 201 data: c.text('b', 201)
      hono GET /books (line 6) [returns]
        L6 send implicit data: c.json([])
      hono DELETE /books/:id (line 7) [returns]
        L7 send 204 data: c.body(null, 204)
      hono POST /books (line 13) [returns]
        L13 send 201 data: c.json({ id: 1 }, 201)
      hono POST /books (line 14) [returns]
        L15 send 400 data: c.json({ error: 'invalid' }, 400)"
    `);
  });

  it('finds handlers passed by name, middleware, factories, validator hooks and error handlers', () => {
    expect(
      inventory(code`
        import { Hono } from 'hono';
        import { createFactory, createMiddleware } from 'hono/factory';
        import { validator } from 'hono/validator';
        const app = new Hono();
        const factory = createFactory();
        const auth = createMiddleware(async (c, next) => {
          if (!c.req.header('authorization')) return c.json({ error: 'unauthorized' }, 401);
          await next();
        });
        const handlers = factory.createHandlers(auth, (c) => c.json({ ok: true }));
        function listPosts(c) {
          return c.json([]);
        }
        app.use('*', auth);
        app.get('/posts', listPosts);
        app.get('/feed', ...handlers);
        app.post(
          '/posts',
          validator('json', (value, c) => {
            if (!value.title) return c.text('Invalid!', 400);
            return value;
          }),
          (c) => c.json(c.req.valid('json'), 201),
        );
        app.onError((err, c) => c.json({ error: err.message }, 500));
        app.notFound((c) => c.json({ message: 'Not Found' }, 404));
      `),
    ).toMatchInlineSnapshot(`
      "hono * * (line 6) [returns]
        L7 send 401 data: c.json({ error: 'unauthorized' }, 401)
      hono GET /feed (line 10) [returns]
        L10 send implicit data: c.json({ ok: true })
      hono GET /posts (line 11) [returns]
        L12 send implicit data: c.json([])
      hono POST /posts (line 19) [returns]
        L20 send 400 data: c.text('Invalid!', 400)
      hono POST /posts (line 23) [returns]
        L23 send 201 data: c.json(c.req.valid('json'), 201)
      hono * ? (line 25) [error-handler, returns]
        L25 send 500 data: c.json({ error: err.message }, 500)
      hono * ? (line 26) [returns]
        L26 send 404 data: c.json({ message: 'Not Found' }, 404)"
    `);
  });

  it('finds handlers in files that register nothing: typed Context, (c, next) and route-shaped calls', () => {
    expect(
      inventory(code`
        import type { Context, ErrorHandler, MiddlewareHandler, Next } from 'hono';
        import { routes } from './app';
        export async function getUser(c: Context) {
          return c.json(await db.users.find(c.req.param('id')));
        }
        export const onError: ErrorHandler = (err, c) => c.json({ error: 'boom' }, 500);
        export const timing: MiddlewareHandler = async (c, next) => {
          await next();
        };
        export async function logger(c, next: Next) {
          c.header('x-start', String(Date.now()));
          await next();
        }
        export const handleError = (err: Error, c: Context) => c.text(err.message, 500);
        routes.post('/comments', (c) => c.json({ id: 1 }, 201));
        // Not handlers: a plain callback, and a two-parameter function that never uses a context.
        [1, 2].map((c) => c + 1);
        const add = (a, next) => a + next;
      `),
    ).toMatchInlineSnapshot(`
      "hono * ? (line 3) [returns]
        L4 send implicit data: c.json(await db.users.find(c.req.param('id')))
      hono * ? (line 6) [error-handler, returns]
        L6 send 500 data: c.json({ error: 'boom' }, 500)
      hono * ? (line 7) [returns]
      hono * ? (line 10) [returns]
      hono * ? (line 14) [error-handler, returns]
        L14 send 500 data: c.text(err.message, 500)
      hono POST /comments (line 15) [returns]
        L15 send 201 data: c.json({ id: 1 }, 201)"
    `);
  });

  it("finds handlers typed with the project's alias of Context, declared in the file or imported", () => {
    expect(
      inventory(code`
        import type { Context } from 'hono';
        type Ctx = Context<{ Bindings: { KV: KVNamespace } }>;
        export async function readSetting(c: Ctx) {
          return c.json({ value: await c.env.KV.get(c.req.param('key')) });
        }
      `),
    ).toMatchInlineSnapshot(`
      "hono * ? (line 3) [returns]
        L4 send implicit data: c.json({ value: await c.env.KV.get(c.req.param('key')) })"
    `);
    expect(
      inventory(code`
        import type { AppContext } from '../types';
        export async function getNote(c: AppContext) {
          return c.json(await c.env.DB.prepare('SELECT 1').first());
        }
        // Not a handler: a parameter named otherwise in a file that imports nothing from Hono.
        export function render(ctx: PageContext) {
          return ctx.req.url;
        }
      `),
    ).toMatchInlineSnapshot(`
      "hono * ? (line 2) [returns]
        L3 send implicit data: c.json(await c.env.DB.prepare('SELECT 1').first())"
    `);
  });

  it('follows apps handed in as typed parameters and openapi routes on apps made elsewhere', () => {
    expect(
      inventory(code`
        import { createRoute, type OpenAPIHono, type RouteHandler } from '@hono/zod-openapi';
        import { createRouter } from './router';
        import { listPlans } from './routes';
        const createPlan = createRoute({ method: 'post', path: '/plans', responses: {} });
        export function registerPlans(app: OpenAPIHono) {
          app.openapi(createPlan, async (c) => c.json(await db.plan.create({ data: c.req.valid('json') }), 201));
        }
        export const router = createRouter()
          .openapi(listPlans, async (c) => c.json(await db.plan.findMany()))
          .openapi(createPlan, async (c) => c.json({ id: 1 }, 201));
        export const getPlan: RouteHandler<typeof listPlans> = (c) => c.json({ id: c.req.param('id') });
        // Not a handler: a callback whose parameter is a fetch Response.
        const bodies = Promise.all(responses.map(async (res) => res.json()));
      `),
    ).toMatchInlineSnapshot(`
      "hono POST /plans (line 6) [returns]
        L6 send 201 data: c.json(await db.plan.create({ data: c.req.valid('json') }...
      hono * ? (line 9) [returns]
        L9 send implicit data: c.json(await db.plan.findMany())
      hono POST /plans (line 10) [returns]
        L10 send 201 data: c.json({ id: 1 }, 201)
      hono * ? (line 11) [returns]
        L11 send implicit data: c.json({ id: c.req.param('id') })"
    `);
  });

  it('reads statuses from numbers and init objects, and sends only what is returned', () => {
    expect(
      inventory(code`
        import { Hono } from 'hono';
        const app = new Hono();
        app.get('/a', (c) => c.json({ a: 1 }, { status: 201, headers: { 'x-a': '1' } }));
        app.get('/b', (c) => {
          c.status(202);
          return c.json({ b: 1 }, { headers: { 'x-b': '1' } });
        });
        app.get('/c', (c) => c.json({ c: 1 }, { ...init }));
        app.get('/d', (c) => c.json({ d: 1 }, code));
        app.get('/e', (c) => {
          c.json({ dropped: true }, 500);
          return c.text('kept');
        });
        app.get('/f', (c) => {
          const fail = (message) => c.json({ error: message }, 400);
          if (!c.req.query('q')) return fail('q is required');
          return ok ? c.json({ ok }) : c.text('no', 409);
        });
      `),
    ).toMatchInlineSnapshot(`
      "hono GET /a (line 3) [returns]
        L3 send 201 data: c.json({ a: 1 }, { status: 201, headers: { 'x-a': '1' } })
      hono GET /b (line 4) [returns]
        L5 status 202: c.status(202)
        L6 send implicit data: c.json({ b: 1 }, { headers: { 'x-b': '1' } })
      hono GET /c (line 8) [returns]
        L8 send dynamic data: c.json({ c: 1 }, { ...init })
      hono GET /d (line 9) [returns]
        L9 send dynamic data: c.json({ d: 1 }, code)
      hono GET /e (line 10) [returns]
        L12 send implicit data: c.text('kept')
      hono GET /f (line 14) [returns]
        L15 send 400 data: c.json({ error: message }, 400)
        L17 send implicit data: c.json({ ok })
        L17 send 409 data: c.text('no', 409)"
    `);
  });

  it('reads returned Responses, bare numbers and thrown HTTPExceptions', () => {
    expect(
      inventory(code`
        import { Hono } from 'hono';
        import { HTTPException } from 'hono/http-exception';
        const app = new Hono();
        app.get('/a', () => new Response('x', { status: 201 }));
        app.get('/b', (c) => {
          c.status(500);
          return new Response('ignored status');
        });
        app.get('/c', () => Response.json({ c: 1 }));
        app.get('/d', (c) => 404);
        app.get('/e', () => {
          throw new HTTPException(401, { message: 'Unauthorized' });
        });
        app.get('/f', () => {
          throw new HTTPException(undefined, { message: 'x' });
        });
        app.get('/g', (c) => {
          const error = new HTTPException(403);
          return error.getResponse();
        });
      `),
    ).toMatchInlineSnapshot(`
      "hono GET /a (line 4) [returns]
        L4 send 201 data: new Response('x', { status: 201 })
      hono GET /b (line 5) [returns]
        L6 status 500: c.status(500)
        L7 send implicit data: new Response('ignored status')
      hono GET /c (line 9) [returns]
        L9 send implicit data: Response.json({ c: 1 })
      hono GET /d (line 10) [returns]
        L10 send implicit data: 404
      hono GET /e (line 11) [returns]
        L12 throw 401: new HTTPException(401, { message: 'Unauthorized' })
      hono GET /f (line 14) [returns]
        L15 throw 500: new HTTPException(undefined, { message: 'x' })
      hono GET /g (line 17) [returns]"
    `);
  });

  it('marks work inside waitUntil as running after the response', () => {
    expect(
      inventory(code`
        import { Hono } from 'hono';
        import { waitUntil } from 'cloudflare:workers';
        const app = new Hono();
        app.post('/signup', async (c) => {
          c.executionCtx.waitUntil(
            (async () => {
              await sendEmail();
              c.status(500);
            })(),
          );
          c.executionCtx.waitUntil(audit().then(() => c.json({ late: true })));
          waitUntil(
            (async () => {
              return c.text('late');
            })(),
          );
          return c.json({ ok: true }, 201);
        });
      `),
    ).toMatchInlineSnapshot(`
      "hono POST /signup (line 4) [returns]
        L8 status 500: c.status(500) (deferred: always)
        L11 send implicit data: c.json({ late: true }) (deferred: always)
        L14 send implicit data: c.text('late') (deferred: always)
        L17 send 201 data: c.json({ ok: true }, 201)"
    `);
  });

  it('leaves files that do not import Hono to other adapters', () => {
    expect(
      inventory(code`
        const app = new Hono();
        app.get('/x', (c) => c.json({ x: 1 }));
      `),
    ).toMatchInlineSnapshot(`"(no handlers)"`);
  });
});
