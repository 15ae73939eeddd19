import rule from '../../../src/rules/no-status-as-body.js';
import { code } from '../../support/code.js';
import { jsRuleTester, ruleTester, strict } from '../../support/rule-tester.js';

ruleTester.run('no-status-as-body (Express, TypeScript)', rule, {
  assertionOptions: strict,
  valid: [
    {
      name: 'a library callback that reads res and returns a number to the library (express-rate-limit\'s limit)',
      code: code`
        import { rateLimit } from 'express-rate-limit';
        export const apiLimiter = rateLimit({
          windowMs: 60_000,
          limit: (req, res) => (res.locals.account?.plan === 'pro' ? 300 : 120),
        });
      `,
    },
    {
      name: 'a choice with a branch that is not a known number is data (res.json(pro ? quota : 100))',
      code: code`
        import express from 'express';
        const app = express();
        app.get('/limits', (req, res) => {
          const quota = Number(process.env.QUOTA);
          res.json(req.user.pro ? quota : 100);
        });
      `,
    },
    {
      name: 'res.sendStatus(404) answers with the status',
      code: code`
        import express from 'express';
        const app = express();
        app.get('/missing', (req, res) => {
          res.sendStatus(404);
        });
      `,
    },
    {
      name: 'a status set with res.status() and a JSON body is the right shape',
      code: code`
        import { Router } from 'express';
        const router = Router();
        router.get('/users/:id', async (req, res) => {
          const user = await User.findById(req.params.id);
          if (!user) return res.status(404).json({ message: 'Not found' });
          res.json(user);
        });
      `,
    },
    {
      name: 'mailer.send(404) and socket.send(1) are not calls on the response',
      code: code`
        import express from 'express';
        const app = express();
        app.post('/alerts', async (req, res) => {
          await mailer.send(404);
          socket.send(1);
          res.sendStatus(204);
        });
      `,
    },
    {
      name: 'a helper that returns a status number is not a handler',
      code: code`
        import express, { type Request, type Response } from 'express';
        const app = express();
        function statusFor(found: boolean): number {
          return found ? 200 : 404;
        }
        app.get('/items/:id', async (req: Request, res: Response) => {
          const item = await Item.findById(req.params.id);
          res.sendStatus(statusFor(Boolean(item)));
        });
      `,
    },
    {
      name: 'a number computed at run time is data, not a status',
      code: code`
        import express from 'express';
        const app = express();
        app.get('/items/count', async (req, res) => {
          const items = await Item.find();
          res.json(items.length);
        });
      `,
    },
    {
      name: 'a number inside an object is a field of the body',
      code: code`
        import express from 'express';
        const app = express();
        app.get('/health', (req, res) => {
          res.json({ status: 200, uptime: process.uptime() });
        });
      `,
    },
  ],
  invalid: [
    {
      name: 'a constant named for a status (NOT_FOUND = 404) sent as the body is still the status',
      code: code`
        import express from 'express';
        const app = express();
        const NOT_FOUND = 404;
        app.get('/users/:id', async (req, res) => {
          const user = await User.findById(req.params.id);
          if (!user) return res.send(NOT_FOUND);
          res.json(user);
        });
      `,
      errors: [
        {
          messageId: 'deprecatedStatusForm',
          data: { code: 404, effect: 'Express 4 sets the status and warns that `res.send(<number>)` is deprecated; Express 5 answers 200 OK with the number as the body' },
          line: 6,
          column: 21,
          endLine: 6,
          endColumn: 40,
          suggestions: [
            {
              messageId: 'answerWithStatus',
              data: { code: 404, replacement: 'res.sendStatus(404)' },
              output: code`
                import express from 'express';
                const app = express();
                const NOT_FOUND = 404;
                app.get('/users/:id', async (req, res) => {
                  const user = await User.findById(req.params.id);
                  if (!user) return res.sendStatus(404);
                  res.json(user);
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a choice between two statuses sent whole is a body too (res.send(ok ? 204 : 404))',
      code: code`
        import express from 'express';
        const app = express();
        app.delete('/items/:id', async (req, res) => {
          const removed = await Item.deleteOne({ _id: req.params.id });
          res.send(removed.deletedCount ? 204 : 404);
        });
      `,
      errors: [
        {
          messageId: 'deprecatedStatusForm',
          data: { code: 'removed.deletedCount ? 204 : 404', effect: 'Express 4 sets the status and warns that `res.send(<number>)` is deprecated; Express 5 answers 200 OK with the number as the body' },
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 45,
          suggestions: [
            {
              messageId: 'answerWithStatus',
              data: { code: 'removed.deletedCount ? 204 : 404', replacement: 'res.sendStatus(removed.deletedCount ? 204 : 404)' },
              output: code`
                import express from 'express';
                const app = express();
                app.delete('/items/:id', async (req, res) => {
                  const removed = await Item.deleteOne({ _id: req.params.id });
                  res.sendStatus(removed.deletedCount ? 204 : 404);
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'res.send(404) sends the number as the body in Express 5',
      code: code`
        import express from 'express';
        const app = express();
        app.get('/missing', (req, res) => {
          res.send(404);
        });
      `,
      errors: [
        {
          messageId: 'deprecatedStatusForm',
          data: { code: 404, effect: 'Express 4 sets the status and warns that `res.send(<number>)` is deprecated; Express 5 answers 200 OK with the number as the body' },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 16,
          suggestions: [
            {
              messageId: 'answerWithStatus',
              data: { code: 404, replacement: 'res.sendStatus(404)' },
              output: code`
                import express from 'express';
                const app = express();
                app.get('/missing', (req, res) => {
                  res.sendStatus(404);
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'res.json(500) in a catch sends 200 with the body 500',
      code: code`
        import type { Request, Response } from 'express';
        export async function list(req: Request, res: Response) {
          try {
            res.json(await Item.find());
          } catch {
            res.json(500);
          }
        }
      `,
      errors: [
        {
          messageId: 'statusAsBody',
          data: { code: 500, effect: 'Express answers 200 OK with the number as a JSON body' },
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 18,
          suggestions: [
            {
              messageId: 'answerWithStatus',
              data: { code: 500, replacement: 'res.sendStatus(500)' },
              output: code`
                import type { Request, Response } from 'express';
                export async function list(req: Request, res: Response) {
                  try {
                    res.json(await Item.find());
                  } catch {
                    res.sendStatus(500);
                  }
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'return 404 from a handler sends nothing; the suggestion answers with res.sendStatus',
      code: code`
        import { Router } from 'express';
        const router = Router();
        router.get('/users/:id', async (req, res) => {
          const user = await User.findById(req.params.id);
          if (!user) return 404;
          res.json(user);
        });
      `,
      errors: [
        {
          messageId: 'statusAsBody',
          data: { code: 404, effect: "Express ignores a handler's return value: nothing is sent, and the request hangs until it times out" },
          line: 5,
          column: 21,
          endLine: 5,
          endColumn: 24,
          suggestions: [
            {
              messageId: 'answerWithStatus',
              data: { code: 404, replacement: 'res.sendStatus(404)' },
              output: code`
                import { Router } from 'express';
                const router = Router();
                router.get('/users/:id', async (req, res) => {
                  const user = await User.findById(req.params.id);
                  if (!user) return res.sendStatus(404);
                  res.json(user);
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a status constant sent as the body is reported with its number',
      code: code`
        import express from 'express';
        import { StatusCodes } from 'http-status-codes';
        const app = express();
        app.delete('/items/:id', async (req, res) => {
          await Item.deleteOne({ _id: req.params.id });
          res.send(StatusCodes.NO_CONTENT);
        });
      `,
      errors: [
        {
          messageId: 'deprecatedStatusForm',
          data: { code: 204, effect: 'Express 4 sets the status and warns that `res.send(<number>)` is deprecated; Express 5 answers 200 OK with the number as the body' },
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 35,
          suggestions: [
            {
              messageId: 'answerWithStatus',
              data: { code: 204, replacement: 'res.sendStatus(204)' },
              output: code`
                import express from 'express';
                import { StatusCodes } from 'http-status-codes';
                const app = express();
                app.delete('/items/:id', async (req, res) => {
                  await Item.deleteOne({ _id: req.params.id });
                  res.sendStatus(204);
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'res.end(404) throws in Node',
      code: code`
        import express from 'express';
        const app = express();
        app.get('/gone', (req, res) => {
          res.end(404);
        });
      `,
      errors: [
        {
          messageId: 'statusAsBody',
          data: { code: 404, effect: 'Node throws a TypeError: `res.end()` takes a string or a Buffer, so the request fails with 500' },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 15,
          suggestions: [
            {
              messageId: 'answerWithStatus',
              data: { code: 404, replacement: 'res.sendStatus(404)' },
              output: code`
                import express from 'express';
                const app = express();
                app.get('/gone', (req, res) => {
                  res.sendStatus(404);
                });
              `,
            },
          ],
        },
      ],
    },
  ],
});

jsRuleTester.run('no-status-as-body (Express, JavaScript)', rule, {
  assertionOptions: strict,
  valid: [
    {
      name: 'restify handlers look like Express, but res.send(201, body) is their documented form',
      code: code`
        const restify = require('restify');
        const server = restify.createServer();
        function createTodo(req, res, next) {
          Todo.create(req.body, (err, todo) => {
            if (err) return next(err);
            res.send(201, todo);
            return next();
          });
        }
        server.post('/todos', createTodo);
      `,
    },
    {
      name: 'a controller answers with res.status(204).send()',
      code: code`
        const catchAsync = require('../utils/catchAsync');
        exports.remove = catchAsync(async (req, res) => {
          await Tour.findByIdAndDelete(req.params.id);
          res.status(204).send();
        });
      `,
    },
    {
      name: 'ws.send(1) in a handler is a call on another object',
      code: code`
        const express = require('express');
        const router = express.Router();
        router.post('/ping', (req, res) => {
          ws.send(1);
          res.json({ sent: true });
        });
      `,
    },
    {
      name: 'a function with (req, res) parameters that never uses res as a response is not a handler',
      code: code`
        exports.describe = (req, res) => {
          return 404;
        };
      `,
    },
  ],
  invalid: [
    {
      name: 'res.send(404) in a plain JS controller',
      code: code`
        const catchAsync = require('../utils/catchAsync');
        exports.getTour = catchAsync(async (req, res) => {
          const tour = await Tour.findById(req.params.id);
          if (!tour) return res.send(404);
          res.status(200).json({ status: 'success', data: { tour } });
        });
      `,
      errors: [
        {
          messageId: 'deprecatedStatusForm',
          data: { code: 404, effect: 'Express 4 sets the status and warns that `res.send(<number>)` is deprecated; Express 5 answers 200 OK with the number as the body' },
          line: 4,
          column: 21,
          endLine: 4,
          endColumn: 34,
          suggestions: [
            {
              messageId: 'answerWithStatus',
              data: { code: 404, replacement: 'res.sendStatus(404)' },
              output: code`
                const catchAsync = require('../utils/catchAsync');
                exports.getTour = catchAsync(async (req, res) => {
                  const tour = await Tour.findById(req.params.id);
                  if (!tour) return res.sendStatus(404);
                  res.status(200).json({ status: 'success', data: { tour } });
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: "Express 4's res.send(404, body) is reported, and the suggestion keeps the body",
      code: code`
        const express = require('express');
        const router = express.Router();
        router.get('/legacy', (req, res) => {
          res.send(404, 'Not here');
        });
      `,
      errors: [
        {
          messageId: 'deprecatedStatusForm',
          data: { code: 404, effect: 'Express 4 sets the status and warns that `res.send(<number>, body)` is deprecated; Express 5 answers 200 OK with the number as the body and drops the rest' },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 28,
          suggestions: [
            {
              messageId: 'answerWithStatus',
              data: { code: 404, replacement: "res.status(404).send('Not here')" },
              output: code`
                const express = require('express');
                const router = express.Router();
                router.get('/legacy', (req, res) => {
                  res.status(404).send('Not here');
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: "Express 4's res.json(400, obj) is reported, and the suggestion moves the number into res.status()",
      code: code`
        const { Router } = require('express');
        const router = Router();
        router.post('/legacy', (req, res) => {
          if (!req.body.name) return res.json(400, { error: 'name is required' });
          res.sendStatus(204);
        });
      `,
      errors: [
        {
          messageId: 'deprecatedStatusForm',
          data: { code: 400, effect: 'Express 4 sets the status and warns that `res.json(<number>, body)` is deprecated; Express 5 answers 200 OK with the number as the body and drops the rest' },
          line: 4,
          column: 30,
          endLine: 4,
          endColumn: 74,
          suggestions: [
            {
              messageId: 'answerWithStatus',
              data: { code: 400, replacement: "res.status(400).json({ error: 'name is required' })" },
              output: code`
                const { Router } = require('express');
                const router = Router();
                router.post('/legacy', (req, res) => {
                  if (!req.body.name) return res.status(400).json({ error: 'name is required' });
                  res.sendStatus(204);
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'return 404 in a function declaration registered on a route',
      code: code`
        const express = require('express');
        const app = express();
        function show(req, res) {
          if (!req.params.id) {
            return 404;
          }
          res.json({ id: req.params.id });
        }
        app.get('/items/:id', show);
      `,
      errors: [
        {
          messageId: 'statusAsBody',
          data: { code: 404, effect: "Express ignores a handler's return value: nothing is sent, and the request hangs until it times out" },
          line: 5,
          column: 12,
          endLine: 5,
          endColumn: 15,
          suggestions: [
            {
              messageId: 'answerWithStatus',
              data: { code: 404, replacement: 'res.sendStatus(404)' },
              output: code`
                const express = require('express');
                const app = express();
                function show(req, res) {
                  if (!req.params.id) {
                    return res.sendStatus(404);
                  }
                  res.json({ id: req.params.id });
                }
                app.get('/items/:id', show);
              `,
            },
          ],
        },
      ],
    },
  ],
});
