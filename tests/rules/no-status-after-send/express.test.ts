import rule from '../../../src/rules/no-status-after-send.js';
import { code } from '../../support/code.js';
import { jsRuleTester, ruleTester, strict } from '../../support/rule-tester.js';

const FLOATING = 'a callback of a promise that the handler neither awaits nor returns';

ruleTester.run('no-status-after-send (Express, TypeScript)', rule, {
  assertionOptions: strict,
  valid: [
    {
      name: 'calls of other modules handed the response: returned, named for no answer, or only setting a status',
      code: code`
        import express from 'express';
        import { apiStatus, logRequest, setStatus, sendJson } from '../lib/util';
        const app = express();
        app.post('/send-email', async (req, res) => {
          if (req.body.token !== process.env.MAIL_TOKEN) {
            return apiStatus(res, 'Email is not authorized!', 401);
          }
          logRequest(res, 200);
          setStatus(res, 202);
          await sendMail(req.body);
          res.json({ queued: true });
        });
        app.get('/health', (req, res) => {
          if (!db.ready) {
            sendJson(res, 503, { ok: false });
          } else {
            sendJson(res, 200, { ok: true });
          }
        });
      `,
    },
    {
      name: 'a watchdog timer the handler clears once it answers fires only while the handler has not answered',
      code: code`
        import express from 'express';
        const app = express();
        app.get('/thumb/:name', async (req, res) => {
          const timer = setTimeout(() => {
            res.status(408).json({ message: 'Image processing timeout' });
          }, 10_000);
          try {
            const buf = await makeThumbnail(req.params.name);
            clearTimeout(timer);
            if (res.headersSent) return;
            return res.send(buf);
          } catch (err) {
            clearTimeout(timer);
            if (res.headersSent) return;
            return res.status(500).json({ error: 'thumbnail failed' });
          }
        });
      `,
    },
    {
      name: 'a .catch() callback that returns its send gives back the response, so the guard on the awaited value does not run there',
      code: code`
        import express from 'express';
        const router = express.Router();
        router.get('/canned/:id', async (req, res) => {
          const canned = await Canned.findOne({ _id: req.params.id }).catch((err) => {
            return res.status(500).send({ success: false, error: 'Cannot find the canned response' });
          });
          if (!canned) {
            return res.status(404).send({ success: false, error: 'Canned response not found' });
          }
          res.json(canned);
        });
      `,
    },
    {
      name: 'a forEach over an array written with one element sends once',
      code: code`
        import express from 'express';
        const router = express.Router();
        router.get('/report', (req, res) => {
          [req.query.format].forEach((format) => {
            res.type(format).send(render(format));
          });
        });
      `,
    },
    {
      name: 'a .catch() callback of an awaited promise that answers and rethrows stops the handler at the await',
      code: code`
        import express from 'express';
        const app = express();
        app.post('/upload', async (request, response) => {
          const systemPath = await toSystemPath(String(request.query.path)).catch((error) => {
            response.status(400).json({ error: 'invalid path' });
            throw error;
          });
          await writeFile(systemPath, request);
          return response.status(200).json({ path: systemPath });
        });
      `,
    },
    {
      name: 'Express middleware calls next() without waiting: Express does not answer when it returns',
      code: code`
        import express from 'express';
        const app = express();
        app.use((req, res, next) => {
          res.set('X-Powered-By', 'api');
          next();
        });
      `,
    },
    {
      name: 'helpers handed the response: returned, one that only sets headers, and one called in the other arm',
      code: code`
        import express from 'express';
        const app = express();
        const fail = (res, status, message) => res.status(status).json({ error: message });
        function noStore(res) {
          res.setHeader('Cache-Control', 'no-store');
        }
        app.get('/search', (req, res) => {
          noStore(res);
          if (!req.query.q) return fail(res, 400, 'q is required');
          res.json(search(req.query.q));
        });
        app.get('/items/:id', async (req, res) => {
          const item = await Item.findById(req.params.id);
          if (!item) fail(res, 404, 'Not found');
          else res.json(item);
        });
      `,
    },
    {
      name: 'a flag set beside the send and tested before the next answer: under if (!sent), after if (sent) return, and left of &&',
      code: code`
        import express from 'express';
        const app = express();
        app.get('/first', async (req, res) => {
          let sent = false;
          for (const source of sources) {
            const data = await source.get(req.query.key);
            if (data) {
              res.json(data);
              sent = true;
              break;
            }
          }
          if (!sent) res.status(404).json({ error: 'No source has it' });
        });
        app.get('/race', (req, res) => {
          let responded = false;
          const timer = setTimeout(() => {
            responded = true;
            res.status(504).json({ error: 'Timed out' });
          }, 5000);
          fetchSlow().then((value) => {
            clearTimeout(timer);
            !responded && res.json(value);
          });
        });
        app.post('/merge', async (req, res) => {
          let answered = false;
          for (const id of req.body.ids) {
            if (!(await exists(id))) {
              res.status(404).json({ error: 'Unknown id ' + id });
              answered = true;
              break;
            }
          }
          if (answered) return;
          res.json(await merge(req.body.ids));
        });
      `,
    },
    {
      name: 'array callbacks that send nothing, a result the handler tests before it goes on, an async forEach callback, a send the loop leaves by returning from the handler',
      code: code`
        import express from 'express';
        const app = express();
        app.post('/items', async (req, res) => {
          req.body.items.forEach((item) => res.setHeader('x-item', item.id));
          const invalid = req.body.items.find((item) => {
            if (!item.name) {
              res.status(400).json({ error: 'Every item needs a name' });
              return true;
            }
            return false;
          });
          if (invalid) return;
          await Item.insertMany(req.body.items);
          res.status(201).json({ ok: true });
        });
        app.post('/events', (req, res) => {
          req.body.events.forEach(async (event) => {
            await queue.push(event);
          });
          res.status(202).end();
        });
        app.get('/lookup', (req, res) => {
          for (const key of ['id', 'slug']) {
            if (!req.query[key]) return res.status(400).json({ error: key + ' is required' });
          }
          res.json(lookup(req.query));
        });
      `,
    },
    {
      name: 'sends under tests of one value against different enum members or named constants never both run',
      code: code`
        import express from 'express';
        enum Kind { Text = 'text', Image = 'image' }
        enum Role { Admin, User, Guest = 5, Bot }
        const Format = { Csv: 'csv', Json: 'json' } as const;
        const app = express();
        app.get('/items', (req, res) => {
          const kind = req.query.kind as Kind;
          if (kind === Kind.Text) {
            res.json({ text: true });
          }
          if (kind === Kind.Image) {
            res.json({ image: true });
          }
        });
        app.get('/roles', (req, res) => {
          const role = Number(req.query.role) as Role;
          if (role === Role.Admin) {
            res.json({ admin: true });
          }
          if (role === Role.Bot) {
            res.json({ bot: true });
          }
        });
        app.get('/export', (req, res) => {
          const format = req.query.format;
          if (format === Format.Csv) {
            res.type('text/csv').send('a,b');
          }
          if (format === Format.Json) {
            res.json({ a: 'b' });
          }
        });
      `,
    },
    {
      name: 'a bare end() after sendStatus(), a status chained before the send, and a chained status the send already had',
      code: code`
        import express from 'express';
        const app = express();
        app.get('/health', (req, res) => {
          res.sendStatus(204).end();
        });
        app.get('/me', (req, res) => {
          res.json({ user: req.user }).status(200);
        });
        app.get('/reports', (req, res) => {
          res.status(200).set('Cache-Control', 'no-store').json(reports.all());
        });
      `,
    },
    {
      name: 'sends under different values of one member, or under a value and its exclusion, never both run',
      code: code`
        import express from 'express';
        const app = express();
        app.post('/webhooks/stripe', async (req, res) => {
          const event = req.body;
          if (event.type === 'checkout.session.completed') {
            await fulfil(event.data.object);
            res.json({ received: true });
          }
          if (event.type === 'invoice.paid') {
            res.json({ received: true, invoice: event.data.object.id });
          }
          if (event.type !== 'checkout.session.completed' && event.type !== 'invoice.paid') {
            res.status(202).end();
          }
        });
      `,
    },
    {
      name: 'next(err) that is returned, or in a catch that ends the handler, is the only answer',
      code: code`
        import { Router } from 'express';
        export const inbound = Router();
        inbound.post('/hooks/mail', async (req, res, next) => {
          if (!req.body.from) return next(new Error('from is required'));
          try {
            res.json(await processMail(req.body));
          } catch (err) {
            next(err);
          }
        });
      `,
    },
    {
      name: 'a callback of an awaited promise that only records the failure leaves one send',
      code: code`
        import express from 'express';
        const app = express();
        app.get('/notes/:id', async (req, res) => {
          let failed = false;
          const note = await loadNote(req.params.id).catch(() => {
            failed = true;
          });
          if (failed) return res.status(500).json({ error: 'Could not load the note' });
          res.json(note);
        });
      `,
    },
    {
      name: 'an awaited chain whose callbacks are the answer, with nothing after it',
      code: code`
        import express from 'express';
        const app = express();
        app.delete('/notes/:id', async (req, res) => {
          await removeNote(req.params.id)
            .then(() => res.sendStatus(204))
            .catch(() => res.status(500).json({ error: 'Could not delete the note' }));
        });
      `,
    },
    {
      name: 'a handler that tests what the awaited callback gave back may stop there: only values can tell',
      code: code`
        import express from 'express';
        const app = express();
        app.get('/tags/:id', async (req, res) => {
          const tag = await loadTag(req.params.id).catch(() => {
            res.status(500).json({ error: 'Could not load the tag' });
            return null;
          });
          if (!tag) return;
          res.json(tag);
        });
      `,
    },
    {
      name: 'a send in the catch of a try around the await runs only when the chain threw',
      code: code`
        import express from 'express';
        const app = express();
        app.get('/boards', async (req, res) => {
          try {
            await loadBoards().then((boards) => res.json(boards));
          } catch (err) {
            res.status(500).json({ error: 'Could not load the boards' });
          }
        });
      `,
    },
    {
      name: 'a bare res.end() after the send writes nothing and throws nothing',
      code: code`
        import express from 'express';
        const router = express.Router();
        router.get('/preview/:template', async (req, res) => {
          const html = await render(req.params.template);
          res.status(200);
          res.send(html);
          res.end();
        });
      `,
    },
    {
      name: 'a catch after a try whose send is the last thing that can fail runs only if the send threw',
      code: code`
        import express from 'express';
        const app = express();
        app.post('/metrics/:id/refresh', async (req, res) => {
          try {
            await refreshMetric(req.params.id);
            res.json({ status: 'ok' });
            logger.info('refreshed');
          } catch (e) {
            res.status(500).json({ message: e.message });
          }
        });
      `,
    },
    {
      name: 'sends under opposite tests of one value never both run, deferred or not',
      code: code`
        import express from 'express';
        const app = express();
        app.post('/campaigns', async (req, res) => {
          const promises = req.body.recipients.map((recipient) => messages.save({ recipient }));
          Promise.all(promises).then((data) => {
            if (req.body.returnObject) {
              return res.json(data);
            }
          });
          if (!req.body.returnObject) {
            return res.json({ success: true });
          }
        });
        app.get('/report', (req, res) => {
          const asCsv = req.query.format === 'csv';
          if (asCsv) res.type('text/csv').send(toCsv(rows));
          if (!asCsv) res.json(rows);
        });
      `,
    },
    {
      name: 'the catch of a try that hands the answer to a promise answers only when the hand-over threw',
      code: code`
        import express from 'express';
        const app = express();
        app.post('/documents/move', async (req, res) => {
          try {
            const moves = req.body.files.map((file) => moveFile(file.from, file.to));
            Promise.all(moves)
              .then(() => res.status(200).json({ success: true }))
              .catch(() => res.status(500).json({ success: false, message: 'Failed to move some files.' }));
          } catch (error) {
            res.status(500).json({ success: false, message: 'Failed to move files.' });
          }
        });
      `,
    },
    {
      name: 'an early return res.status(400).json() guard ends the handler',
      code: code`
        import express, { type Request, type Response } from 'express';
        const app = express();
        app.post('/users', async (req: Request, res: Response) => {
          if (!req.body.email) return res.status(400).json({ error: 'email is required' });
          res.status(201).json(await User.create(req.body));
        });
      `,
    },
    {
      name: 'a returned send inside a loop: the send after the loop runs only when none answered',
      code: code`
        import express from 'express';
        const app = express();
        app.post('/orders', async (req, res) => {
          for (const item of req.body.items) {
            if (!item.sku) return res.status(400).json({ error: 'sku is required' });
          }
          res.status(201).json(await Order.create(req.body));
        });
      `,
    },
    {
      name: 'a send in each branch of an if/else',
      code: code`
        import express from 'express';
        const app = express();
        app.get('/users/:id', async (req, res) => {
          const user = await User.findById(req.params.id);
          if (user) {
            res.json(user);
          } else {
            res.status(404).json({ error: 'Not found' });
          }
        });
      `,
    },
    {
      name: 'try/catch with a send in both: the catch runs only when the first send did not finish',
      code: code`
        import express from 'express';
        const app = express();
        app.get('/items', async (req, res) => {
          try {
            res.json(await Item.find());
          } catch (err) {
            res.status(500).json({ error: 'Could not load items' });
          }
        });
      `,
    },
    {
      name: 'error middleware that checks res.headersSent before answering',
      code: code`
        import express from 'express';
        const app = express();
        app.use((err, req, res, next) => {
          if (res.headersSent) return next(err);
          res.status(500).json({ error: 'Internal error' });
        });
      `,
    },
    {
      name: "a 'finish' listener that only reads the status",
      code: code`
        import express from 'express';
        const app = express();
        app.use((req, res, next) => {
          res.on('finish', () => logger.info(req.path, res.statusCode));
          next();
        });
      `,
    },
    {
      name: 'a handler that answers only from its timer callback',
      code: code`
        import express from 'express';
        const app = express();
        app.get('/slow', (req, res) => {
          setTimeout(() => res.json({ done: true }), 1000);
        });
      `,
    },
    {
      name: 'a returned promise chain is part of the handler, not deferred work',
      code: code`
        import express from 'express';
        const app = express();
        app.get('/items', (req, res) => {
          return Item.find()
            .then((items) => res.json(items))
            .catch(() => res.status(500).json({ error: 'failed' }));
        });
      `,
    },
    {
      name: 'a send passed to a helper is not followed (known limit)',
      code: code`
        import express from 'express';
        const app = express();
        app.get('/items/:id', async (req, res) => {
          const item = await Item.findById(req.params.id);
          if (!item) sendNotFound(res);
          res.json(item);
        });
      `,
    },
    {
      name: 'an awaited cleanup whose rejection is caught cannot fail into the catch after the send',
      code: code`
        import express from 'express';
        import fs from 'node:fs/promises';
        const router = express.Router();
        router.post('/projects/import', async (req, res) => {
          try {
            const converted = await convertArchive(req.file.path);
            try {
              const project = await createProject(req.user.id, converted);
              res.json({ project_id: project.id });
            } finally {
              await fs.unlink(converted).catch((err) => console.warn('cleanup failed', err));
            }
          } catch (error) {
            res.status(500).json({ error: 'import failed' });
          }
        });
        router.post('/avatars', async (req, res) => {
          try {
            res.json({ url: await storeAvatar(req.file.path) });
            await fs.rm(req.file.path).then(noop, logCleanupError);
          } catch (error) {
            res.status(500).json({ error: 'upload failed' });
          }
        });
      `,
    },
  ],
  invalid: [
    {
      name: 'an imported helper handed the response and a status, called without return: the mail is still sent, and the next answer throws',
      code: code`
        const { Router } = require('express');
        const { apiStatus } = require('../lib/util');
        const api = Router();
        api.post('/send-email', async (req, res) => {
          if (req.body.token !== process.env.MAIL_TOKEN) {
            apiStatus(res, 'Email is not authorized!', 401);
          }
          await sendMail(req.body);
          res.json({ sent: true });
        });
        module.exports = api;
      `,
      errors: [
        {
          messageId: 'sendAfterHandOff',
          data: { helper: 'apiStatus', line: 6, effect: 'Node throws ERR_HTTP_HEADERS_SENT ("Cannot set headers after they are sent to the client")' },
          line: 9,
          column: 3,
          endLine: 9,
          endColumn: 27,
          suggestions: [
            {
              messageId: 'returnAfterSend',
              data: { line: 6 },
              output: code`
                const { Router } = require('express');
                const { apiStatus } = require('../lib/util');
                const api = Router();
                api.post('/send-email', async (req, res) => {
                  if (req.body.token !== process.env.MAIL_TOKEN) {
                    return apiStatus(res, 'Email is not authorized!', 401);
                  }
                  await sendMail(req.body);
                  res.json({ sent: true });
                });
                module.exports = api;
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'an imported error helper after a send that was not returned',
      code: code`
        import express from 'express';
        import { sendErrorResponse } from '../utils';
        const app = express();
        app.get('/chats/:id', async (req, res) => {
          if (!req.user) {
            res.status(401).json({ error: 'sign in first' });
          }
          if (await isArchived(req.params.id)) {
            sendErrorResponse(res, 410, 'archived');
            return;
          }
          res.json(await loadChat(req.params.id));
        });
      `,
      errors: [
        {
          messageId: 'handOffAfterSend',
          data: { helper: 'sendErrorResponse', line: 6, effect: 'Node throws ERR_HTTP_HEADERS_SENT ("Cannot set headers after they are sent to the client")' },
          line: 9,
          column: 5,
          endLine: 9,
          endColumn: 44,
          suggestions: [
            {
              messageId: 'returnAfterSend',
              data: { line: 6 },
              output: code`
                import express from 'express';
                import { sendErrorResponse } from '../utils';
                const app = express();
                app.get('/chats/:id', async (req, res) => {
                  if (!req.user) {
                    return res.status(401).json({ error: 'sign in first' });
                  }
                  if (await isArchived(req.params.id)) {
                    sendErrorResponse(res, 410, 'archived');
                    return;
                  }
                  res.json(await loadChat(req.params.id));
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a watchdog timer races the send after its clearTimeout() when that send does not check whether the timer answered',
      code: code`
        import express from 'express';
        const app = express();

        app.get('/thumb/:name', async (req, res) => {
          const timer = setTimeout(() => {
            res.status(408).json({ message: 'Image processing timeout' });
          }, 10_000);
          try {
            const buf = await makeThumbnail(req.params.name);
            clearTimeout(timer);
            return res.send(buf);
          } catch (err) {
            clearTimeout(timer);
            return res.status(500).json({ error: 'thumbnail failed' });
          }
        });
      `,
      errors: [
        {
          messageId: 'watchdogSendRace',
          data: { region: 'a `setTimeout` callback', line: 11, effect: 'Node throws ERR_HTTP_HEADERS_SENT ("Cannot set headers after they are sent to the client")' },
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 66,
          suggestions: [],
        },
      ],
    },
    {
      name: 'a watchdog timer still fires after a guard\'s answer that comes before any clearTimeout()',
      code: code`
        import express from 'express';
        const app = express();
        app.post('/render', async (req, res) => {
          const timer = setTimeout(() => res.status(504).json({ error: 'Render timed out' }), 5000);
          if (!req.body.html) return res.status(400).json({ error: 'html is required' });
          const pdf = await render(req.body.html);
          clearTimeout(timer);
          if (res.headersSent) return;
          res.send(pdf);
        });
      `,
      errors: [
        {
          messageId: 'lateSend',
          data: { region: 'a `setTimeout` callback' },
          line: 4,
          column: 34,
          endLine: 4,
          endColumn: 85,
          suggestions: [],
        },
      ],
    },
    {
      name: 'a helper handed (req, res, next, token) is no error middleware: its send without a return is followed by another',
      code: code`
        import type { Request, Response, NextFunction } from 'express';
        export const authenticateWithToken = async (req: Request, res: Response, next: NextFunction, token: string) => {
          let payload: { userId: string } | undefined;
          try {
            payload = verifyToken(token);
          } catch (err) {
            res.status(401).send({ message: 'Invalid token' });
          }
          const user = await findUser(payload?.userId);
          if (!user) {
            res.status(404).send({ message: 'User not found' });
            return;
          }
          next();
        };
      `,
      errors: [
        {
          messageId: 'sendAfterSend',
          data: { line: 7, effect: 'Node throws ERR_HTTP_HEADERS_SENT ("Cannot set headers after they are sent to the client")' },
          line: 11,
          column: 5,
          endLine: 11,
          endColumn: 56,
          suggestions: [
            {
              messageId: 'returnAfterSend',
              data: { line: 7 },
              output: code`
                import type { Request, Response, NextFunction } from 'express';
                export const authenticateWithToken = async (req: Request, res: Response, next: NextFunction, token: string) => {
                  let payload: { userId: string } | undefined;
                  try {
                    payload = verifyToken(token);
                  } catch (err) {
                    return res.status(401).send({ message: 'Invalid token' });
                  }
                  const user = await findUser(payload?.userId);
                  if (!user) {
                    res.status(404).send({ message: 'User not found' });
                    return;
                  }
                  next();
                };
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'sends written one after another are one mistake: the return that fixes the first leaves the rest unreached',
      code: code`
        import express from 'express';
        const app = express();
        app.get('/codes', (req, res) => {
          res.status(200).send('abc');
          res.status(201).send('def');
          res.status(202).send('ghi');
        });
      `,
      errors: [
        {
          messageId: 'sendAfterSend',
          data: { line: 4, effect: 'Node throws ERR_HTTP_HEADERS_SENT ("Cannot set headers after they are sent to the client")' },
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 30,
          suggestions: [
            {
              messageId: 'returnAfterSend',
              data: { line: 4 },
              output: code`
                import express from 'express';
                const app = express();
                app.get('/codes', (req, res) => {
                  return res.status(200).send('abc');
                  res.status(201).send('def');
                  res.status(202).send('ghi');
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a send in a forEach callback runs once per element: every send after the first fails',
      code: code`
        import express from 'express';
        const router = express.Router();
        router.put('/labels', (req, res) => {
          req.body.forEach((label) => {
            Label.updateOne({ key: label.key }, { message: label.message }).exec();
            res.json({ success: true });
          });
        });
      `,
      errors: [
        {
          messageId: 'sendInIteration',
          data: { method: 'forEach' },
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 32,
          suggestions: [],
        },
      ],
    },
    {
      name: 'a .catch() callback that answers gives back nothing, so a guard on the awaited value sends again',
      code: code`
        import express from 'express';
        const router = express.Router();
        router.get('/namespaces', async (req, res) => {
          const namespaces = await Namespace.find({ project: req.params.id }).catch((err) => {
            res.status(500).send({ success: false, error: err });
          });
          if (!namespaces) {
            return res.status(404).send({ success: false, error: 'No namespace found' });
          }
          return res.send(namespaces);
        });
      `,
      errors: [
        {
          messageId: 'sendAfterCallbackSend',
          data: { line: 5, effect: 'Node throws ERR_HTTP_HEADERS_SENT ("Cannot set headers after they are sent to the client")' },
          line: 8,
          column: 12,
          endLine: 8,
          endColumn: 81,
          suggestions: [],
        },
      ],
    },
    {
      name: 'a send without a return before a promise the handler does not await: the report names that send',
      code: code`
        import express from 'express';
        const router = express.Router();
        router.delete('/namespaces/:id', async (req, res) => {
          const namespace = await Namespace.findOne({ id: req.params.id });
          if (!namespace) {
            res.status(404).send({ success: false, error: 'Not found' });
          }
          ai.deleteNamespace(req.params.id).then(() => {
            res.status(200).send({ success: true });
          });
        });
      `,
      errors: [
        {
          messageId: 'lateSendAfterSend',
          data: { region: 'a callback of a promise that the handler neither awaits nor returns', line: 6, effect: 'Node throws ERR_HTTP_HEADERS_SENT ("Cannot set headers after they are sent to the client")' },
          line: 9,
          column: 5,
          endLine: 9,
          endColumn: 44,
          suggestions: [],
        },
      ],
    },
    {
      name: 'a same-file helper handed the response as its first argument answers for the handler; without a return the handler sends again',
      code: code`
        import express from 'express';
        const app = express();
        const fail = (res, status, message) => res.status(status).json({ error: message });
        function denyUnlessAdmin(res, user) {
          if (!user.admin) res.status(403).json({ error: 'Forbidden' });
        }
        app.get('/search', (req, res) => {
          if (!req.query.q) fail(res, 400, 'q is required');
          res.json(search(req.query.q));
        });
        app.get('/admin/stats', (req, res) => {
          denyUnlessAdmin(res, req.user);
          res.json(stats());
        });
      `,
      errors: [
        {
          messageId: 'sendAfterHandOff',
          data: { helper: 'fail', line: 8, effect: 'Node throws ERR_HTTP_HEADERS_SENT ("Cannot set headers after they are sent to the client")' },
          line: 9,
          column: 3,
          endLine: 9,
          endColumn: 32,
          suggestions: [
            {
              messageId: 'returnAfterSend',
              data: { line: 8 },
              output: code`
                import express from 'express';
                const app = express();
                const fail = (res, status, message) => res.status(status).json({ error: message });
                function denyUnlessAdmin(res, user) {
                  if (!user.admin) res.status(403).json({ error: 'Forbidden' });
                }
                app.get('/search', (req, res) => {
                  if (!req.query.q) return fail(res, 400, 'q is required');
                  res.json(search(req.query.q));
                });
                app.get('/admin/stats', (req, res) => {
                  denyUnlessAdmin(res, req.user);
                  res.json(stats());
                });
              `,
            },
          ],
        },
        {
          messageId: 'sendAfterPossibleHandOff',
          data: { helper: 'denyUnlessAdmin', line: 12, effect: 'Node throws ERR_HTTP_HEADERS_SENT ("Cannot set headers after they are sent to the client")' },
          line: 13,
          column: 3,
          endLine: 13,
          endColumn: 20,
          suggestions: [],
        },
      ],
    },
    {
      name: 'a flag set beside the send that the later send does not wait on',
      code: code`
        import express from 'express';
        const app = express();
        app.get('/users/:id', async (req, res) => {
          let found = true;
          const user = await User.findById(req.params.id);
          if (!user) {
            res.status(404).json({ error: 'Not found' });
            found = false;
          }
          if (!found) log.warn('missing user', req.params.id);
          res.json(user);
        });
      `,
      errors: [
        {
          messageId: 'sendAfterSend',
          data: { line: 7, effect: 'Node throws ERR_HTTP_HEADERS_SENT ("Cannot set headers after they are sent to the client")' },
          line: 11,
          column: 3,
          endLine: 11,
          endColumn: 17,
          suggestions: [
            {
              messageId: 'returnAfterSend',
              data: { line: 7 },
              output: code`
                import express from 'express';
                const app = express();
                app.get('/users/:id', async (req, res) => {
                  let found = true;
                  const user = await User.findById(req.params.id);
                  if (!user) {
                    return res.status(404).json({ error: 'Not found' });
                    found = false;
                  }
                  if (!found) log.warn('missing user', req.params.id);
                  res.json(user);
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a return in a forEach callback leaves only the callback: the handler goes on and sends again',
      code: code`
        import express from 'express';
        const app = express();
        app.post('/items', async (req, res) => {
          req.body.items.forEach((item) => {
            if (!item.name) {
              return res.status(400).json({ error: 'Every item needs a name' });
            }
          });
          await Item.insertMany(req.body.items);
          res.status(201).json({ ok: true });
        });
      `,
      errors: [
        {
          messageId: 'sendAfterIterationSend',
          data: { line: 6, method: 'forEach', effect: 'Node throws ERR_HTTP_HEADERS_SENT ("Cannot set headers after they are sent to the client")' },
          line: 10,
          column: 3,
          endLine: 10,
          endColumn: 37,
        },
      ],
    },
    {
      name: 'a status set after a map callback already answered',
      code: code`
        import express from 'express';
        const app = express();
        app.get('/report', (req, res) => {
          const rows = req.query.ids.split(',').map((id) => {
            if (!/^[0-9]+$/.test(id)) res.status(400).send('Bad id');
            return Number(id);
          });
          res.status(200);
          res.json(buildReport(rows));
        });
      `,
      errors: [
        {
          messageId: 'statusAfterIterationSend',
          data: { line: 5, method: 'map' },
          line: 8,
          column: 3,
          endLine: 8,
          endColumn: 18,
        },
        {
          messageId: 'sendAfterIterationSend',
          data: { line: 5, method: 'map', effect: 'Node throws ERR_HTTP_HEADERS_SENT ("Cannot set headers after they are sent to the client")' },
          line: 9,
          column: 3,
          endLine: 9,
          endColumn: 30,
        },
      ],
    },
    {
      name: 'enum members that hold the same value, one counted up from the member before',
      code: code`
        import express from 'express';
        enum Level { Low = 1, Zero = 0, Other }
        const app = express();
        app.get('/levels', (req, res) => {
          const level = Number(req.query.level) as Level;
          if (level === Level.Low) {
            res.json({ low: true });
          }
          if (level === Level.Other) {
            res.json({ other: true });
          }
        });
      `,
      errors: [
        {
          messageId: 'sendAfterSend',
          data: { line: 7, effect: 'Node throws ERR_HTTP_HEADERS_SENT ("Cannot set headers after they are sent to the client")' },
          line: 10,
          column: 5,
          endLine: 10,
          endColumn: 30,
          suggestions: [
            {
              messageId: 'returnAfterSend',
              data: { line: 7 },
              output: code`
                import express from 'express';
                enum Level { Low = 1, Zero = 0, Other }
                const app = express();
                app.get('/levels', (req, res) => {
                  const level = Number(req.query.level) as Level;
                  if (level === Level.Low) {
                    return res.json({ low: true });
                  }
                  if (level === Level.Other) {
                    res.json({ other: true });
                  }
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a send or a status chained onto a send comes after it',
      filename: 'routes/reports.js',
      code: code`
        import express from 'express';
        const app = express();
        app.get('/reports', async (req, res) => {
          try {
            res.json(await reports.list());
          } catch (error) {
            return res.sendStatus(500).json({ message: error.message });
          }
        });
        app.patch('/reports/:id', async (req, res) => {
          const report = await reports.update(req.params.id, req.body);
          res.json(report).status(202);
        });
      `,
      errors: [
        {
          messageId: 'sendChainedAfterSend',
          data: { method: 'sendStatus', effect: 'Node throws ERR_HTTP_HEADERS_SENT ("Cannot set headers after they are sent to the client")' },
          line: 7,
          column: 12,
          endLine: 7,
          endColumn: 64,
          suggestions: [
            {
              messageId: 'onlySetStatus',
              data: { method: 'status' },
              output: code`
                import express from 'express';
                const app = express();
                app.get('/reports', async (req, res) => {
                  try {
                    res.json(await reports.list());
                  } catch (error) {
                    return res.status(500).json({ message: error.message });
                  }
                });
                app.patch('/reports/:id', async (req, res) => {
                  const report = await reports.update(req.params.id, req.body);
                  res.json(report).status(202);
                });
              `,
            },
          ],
        },
        {
          messageId: 'statusChainedAfterSend',
          line: 12,
          column: 3,
          endLine: 12,
          endColumn: 31,
          suggestions: [
            {
              messageId: 'statusBeforeSend',
              output: code`
                import express from 'express';
                const app = express();
                app.get('/reports', async (req, res) => {
                  try {
                    res.json(await reports.list());
                  } catch (error) {
                    return res.sendStatus(500).json({ message: error.message });
                  }
                });
                app.patch('/reports/:id', async (req, res) => {
                  const report = await reports.update(req.params.id, req.body);
                  res.status(202).json(report);
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a helper that always answers, then the handler answers too',
      code: code`
        import express from 'express';
        const router = express.Router();
        function markDone(req, res) {
          res.status(204).end();
        }
        router.post('/tasks/:id/done', async (req, res) => {
          await Task.complete(req.params.id);
          markDone(req, res);
          res.json({ ok: true });
        });
      `,
      errors: [
        {
          messageId: 'sendAfterHandOff',
          data: { line: 8, helper: 'markDone', effect: 'Node throws ERR_HTTP_HEADERS_SENT ("Cannot set headers after they are sent to the client")' },
          line: 9,
          column: 3,
          endLine: 9,
          endColumn: 25,
          suggestions: [
            {
              messageId: 'returnAfterSend',
              data: { line: 8 },
              output: code`
                import express from 'express';
                const router = express.Router();
                function markDone(req, res) {
                  res.status(204).end();
                }
                router.post('/tasks/:id/done', async (req, res) => {
                  await Task.complete(req.params.id);
                  return markDone(req, res);
                  res.json({ ok: true });
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a return in the catch callback of an awaited promise leaves only the callback: the handler sends again',
      code: code`
        import express from 'express';
        const app = express();
        app.get('/reports/:id', async (req, res) => {
          const report = await loadReport(req.params.id).catch((err) => {
            return res.status(500).json({ error: 'Could not load the report' });
          });
          res.json(report);
        });
      `,
      errors: [
        {
          messageId: 'sendAfterCallbackSend',
          data: { line: 5, effect: 'Node throws ERR_HTTP_HEADERS_SENT ("Cannot set headers after they are sent to the client")' },
          line: 7,
          column: 3,
          endLine: 7,
          endColumn: 19,
        },
      ],
    },
    {
      name: 'one callback down: the catch callback awaited inside a then callback answers, and that callback answers again',
      code: code`
        import express from 'express';
        const app = express();
        app.get('/boards/:id', async (req, res) => {
          await refreshBoards().then(async () => {
            const stats = await fetchStats(req.params.id).catch(() => res.redirect('/boards'));
            res.status(200);
            res.render('board', { stats });
          });
        });
      `,
      errors: [
        {
          messageId: 'statusAfterCallbackSend',
          data: { line: 5 },
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 20,
        },
        {
          messageId: 'sendAfterCallbackSend',
          data: { line: 5, effect: 'Node throws ERR_HTTP_HEADERS_SENT ("Cannot set headers after they are sent to the client")' },
          line: 7,
          column: 5,
          endLine: 7,
          endColumn: 35,
        },
      ],
    },
    {
      name: 'an end() that carries a status after the send loses that status',
      code: code`
        import express from 'express';
        const router = express.Router();
        router.post('/jobs/:id/cancel', async (req, res) => {
          const job = await jobs.cancel(req.params.id);
          res.json(job);
          if (!job.cancelled) res.status(409).end();
        });
      `,
      errors: [
        {
          messageId: 'statusAfterSend',
          data: { line: 5 },
          line: 6,
          column: 23,
          endLine: 6,
          endColumn: 44,
          suggestions: [
            {
              messageId: 'returnAfterSend',
              data: { line: 5 },
              output: code`
                import express from 'express';
                const router = express.Router();
                router.post('/jobs/:id/cancel', async (req, res) => {
                  const job = await jobs.cancel(req.params.id);
                  return res.json(job);
                  if (!job.cancelled) res.status(409).end();
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a try that awaits after its send lands a failure in the catch after the answer went out',
      code: code`
        import express from 'express';
        const app = express();
        app.post('/metrics/:id/refresh', async (req, res) => {
          try {
            await refreshMetric(req.params.id);
            res.status(200).json({ status: 200 });
            await audit({ event: 'metric.refresh', id: req.params.id });
          } catch (e) {
            return res.status(400).json({ message: e.message });
          }
        });
      `,
      errors: [
        {
          messageId: 'sendAfterSend',
          data: { line: 6, effect: 'Node throws ERR_HTTP_HEADERS_SENT ("Cannot set headers after they are sent to the client")' },
          line: 9,
          column: 12,
          endLine: 9,
          endColumn: 56,
          suggestions: [],
        },
      ],
    },
    {
      name: 'an awaited call whose .catch() rethrows can still fail into the catch after the send',
      code: code`
        import express from 'express';
        const app = express();
        app.post('/exports', async (req, res) => {
          try {
            res.json({ queued: true });
            await queue.push(req.body).catch((err) => {
              throw new Error('queue down', { cause: err });
            });
          } catch (e) {
            res.status(500).json({ error: e.message });
          }
        });
      `,
      errors: [
        {
          messageId: 'sendAfterSend',
          data: { line: 5, effect: 'Node throws ERR_HTTP_HEADERS_SENT ("Cannot set headers after they are sent to the client")' },
          line: 10,
          column: 5,
          endLine: 10,
          endColumn: 47,
          suggestions: [],
        },
      ],
    },
    {
      name: 'a test of a value the handler changes in between is no test of the same value',
      code: code`
        import express from 'express';
        const app = express();
        app.get('/feed', async (req, res) => {
          let feed = cache.get('feed');
          if (!feed) {
            feed = await loadFeed();
            res.json(feed);
          }
          if (feed) res.json(feed);
        });
      `,
      errors: [
        {
          messageId: 'sendAfterSend',
          data: { line: 7, effect: 'Node throws ERR_HTTP_HEADERS_SENT ("Cannot set headers after they are sent to the client")' },
          line: 9,
          column: 13,
          endLine: 9,
          endColumn: 27,
          suggestions: [
            {
              messageId: 'returnAfterSend',
              data: { line: 7 },
              output: code`
                import express from 'express';
                const app = express();
                app.get('/feed', async (req, res) => {
                  let feed = cache.get('feed');
                  if (!feed) {
                    feed = await loadFeed();
                    return res.json(feed);
                  }
                  if (feed) res.json(feed);
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'sends under tests of two different values can both run',
      code: code`
        import express from 'express';
        const app = express();
        app.get('/report', (req, res) => {
          if (req.query.csv) res.send(toCsv(rows));
          if (!req.query.json) res.json(rows);
        });
      `,
      errors: [
        {
          messageId: 'sendAfterSend',
          data: { line: 4, effect: 'Node throws ERR_HTTP_HEADERS_SENT ("Cannot set headers after they are sent to the client")' },
          line: 5,
          column: 24,
          endLine: 5,
          endColumn: 38,
          suggestions: [
            {
              messageId: 'returnAfterSend',
              data: { line: 4 },
              output: code`
                import express from 'express';
                const app = express();
                app.get('/report', (req, res) => {
                  if (req.query.csv) return res.send(toCsv(rows));
                  if (!req.query.json) res.json(rows);
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a missing return after the not-found send lets the handler send again',
      code: code`
        import express from 'express';
        const app = express();
        app.get('/users/:id', async (req, res) => {
          const user = await User.findById(req.params.id);
          if (!user) {
            res.status(404).json({ error: 'Not found' });
          }
          res.json(user);
        });
      `,
      errors: [
        {
          messageId: 'sendAfterSend',
          data: { line: 6, effect: 'Node throws ERR_HTTP_HEADERS_SENT ("Cannot set headers after they are sent to the client")' },
          line: 8,
          column: 3,
          endLine: 8,
          endColumn: 17,
          suggestions: [
            {
              messageId: 'returnAfterSend',
              data: { line: 6 },
              output: code`
                import express from 'express';
                const app = express();
                app.get('/users/:id', async (req, res) => {
                  const user = await User.findById(req.params.id);
                  if (!user) {
                    return res.status(404).json({ error: 'Not found' });
                  }
                  res.json(user);
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a status set after the send never reaches the client',
      code: code`
        import express, { type Request, type Response } from 'express';
        const app = express();
        app.post('/items', async (req: Request, res: Response) => {
          const item = await Item.create(req.body);
          res.json(item);
          res.status(201);
        });
      `,
      errors: [
        {
          messageId: 'statusAfterSend',
          data: { line: 5 },
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 18,
          suggestions: [
            {
              messageId: 'returnAfterSend',
              data: { line: 5 },
              output: code`
                import express, { type Request, type Response } from 'express';
                const app = express();
                app.post('/items', async (req: Request, res: Response) => {
                  const item = await Item.create(req.body);
                  return res.json(item);
                  res.status(201);
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a status set in finally runs after the returned send',
      code: code`
        import express from 'express';
        const app = express();
        app.get('/report', async (req, res) => {
          try {
            return res.json(await Report.build());
          } finally {
            res.status(500);
          }
        });
      `,
      errors: [
        { messageId: 'statusAfterSend', data: { line: 5 }, line: 7, column: 5, endLine: 7, endColumn: 20, suggestions: [] },
      ],
    },
    {
      name: 'a status written above the send in a loop follows the send of the previous round',
      code: code`
        import express from 'express';
        const app = express();
        app.post('/import', async (req, res) => {
          for (const row of req.body.rows) {
            if (row.invalid) res.status(422);
            res.json(await Row.save(row));
          }
        });
      `,
      errors: [
        { messageId: 'statusAfterSend', data: { line: 6 }, line: 5, column: 22, endLine: 5, endColumn: 37, suggestions: [] },
        { messageId: 'sendInLoop', data: {}, line: 6, column: 5, endLine: 6, endColumn: 34, suggestions: [] },
      ],
    },
    {
      name: 'the sends after one missing return share its fix: only the first of them is reported',
      code: code`
        import express from 'express';
        const app = express();
        app.get('/auth/callback', async (req, res) => {
          if (!req.user.id) {
            res.redirect('/auth/signup');
          }
          if (req.cookies.dest) {
            res.redirect(req.cookies.dest);
            return;
          }
          res.redirect('/');
        });
      `,
      errors: [
        {
          messageId: 'sendAfterSend',
          data: { line: 5, effect: 'Node throws ERR_HTTP_HEADERS_SENT ("Cannot set headers after they are sent to the client")' },
          line: 8,
          column: 5,
          endLine: 8,
          endColumn: 35,
          suggestions: [
            {
              messageId: 'returnAfterSend',
              data: { line: 5 },
              output: code`
                import express from 'express';
                const app = express();
                app.get('/auth/callback', async (req, res) => {
                  if (!req.user.id) {
                    return res.redirect('/auth/signup');
                  }
                  if (req.cookies.dest) {
                    res.redirect(req.cookies.dest);
                    return;
                  }
                  res.redirect('/');
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'next(err) without return hands the error to error middleware, and the handler answers too',
      code: code`
        import { Router } from 'express';
        export const inbound = Router();
        inbound.post('/hooks/mail', async (req, res, next) => {
          if (req.headers['x-secret'] !== process.env.SECRET) {
            next(new Error('bad secret'));
          }
          await processMail(req.body);
          res.status(204).end();
        });
      `,
      errors: [
        {
          messageId: 'sendAfterErrorHandOff',
          data: { line: 5, call: 'next', effect: 'Node throws ERR_HTTP_HEADERS_SENT ("Cannot set headers after they are sent to the client")' },
          line: 8,
          column: 3,
          endLine: 8,
          endColumn: 24,
          suggestions: [
            {
              messageId: 'returnAfterSend',
              data: { line: 5 },
              output: code`
                import { Router } from 'express';
                export const inbound = Router();
                inbound.post('/hooks/mail', async (req, res, next) => {
                  if (req.headers['x-secret'] !== process.env.SECRET) {
                    return next(new Error('bad secret'));
                  }
                  await processMail(req.body);
                  res.status(204).end();
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a send inside a loop runs once per item',
      code: code`
        import express from 'express';
        const app = express();
        app.get('/batch', async (req, res) => {
          for (const id of req.body.ids) {
            res.json(await Item.findById(id));
          }
        });
      `,
      errors: [
        {
          messageId: 'sendInLoop',
          data: {},
          line: 5,
          column: 5,
          endLine: 5,
          endColumn: 38,
          suggestions: [],
        },
      ],
    },
    {
      name: 'a status written in setTimeout after the response',
      code: code`
        import express from 'express';
        const app = express();
        app.post('/jobs', (req, res) => {
          res.json({ queued: true });
          setTimeout(() => {
            res.status(500);
          }, 100);
        });
      `,
      errors: [
        {
          messageId: 'lateStatus',
          data: { region: 'a `setTimeout` callback' },
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 20,
          suggestions: [],
        },
      ],
    },
    {
      name: 'sends in setImmediate, process.nextTick and queueMicrotask after the response',
      code: code`
        import express from 'express';
        const app = express();
        app.get('/later', (req, res) => {
          setImmediate(() => res.json({ a: 1 }));
          process.nextTick(() => res.json({ b: 2 }));
          queueMicrotask(() => res.status(500).end());
          res.json({ now: true });
        });
      `,
      errors: [
        {
          messageId: 'lateSend',
          data: { region: 'a `setImmediate` callback' },
          line: 4,
          column: 22,
          endLine: 4,
          endColumn: 40,
          suggestions: [],
        },
        {
          messageId: 'lateSend',
          data: { region: 'a `process.nextTick` callback' },
          line: 5,
          column: 26,
          endLine: 5,
          endColumn: 44,
          suggestions: [],
        },
        {
          messageId: 'lateSend',
          data: { region: 'a `queueMicrotask` callback' },
          line: 6,
          column: 24,
          endLine: 6,
          endColumn: 45,
          suggestions: [],
        },
      ],
    },
    {
      name: 'un-awaited .then/.catch callbacks run after the response (a bare res.end() in .finally is ignored by Node)',
      code: code`
        import express from 'express';
        const app = express();
        app.post('/orders', (req, res) => {
          Order.create(req.body)
            .then((order) => res.json(order))
            .catch((err) => res.status(500).json({ error: err.message }))
            .finally(() => res.end());
          res.status(202).json({ accepted: true });
        });
      `,
      errors: [
        {
          messageId: 'lateSend',
          data: { region: FLOATING },
          line: 5,
          column: 22,
          endLine: 5,
          endColumn: 37,
          suggestions: [],
        },
        {
          messageId: 'lateSend',
          data: { region: FLOATING },
          line: 6,
          column: 21,
          endLine: 6,
          endColumn: 65,
          suggestions: [],
        },
      ],
    },
    {
      name: "a status written in a 'finish' listener",
      code: code`
        import express from 'express';
        const app = express();
        app.get('/ping', (req, res) => {
          res.on('finish', () => {
            res.status(200);
          });
          res.send('pong');
        });
      `,
      errors: [
        {
          messageId: 'lateStatus',
          data: { region: "a 'finish' listener" },
          line: 5,
          column: 5,
          endLine: 5,
          endColumn: 20,
          suggestions: [],
        },
      ],
    },
  ],
});

jsRuleTester.run('no-status-after-send (Express, JavaScript)', rule, {
  assertionOptions: strict,
  valid: [
    {
      name: 'a handler that always answers and then goes on to middleware that runs after the response (an access log)',
      code: code`
        const express = require('express');
        const app = express();
        app.get('/api/version', (req, res, next) => {
          res.locals.version = '3.5.1';
          res.render('version');
          next();
        });
        app.get('/block/:hash', (req, res, next) => {
          loadBlock(req.params.hash)
            .then((block) => {
              res.locals.block = block;
              res.render('block');
              next();
            })
            .catch((err) => {
              res.locals.error = err;
              res.render('block');
              next();
            });
        });
        app.use((req, res, next) => {
          console.log(req.path, res.statusCode);
          if (!res.headersSent) next();
        });
      `,
    },
    {
      name: 'a response-sending middleware made by a factory that hands on to a metrics middleware',
      code: code`
        const express = require('express');
        const router = express.Router();
        function sendResponse() {
          return function sendResponseMiddleware(req, res, next) {
            res.status(res.statusCode || 200).send(res.body);
            return next();
          };
        }
        router.get('/job/:id', loadJob, sendResponse());
        module.exports = router;
      `,
    },
    {
      name: 'a timer registered in the catch of a try whose send nothing after it can fail never follows that send',
      code: code`
        const express = require('express');
        const app = express();
        app.post('/api/v1/auth/login', async (req, res) => {
          try {
            const user = await findUser(req.body.username);
            res.json({ token: sign(user) });
          } catch (err) {
            setTimeout(() => { res.status(401).json({ error: 'Login Failed' }); }, 800);
          }
        });
      `,
    },
    {
      name: 'some() gives back true where its callback answered: `if (!hasInvalid) next()` runs only where nothing was sent',
      code: code`
        import express from 'express';
        const checked = ['project_id', 'team_id'];
        export const parseIds = (req, res, next) => {
          const hasInvalid = checked.some((name) => {
            if (name in req.query && Number.isNaN(Number(req.query[name]))) {
              res.status(400).json({ message: \`Invalid \${name}\` });
              return true;
            }
            return false;
          });
          if (!hasInvalid) {
            next();
          }
        };
        const app = express();
        app.use(parseIds);
      `,
    },
    {
      name: 'helpers that answer only for their own error and return false otherwise, tested before the next answer',
      code: code`
        const express = require('express');
        const app = express();
        const sendDisabled = (res, e) => {
          if (e.code !== 'DISABLED') return false;
          return res.status(403).send({ error: e.message });
        };
        const sendPolicy = (res, e) => {
          if (e.code !== 'POLICY') return false;
          return res.status(400).send({ error: e.message });
        };
        app.post('/connections/test', (req, res) => {
          return testConnection(req.body)
            .then((r) => res.status(200).send(r))
            .catch((err) => {
              const disabled = sendDisabled(res, err);
              if (disabled) return disabled;
              const policy = sendPolicy(res, err);
              if (policy) return policy;
              return res.status(400).send({ error: 'failed' });
            });
        });
      `,
    },
    {
      name: 'tests that exclude each other also when one of them adds && (type === a && actions, type === b)',
      code: code`
        const express = require('express');
        const app = express();
        app.post('/interactions', async (req, res) => {
          const { type, actions } = JSON.parse(req.body.payload);
          if (type === 'block_actions' && actions) {
            res.status(200).send();
          }
          if (type === 'view_submission') {
            res.status(200).send();
          }
          await handleInteraction(type);
        });
      `,
    },
    {
      name: 'callbacks handed to calls after a send that returned, on the other arm, or given to the send itself run without a second answer',
      code: code`
        const router = require('express').Router();
        router.post('/topic/collect', async (req, res, next) => {
          const topic = await Topic.findById(req.body.topic_id);
          if (!topic) {
            return res.status(404).json({ status: 'failed' });
          }
          TopicCollect.newAndSave(req.user.id, topic._id, function (err) {
            if (err) return next(err);
            res.json({ status: 'success' });
          });
        });
        router.get('/notes/:id', (req, res) => {
          if (req.query.cached) {
            res.json(cache.get(req.params.id));
          } else {
            Note.findById(req.params.id, (err, note) => res.json(note));
          }
        });
        router.get('/files/:name', (req, res) => {
          res.sendFile(req.params.name, { root: 'uploads' }, (err) => {
            if (err) res.status(err.status || 500).end();
          });
        });
        router.post('/imports', async (req, res) => {
          req.body.rows.forEach(async (row) => {
            await Row.create(row);
          });
          res.json({ queued: req.body.rows.length });
        });
      `,
    },
    {
      name: 'a catch that leaves when headers went out (if (res.headersSent) return) answers only when nothing was sent',
      code: code`
        const http = require('node:http');
        function writePlain(res, status, text) {
          res.statusCode = status;
          res.end(text);
        }
        http.createServer(async (req, res) => {
          try {
            res.end('ok');
            await audit(req);
          } catch (error) {
            if (res.headersSent) return;
            writePlain(res, 502, 'failed');
          }
        });
        http.createServer(async (req, res) => {
          try {
            res.end('ok');
            await audit(req);
          } catch (error) {
            if (res.writableEnded) {
              return;
            }
            res.statusCode = 502;
            res.end('failed');
          }
        });
      `,
    },
    {
      name: 'the MERN tutorials\' protect middleware: next() runs where the token was read, and the 401 only where it was not',
      code: code`
        const jwt = require('jsonwebtoken');
        const asyncHandler = require('express-async-handler');
        const protect = asyncHandler(async (req, res, next) => {
          let token;
          if (req.headers.authorization && req.headers.authorization.startsWith('Bearer')) {
            try {
              token = req.headers.authorization.split(' ')[1];
              const decoded = jwt.verify(token, process.env.JWT_SECRET);
              req.user = await User.findById(decoded.id).select('-password');
              next();
            } catch (error) {
              res.status(401);
              throw new Error('Not authorized');
            }
          }
          if (!token) {
            res.status(401);
            throw new Error('Not authorized, no token');
          }
        });
        module.exports = { protect };
      `,
    },
    {
      name: 'next() on the path where nothing was sent, or returned, passes the request on once',
      code: code`
        const express = require('express');
        const app = express();
        app.use((req, res, next) => {
          if (req.method === 'OPTIONS') return res.sendStatus(204);
          res.set('Access-Control-Allow-Origin', '*');
          next();
        });
        app.use((req, res, next) => {
          if (req.path.startsWith('/api')) {
            return next();
          }
          res.sendFile('index.html', { root: 'public' });
        });
        app.use((req, res, next) => {
          if (!req.user) {
            res.status(401).json({ error: 'Sign in first' });
          } else {
            next();
          }
        });
      `,
    },
    {
      name: 'an event stream that ends the response when the client goes away: a bare end() then is ignored',
      code: code`
        const express = require('express');
        const router = express.Router();
        router.get('/live', (req, res) => {
          res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' });
          const timer = setInterval(() => res.write('data: ping\\n\\n'), 15000);
          res.on('close', () => {
            clearInterval(timer);
            res.end();
          });
        });
      `,
    },
    {
      name: 'a .then() chain whose first callback throws after answering, or whose next callback tests what it got, answers once',
      code: code`
        const express = require('express');
        const router = express.Router();
        router.post('/orders', (req, res) => {
          Product.findById(req.body.productId)
            .then((product) => {
              if (!product) {
                res.status(404).json({ message: 'Product not found' });
                throw new Error('handled');
              }
              return new Order({ product: product._id }).save();
            })
            .then((result) => res.status(201).json({ createdOrder: result }))
            .catch((err) => {
              if (!res.headersSent) res.status(500).json({ error: err.message });
            });
        });
        router.post('/carts', (req, res) => {
          Cart.findById(req.body.cartId)
            .then((cart) => {
              if (!cart) {
                res.status(404).json({ message: 'Cart not found' });
                return null;
              }
              return cart.addItem(req.body.item);
            })
            .then((updated) => {
              if (!updated) return;
              res.json(updated);
            });
        });
      `,
    },
    {
      name: 'a timeout that sets a flag and answers 504, and a handler that answers only if the flag is unset, never both answer',
      code: code`
        const express = require('express');
        const router = express.Router();
        router.post('/geocode/batch', async (req, res) => {
          let responded = false;
          const timer = setTimeout(() => {
            responded = true;
            res.status(504).json({ error: 'Geocoding took too long' });
          }, 10000);
          const results = await Promise.all(req.body.addresses.map((a) => geocode(a)));
          clearTimeout(timer);
          if (!responded) res.json({ results });
        });
      `,
    },
    {
      name: 'a background refresh that answers only if the cached answer did not go out',
      code: code`
        const express = require('express');
        const router = express.Router();
        router.get('/rates/:base', (req, res) => {
          let sent = false;
          const cached = cache.get(req.params.base);
          if (cached) {
            res.json(cached);
            sent = true;
          }
          fetchRates(req.params.base)
            .then((rates) => {
              cache.set(req.params.base, rates);
              if (!sent) res.json(rates);
            })
            .catch(() => {
              if (!sent) res.status(502).json({ error: 'Rates unavailable' });
            });
        });
      `,
    },
    {
      name: 'a throw in the catch of an inner try is not on the path of the send that try finished',
      code: code`
        module.exports = async (req, res, ctx) => {
          try {
            try {
              res.send({ id: await ctx.db.createDraft(req.body) });
            } catch (e) {
              if (e.code === 'NOT_CLEAN') {
                res.status(400);
                return res.send({ success: false, message: e.message });
              }
              throw e;
            }
          } catch (e) {
            res.status(500);
            res.send({ success: false });
          }
        };
      `,
    },
    {
      name: 'an LDAP search sends once per entry, then ends: ldapjs is not Express',
      code: code`
        const ldap = require('ldapjs');
        const SUFFIX = 'dc=example';
        const server = ldap.createServer();
        server.search(SUFFIX, function (req, res, next) {
          if (req.filter.value === 'demo@example.com') {
            res.send(res.createSearchEntry({ dn: 'cn=demo,' + SUFFIX }));
          }
          res.end();
          return next();
        });
      `,
    },
    {
      name: 'a controller that returns after each send',
      code: code`
        exports.update = async (req, res) => {
          const tour = await Tour.findByIdAndUpdate(req.params.id, req.body);
          if (!tour) {
            return res.status(404).json({ status: 'fail' });
          }
          res.status(200).json({ status: 'success', data: { tour } });
        };
      `,
    },
    {
      name: 'a late write under a headersSent check is deliberate',
      code: code`
        const express = require('express');
        const app = express();
        app.get('/report', (req, res) => {
          setTimeout(() => {
            if (!res.headersSent) res.status(503).json({ error: 'timeout' });
          }, 5000);
          buildReport().then((report) => res.json(report));
        });
      `,
    },
    {
      name: 'if (err) return in a callback ends that path',
      code: code`
        const express = require('express');
        const router = express.Router();
        router.get('/file', (req, res) => {
          fs.readFile('data.json', (err, data) => {
            if (err) return res.status(500).send('read failed');
            res.type('json').send(data);
          });
        });
      `,
    },
  ],
  invalid: [
    {
      name: 'a guard that answers in its own block and a next() after it: the route down the chain answers again',
      code: code`
        const express = require('express');
        const app = express();
        app.use((req, res, next) => {
          if (!req.session.user) {
            res.status(401).json({ error: 'Sign in first' });
          }
          next();
        });
      `,
      errors: [
        {
          messageId: 'passOnAfterSend',
          data: { call: 'next()', line: 5 },
          line: 7,
          column: 3,
          endLine: 7,
          endColumn: 9,
          suggestions: [
            {
              messageId: 'returnAfterSend',
              data: { line: 5 },
              output: code`
                const express = require('express');
                const app = express();
                app.use((req, res, next) => {
                  if (!req.session.user) {
                    return res.status(401).json({ error: 'Sign in first' });
                  }
                  next();
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'an async forEach callback runs up to its first await on the spot: its 400 goes out while forEach runs, and the handler answers again',
      code: code`
        const router = require('express').Router();
        router.post('/invoices/import', async (req, res) => {
          const lines = req.body.lines || [];
          lines.forEach(async (line, index) => {
            if (!line.amount) {
              return res.status(400).json({ error: \`Line \${index + 1} has no amount\` });
            }
            await Invoice.create({ amount: line.amount });
          });
          res.json({ queued: lines.length });
        });
      `,
      errors: [
        {
          messageId: 'sendAfterIterationSend',
          data: { method: 'forEach', line: 6, effect: 'Node throws ERR_HTTP_HEADERS_SENT ("Cannot set headers after they are sent to the client")' },
          line: 10,
          column: 3,
          endLine: 10,
          endColumn: 37,
          suggestions: [],
        },
      ],
    },
    {
      name: 'a send in a Node-style callback handed to a call after a 404 without return answers a second time',
      code: code`
        const router = require('express').Router();
        router.post('/topic/collect', async (req, res, next) => {
          const topic = await Topic.findById(req.body.topic_id);
          if (!topic) {
            res.status(404).json({ status: 'failed' });
          }
          TopicCollect.newAndSave(req.user.id, req.body.topic_id, function (err) {
            if (err) return next(err);
            res.json({ status: 'success' });
          });
        });
      `,
      errors: [
        {
          messageId: 'sendAfterSend',
          data: { line: 5, effect: 'Node throws ERR_HTTP_HEADERS_SENT ("Cannot set headers after they are sent to the client")' },
          line: 9,
          column: 5,
          endLine: 9,
          endColumn: 36,
          suggestions: [
            {
              messageId: 'returnAfterSend',
              data: { line: 5 },
              output: code`
                const router = require('express').Router();
                router.post('/topic/collect', async (req, res, next) => {
                  const topic = await Topic.findById(req.body.topic_id);
                  if (!topic) {
                    return res.status(404).json({ status: 'failed' });
                  }
                  TopicCollect.newAndSave(req.user.id, req.body.topic_id, function (err) {
                    if (err) return next(err);
                    res.json({ status: 'success' });
                  });
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a send in a nested .then() after a send without return in the callback around it',
      code: code`
        const router = require('express').Router();
        router.get('/:id/stats', (req, res) => {
          Notebook.findById(req.params.id).then((notebook) => {
            if (!notebook.owner.equals(req.user._id)) {
              res.status(404).json({ error: 'Notebook not found' });
            }
            return Note.countDocuments({ notebook: notebook._id }).then((count) => {
              res.json({ id: notebook._id, notes: count });
            });
          });
        });
      `,
      errors: [
        {
          messageId: 'sendAfterSend',
          data: { line: 5, effect: 'Node throws ERR_HTTP_HEADERS_SENT ("Cannot set headers after they are sent to the client")' },
          line: 8,
          column: 7,
          endLine: 8,
          endColumn: 51,
          suggestions: [
            {
              messageId: 'returnAfterSend',
              data: { line: 5 },
              output: code`
                const router = require('express').Router();
                router.get('/:id/stats', (req, res) => {
                  Notebook.findById(req.params.id).then((notebook) => {
                    if (!notebook.owner.equals(req.user._id)) {
                      return res.status(404).json({ error: 'Notebook not found' });
                    }
                    return Note.countDocuments({ notebook: notebook._id }).then((count) => {
                      res.json({ id: notebook._id, notes: count });
                    });
                  });
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'after an early return on headersSent, two sends in a row still clash',
      code: code`
        const express = require('express');
        const app = express();
        app.get('/report', async (req, res) => {
          if (res.headersSent) return;
          res.json(await buildReport());
          res.end();
          res.json({ done: true });
        });
      `,
      errors: [
        {
          messageId: 'sendAfterSend',
          data: { line: 5, effect: 'Node throws ERR_HTTP_HEADERS_SENT ("Cannot set headers after they are sent to the client")' },
          line: 7,
          column: 3,
          endLine: 7,
          endColumn: 27,
          suggestions: [
            {
              messageId: 'returnAfterSend',
              data: { line: 5 },
              output: code`
                const express = require('express');
                const app = express();
                app.get('/report', async (req, res) => {
                  if (res.headersSent) return;
                  return res.json(await buildReport());
                  res.end();
                  res.json({ done: true });
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'middleware that answers 403 without returning, then calls next(): the route answers again',
      code: code`
        const jwt = require('jsonwebtoken');
        const verifyToken = (req, res, next) => {
          jwt.verify(req.headers.token, process.env.JWT_SEC, (err, user) => {
            if (err) res.status(403).json('Token is not valid!');
            req.user = user;
            next();
          });
        };
        module.exports = { verifyToken };
      `,
      errors: [
        {
          messageId: 'passOnAfterSend',
          data: { call: 'next()', line: 4 },
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 11,
          suggestions: [
            {
              messageId: 'returnAfterSend',
              data: { line: 4 },
              output: code`
                const jwt = require('jsonwebtoken');
                const verifyToken = (req, res, next) => {
                  jwt.verify(req.headers.token, process.env.JWT_SEC, (err, user) => {
                    if (err) return res.status(403).json('Token is not valid!');
                    req.user = user;
                    next();
                  });
                };
                module.exports = { verifyToken };
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a send after next() passed the request on: the handlers down the chain answer it too',
      code: code`
        const express = require('express');
        const app = express();
        app.use((req, res, next) => {
          if (req.path.startsWith('/api')) {
            next();
          }
          res.sendFile('index.html', { root: 'public' });
        });
      `,
      errors: [
        {
          messageId: 'sendAfterPassOn',
          data: { call: 'next()', line: 5, effect: 'Node throws ERR_HTTP_HEADERS_SENT ("Cannot set headers after they are sent to the client")' },
          line: 7,
          column: 3,
          endLine: 7,
          endColumn: 49,
          suggestions: [
            {
              messageId: 'returnPassOn',
              data: { call: 'next()', line: 5 },
              output: code`
                const express = require('express');
                const app = express();
                app.use((req, res, next) => {
                  if (req.path.startsWith('/api')) {
                    return next();
                  }
                  res.sendFile('index.html', { root: 'public' });
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a return in a .then() callback that answered hands its value to the next .then(), which answers again',
      code: code`
        const express = require('express');
        const router = express.Router();
        router.post('/orders', (req, res) => {
          Product.findById(req.body.productId)
            .then((product) => {
              if (!product) {
                return res.status(404).json({ message: 'Product not found' });
              }
              return new Order({ product: product._id, quantity: req.body.quantity }).save();
            })
            .then((result) => res.status(201).json({ createdOrder: result }))
            .catch((err) => res.status(500).json({ error: err }));
        });
      `,
      errors: [
        {
          messageId: 'sendAfterChainedSend',
          data: { line: 7, effect: 'Node throws ERR_HTTP_HEADERS_SENT ("Cannot set headers after they are sent to the client")' },
          line: 11,
          column: 23,
          endLine: 11,
          endColumn: 69,
          suggestions: [],
        },
      ],
    },
    {
      name: 'a missing return inside a .then() callback that nobody awaits: the callback sends twice',
      code: code`
        const express = require('express');
        const router = express.Router();
        router.get('/todos/:id', (req, res) => {
          Todo.findById(req.params.id)
            .then((todo) => {
              if (!todo) {
                res.status(404).json({ error: 'Todo not found' });
              }
              res.json(todo);
            })
            .catch(() => res.status(400).end());
        });
      `,
      errors: [
        {
          messageId: 'sendAfterSend',
          data: { line: 7, effect: 'Node throws ERR_HTTP_HEADERS_SENT ("Cannot set headers after they are sent to the client")' },
          line: 9,
          column: 7,
          endLine: 9,
          endColumn: 21,
          suggestions: [
            {
              messageId: 'returnAfterSend',
              data: { line: 7 },
              output: code`
                const express = require('express');
                const router = express.Router();
                router.get('/todos/:id', (req, res) => {
                  Todo.findById(req.params.id)
                    .then((todo) => {
                      if (!todo) {
                        return res.status(404).json({ error: 'Todo not found' });
                      }
                      res.json(todo);
                    })
                    .catch(() => res.status(400).end());
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a timeout that answers 504 without a flag the handler tests still races the handler\'s own answer',
      code: code`
        const express = require('express');
        const router = express.Router();
        router.post('/geocode/batch', async (req, res) => {
          let responded = false;
          const timer = setTimeout(() => {
            res.status(504).json({ error: 'Geocoding took too long' });
          }, 10000);
          const results = await Promise.all(req.body.addresses.map((a) => geocode(a)));
          clearTimeout(timer);
          if (!responded) res.json({ results });
        });
      `,
      errors: [
        {
          messageId: 'watchdogSendRace',
          data: { region: 'a `setTimeout` callback', line: 10, effect: 'Node throws ERR_HTTP_HEADERS_SENT ("Cannot set headers after they are sent to the client")' },
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 63,
          suggestions: [],
        },
      ],
    },
    {
      name: 'if (err) without return in a callback sends twice',
      code: code`
        const express = require('express');
        const router = express.Router();
        router.get('/file', (req, res) => {
          fs.readFile('data.json', (err, data) => {
            if (err) res.status(500).send('read failed');
            res.send(data);
          });
        });
      `,
      errors: [
        {
          messageId: 'sendAfterSend',
          data: { line: 5, effect: 'Node throws ERR_HTTP_HEADERS_SENT ("Cannot set headers after they are sent to the client")' },
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 19,
          suggestions: [
            {
              messageId: 'returnAfterSend',
              data: { line: 5 },
              output: code`
                const express = require('express');
                const router = express.Router();
                router.get('/file', (req, res) => {
                  fs.readFile('data.json', (err, data) => {
                    if (err) return res.status(500).send('read failed');
                    res.send(data);
                  });
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a catchAsync controller that forgets to return after a 404',
      code: code`
        const catchAsync = require('../utils/catchAsync');
        exports.getTour = catchAsync(async (req, res) => {
          const tour = await Tour.findById(req.params.id);
          if (!tour) res.status(404).json({ status: 'fail', message: 'No tour found' });
          res.status(200).json({ status: 'success', data: { tour } });
        });
      `,
      errors: [
        {
          messageId: 'sendAfterSend',
          data: { line: 4, effect: 'Node throws ERR_HTTP_HEADERS_SENT ("Cannot set headers after they are sent to the client")' },
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 62,
          suggestions: [
            {
              messageId: 'returnAfterSend',
              data: { line: 4 },
              output: code`
                const catchAsync = require('../utils/catchAsync');
                exports.getTour = catchAsync(async (req, res) => {
                  const tour = await Tour.findById(req.params.id);
                  if (!tour) return res.status(404).json({ status: 'fail', message: 'No tour found' });
                  res.status(200).json({ status: 'success', data: { tour } });
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a send from a timer in a handler that already answered',
      code: code`
        const express = require('express');
        const app = express();
        app.post('/upload', (req, res) => {
          res.status(202).json({ accepted: true });
          setTimeout(() => res.json({ done: true }), 1000);
        });
      `,
      errors: [
        {
          messageId: 'lateSend',
          data: { region: 'a `setTimeout` callback' },
          line: 5,
          column: 20,
          endLine: 5,
          endColumn: 44,
          suggestions: [],
        },
      ],
    },
  ],
});
