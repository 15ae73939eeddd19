import rule from '../../../src/rules/require-created-status.js';
import { code } from '../../support/code.js';
import { jsRuleTester, ruleTester, strict } from '../../support/rule-tester.js';

ruleTester.run('require-created-status (Fastify, TypeScript)', rule, {
  assertionOptions: strict,
  valid: [
    {
      name: 'a table of mutator functions made in memory is no record: the RPC endpoint applies them and answers',
      code: code`
        import Fastify from 'fastify';
        import { createServerMutators } from './mutators';
        const fastify = Fastify();
        fastify.post('/api/mutate', async (request, reply) => {
          const mutators = createServerMutators([]);
          const response = await handleMutateRequest({
            handler: (name: string, args: unknown) => mutators[name](args),
            body: request.body,
          });
          reply.send(response);
        });
      `,
    },
    {
      name: "a response schema keyed by a named status, beside an error range, documents 200 as the route's success",
      code: code`
        import { StatusCodes } from 'http-status-codes';
        import type { FastifyInstance } from 'fastify';
        export default async function (fastify: FastifyInstance) {
          fastify.post(
            '/capsules',
            { schema: { response: { [StatusCodes.OK]: capsuleSchema, '4xx': errorSchema } } },
            async (request) => {
              const item = await capsuleService.create(request.body);
              return item;
            },
          );
        }
      `,
    },
    {
      name: 'a response schema held in a const (schema shorthand) declares the 200 the route answers, as one written inline does',
      code: code`
        import type { FastifyInstance, FastifySchema } from 'fastify';
        const schema = {
          body: { type: 'object' },
          response: { 200: { type: 'object', properties: { id: { type: 'string' } } } },
        } satisfies FastifySchema;
        export default async function createProjectRoute(fastify: FastifyInstance) {
          fastify.post('/', { schema }, async (request) => {
            return fastify.projectService.createNewProject(request.user.id, request.body);
          });
        }
      `,
    },
    {
      name: 'a POST that draws an image with createCanvas() and sends the PNG makes a file in memory, not a resource',
      code: code`
        import Fastify from 'fastify';
        import { createCanvas } from '@napi-rs/canvas';
        const app = Fastify();
        app.post('/og-images', async (request, reply) => {
          const { title } = request.body as { title: string };
          const canvas = createCanvas(1200, 630);
          canvas.getContext('2d').fillText(title, 60, 300);
          return reply.type('image/png').send(await canvas.encode('png'));
        });
      `,
    },
    {
      name: 'a route whose response schema declares 200 for the create makes 200 its contract (201 would skip the schema)',
      code: code`
        import Fastify from 'fastify';
        const app = Fastify();
        app.post('/notes', { schema: { response: { 200: NoteSchema } } }, async (request) => {
          return db.note.create({ data: { title: request.body.title } });
        });
        app.route({
          method: 'POST',
          url: '/tags',
          schema: { response: { 200: TagSchema, 400: ErrorSchema } },
          handler: async (request) => db.tag.create({ data: request.body }),
        });
      `,
    },
    {
      name: 'a stream sent after a create (a file being read) answers with the stream, not the record',
      code: code`
        import Fastify from 'fastify';
        import { createReadStream } from 'node:fs';
        const app = Fastify();
        app.post('/reports', async (request, reply) => {
          const report = await db.report.create({ data: request.body });
          const path = await renderReport(report);
          return reply.type('application/pdf').send(createReadStream(path));
        });
      `,
    },
    {
      name: 'a connection config is built, not created; a path held in a const still names an action',
      code: code`
        import fastifyPlugin from 'fastify-plugin';
        import type { FastifyInstance } from 'fastify';
        export const PATH = '/api/user/export';
        export default fastifyPlugin(async (server: FastifyInstance) => {
          server.post('/query', async (request) => {
            const pgMeta = new PostgresMeta(createConnectionConfig(request));
            const { data } = await pgMeta.query(request.body.query);
            return data || [];
          });
          server.post(PATH, async (req, res) => {
            const job = await prisma.export.create({ data: { path: 'x.zip' } });
            return res.send({ running: true, id: job.id });
          });
          server.post('/api/setup', async (req, res) => {
            const admin = await prisma.user.create({ data: req.body });
            return res.send({ firstSetup: false, user: admin.id });
          });
        });
      `,
    },
    {
      name: 'return reply.code(201).send(user) answers 201 Created',
      code: code`
        import Fastify from 'fastify';
        const app = Fastify();
        app.post('/users', async (request, reply) => {
          const user = await db.user.create({ data: request.body });
          return reply.code(201).send(user);
        });
      `,
    },
    {
      name: 'reply.code(201) before a returned value answers 201 Created',
      code: code`
        import Fastify from 'fastify';
        const app = Fastify();
        app.post('/posts', async (request, reply) => {
          const post = await Post.create(request.body);
          reply.code(201);
          return post;
        });
      `,
    },
    {
      name: 'reply.status(201) is the same as reply.code(201)',
      code: code`
        import Fastify from 'fastify';
        const app = Fastify();
        app.route({
          method: 'POST',
          url: '/items',
          handler: async (request, reply) => {
            const item = await prisma.item.create({ data: request.body });
            reply.status(201).send(item);
          },
        });
      `,
    },
    {
      name: 'a login route answers 200 by design even when it creates a session',
      code: code`
        import Fastify from 'fastify';
        const app = Fastify();
        app.post('/login', async (request, reply) => {
          const session = await db.session.create({ data: { userId: request.user.id } });
          return { token: session.token };
        });
      `,
    },
    {
      name: 'a plugin registered with { prefix: "/join" } answers POST /join/:hash, an action',
      code: code`
        import Fastify from 'fastify';
        const app = Fastify();
        app.register(
          async (instance) => {
            instance.post('/:hash', async (request, reply) => {
              const member = await teams.addMemberByInvitation(request.params.hash, request.user.id);
              return reply.send(member);
            });
          },
          { prefix: '/join' },
        );
      `,
    },
    {
      name: 'a plugin file named for an action (routes/join.ts) places its bare routes under that name',
      filename: 'src/routes/join.ts',
      code: code`
        import type { FastifyPluginAsync } from 'fastify';
        const join: FastifyPluginAsync = async (fastify) => {
          fastify.post('/:hash', async (request, reply) => {
            const member = await teams.addMemberByInvitation(request.params.hash, request.user.id);
            return reply.send(member);
          });
        };
        export default join;
      `,
    },
    {
      name: 'a route that answers GET and POST is not only a create endpoint',
      code: code`
        import Fastify from 'fastify';
        const app = Fastify();
        app.route({
          method: ['GET', 'POST'],
          url: '/visits',
          handler: async (request) => Visit.create({ path: request.url }),
        });
      `,
    },
    {
      name: 'returning a call that is handed the reply leaves the answer to that helper',
      code: code`
        import Fastify from 'fastify';
        const app = Fastify();
        app.post('/users', async (request, reply) => {
          await db.user.create({ data: request.body });
          return sendCreated(reply, request.body);
        });
      `,
    },
    {
      name: 'a returned Error is answered with its own status, not 200',
      code: code`
        import Fastify from 'fastify';
        const app = Fastify();
        app.post('/users', async (request, reply) => {
          const user = await db.user.create({ data: request.body });
          if (!user.active) return app.httpErrors.conflict('inactive');
          return reply.code(201).send(user);
        });
      `,
    },
  ],
  invalid: [
    {
      name: 'a controller registered in another file answers POST when its name says it creates',
      code: code`
        import type { FastifyReply, FastifyRequest } from 'fastify';
        export async function createProject(request: FastifyRequest, reply: FastifyReply) {
          const project = await db.project.create({ data: request.body });
          reply.send(project);
        }
        export async function listProjects(request: FastifyRequest, reply: FastifyReply) {
          reply.send(await db.project.findMany());
        }
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'db.project.create' },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 22,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              output: code`
                import type { FastifyReply, FastifyRequest } from 'fastify';
                export async function createProject(request: FastifyRequest, reply: FastifyReply) {
                  const project = await db.project.create({ data: request.body });
                  reply.code(201).send(project);
                }
                export async function listProjects(request: FastifyRequest, reply: FastifyReply) {
                  reply.send(await db.project.findMany());
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a create returned with a fallback (created || []) is one answer, reported once',
      code: code`
        import type { FastifyInstance } from 'fastify';
        export default async function (fastify: FastifyInstance) {
          fastify.post('/tables', async (request) => {
            const { data } = await pgMeta.tables.create(request.body);
            return data || [];
          });
        }
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'pgMeta.tables.create' },
          line: 5,
          column: 12,
          endLine: 5,
          endColumn: 16,
          suggestions: [],
        },
      ],
    },
    {
      name: 'a handler without a reply parameter is reported without a suggestion: adding the status needs `reply`',
      code: code`
        import Fastify from 'fastify';
        const app = Fastify();
        app.post('/tags', async (request) => {
          const tag = await db.tag.create({ data: request.body });
          return tag;
        });
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'db.tag.create' },
          line: 5,
          column: 10,
          endLine: 5,
          endColumn: 13,
          suggestions: [],
        },
      ],
    },
    {
      name: 'a created value returned from a POST handler answers 200 OK',
      code: code`
        import Fastify from 'fastify';
        const app = Fastify();
        app.post('/users', async (request, reply) => {
          const user = await db.user.create({ data: request.body });
          return user;
        });
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'db.user.create' },
          line: 5,
          column: 10,
          endLine: 5,
          endColumn: 14,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              output: code`
                import Fastify from 'fastify';
                const app = Fastify();
                app.post('/users', async (request, reply) => {
                  const user = await db.user.create({ data: request.body });
                  reply.code(201);
                  return user;
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a plugin file named for a collection (routes/notes.ts) still creates on its bare route',
      filename: 'src/routes/notes.ts',
      code: code`
        import type { FastifyPluginAsync } from 'fastify';
        const notes: FastifyPluginAsync = async (fastify) => {
          fastify.post('/', async (request, reply) => {
            const note = await db.note.create({ data: request.body });
            return reply.send(note);
          });
        };
        export default notes;
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'db.note.create' },
          line: 5,
          column: 12,
          endLine: 5,
          endColumn: 28,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              output: code`
                import type { FastifyPluginAsync } from 'fastify';
                const notes: FastifyPluginAsync = async (fastify) => {
                  fastify.post('/', async (request, reply) => {
                    const note = await db.note.create({ data: request.body });
                    return reply.code(201).send(note);
                  });
                };
                export default notes;
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'reply.send of a created record answers 200 OK',
      code: code`
        import Fastify from 'fastify';
        const app = Fastify();
        app.post('/posts', { schema: { body: postSchema } }, async (request, reply) => {
          const post = await Post.create(request.body);
          reply.send(post);
        });
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'Post.create' },
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 19,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              output: code`
                import Fastify from 'fastify';
                const app = Fastify();
                app.post('/posts', { schema: { body: postSchema } }, async (request, reply) => {
                  const post = await Post.create(request.body);
                  reply.code(201).send(post);
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a route({ method: "POST" }) handler in a plugin that returns an object literal answers 200 OK',
      code: code`
        import type { FastifyPluginAsync } from 'fastify';
        const orders: FastifyPluginAsync = async (app) => {
          app.route({
            method: 'POST',
            url: '/orders',
            async handler(request, reply) {
              const order = await orderRepository.insert(request.body);
              return { id: order.id };
            },
          });
        };
        export default orders;
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'orderRepository.insert' },
          line: 8,
          column: 14,
          endLine: 8,
          endColumn: 30,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              output: code`
                import type { FastifyPluginAsync } from 'fastify';
                const orders: FastifyPluginAsync = async (app) => {
                  app.route({
                    method: 'POST',
                    url: '/orders',
                    async handler(request, reply) {
                      const order = await orderRepository.insert(request.body);
                      reply.code(201);
                      return { id: order.id };
                    },
                  });
                };
                export default orders;
              `,
            },
          ],
        },
      ],
    },
  ],
});

jsRuleTester.run('require-created-status (Fastify, JavaScript)', rule, {
  assertionOptions: strict,
  valid: [
    {
      name: 'a fastify-cli plugin file that answers 201 Created',
      code: code`
        module.exports = async function (fastify, opts) {
          fastify.post('/notes', async function (request, reply) {
            const note = await this.db.notes.insertOne(request.body);
            reply.code(201);
            return note;
          });
        };
      `,
    },
    {
      name: 'a GET route that stores a cache entry is not a create endpoint',
      code: code`
        const fastify = require('fastify')();
        fastify.get('/reports/:id', async (request) => {
          const report = await Report.findById(request.params.id);
          await cache.insert(report);
          return report;
        });
      `,
    },
    {
      name: 'a file that imports nothing and names the instance app is not read as Fastify',
      code: code`
        module.exports = function (app) {
          app.post('/notes', async (request, reply) => {
            return Note.create(request.body);
          });
        };
      `,
    },
  ],
  invalid: [
    {
      name: 'a controllers file that imports nothing of Fastify: (req, reply) controllers registered by a routes file',
      filename: 'src/controllers/carController.js',
      code: code`
        const Car = require('../models/Car');
        exports.addCar = async (req, reply) => {
          const car = await Car.create(req.body);
          return reply.send(car);
        };
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'Car.create' },
          line: 4,
          column: 10,
          endLine: 4,
          endColumn: 25,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              output: code`
                const Car = require('../models/Car');
                exports.addCar = async (req, reply) => {
                  const car = await Car.create(req.body);
                  return reply.code(201).send(car);
                };
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a fastify-cli plugin file whose POST route returns the created record',
      code: code`
        module.exports = async function (fastify, opts) {
          fastify.post('/notes', async function (request, reply) {
            const note = await this.db.notes.insertOne(request.body);
            return note;
          });
        };
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'this.db.notes.insertOne' },
          line: 4,
          column: 12,
          endLine: 4,
          endColumn: 16,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              output: code`
                module.exports = async function (fastify, opts) {
                  fastify.post('/notes', async function (request, reply) {
                    const note = await this.db.notes.insertOne(request.body);
                    reply.code(201);
                    return note;
                  });
                };
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'returning the create call itself answers 200 OK',
      code: code`
        const fastify = require('fastify')({ logger: true });
        fastify.post('/users', (request, reply) => User.create(request.body));
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'User.create' },
          line: 2,
          column: 44,
          endLine: 2,
          endColumn: 69,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              output: code`
                const fastify = require('fastify')({ logger: true });
                fastify.post('/users', (request, reply) => { reply.code(201); return User.create(request.body); });
              `,
            },
          ],
        },
      ],
    },
  ],
});
