import rule from '../../../src/rules/require-error-status.js';
import { code } from '../../support/code.js';
import { jsRuleTester, ruleTester, strict } from '../../support/rule-tester.js';

ruleTester.run('require-error-status (Fastify, TypeScript)', rule, {
  assertionOptions: strict,
  valid: [
    {
      name: "the status of an upstream response named res is not the reply's own, whatever its fallback",
      code: code`
        import Fastify from 'fastify';
        const app = Fastify();
        app.get('/proxy/:id', async (request, reply) => {
          const res = await got(\`\${UPSTREAM}/items/\${request.params.id}\`, { throwHttpErrors: false });
          if (res.statusCode >= 400) {
            return reply.status(res.statusCode || 502).send({ error: 'Upstream failed' });
          }
          return JSON.parse(res.body);
        });
      `,
    },
    {
      name: 'polling a job that failed: the state of a record named by its id, not a failed request',
      code: code`
        import Fastify from 'fastify';
        const app = Fastify();
        app.get('/imports/:id', async (request, reply) => {
          const job = await db.importJob.findUnique({ where: { id: request.params.id } });
          if (!job) return reply.code(404).send({ error: 'Import not found' });
          if (job.status === 'failed') {
            return { id: job.id, status: 'failed', error: job.error };
          }
          return { id: job.id, status: job.status, progress: job.progress };
        });
      `,
    },
    {
      name: 'an option a registered plugin calls (errorResponseBuilder) is no handler',
      code: code`
        import type { FastifyInstance } from 'fastify';
        export async function activateRateLimiter(fastify: FastifyInstance) {
          await fastify.register(import('@fastify/rate-limit'), {
            max: 100,
            errorResponseBuilder: (req, reply) => {
              return { error: 'Too Many Requests', message: 'You have exceeded the rate limit.' };
            },
          });
        }
      `,
    },
    {
      name: 'a /test route answers a failed test with 200 on purpose',
      code: code`
        import type { FastifyInstance } from 'fastify';
        export default async function content(fastify: FastifyInstance) {
          fastify.post('/templates/test', async (request, reply) => {
            const result = await testTemplate(request.body);
            if (!result.ok) return reply.status(200).send({ success: false, error: result.message });
            return reply.status(200).send({ success: true, value: result.value });
          });
        }
      `,
    },
    {
      name: 'reply.code(404).send({ error }) in a not-found guard',
      code: code`
        import Fastify from 'fastify';
        const app = Fastify();
        app.get('/items/:id', async (request, reply) => {
          const item = await db.item.findUnique({ where: { id: request.params.id } });
          if (!item) return reply.code(404).send({ error: 'Item not found' });
          return item;
        });
      `,
    },
    {
      name: 'reply.code(404) set before a returned error body applies to it',
      code: code`
        import Fastify from 'fastify';
        const app = Fastify();
        app.get('/items/:id', async (request, reply) => {
          const item = await db.item.findUnique({ where: { id: request.params.id } });
          if (!item) {
            reply.code(404);
            return { error: 'x' };
          }
          return item;
        });
      `,
    },
    {
      name: 'reply.send(err) answers with the status the error carries, 500 by default',
      code: code`
        import Fastify from 'fastify';
        const app = Fastify();
        app.get('/report', async (request, reply) => {
          try {
            return await buildReport();
          } catch (err) {
            reply.send(err);
          }
        });
      `,
    },
    {
      name: 'sensible helpers and returned http errors carry their own status',
      code: code`
        import Fastify from 'fastify';
        const app = Fastify();
        app.get('/files/:name', async (request, reply) => {
          const file = await storage.find(request.params.name);
          if (!file) return reply.notFound('File not found');
          if (!file.public) return app.httpErrors.forbidden();
          return file;
        });
      `,
    },
    {
      name: 'an error handler that sends the error status it read keeps it',
      code: code`
        import Fastify from 'fastify';
        const app = Fastify();
        app.setErrorHandler((error, request, reply) => {
          reply.status(error.statusCode ?? 500).send({ error: error.message });
        });
      `,
    },
    {
      name: 'a bulk result that lists the items that failed is a success',
      code: code`
        import type { FastifyReply, FastifyRequest } from 'fastify';
        export async function bulkDelete(request: FastifyRequest<{ Body: { ids: string[] } }>, reply: FastifyReply) {
          const result = await products.bulkDelete(request.body.ids);
          return reply.send({ deleted: result.deleted, errors: result.errors });
        }
      `,
    },
    {
      name: 'a reply.send in each branch of an if/else answers each with its own status',
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
  ],
  invalid: [
    {
      name: 'an error handler\'s `reply.statusCode || 500` answers 200: Fastify hands it a reply that still holds 200',
      code: code`
        import Fastify from 'fastify';
        const app = Fastify();
        app.setErrorHandler((error, request, reply) => {
          reply.status(reply.statusCode || 500).send({ error: error.message });
        });
      `,
      errors: [
        {
          messageId: 'errorWithResponseDefault',
          data: { value: 'reply.statusCode', code: 200 },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 71,
          suggestions: [
            {
              messageId: 'compareResponseDefault',
              data: { replacement: 'reply.statusCode === 200 ? 500 : reply.statusCode' },
              output: code`
                import Fastify from 'fastify';
                const app = Fastify();
                app.setErrorHandler((error, request, reply) => {
                  reply.status(reply.statusCode === 200 ? 500 : reply.statusCode).send({ error: error.message });
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a status taken from the error with a 200 fallback answers a plain Error with 200',
      code: code`
        import Fastify from 'fastify';
        const fastify = Fastify();
        fastify.get('/items/:id', async (request, reply) => {
          try {
            return await db.find(request.params.id);
          } catch (err) {
            const code = err.status || 200;
            reply.code(code).send({ status: 'error', message: err.message });
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
          endColumn: 69,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 500, phrase: 'Internal Server Error' },
              output: code`
                import Fastify from 'fastify';
                const fastify = Fastify();
                fastify.get('/items/:id', async (request, reply) => {
                  try {
                    return await db.find(request.params.id);
                  } catch (err) {
                    const code = err.status || 500;
                    reply.code(code).send({ status: 'error', message: err.message });
                  }
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a refusal built with + in a guard, sent with the default 200',
      code: code`
        import Fastify from 'fastify';
        const app = Fastify();
        app.get('/files/:name', async (request, reply) => {
          const { name } = request.params as { name: string };
          if (name.includes('..')) {
            return reply.send('Access denied for ' + name);
          }
          return readFile(name);
        });
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 403 },
          line: 6,
          column: 12,
          endLine: 6,
          endColumn: 51,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 403, phrase: 'Forbidden' },
              output: code`
                import Fastify from 'fastify';
                const app = Fastify();
                app.get('/files/:name', async (request, reply) => {
                  const { name } = request.params as { name: string };
                  if (name.includes('..')) {
                    return reply.code(403).send('Access denied for ' + name);
                  }
                  return readFile(name);
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'an error body returned from a transaction the handler returns goes out as 200 OK',
      code: code`
        import Fastify from 'fastify';
        const app = Fastify();
        app.get('/bookmarks/:id', async (request, reply) => {
          return app.pg.transact(async (client) => {
            const { rows } = await client.query('select 1');
            if (rows.length === 0) return { error: 'Bookmark not found' };
            return rows[0];
          });
        });
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 404 },
          line: 6,
          column: 35,
          endLine: 6,
          endColumn: 66,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 404, phrase: 'Not Found' },
              output: code`
                import Fastify from 'fastify';
                const app = Fastify();
                app.get('/bookmarks/:id', async (request, reply) => {
                  return app.pg.transact(async (client) => {
                    const { rows } = await client.query('select 1');
                    if (rows.length === 0) { reply.code(404); return { error: 'Bookmark not found' }; }
                    return rows[0];
                  });
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a caught error sent with reply.send answers 200 OK',
      code: code`
        import Fastify from 'fastify';
        const app = Fastify();
        app.get('/report', async (request, reply) => {
          try {
            return await buildReport();
          } catch (err) {
            reply.send({ error: err.message });
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
          endColumn: 39,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 500, phrase: 'Internal Server Error' },
              output: code`
                import Fastify from 'fastify';
                const app = Fastify();
                app.get('/report', async (request, reply) => {
                  try {
                    return await buildReport();
                  } catch (err) {
                    reply.code(500).send({ error: err.message });
                  }
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'an error object returned from a not-found guard answers 200 OK',
      code: code`
        import Fastify from 'fastify';
        const app = Fastify();
        app.get('/items/:id', async (request, reply) => {
          const item = await db.item.findUnique({ where: { id: request.params.id } });
          if (!item) return { error: 'not found' };
          return item;
        });
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { code: 200, suggested: 404 },
          line: 5,
          column: 21,
          endLine: 5,
          endColumn: 43,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 404, phrase: 'Not Found' },
              output: code`
                import Fastify from 'fastify';
                const app = Fastify();
                app.get('/items/:id', async (request, reply) => {
                  const item = await db.item.findUnique({ where: { id: request.params.id } });
                  if (!item) { reply.code(404); return { error: 'not found' }; }
                  return item;
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'an error returned from a catch block answers 200 OK',
      code: code`
        import Fastify from 'fastify';
        const app = Fastify();
        app.post('/payments', async (request, reply) => {
          try {
            return await payments.charge(request.body);
          } catch (err) {
            return { success: false, message: err.message };
          }
        });
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { code: 200, suggested: 500 },
          line: 7,
          column: 12,
          endLine: 7,
          endColumn: 52,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 500, phrase: 'Internal Server Error' },
              output: code`
                import Fastify from 'fastify';
                const app = Fastify();
                app.post('/payments', async (request, reply) => {
                  try {
                    return await payments.charge(request.body);
                  } catch (err) {
                    reply.code(500);
                    return { success: false, message: err.message };
                  }
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a custom error handler that sends without a status answers 200 OK: Fastify does not set one for it',
      code: code`
        import Fastify from 'fastify';
        const app = Fastify();
        app.setErrorHandler((error, request, reply) => {
          request.log.error(error);
          reply.send({ message: error.message });
        });
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { code: 200, suggested: 500 },
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 41,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 500, phrase: 'Internal Server Error' },
              output: code`
                import Fastify from 'fastify';
                const app = Fastify();
                app.setErrorHandler((error, request, reply) => {
                  request.log.error(error);
                  reply.code(500).send({ message: error.message });
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'reply.code(200) on an auth failure in a preHandler hook is a success status',
      code: code`
        import Fastify from 'fastify';
        const app = Fastify();
        app.addHook('preHandler', async (request, reply) => {
          if (!request.headers.authorization) {
            return reply.code(200).send({ error: 'Missing token' });
          }
        });
      `,
      errors: [
        {
          messageId: 'errorWithSuccessStatus',
          data: { code: 200, suggested: 401 },
          line: 5,
          column: 12,
          endLine: 5,
          endColumn: 60,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 401, phrase: 'Unauthorized' },
              output: code`
                import Fastify from 'fastify';
                const app = Fastify();
                app.addHook('preHandler', async (request, reply) => {
                  if (!request.headers.authorization) {
                    return reply.code(401).send({ error: 'Missing token' });
                  }
                });
              `,
            },
          ],
        },
      ],
    },
  ],
});

jsRuleTester.run('require-error-status (Fastify, JavaScript)', rule, {
  assertionOptions: strict,
  valid: [
    {
      name: 'reply.code(400).send in a validation guard of a plugin file',
      code: code`
        module.exports = async function (fastify) {
          fastify.post('/signup', async (request, reply) => {
            if (!request.body.email) {
              return reply.code(400).send({ error: 'Email is required' });
            }
            return fastify.users.register(request.body);
          });
        };
      `,
    },
    {
      name: 'a thrown http error leaves the status to Fastify',
      code: code`
        const fastify = require('fastify')();
        fastify.get('/users/:id', async (request) => {
          const user = await User.findById(request.params.id);
          if (!user) throw fastify.httpErrors.notFound('User not found');
          return user;
        });
      `,
    },
    {
      name: 'a message in a non-error branch is data',
      code: code`
        const fastify = require('fastify')();
        fastify.get('/status', async (request) => {
          if (request.query.verbose) return { message: 'All systems go', uptime: process.uptime() };
          return { message: 'ok' };
        });
      `,
    },
  ],
  invalid: [
    {
      name: 'a caught error returned from a fastify-cli plugin file answers 200 OK',
      code: code`
        module.exports = async function (fastify, opts) {
          fastify.get('/feed', async function (request, reply) {
            try {
              return await this.feed.load();
            } catch (error) {
              return { error: 'Could not load the feed' };
            }
          });
        };
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { code: 200, suggested: 500 },
          line: 6,
          column: 14,
          endLine: 6,
          endColumn: 50,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 500, phrase: 'Internal Server Error' },
              output: code`
                module.exports = async function (fastify, opts) {
                  fastify.get('/feed', async function (request, reply) {
                    try {
                      return await this.feed.load();
                    } catch (error) {
                      reply.code(500);
                      return { error: 'Could not load the feed' };
                    }
                  });
                };
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'an auth failure sent without a status answers 200 OK',
      code: code`
        const fastify = require('fastify')();
        fastify.get('/account', (request, reply) => {
          if (!request.user) {
            reply.send({ message: 'Login required' });
            return;
          }
          reply.send({ id: request.user.id });
        });
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { code: 200, suggested: 401 },
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 46,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 401, phrase: 'Unauthorized' },
              output: code`
                const fastify = require('fastify')();
                fastify.get('/account', (request, reply) => {
                  if (!request.user) {
                    reply.code(401).send({ message: 'Login required' });
                    return;
                  }
                  reply.send({ id: request.user.id });
                });
              `,
            },
          ],
        },
      ],
    },
  ],
});
