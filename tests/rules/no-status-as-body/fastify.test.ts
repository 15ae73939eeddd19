import rule from '../../../src/rules/no-status-as-body.js';
import { code } from '../../support/code.js';
import { jsRuleTester, ruleTester, strict } from '../../support/rule-tester.js';

const EFFECT = 'Fastify answers 200 OK with the number as a JSON body';

ruleTester.run('no-status-as-body (Fastify, TypeScript)', rule, {
  assertionOptions: strict,
  valid: [
    {
      name: 'a number held under a name that says what it counts is data (MAX_PAGE_SIZE = 200, LIMITS.maxUploadMb = 250)',
      code: code`
        import Fastify from 'fastify';
        const app = Fastify();
        const LIMITS = { maxUploadMb: 250 };
        app.get('/config/page-size', async () => {
          const MAX_PAGE_SIZE = 200;
          return MAX_PAGE_SIZE;
        });
        app.get('/config/upload', async (request, reply) => reply.send(LIMITS.maxUploadMb));
      `,
    },
    {
      name: 'reply.code(404).send() answers with the status and no body',
      code: code`
        import Fastify from 'fastify';
        const app = Fastify();
        app.get('/missing', async (request, reply) => {
          return reply.code(404).send();
        });
      `,
    },
    {
      name: 'a number inside an object is data, not a status',
      code: code`
        import Fastify from 'fastify';
        const app = Fastify();
        app.get('/stats', async () => {
          return { count: 404 };
        });
      `,
    },
    {
      name: 'reply.notFound() from @fastify/sensible answers 404',
      code: code`
        import Fastify from 'fastify';
        const app = Fastify();
        app.get('/items/:id', async (request, reply) => {
          return reply.notFound();
        });
      `,
    },
    {
      name: 'a returned count is data: only numbers the code states as statuses are read',
      code: code`
        import Fastify from 'fastify';
        const app = Fastify();
        app.get('/users/count', async () => {
          const total = await db.user.count();
          return total;
        });
      `,
    },
    {
      name: 'a hook returning a number is ignored by Fastify, so it is not a body',
      code: code`
        import Fastify from 'fastify';
        const app = Fastify();
        app.addHook('onSend', async (request, reply, payload) => {
          return 404;
        });
      `,
    },
  ],
  invalid: [
    {
      name: 'return 404 sends the number with 200 OK',
      code: code`
        import Fastify from 'fastify';
        const app = Fastify();
        app.get('/items/:id', async (request, reply) => {
          const item = await db.item.findUnique({ where: { id: request.params.id } });
          if (!item) return 404;
          return item;
        });
      `,
      errors: [
        {
          messageId: 'statusAsBody',
          data: { code: 404, effect: EFFECT },
          line: 5,
          column: 21,
          endLine: 5,
          endColumn: 24,
          suggestions: [
            {
              messageId: 'answerWithStatus',
              data: { code: 404, replacement: 'reply.code(404).send()' },
              output: code`
                import Fastify from 'fastify';
                const app = Fastify();
                app.get('/items/:id', async (request, reply) => {
                  const item = await db.item.findUnique({ where: { id: request.params.id } });
                  if (!item) return reply.code(404).send();
                  return item;
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'reply.send(204) sends the number with 200 OK',
      code: code`
        import Fastify from 'fastify';
        const app = Fastify();
        app.delete('/items/:id', async (request, reply) => {
          await db.item.delete({ where: { id: request.params.id } });
          reply.send(204);
        });
      `,
      errors: [
        {
          messageId: 'statusAsBody',
          data: { code: 204, effect: EFFECT },
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 18,
          suggestions: [
            {
              messageId: 'answerWithStatus',
              data: { code: 204, replacement: 'reply.code(204).send()' },
              output: code`
                import Fastify from 'fastify';
                const app = Fastify();
                app.delete('/items/:id', async (request, reply) => {
                  await db.item.delete({ where: { id: request.params.id } });
                  reply.code(204).send();
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a status constant sent through a header chain is still a body',
      code: code`
        import Fastify from 'fastify';
        import { StatusCodes } from 'http-status-codes';
        const app = Fastify();
        app.get('/gone', (request, reply) => {
          reply.header('cache-control', 'no-store').send(StatusCodes.GONE);
        });
      `,
      errors: [
        {
          messageId: 'statusAsBody',
          data: { code: 410, effect: EFFECT },
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 67,
          suggestions: [
            {
              messageId: 'answerWithStatus',
              data: { code: 410, replacement: 'reply.code(410).send()' },
              output: code`
                import Fastify from 'fastify';
                import { StatusCodes } from 'http-status-codes';
                const app = Fastify();
                app.get('/gone', (request, reply) => {
                  reply.code(410).send();
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a handler without a reply parameter that returns a number gets no suggestion',
      code: code`
        import Fastify from 'fastify';
        const app = Fastify();
        app.get('/teapot', async () => 418);
      `,
      errors: [
        {
          messageId: 'statusAsBody',
          data: { code: 418, effect: EFFECT },
          line: 3,
          column: 32,
          endLine: 3,
          endColumn: 35,
          suggestions: [],
        },
      ],
    },
    {
      name: 'a controller typed with FastifyReply returning a number',
      code: code`
        import type { FastifyReply, FastifyRequest } from 'fastify';
        export async function remove(request: FastifyRequest, reply: FastifyReply) {
          await service.remove(request.params);
          return 204;
        }
      `,
      errors: [
        {
          messageId: 'statusAsBody',
          data: { code: 204, effect: EFFECT },
          line: 4,
          column: 10,
          endLine: 4,
          endColumn: 13,
          suggestions: [
            {
              messageId: 'answerWithStatus',
              data: { code: 204, replacement: 'reply.code(204).send()' },
              output: code`
                import type { FastifyReply, FastifyRequest } from 'fastify';
                export async function remove(request: FastifyRequest, reply: FastifyReply) {
                  await service.remove(request.params);
                  return reply.code(204).send();
                }
              `,
            },
          ],
        },
      ],
    },
  ],
});

jsRuleTester.run('no-status-as-body (Fastify, JavaScript)', rule, {
  assertionOptions: strict,
  valid: [
    {
      name: 'reply.code(401).send({ error }) in a fastify-cli plugin file',
      code: code`
        module.exports = async function (fastify) {
          fastify.get('/me', async (request, reply) => {
            if (!request.user) return reply.code(401).send({ error: 'Unauthorized' });
            return request.user;
          });
        };
      `,
    },
    {
      name: 'a page number sent from a variable is data',
      code: code`
        const fastify = require('fastify')();
        fastify.get('/page', (request, reply) => {
          const page = Number(request.query.page);
          reply.send(page);
        });
      `,
    },
    {
      name: 'returning a number from a function that is not a handler is not a response',
      code: code`
        const fastify = require('fastify')();
        function statusOf(error) {
          return 500;
        }
        fastify.get('/', async () => ({ ok: true }));
      `,
    },
  ],
  invalid: [
    {
      name: 'return 404 in a plugin file sends the number with 200 OK',
      code: code`
        module.exports = async function (fastify) {
          fastify.get('/items/:id', async function (request, reply) {
            const item = await this.db.items.findOne({ id: request.params.id });
            if (!item) {
              return 404;
            }
            return item;
          });
        };
      `,
      errors: [
        {
          messageId: 'statusAsBody',
          data: { code: 404, effect: EFFECT },
          line: 5,
          column: 14,
          endLine: 5,
          endColumn: 17,
          suggestions: [
            {
              messageId: 'answerWithStatus',
              data: { code: 404, replacement: 'reply.code(404).send()' },
              output: code`
                module.exports = async function (fastify) {
                  fastify.get('/items/:id', async function (request, reply) {
                    const item = await this.db.items.findOne({ id: request.params.id });
                    if (!item) {
                      return reply.code(404).send();
                    }
                    return item;
                  });
                };
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'reply.status(200).send(500) sends the number as the body',
      code: code`
        const fastify = require('fastify')();
        fastify.post('/jobs', (request, reply) => {
          reply.status(200).send(500);
        });
      `,
      errors: [
        {
          messageId: 'statusAsBody',
          data: { code: 500, effect: EFFECT },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 30,
          suggestions: [
            {
              messageId: 'answerWithStatus',
              data: { code: 500, replacement: 'reply.code(500).send()' },
              output: code`
                const fastify = require('fastify')();
                fastify.post('/jobs', (request, reply) => {
                  reply.code(500).send();
                });
              `,
            },
          ],
        },
      ],
    },
  ],
});
