import rule from '../../../src/rules/no-status-after-send.js';
import { code } from '../../support/code.js';
import { jsRuleTester, ruleTester, strict } from '../../support/rule-tester.js';

ruleTester.run('no-status-after-send (Fastify, TypeScript)', rule, {
  assertionOptions: strict,
  valid: [
    {
      name: 'a late send that Fastify waits for: the async handler gives back the reply, or the handler is not async',
      code: code`
        import Fastify from 'fastify';
        const app = Fastify();
        app.get('/items', async (request, reply) => {
          db.items.findMany().then((items) => reply.send(items));
          return reply;
        });
        app.get('/slow', async (request, reply) => {
          setTimeout(() => reply.code(202).send({ queued: true }), 100);
          return reply.header('x-queued', '1');
        });
        app.get('/legacy', (request, reply) => {
          setTimeout(() => reply.send({ done: true }), 100);
        });
      `,
    },
    {
      name: 'a returned value with a fallback (data || [], data ?? null) is one answer',
      code: code`
        import type { FastifyInstance } from 'fastify';
        export default async function (fastify: FastifyInstance) {
          fastify.get('/rows', async () => {
            const data = await load();
            return data || [];
          });
          fastify.get('/row', async () => (await loadOne()) ?? null);
        }
      `,
    },
    {
      name: 'returning the reply that send() gave back, through a const, is returning the reply',
      code: code`
        import type { FastifyInstance } from 'fastify';
        export default async function segments(fastify: FastifyInstance) {
          fastify.put('/manual-segment', async (request, reply) => {
            await updateSegment(request.body);
            const response = await reply.status(200).send();
            return response;
          });
        }
      `,
    },
    {
      name: 'return reply.code(404).send() ends the handler before the value is returned',
      code: code`
        import Fastify from 'fastify';
        const app = Fastify();
        app.get('/items/:id', async (request, reply) => {
          const item = await db.item.findUnique({ where: { id: request.params.id } });
          if (!item) return reply.code(404).send({ error: 'Not found' });
          return item;
        });
      `,
    },
    {
      name: 'return reply after reply.send is not a second send',
      code: code`
        import Fastify from 'fastify';
        const app = Fastify();
        app.get('/stream', async (request, reply) => {
          reply.header('content-type', 'text/plain').send(createStream());
          return reply;
        });
      `,
    },
    {
      name: 'return reply.code(201).send(user) is one send',
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
      name: 'reply.code(404) followed by a returned body is one answer with that status',
      code: code`
        import Fastify from 'fastify';
        const app = Fastify();
        app.get('/items/:id', async (request, reply) => {
          reply.code(404);
          return { error: 'x' };
        });
      `,
    },
    {
      name: 'a reply.send in each branch of an if/else sends once',
      code: code`
        import Fastify from 'fastify';
        const app = Fastify();
        app.get('/me', (request, reply) => {
          if (!request.user) {
            reply.code(401).send({ error: 'Unauthorized' });
          } else {
            reply.send(request.user);
          }
        });
      `,
    },
    {
      name: 'the catch of a try that returns runs only when the return did not happen',
      code: code`
        import Fastify from 'fastify';
        const app = Fastify();
        app.get('/report', async (request, reply) => {
          try {
            return await buildReport();
          } catch (err) {
            reply.code(500).send({ error: 'Report failed' });
          }
        });
      `,
    },
    {
      name: 'a timer that checks reply.sent before answering is a deliberate fallback',
      code: code`
        import Fastify from 'fastify';
        const app = Fastify();
        app.get('/slow', async (request, reply) => {
          setTimeout(() => {
            if (!reply.sent) reply.code(503).send({ error: 'Timed out' });
          }, 5000);
          return reply.send(await slowQuery());
        });
      `,
    },
  ],
  invalid: [
    {
      name: 'an async handler that gives back nothing is answered when it settles: a send from a floating promise or a timer comes too late',
      code: code`
        import Fastify from 'fastify';
        const app = Fastify();
        app.get('/items', async (request, reply) => {
          db.items.findMany().then((items) => {
            reply.send(items);
          });
        });
        app.get('/slow', async (request, reply) => {
          setTimeout(() => reply.send({ done: true }), 100);
        });
      `,
      errors: [
        {
          messageId: 'lateSend',
          data: { region: 'a callback of a promise that the handler neither awaits nor returns' },
          line: 5,
          column: 5,
          endLine: 5,
          endColumn: 22,
          suggestions: [],
        },
        {
          messageId: 'lateSend',
          data: { region: 'a `setTimeout` callback' },
          line: 9,
          column: 20,
          endLine: 9,
          endColumn: 46,
          suggestions: [],
        },
      ],
    },

    {
      name: 'a return in a some() callback that sent leaves only the callback; the value returned after it is a second send',
      code: code`
        import Fastify from 'fastify';
        const app = Fastify();
        app.post('/tags', async (request, reply) => {
          request.body.tags.some((tag) => {
            if (tag.length > 32) return reply.code(400).send({ error: 'Tag too long' });
          });
          return db.tags.upsertMany(request.body.tags);
        });
      `,
      errors: [
        {
          messageId: 'sendAfterIterationSend',
          data: { line: 5, method: 'some', effect: 'Fastify drops it and logs "Reply was already sent"' },
          line: 7,
          column: 10,
          endLine: 7,
          endColumn: 47,
        },
      ],
    },
    {
      name: 'a value returned after reply.send is a second send that Fastify drops',
      code: code`
        import Fastify from 'fastify';
        const app = Fastify();
        app.get('/profile', async (request, reply) => {
          reply.send({ id: request.user.id });
          return { ok: true };
        });
      `,
      errors: [
        {
          messageId: 'sendAfterSend',
          data: { line: 4, effect: 'Fastify drops it and logs "Reply was already sent"' },
          line: 5,
          column: 10,
          endLine: 5,
          endColumn: 22,
          suggestions: [
            {
              messageId: 'returnAfterSend',
              data: { line: 4 },
              output: code`
                import Fastify from 'fastify';
                const app = Fastify();
                app.get('/profile', async (request, reply) => {
                  return reply.send({ id: request.user.id });
                  return { ok: true };
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a guard that sends without returning falls through to the next send',
      code: code`
        import Fastify from 'fastify';
        const app = Fastify();
        app.get('/items/:id', async (request, reply) => {
          const item = await db.item.findUnique({ where: { id: request.params.id } });
          if (!item) {
            reply.code(404).send({ error: 'Not found' });
          }
          reply.send(item);
        });
      `,
      errors: [
        {
          messageId: 'sendAfterSend',
          data: { line: 6, effect: 'Fastify drops it and logs "Reply was already sent"' },
          line: 8,
          column: 3,
          endLine: 8,
          endColumn: 19,
          suggestions: [
            {
              messageId: 'returnAfterSend',
              data: { line: 6 },
              output: code`
                import Fastify from 'fastify';
                const app = Fastify();
                app.get('/items/:id', async (request, reply) => {
                  const item = await db.item.findUnique({ where: { id: request.params.id } });
                  if (!item) {
                    return reply.code(404).send({ error: 'Not found' });
                  }
                  reply.send(item);
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a guard that sends without returning also doubles up with a returned value',
      code: code`
        import Fastify from 'fastify';
        const app = Fastify();
        app.get('/items/:id', async (request, reply) => {
          const item = await db.item.findUnique({ where: { id: request.params.id } });
          if (!item) reply.notFound();
          return item;
        });
      `,
      errors: [
        {
          messageId: 'sendAfterSend',
          data: { line: 5, effect: 'Fastify drops it and logs "Reply was already sent"' },
          line: 6,
          column: 10,
          endLine: 6,
          endColumn: 14,
          suggestions: [
            {
              messageId: 'returnAfterSend',
              data: { line: 5 },
              output: code`
                import Fastify from 'fastify';
                const app = Fastify();
                app.get('/items/:id', async (request, reply) => {
                  const item = await db.item.findUnique({ where: { id: request.params.id } });
                  if (!item) return reply.notFound();
                  return item;
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'reply.code after reply.send is lost',
      code: code`
        import Fastify from 'fastify';
        const app = Fastify();
        app.post('/jobs', (request, reply) => {
          reply.send({ queued: true });
          reply.code(202);
        });
      `,
      errors: [
        {
          messageId: 'statusAfterSend',
          data: { line: 4 },
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 18,
          suggestions: [
            {
              messageId: 'returnAfterSend',
              data: { line: 4 },
              output: code`
                import Fastify from 'fastify';
                const app = Fastify();
                app.post('/jobs', (request, reply) => {
                  return reply.send({ queued: true });
                  reply.code(202);
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a status set in an un-awaited promise callback runs after the reply went out',
      code: code`
        import Fastify from 'fastify';
        const app = Fastify();
        app.post('/imports', async (request, reply) => {
          runImport(request.body).catch(() => {
            reply.code(500);
          });
          return reply.code(202).send({ started: true });
        });
      `,
      errors: [
        {
          messageId: 'lateStatus',
          data: { region: 'a callback of a promise that the handler neither awaits nor returns' },
          line: 5,
          column: 5,
          endLine: 5,
          endColumn: 20,
        },
      ],
    },
  ],
});

jsRuleTester.run('no-status-after-send (Fastify, JavaScript)', rule, {
  assertionOptions: strict,
  valid: [
    {
      name: 'an async handler whose last statement gives the reply back waits for the floating send',
      code: code`
        import Fastify from 'fastify';
        const app = Fastify();
        app.post('/uploads/:id/thumbnail', async (request, reply) => {
          const upload = await app.db.find(request.params.id);
          if (!upload) return reply.notFound();
          app.thumbnails.generate(upload.path).then((thumbPath) => {
            reply.send({ id: upload.id, thumbnail: thumbPath });
          });
          return reply;
        });
      `,
    },
    {
      name: 'a callback-style handler that returns after the error send',
      code: code`
        const fastify = require('fastify')();
        fastify.get('/rows', (request, reply) => {
          db.query('select 1', (err, rows) => {
            if (err) {
              reply.send(err);
              return;
            }
            reply.send(rows);
          });
        });
      `,
    },
    {
      name: 'a preHandler hook that answers early returns the reply',
      code: code`
        module.exports = async function (fastify) {
          fastify.addHook('preHandler', async (request, reply) => {
            if (!request.headers['x-api-key']) {
              reply.code(401).send({ error: 'Missing API key' });
              return reply;
            }
          });
        };
      `,
    },
    {
      name: 'a send in a timer of a handler that never sends itself is its only answer',
      code: code`
        const fastify = require('fastify')();
        fastify.get('/later', (request, reply) => {
          setTimeout(() => reply.send({ done: true }), 100);
        });
      `,
    },
  ],
  invalid: [
    {
      name: 'a guard that returns its own answer does not give the reply back on the path to a floating .then()',
      code: code`
        import Fastify from 'fastify';
        const app = Fastify();
        app.post('/uploads/:id/thumbnail', async (request, reply) => {
          const upload = await app.db.find(request.params.id);
          if (!upload) return reply.notFound();
          app.thumbnails.generate(upload.path).then((thumbPath) => {
            reply.send({ id: upload.id, thumbnail: thumbPath });
          });
        });
      `,
      errors: [
        {
          messageId: 'lateSend',
          data: { region: 'a callback of a promise that the handler neither awaits nor returns' },
          line: 7,
          column: 5,
          endLine: 7,
          endColumn: 56,
          suggestions: [],
        },
      ],
    },
    {
      name: 'a plugin-file handler that sends in a guard and returns the value afterwards',
      code: code`
        module.exports = async function (fastify, opts) {
          fastify.get('/orders/:id', async function (request, reply) {
            const order = await this.orders.get(request.params.id);
            if (!order) {
              reply.code(404).send({ error: 'Order not found' });
            }
            return order;
          });
        };
      `,
      errors: [
        {
          messageId: 'sendAfterSend',
          data: { line: 5, effect: 'Fastify drops it and logs "Reply was already sent"' },
          line: 7,
          column: 12,
          endLine: 7,
          endColumn: 17,
          suggestions: [
            {
              messageId: 'returnAfterSend',
              data: { line: 5 },
              output: code`
                module.exports = async function (fastify, opts) {
                  fastify.get('/orders/:id', async function (request, reply) {
                    const order = await this.orders.get(request.params.id);
                    if (!order) {
                      return reply.code(404).send({ error: 'Order not found' });
                    }
                    return order;
                  });
                };
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'reply.send inside a loop sends more than once',
      code: code`
        const fastify = require('fastify')();
        fastify.get('/events', (request, reply) => {
          for (const event of events) {
            reply.send(event);
          }
        });
      `,
      errors: [
        {
          messageId: 'sendInLoop',
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 22,
        },
      ],
    },
  ],
});
