import rule from '../../../src/rules/require-error-status.js';
import { code } from '../../support/code.js';
import { jsRuleTester, ruleTester, strict } from '../../support/rule-tester.js';

ruleTester.run('require-error-status (Express, TypeScript)', rule, {
  assertionOptions: strict,
  valid: [
    {
      name: 'a guard that answers exactly what the success path answers does so on purpose (a reset that will not tell which accounts exist)',
      code: code`
        import express from 'express';
        const router = express.Router();
        router.post('/send-pass-recovery-email', async (req, res) => {
          const genericMessage = 'If that account exists, a password recovery email was sent.';
          const user = await users.getByEmail(req.body.email);
          if (!user) {
            res.json({ message: genericMessage });
            return;
          }
          await sendRecoveryEmail(user);
          res.json({ message: genericMessage });
        });
      `,
    },
    {
      name: 'a controller named for a list of failures answers that list as its resource',
      code: code`
        import type { Request, Response } from 'express';
        export async function crawlErrorsController(req: Request, res: Response) {
          const live = await getLiveCrawl(req.params.id);
          if (live) {
            res.status(200).json({ errors: live.failedJobs.map((job) => ({ id: job.id })) });
          } else {
            const rows = await loadArchivedFailures(req.params.id);
            res.status(200).json({ errors: rows.map((job) => ({ id: job.id })) });
          }
        }
      `,
    },
    {
      name: 'on sign-up, a missing user is the success when the other way out sends an error status',
      code: code`
        import express from 'express';
        const router = express.Router();
        router.post('/signup', async (req, res) => {
          const user = await User.findOne({ email: req.body.email });
          if (!user) {
            await sendMagicLink(req.body.email);
            return res.json({ message: messages.linkSent });
          }
          return res.status(409).json({ message: 'An account with this email exists' });
        });
      `,
    },
    {
      name: "a poll that reports a background job's state answers the job's error as data",
      code: code`
        import express from 'express';
        const router = express.Router();
        router.get('/upload_finished', async (req, res) => {
          const error = await readJobFile(req.query.job, 'error.json');
          const result = await readJobFile(req.query.job, 'result.json');
          if (error) {
            res.json({ finished: true, error });
          } else if (result) {
            res.json({ finished: true, result });
          } else res.json({ finished: false });
        });
      `,
    },
    {
      name: 'error middleware that falls back to 500 only when res.statusCode is still 200 is right',
      code: code`
        import express from 'express';
        const app = express();
        app.use((err, req, res, next) => {
          const statusCode = res.statusCode === 200 ? 500 : res.statusCode;
          res.status(statusCode).json({ message: err.message });
        });
      `,
    },
    {
      name: 'a Node-style callback that relays its own error beside the result reports the outcome, whichever it was',
      code: code`
        import express from 'express';
        const router = express.Router();
        router.post('/test/send', (req, res) => {
          mailer.sendTest(req.body.to, function (err, info) {
            res.json({ error: err, response: info });
          });
        });
      `,
    },
    {
      name: 'after `if (addressErr) return …`, a name ending in Err is an error, so the code after it is the success path, not a not-found branch',
      code: code`
        import express from 'express';
        const router = express.Router();
        router.post('/:listId/join', async (req, res) => {
          const addressErr = await checks.emailProblem(req.body.email);
          if (addressErr) {
            return await showJoinForm(req, res, addressErr);
          }
          let existingMember;
          try {
            existingMember = await members.byEmail(req.params.listId, req.body.email);
          } catch (err) {
            if (!(err instanceof MissingError)) throw err;
          }
          if (existingMember && existingMember.state === MemberState.ACTIVE) {
            await notices.sendAlreadyJoined(req.body.email);
            if (req.xhr) {
              return res.status(200).json({ msg: tUI('pleaseConfirmSubscription', req.locale) });
            }
            return res.redirect('/join/check-inbox');
          }
          await pending.add(req.params.listId, req.body.email);
          if (req.xhr) {
            return res.status(200).json({ msg: tUI('pleaseConfirmSubscription', req.locale) });
          }
          res.redirect('/join/check-inbox');
        });
      `,
    },
    {
      name: 'a greeting joined with + in a guard is judged by its words, and a catch that answers with cached data given the error answers data',
      code: code`
        import express from 'express';
        const app = express();
        app.get('/welcome', async (req, res) => {
          const user = await User.findById(req.session.userId);
          if (!user) return res.json({ message: 'Hello, ' + 'guest' });
          res.json({ message: 'Hello, ' + user.name });
        });
        app.get('/feed', async (req, res) => {
          try {
            res.json(await feed.latest());
          } catch (err) {
            res.json(await feed.cached(err));
          }
        });
      `,
    },
    {
      name: "express-rate-limit's message option words the answer; the library set 429 before it asks",
      code: code`
        import { rateLimit } from 'express-rate-limit';
        export const limiter = rateLimit({
          windowMs: 60 * 60 * 1000,
          limit: 100,
          message: async (req, res) => {
            res.send({ status: 'Fail', message: 'Too many requests from this IP, try again in an hour' });
          },
        });
      `,
    },
    {
      name: 'a webhook that checks its sender\'s signature acks an event it skips with 200, wherever its router is mounted',
      code: code`
        import express from 'express';
        const hooks = express.Router();
        hooks.post('/github', express.raw({ type: 'application/json' }), async (req, res) => {
          const signature = req.get('x-hub-signature-256');
          if (!verify(signature, req.body)) return res.status(401).json({ error: 'Bad signature' });
          const event = JSON.parse(req.body.toString());
          if (!handlers[event.action]) return res.json({ error: 'Unhandled event' });
          await handlers[event.action](event);
          res.sendStatus(204);
        });
        export default hooks;
      `,
    },
    {
      name: 'an explicit 200 with a record beside its error is a partial result the author chose (a cart that could not be completed)',
      code: code`
        import type { MedusaRequest, MedusaResponse } from '@medusajs/framework/http';
        export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
          const { errors, result } = await completeCart(req.params.id);
          if (errors?.[0]) {
            const cart = await refetchCart(req.params.id);
            return res.status(200).json({ type: 'cart', cart, error: { message: errors[0].error.message } });
          }
          res.status(200).json({ type: 'order', order: result });
        };
      `,
    },
    {
      name: 'a message picked from a record\'s list is data, not an error',
      code: code`
        import express from 'express';
        const router = express.Router();
        router.get('/inbox/latest', async (req, res) => {
          const thread = await Thread.findOne({ owner: req.user.id });
          res.send(thread.messages[0].message);
        });
      `,
    },
    {
      name: 'a helper handed the response is not judged on its own: its caller may have set the status first',
      code: code`
        import express from 'express';
        const app = express();
        function sendError(res, message) {
          res.json({ success: false, message });
        }
        app.get('/items/:id', async (req, res) => {
          const item = await Item.findById(req.params.id);
          if (!item) {
            res.status(404);
            return sendError(res, 'Item not found');
          }
          res.json(item);
        });
      `,
    },
    {
      name: '207 Multi-Status that lists what failed, a queue receiver that skips a missing job, a health check that reports its database, an empty count that is a result, and error middleware that passes a value on',
      code: code`
        import express from 'express';
        const app = express();
        app.post('/api/contacts', async (req, res) => {
          const results = await Promise.allSettled(req.body.map((contact) => Contact.create(contact)));
          const failed = results.filter((result) => result.status === 'rejected');
          if (failed.length) {
            return res.status(207).json({ created: results.length - failed.length, errors: failed.map((f) => f.reason.message) });
          }
          res.status(201).json({ created: results.length });
        });
        app.post('/api/jobs/process', async (req, res) => {
          const job = await Job.findById(req.body.jobId);
          if (!job) return res.json({ error: 'Job not found' });
          await run(job);
          res.json({ ok: true });
        });
        app.get('/status', async (req, res) => {
          try {
            await db.ping();
            res.json({ ok: true });
          } catch (error) {
            res.json({ ok: false, error: 'Database unreachable' });
          }
        });
        app.get('/notifications/unread', async (req, res) => {
          const unreadCount = await Notification.countUnread(req.user.id);
          if (unreadCount === 0) return res.json({ message: 'You are all caught up' });
          res.json({ unreadCount });
        });
        app.use((err, req, res, next) => {
          if (err.code === 'CACHE_MISS') return res.json(req.cachedFallback);
          res.status(err.status ?? 500).send('Something broke!');
        });
      `,
    },
    {
      name: 'a status line sent with its status, a text that says more than a status line outside any branch, a phrase under the wrong code',
      code: code`
        import express from 'express';
        const app = express();
        app.get('/docs/*', (req, res) => res.send('Page not found in the old docs, see the new site'));
        app.get('/legacy', (req, res) => res.send('200 Not Found'));
        app.use((req, res) => {
          res.status(404);
          res.send('Not Found');
        });
      `,
    },
    {
      name: 'a comment says the queue will not redeliver, which is why the skip is answered 2xx',
      code: code`
        import express from 'express';
        const app = express();
        app.post('/digests/send', async (req, res) => {
          const user = await findUser(req.body.userId);
          if (!user) {
            // Answer so the queue does not redeliver a message for a deleted user.
            return res.json({ skipped: true, error: 'User not found' });
          }
          await sendDigest(user);
          res.json({ sent: true });
        });
      `,
    },
    {
      name: 'a comment in the catch says the 2xx keeps the sender from resending',
      code: code`
        import express from 'express';
        const app = express();
        app.post('/events/ingest', async (req, res) => {
          try {
            await ingest(req.body);
            res.json({ ok: true });
          } catch (error) {
            // Always reply 2xx here, or the collector resends the whole batch.
            res.json({ ok: false, error: 'Ingest failed' });
          }
        });
      `,
    },
    {
      name: 'sendStatus() already answered with its error status: a send chained after it is no 200',
      code: code`
        import express from 'express';
        const app = express();
        app.post('/items', (req, res) => {
          if (!req.body.name) return res.sendStatus(400).json({ error: 'name is required' });
          res.status(201).json({ name: req.body.name });
        });

      `,
    },
    {
      name: 'a form post answered as a redirect or as JSON by what the client accepts',
      code: code`
        import express from 'express';
        const router = express.Router();
        router.post('/profile', async (req, res) => {
          await Profile.updateOne({ _id: req.user.id }, req.body);
          const message = req.t('PROFILE_SAVED');
          if (req.accepts('html')) {
            req.flash('success', message);
            res.redirect('back');
          } else {
            res.json({ message });
          }
        });
        router.post('/avatar', async (req, res) => {
          const message = await saveAvatar(req.user.id, req.file);
          if (!req.xhr) return res.redirect('/settings');
          res.json({ message });
        });
      `,
    },
    {
      name: 'a Pub/Sub push receiver mounted elsewhere acks a stale or broken message with 200 so it is not redelivered',
      code: code`
        import express from 'express';
        import { readPushSubscription } from '../pubsub';
        export function linkServiceRouter() {
          const router = express.Router();
          router.post('/create', async (req, res) => {
            const { message, expired } = readPushSubscription(req);
            if (expired) return res.status(200).send('Expired');
            if (!message) return res.status(200).send('Invalid message');
            await saveLink(JSON.parse(message));
            res.sendStatus(200);
          });
          router.post('/tasks', async (req, res) => {
            if (!req.body?.message?.data) return res.status(200).send('Bad Request: empty envelope');
            await handle(Buffer.from(req.body.message.data, 'base64').toString());
            res.status(204).end();
          });
          return router;
        }
      `,
    },
    {
      name: 'a mocha-style test folder (test/app.router.ts) holds servers that answer as the test needs',
      filename: 'test/app.router.ts',
      code: code`
        import express from 'express';
        const app = express();
        app.get('/user/:id', (req, res) => {
          if (req.params.id === 'missing') return res.json({ error: 'User not found' });
          res.json({ id: req.params.id });
        });
      `,
    },
    {
      name: 'a fake service in a test answers errors as the test needs',
      filename: 'src/__mocks__/users-api.ts',
      code: code`
        import express from 'express';
        const fake = express();
        fake.get('/users/:id', (req, res) => {
          if (req.params.id === 'missing') return res.json({ error: 'User not found' });
          res.json({ id: req.params.id });
        });
      `,
    },
    {
      name: 'a Pub/Sub push receiver acknowledges a message it cannot use, so it is not redelivered',
      code: code`
        import express from 'express';
        const app = express();
        app.post('/pubsub/newsletters/create', async (req, res) => {
          const message = req.body?.message?.data;
          if (!message) return res.status(200).send('Bad Request');
          await handle(message);
          res.sendStatus(200);
        });
      `,
    },
    {
      name: 'a sign-up whose missing-member arm makes the pending entry answers its normal path',
      code: code`
        import express from 'express';
        import confirmations from './confirmations';
        const router = express.Router();
        router.post('/lists/:listId/join', async (req, res) => {
          const member = await members.findByAddress(req.params.listId, req.body.address);
          if (!member) {
            await confirmations.addConfirmation(req.params.listId, req.body.address);
            return res.json({ message: copy.checkYourInbox });
          }
          res.json({ message: copy.alreadyOnTheList });
        });
      `,
    },
    {
      name: 'a not-found fragment for an htmx request (HX-Request read) goes out as 200 on purpose',
      code: code`
        import express from 'express';
        const app = express();
        app.get('/partials/files/:id', async (req, res) => {
          const file = await File.findById(req.params.id);
          if (!file && req.get('HX-Request')) return res.send('<div class="text-red-500">File not found</div>');
          if (!file) return res.status(404).send('<p>File not found</p>');
          res.send(\`<dl><dt>Name</dt><dd>\${file.name}</dd></dl>\`);
        });
      `,
    },
    {
      name: 'the else arm of a test that names the failure (result.isErr(), job.failed) is the success',
      code: code`
        import express from 'express';
        const router = express.Router();
        router.post('/plans/renew', async (req, res) => {
          const outcome = await renewPlan(req.body.planId);
          if (outcome.isErr()) {
            res.status(422).json({ error: outcome.error.message });
          } else {
            res.json({ message: outcome.value.summary });
          }
        });
        router.post('/exports/:id/retry', async (req, res) => {
          const job = await retryExport(req.params.id);
          if (job.failed) res.status(500).json({ error: job.reason });
          else res.json({ message: job.statusText });
        });
      `,
    },
    {
      name: 'an empty result is an answer, whatever its message says, even from an early return',
      code: code`
        import express from 'express';
        const app = express();
        app.get('/search', async (req, res) => {
          const hits = await index.search(req.query.q);
          if (hits.total === 0) return res.json({ message: 'No results found', hits: [] });
          res.json(hits);
        });
      `,
    },
    {
      name: 'an early return whose message says a refusal does not apply (not required) refuses nothing',
      code: code`
        import express from 'express';
        const app = express();
        app.post('/checkout', async (req, res) => {
          if (process.env.SANDBOX) return res.json({ message: 'Sandbox: payment not required' });
          res.json(await charge(req.body));
        });
      `,
    },
    {
      name: 'a refusal word in one arm of an if/else is a result the client asked for',
      code: code`
        import express from 'express';
        const app = express();
        app.post('/coupons/preview', async (req, res) => {
          const coupon = await coupons.find(req.body.code);
          if (coupon.expiresAt < Date.now()) {
            res.json({ status: 'expired', message: 'This coupon has expired' });
          } else {
            res.json({ status: 'active', discount: coupon.discount });
          }
        });
      `,
    },
    {
      name: 'error middleware that sets the status from the error before rendering the error page',
      code: code`
        import express from 'express';
        const app = express();
        app.use((err, req, res, next) => {
          res.locals.message = err.message;
          res.status(err.status || 500);
          res.render('error');
        });
      `,
    },
    {
      name: 'a guard that makes what was missing answers that success, whatever its message says',
      code: code`
        import express from 'express';
        const router = express.Router();
        router.post('/invite', async (req, res) => {
          const user = await User.findOne({ email: req.body.email });
          if (!user) {
            const pending = await savePendingInvitation(req.body.email);
            return res.json({ msg: 'User not found, invitation kept pending', pendingInvitation: pending });
          }
          res.json(await addProjectUser(user));
        });
        router.post('/invite-later', (req, res) => {
          User.findOne({ email: req.body.email }, (err, user) => {
            if (!user) {
              return invitations.saveInPending(req.body.email).then((saved) => {
                return res.json({ msg: 'User not found, invitation kept pending', pendingInvitation: saved });
              });
            }
            res.json(user);
          });
        });
      `,
    },
    {
      name: 'a job status whose error field falls back to undefined is data',
      code: code`
        import express from 'express';
        const router = express.Router();
        router.get('/extract/:jobId', async (req, res) => {
          const job = await getExtractJob(req.params.jobId);
          res.json({ data: job.data, status: job.status, error: job.error ?? undefined });
        });
      `,
    },
    {
      name: 'relaying another call outcome ({ success: r.success, error: r.error }) is not an error branch',
      code: code`
        import express from 'express';
        const app = express();
        app.post('/mcp-servers/toggle', async (req, res) => {
          try {
            const result = await toggleServer(req.body.name);
            return res.status(200).json({ success: result.success, error: result.error });
          } catch (error) {
            return res.status(500).json({ success: false, error: error.message });
          }
        });
      `,
    },
    {
      name: 'a route whose resource is the list of errors answers it with 200',
      code: code`
        import express from 'express';
        const router = express.Router();
        router.get('/crawl/:id/errors', async (req, res) => {
          const failed = await getFailedJobs(req.params.id);
          res.status(200).json({ errors: failed.map((job) => ({ id: job.id, error: job.failedReason })) });
        });
      `,
    },
    {
      name: 'a router on / in a file under a webhooks folder is a webhook receiver',
      filename: 'channels/webhooks/chat21.js',
      code: code`
        import express from 'express';
        const router = express.Router();
        router.post('/', async (req, res) => {
          const request = await Request.findById(req.body.id);
          if (request.closed) return res.send({ success: false, msg: 'request already closed' });
          res.send({ success: true });
        });
      `,
    },
    {
      name: 'a status set in a callback that returns still reaches the send after it',
      code: code`
        import express from 'express';
        const app = express();
        app.post('/imports', async (req, res) => {
          req.body.rows.forEach((row) => {
            if (!row.id) {
              res.status(422);
              return;
            }
          });
          res.json({ error: 'Some rows have no id' });
        });
      `,
    },
    {
      name: 'a not-found guard that answers 404',
      code: code`
        import express, { type Request, type Response } from 'express';
        const app = express();
        app.get('/users/:id', async (req: Request, res: Response) => {
          const user = await User.findById(req.params.id);
          if (!user) return res.status(404).json({ error: 'User not found' });
          res.json(user);
        });
      `,
    },
    {
      name: 'res.status(404) on one line with .json() chained on the next',
      code: code`
        import express from 'express';
        const app = express();
        app.get('/posts/:id', async (req, res) => {
          const post = await Post.findById(req.params.id);
          if (post == null) {
            return res
              .status(404)
              .json({ message: 'Post not found' });
          }
          res.json(post);
        });
      `,
    },
    {
      name: "Node's res.writeHead(400) sets the status before res.end()",
      code: code`
        import http from 'node:http';
        http.createServer((req, res) => {
          if (!req.url) {
            res.writeHead(400, { 'Content-Type': 'text/plain' });
            res.end('Authorization code not found');
            return;
          }
          res.end('ok');
        });
      `,
    },
    {
      name: 'a status set by its own statement before the send',
      code: code`
        import express from 'express';
        const app = express();
        app.post('/users', async (req, res) => {
          const result = schema.safeParse(req.body);
          if (!result.success) {
            res.status(400);
            res.json({ errors: result.error.issues });
            return;
          }
          res.status(201).json(await User.create(result.data));
        });
      `,
    },
    {
      name: 'error middleware that passes the error status through is dynamic, so silent',
      code: code`
        import express, { type NextFunction, type Request, type Response } from 'express';
        const app = express();
        app.use((err: any, req: Request, res: Response, next: NextFunction) => {
          if (res.headersSent) return next(err);
          res.status(err.status || 500).json({ error: err.message });
        });
      `,
    },
    {
      name: 'a send in each branch of an if/else, the error one with its status',
      code: code`
        import express from 'express';
        const app = express();
        app.get('/users/:id', async (req, res) => {
          const user = await User.findById(req.params.id);
          if (user) {
            res.json(user);
          } else {
            res.status(404).json({ message: 'User not found' });
          }
        });
      `,
    },
    {
      name: 'try/catch with a send in both, the catch answering 500',
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
      name: 'an error field set to null is a success body',
      code: code`
        import express from 'express';
        const app = express();
        app.get('/items', async (req, res) => {
          const data = await Item.find();
          res.json({ error: null, data });
        });
      `,
    },
    {
      name: "{ message: 'Created' } in the success arm of a guard is not an error body",
      code: code`
        import express from 'express';
        const app = express();
        app.post('/users', async (req, res) => {
          const existing = await User.findOne({ email: req.body.email });
          if (existing) return res.status(409).json({ message: 'Email already registered' });
          await User.create(req.body);
          res.status(201).json({ message: 'Created' });
        });
      `,
    },
    {
      name: 'a catch that hands the error to next() sends nothing itself',
      code: code`
        import express from 'express';
        const app = express();
        app.get('/items', async (req, res, next) => {
          try {
            res.json(await Item.find());
          } catch (err) {
            next(err);
          }
        });
      `,
    },
    {
      name: 'a webhook receiver answers 200 to an event it skips, so the sender does not retry it',
      code: code`
        import express from 'express';
        const app = express();
        app.post('/webhooks/stripe', async (req, res) => {
          const order = await Order.findById(req.body.orderId);
          if (!order) return res.json({ received: true, error: 'Order not found, skipping' });
          await order.markPaid();
          res.json({ received: true });
        });
      `,
    },
    {
      name: 'a check route answers a negative result as data',
      code: code`
        import express from 'express';
        const app = express();
        app.get('/usernames/:name/check', async (req, res) => {
          const taken = await User.exists({ name: req.params.name });
          if (taken) return res.json({ available: false, message: 'Username already taken' });
          res.json({ available: true });
        });
      `,
    },
    {
      name: 'a question route in camelCase (/checkJson, /isNameAvailable) answers "no" as data',
      code: code`
        import express from 'express';
        const router = express.Router();
        router.post('/checkJson', (req, res) => {
          try {
            JSON.parse(req.body.text);
          } catch (err) {
            return res.send({ valid: false, error: 'Invalid JSON' });
          }
          res.send({ valid: true });
        });
        router.get('/isNameAvailable', async (req, res) => {
          if (await names.exists(req.query.name)) return res.json({ available: false, message: 'Name already taken' });
          res.json({ available: true });
        });
      `,
    },
    {
      name: 'a controller registered in another file is named for the question it answers',
      code: code`
        const controllers = {};
        controllers.validateCoupon = async function (req, res) {
          const coupon = await coupons.find(req.body.code);
          if (!coupon) return res.json({ valid: false, message: 'Coupon not found' });
          res.json({ valid: true, discount: coupon.discount });
        };
        module.exports = controllers;
      `,
    },
    {
      name: 'a connection test (test-connection, testConnection) answers a failed connection as its result',
      code: code`
        import express from 'express';
        const router = express.Router();
        router.post('/settings/smtp/test-connection', async (req, res) => {
          try {
            await verifySmtp(req.body);
            res.json({ success: true });
          } catch (error) {
            res.json({ success: false, error: error.message });
          }
        });
        exports.testConnection = async (req, res) => {
          try {
            await pingDatabase(req.body);
            res.json({ success: true });
          } catch (error) {
            res.json({ success: false, error: error.message });
          }
        };
      `,
    },
    {
      name: 'success: \'ok\' says success, and a translated message says what its text says',
      code: code`
        import { Router } from 'express';
        const router = Router();
        router.post('/push/subscribe', async (req, res) => {
          const subs = await loadSubscriptions(req.user.id);
          const existing = subs.find((s) => s.endpoint === req.body.endpoint);
          if (existing) {
            res.json({ success: 'ok', message: req.__('Already subscribed to notifications') });
          } else {
            await saveSubscriptions(req.user.id, [...subs, req.body]);
            res.json({ message: req.t('Subscribed to notifications') });
          }
        });
      `,
    },
    {
      name: 'a page that lists logged errors (admin/errors) is no error page',
      code: code`
        import express from 'express';
        const app = express();
        app.get('/admin/logs', async (req, res) => {
          const errors = await meta.errors.get();
          res.render('admin/advanced/errors', { errors });
        });
      `,
    },
    {
      name: 'a payment provider\'s notification (notify, ipn) acknowledges a skipped message with 2xx',
      code: code`
        import express from 'express';
        const router = express.Router();
        router.post('/pay/alipay/notify', async (req, res) => {
          if (!checkProviderSignature(req.body)) return res.send('Invalid signature: fail');
          await orders.markPaid(req.body.out_trade_no);
          res.send('success');
        });
        router.post('/paypal/ipn', async (req, res) => {
          const order = await orders.findOne({ ref: req.body.invoice });
          if (!order) return res.json({ error: 'Order not found' });
          res.sendStatus(200);
        });
      `,
    },
    {
      name: 'a partial result lists what failed beside what succeeded',
      code: code`
        import express from 'express';
        const app = express();
        app.post('/users/bulk', async (req, res) => {
          const { created, invalid } = await importUsers(req.body);
          if (invalid.length) return res.json({ success: [...created], errors: invalid });
          res.json({ success: created });
        });
      `,
    },
    {
      name: 'routes matched by ignoreRoutes are not checked',
      code: code`
        import express from 'express';
        const app = express();
        app.post('/rpc/users.get', async (req, res) => {
          const user = await User.findById(req.body.id);
          if (!user) return res.json({ error: 'User not found' });
          res.json(user);
        });
      `,
      options: [{ ignoreRoutes: ['^/rpc/'] }],
    },
  ],
  invalid: [
    {
      name: 'two guards that answer the same error text are both failures',
      code: code`
        import express from 'express';
        const router = express.Router();
        router.post('/login', async (req, res) => {
          const user = await User.findOne({ email: req.body.email });
          if (!user) {
            return res.json({ message: 'Invalid credentials' });
          }
          const ok = await user.comparePassword(req.body.password);
          if (!ok) {
            return res.json({ message: 'Invalid credentials' });
          }
          res.json({ token: sign(user) });
        });
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 401 },
          line: 6,
          column: 12,
          endLine: 6,
          endColumn: 56,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 401, phrase: 'Unauthorized' },
              output: code`
                import express from 'express';
                const router = express.Router();
                router.post('/login', async (req, res) => {
                  const user = await User.findOne({ email: req.body.email });
                  if (!user) {
                    return res.status(401).json({ message: 'Invalid credentials' });
                  }
                  const ok = await user.comparePassword(req.body.password);
                  if (!ok) {
                    return res.json({ message: 'Invalid credentials' });
                  }
                  res.json({ token: sign(user) });
                });
              `,
            },
          ],
        },
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 401 },
          line: 10,
          column: 12,
          endLine: 10,
          endColumn: 56,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 401, phrase: 'Unauthorized' },
              output: code`
                import express from 'express';
                const router = express.Router();
                router.post('/login', async (req, res) => {
                  const user = await User.findOne({ email: req.body.email });
                  if (!user) {
                    return res.json({ message: 'Invalid credentials' });
                  }
                  const ok = await user.comparePassword(req.body.password);
                  if (!ok) {
                    return res.status(401).json({ message: 'Invalid credentials' });
                  }
                  res.json({ token: sign(user) });
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'an error sent under no guard, from a callback whose first parameter it is not, still counts',
      code: code`
        import express from 'express';
        const router = express.Router();
        router.post('/test/send', (req, res) => {
          mailer.sendTest(req.body.to, function (info, err) {
            res.json({ error: err, response: info });
          });
        });
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 400 },
          line: 5,
          column: 5,
          endLine: 5,
          endColumn: 45,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 400, phrase: 'Bad Request' },
              output: code`
                import express from 'express';
                const router = express.Router();
                router.post('/test/send', (req, res) => {
                  mailer.sendTest(req.body.to, function (info, err) {
                    res.status(400).json({ error: err, response: info });
                  });
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a missing upload (if (!req.file)) is a bad request, not a missing resource',
      code: code`
        import express from 'express';
        import multer from 'multer';
        const router = express.Router();
        const upload = multer({ dest: 'uploads/' });
        router.put('/me/avatar', upload.single('avatar'), async (req, res) => {
          if (!req.file) return res.json({ error: 'Please upload a file' });
          res.json(await User.findByIdAndUpdate(req.user.id, { avatar: req.file.path }, { new: true }));
        });
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 400 },
          line: 6,
          column: 25,
          endLine: 6,
          endColumn: 68,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 400, phrase: 'Bad Request' },
              output: code`
                import express from 'express';
                import multer from 'multer';
                const router = express.Router();
                const upload = multer({ dest: 'uploads/' });
                router.put('/me/avatar', upload.single('avatar'), async (req, res) => {
                  if (!req.file) return res.status(400).json({ error: 'Please upload a file' });
                  res.json(await User.findByIdAndUpdate(req.user.id, { avatar: req.file.path }, { new: true }));
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'an explicit 200 with an error that only echoes the request, or beside an empty record, is still an error',
      code: code`
        import express from 'express';
        const app = express();
        app.get('/api/users/:id', async (req, res) => {
          const user = await User.findById(req.params.id);
          if (!user) return res.status(200).json({ error: 'User not found', path: req.path });
          res.json(user);
        });
      `,
      errors: [
        {
          messageId: 'errorWithSuccessStatus',
          data: { code: 200, suggested: 404 },
          line: 5,
          column: 21,
          endLine: 5,
          endColumn: 86,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 404, phrase: 'Not Found' },
              output: code`
                import express from 'express';
                const app = express();
                app.get('/api/users/:id', async (req, res) => {
                  const user = await User.findById(req.params.id);
                  if (!user) return res.status(404).json({ error: 'User not found', path: req.path });
                  res.json(user);
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a validator\'s first message (Joi\'s error.details[0].message, express-validator\'s errors.array()[0].msg) is an error body',
      code: code`
        import express from 'express';
        const router = express.Router();
        router.put('/members/:id', async (req, res) => {
          const { error } = memberSchema.validate(req.body);
          if (error) return res.send(error.details[0].message);
          res.json(await Member.findByIdAndUpdate(req.params.id, req.body, { new: true }));
        });
        router.post('/members/:id/notes', async (req, res) => {
          const errors = validationResult(req);
          if (!errors.isEmpty()) return res.send(errors.array()[0].msg);
          res.status(201).json(await Note.create(req.body));
        });
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 400 },
          line: 5,
          column: 21,
          endLine: 5,
          endColumn: 55,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 400, phrase: 'Bad Request' },
              output: code`
                import express from 'express';
                const router = express.Router();
                router.put('/members/:id', async (req, res) => {
                  const { error } = memberSchema.validate(req.body);
                  if (error) return res.status(400).send(error.details[0].message);
                  res.json(await Member.findByIdAndUpdate(req.params.id, req.body, { new: true }));
                });
                router.post('/members/:id/notes', async (req, res) => {
                  const errors = validationResult(req);
                  if (!errors.isEmpty()) return res.send(errors.array()[0].msg);
                  res.status(201).json(await Note.create(req.body));
                });
              `,
            },
          ],
        },
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 400 },
          line: 10,
          column: 33,
          endLine: 10,
          endColumn: 64,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 400, phrase: 'Bad Request' },
              output: code`
                import express from 'express';
                const router = express.Router();
                router.put('/members/:id', async (req, res) => {
                  const { error } = memberSchema.validate(req.body);
                  if (error) return res.send(error.details[0].message);
                  res.json(await Member.findByIdAndUpdate(req.params.id, req.body, { new: true }));
                });
                router.post('/members/:id/notes', async (req, res) => {
                  const errors = validationResult(req);
                  if (!errors.isEmpty()) return res.status(400).send(errors.array()[0].msg);
                  res.status(201).json(await Note.create(req.body));
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'POST to a project\'s tasks, or to a to-do app\'s tasks, makes a record: not a queue receiver',
      code: code`
        import express from 'express';
        const app = express();
        app.post('/api/projects/:id/tasks', async (req, res) => {
          if (!req.body.title) return res.json({ error: 'Title is required' });
          res.status(201).json(await Task.create({ ...req.body, project: req.params.id }));
        });
        app.post('/api/tasks', async (req, res) => {
          if (!req.body.title) return res.json({ error: 'Title is required' });
          res.status(201).json(await Task.create(req.body));
        });
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 400 },
          line: 4,
          column: 31,
          endLine: 4,
          endColumn: 71,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 400, phrase: 'Bad Request' },
              output: code`
                import express from 'express';
                const app = express();
                app.post('/api/projects/:id/tasks', async (req, res) => {
                  if (!req.body.title) return res.status(400).json({ error: 'Title is required' });
                  res.status(201).json(await Task.create({ ...req.body, project: req.params.id }));
                });
                app.post('/api/tasks', async (req, res) => {
                  if (!req.body.title) return res.json({ error: 'Title is required' });
                  res.status(201).json(await Task.create(req.body));
                });
              `,
            },
          ],
        },
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 400 },
          line: 8,
          column: 31,
          endLine: 8,
          endColumn: 71,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 400, phrase: 'Bad Request' },
              output: code`
                import express from 'express';
                const app = express();
                app.post('/api/projects/:id/tasks', async (req, res) => {
                  if (!req.body.title) return res.json({ error: 'Title is required' });
                  res.status(201).json(await Task.create({ ...req.body, project: req.params.id }));
                });
                app.post('/api/tasks', async (req, res) => {
                  if (!req.body.title) return res.status(400).json({ error: 'Title is required' });
                  res.status(201).json(await Task.create(req.body));
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a refusal said as "not authorized" after an ownership test, a catch that says "is not valid", and an update that matched no row (count === 0)',
      code: code`
        import express from 'express';
        const router = express.Router();
        router.delete('/posts/:id', async (req, res) => {
          const post = await Post.findById(req.params.id);
          if (post.user.toString() !== req.user.id) {
            return res.json({ msg: 'User not authorized' });
          }
          await post.deleteOne();
          res.json({ msg: 'Post removed' });
        });
        export function auth(req, res, next) {
          try {
            req.user = jwt.verify(req.header('x-auth-token'), process.env.JWT_SECRET);
            next();
          } catch (err) {
            res.json({ msg: 'Token is not valid' });
          }
        }
        router.put('/books/:id', async (req, res) => {
          const [count] = await Book.update(req.body, { where: { id: req.params.id } });
          if (count === 0) return res.json({ message: 'Book not found' });
          res.json({ message: 'Book updated' });
        });
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 403 },
          line: 6,
          column: 12,
          endLine: 6,
          endColumn: 52,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 403, phrase: 'Forbidden' },
              output: code`
                import express from 'express';
                const router = express.Router();
                router.delete('/posts/:id', async (req, res) => {
                  const post = await Post.findById(req.params.id);
                  if (post.user.toString() !== req.user.id) {
                    return res.status(403).json({ msg: 'User not authorized' });
                  }
                  await post.deleteOne();
                  res.json({ msg: 'Post removed' });
                });
                export function auth(req, res, next) {
                  try {
                    req.user = jwt.verify(req.header('x-auth-token'), process.env.JWT_SECRET);
                    next();
                  } catch (err) {
                    res.json({ msg: 'Token is not valid' });
                  }
                }
                router.put('/books/:id', async (req, res) => {
                  const [count] = await Book.update(req.body, { where: { id: req.params.id } });
                  if (count === 0) return res.json({ message: 'Book not found' });
                  res.json({ message: 'Book updated' });
                });
              `,
            },
          ],
        },
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 401 },
          line: 16,
          column: 5,
          endLine: 16,
          endColumn: 44,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 401, phrase: 'Unauthorized' },
              output: code`
                import express from 'express';
                const router = express.Router();
                router.delete('/posts/:id', async (req, res) => {
                  const post = await Post.findById(req.params.id);
                  if (post.user.toString() !== req.user.id) {
                    return res.json({ msg: 'User not authorized' });
                  }
                  await post.deleteOne();
                  res.json({ msg: 'Post removed' });
                });
                export function auth(req, res, next) {
                  try {
                    req.user = jwt.verify(req.header('x-auth-token'), process.env.JWT_SECRET);
                    next();
                  } catch (err) {
                    res.status(401).json({ msg: 'Token is not valid' });
                  }
                }
                router.put('/books/:id', async (req, res) => {
                  const [count] = await Book.update(req.body, { where: { id: req.params.id } });
                  if (count === 0) return res.json({ message: 'Book not found' });
                  res.json({ message: 'Book updated' });
                });
              `,
            },
          ],
        },
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 404 },
          line: 21,
          column: 27,
          endLine: 21,
          endColumn: 66,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 404, phrase: 'Not Found' },
              output: code`
                import express from 'express';
                const router = express.Router();
                router.delete('/posts/:id', async (req, res) => {
                  const post = await Post.findById(req.params.id);
                  if (post.user.toString() !== req.user.id) {
                    return res.json({ msg: 'User not authorized' });
                  }
                  await post.deleteOne();
                  res.json({ msg: 'Post removed' });
                });
                export function auth(req, res, next) {
                  try {
                    req.user = jwt.verify(req.header('x-auth-token'), process.env.JWT_SECRET);
                    next();
                  } catch (err) {
                    res.json({ msg: 'Token is not valid' });
                  }
                }
                router.put('/books/:id', async (req, res) => {
                  const [count] = await Book.update(req.body, { where: { id: req.params.id } });
                  if (count === 0) return res.status(404).json({ message: 'Book not found' });
                  res.json({ message: 'Book updated' });
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a failed zod parse sent as the body, and error middleware that answers with words of its own',
      code: code`
        import express from 'express';
        const app = express();
        app.post('/signup', async (req, res) => {
          const result = signupSchema.safeParse(req.body);
          if (!result.success) return res.json(result.error.flatten());
          res.status(201).json(await createUser(result.data));
        });
        app.use((err, req, res, next) => {
          console.error(err.stack);
          res.send('Something broke!');
        });
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 400 },
          line: 5,
          column: 31,
          endLine: 5,
          endColumn: 63,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 400, phrase: 'Bad Request' },
              output: code`
                import express from 'express';
                const app = express();
                app.post('/signup', async (req, res) => {
                  const result = signupSchema.safeParse(req.body);
                  if (!result.success) return res.status(400).json(result.error.flatten());
                  res.status(201).json(await createUser(result.data));
                });
                app.use((err, req, res, next) => {
                  console.error(err.stack);
                  res.send('Something broke!');
                });
              `,
            },
          ],
        },
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 500 },
          line: 10,
          column: 3,
          endLine: 10,
          endColumn: 31,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 500, phrase: 'Internal Server Error' },
              output: code`
                import express from 'express';
                const app = express();
                app.post('/signup', async (req, res) => {
                  const result = signupSchema.safeParse(req.body);
                  if (!result.success) return res.json(result.error.flatten());
                  res.status(201).json(await createUser(result.data));
                });
                app.use((err, req, res, next) => {
                  console.error(err.stack);
                  res.status(500).send('Something broke!');
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a not-found guard on a tasks resource read, and on a record\'s status: neither is a queue receiver nor a health check',
      code: code`
        import express from 'express';
        const app = express();
        app.get('/api/tasks/:id', async (req, res) => {
          const task = await Task.findById(req.params.id);
          if (!task) return res.json({ error: 'Task not found' });
          res.json(task);
        });
        app.get('/orders/:id/status', async (req, res) => {
          const order = await Order.findById(req.params.id);
          if (!order) return res.json({ error: 'Order not found' });
          res.json({ state: order.state });
        });
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 404 },
          line: 5,
          column: 21,
          endLine: 5,
          endColumn: 58,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 404, phrase: 'Not Found' },
              output: code`
                import express from 'express';
                const app = express();
                app.get('/api/tasks/:id', async (req, res) => {
                  const task = await Task.findById(req.params.id);
                  if (!task) return res.status(404).json({ error: 'Task not found' });
                  res.json(task);
                });
                app.get('/orders/:id/status', async (req, res) => {
                  const order = await Order.findById(req.params.id);
                  if (!order) return res.json({ error: 'Order not found' });
                  res.json({ state: order.state });
                });
              `,
            },
          ],
        },
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 404 },
          line: 10,
          column: 22,
          endLine: 10,
          endColumn: 60,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 404, phrase: 'Not Found' },
              output: code`
                import express from 'express';
                const app = express();
                app.get('/api/tasks/:id', async (req, res) => {
                  const task = await Task.findById(req.params.id);
                  if (!task) return res.json({ error: 'Task not found' });
                  res.json(task);
                });
                app.get('/orders/:id/status', async (req, res) => {
                  const order = await Order.findById(req.params.id);
                  if (!order) return res.status(404).json({ error: 'Order not found' });
                  res.json({ state: order.state });
                });
              `,
            },
          ],
        },
      ],
    },

    {
      name: 'a catch-all middleware that answers a status line with the default 200',
      code: code`
        import express from 'express';
        const app = express();
        app.use((req, res) => {
          res.send('<h1>404 Not Found</h1>');
        });
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 404 },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 37,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 404, phrase: 'Not Found' },
              output: code`
                import express from 'express';
                const app = express();
                app.use((req, res) => {
                  res.status(404).send('<h1>404 Not Found</h1>');
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a test folder below a routing folder is a route (src/routes/test/index.ts answers /test)',
      filename: 'src/routes/test/index.ts',
      code: code`
        import express from 'express';
        const router = express.Router();
        router.get('/', (req, res) => {
          if (!req.query.id) return res.json({ error: 'Missing id' });
          res.json({ ok: true });
        });
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 400 },
          line: 4,
          column: 29,
          endLine: 4,
          endColumn: 62,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 400, phrase: 'Bad Request' },
              output: code`
                import express from 'express';
                const router = express.Router();
                router.get('/', (req, res) => {
                  if (!req.query.id) return res.status(400).json({ error: 'Missing id' });
                  res.json({ ok: true });
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a comment about the handler retrying its own work does not excuse the error',
      code: code`
        import express from 'express';
        const app = express();
        app.post('/exports', async (req, res) => {
          try {
            res.json(await runExport(req.body));
          } catch (error) {
            // Don't retry here; the client will retry on its own.
            res.json({ error: 'Export failed' });
          }
        });
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 500 },
          line: 8,
          column: 5,
          endLine: 8,
          endColumn: 41,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 500, phrase: 'Internal Server Error' },
              output: code`
                import express from 'express';
                const app = express();
                app.post('/exports', async (req, res) => {
                  try {
                    res.json(await runExport(req.body));
                  } catch (error) {
                    // Don't retry here; the client will retry on its own.
                    res.status(500).json({ error: 'Export failed' });
                  }
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a status chained after the send: the suggestion puts it before',
      filename: 'routes/reports.js',
      code: code`
        import express from 'express';
        const app = express();
        app.get('/reports/:id', async (req, res) => {
          const report = await reports.find(req.params.id);
          if (!report) {
            return res.json({ error: 'Report not found' }).status(404);
          }
          res.json(report);
        });
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 404 },
          line: 6,
          column: 12,
          endLine: 6,
          endColumn: 51,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 404, phrase: 'Not Found' },
              output: code`
                import express from 'express';
                const app = express();
                app.get('/reports/:id', async (req, res) => {
                  const report = await reports.find(req.params.id);
                  if (!report) {
                    return res.status(404).json({ error: 'Report not found' });
                  }
                  res.json(report);
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a handler that publishes to a GraphQL pubsub is no push receiver',
      code: code`
        import express from 'express';
        const app = express();
        app.post('/rooms/:id/messages', async (req, res) => {
          const room = await rooms.find(req.params.id);
          if (!room) return res.json({ error: 'Room not found' });
          await pubsub.publish('MESSAGE_ADDED', { room: room.id, text: req.body.text });
          res.json({ sent: true });
        });
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 404 },
          line: 5,
          column: 21,
          endLine: 5,
          endColumn: 58,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 404, phrase: 'Not Found' },
              output: code`
                import express from 'express';
                const app = express();
                app.post('/rooms/:id/messages', async (req, res) => {
                  const room = await rooms.find(req.params.id);
                  if (!room) return res.status(404).json({ error: 'Room not found' });
                  await pubsub.publish('MESSAGE_ADDED', { room: room.id, text: req.body.text });
                  res.json({ sent: true });
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a missing body taken apart from the request is a bad request, not a missing record',
      code: code`
        import express from 'express';
        const app = express();
        app.post('/imports', async (req, res) => {
          const { body } = req;
          if (!body) return res.json({ error: 'Empty payload' });
          res.json(await runImport(body));
        });
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 400 },
          line: 5,
          column: 21,
          endLine: 5,
          endColumn: 57,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 400, phrase: 'Bad Request' },
              output: code`
                import express from 'express';
                const app = express();
                app.post('/imports', async (req, res) => {
                  const { body } = req;
                  if (!body) return res.status(400).json({ error: 'Empty payload' });
                  res.json(await runImport(body));
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a 200 written out beside an error field or a refusal stays an error, whatever data rides along',
      code: code`
        import express from 'express';
        const app = express();
        app.post('/admin/users/new', async (request, response) => {
          const roleValidation = validRoleSelection(request.body);
          if (!roleValidation.valid) {
            response.status(200).json({ user: null, error: roleValidation.error });
            return;
          }
          response.status(200).json({ user: await users.create(request.body), error: null });
        });
        app.post('/request-token', async (request, response) => {
          const existingUser = await users.find(request.body.username);
          if (!existingUser) {
            response.status(200).json({ user: null, valid: false, token: null, message: 'Invalid login credentials.' });
            return;
          }
          response.status(200).json({ valid: true, token: sign(existingUser) });
        });
      `,
      errors: [
        {
          messageId: 'errorWithSuccessStatus',
          data: { code: 200, suggested: 400 },
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 75,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 400, phrase: 'Bad Request' },
              output: code`
                import express from 'express';
                const app = express();
                app.post('/admin/users/new', async (request, response) => {
                  const roleValidation = validRoleSelection(request.body);
                  if (!roleValidation.valid) {
                    response.status(400).json({ user: null, error: roleValidation.error });
                    return;
                  }
                  response.status(200).json({ user: await users.create(request.body), error: null });
                });
                app.post('/request-token', async (request, response) => {
                  const existingUser = await users.find(request.body.username);
                  if (!existingUser) {
                    response.status(200).json({ user: null, valid: false, token: null, message: 'Invalid login credentials.' });
                    return;
                  }
                  response.status(200).json({ valid: true, token: sign(existingUser) });
                });
              `,
            },
          ],
        },
        {
          messageId: 'errorWithSuccessStatus',
          data: { code: 200, suggested: 400 },
          line: 14,
          column: 5,
          endLine: 14,
          endColumn: 112,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 400, phrase: 'Bad Request' },
              output: code`
                import express from 'express';
                const app = express();
                app.post('/admin/users/new', async (request, response) => {
                  const roleValidation = validRoleSelection(request.body);
                  if (!roleValidation.valid) {
                    response.status(200).json({ user: null, error: roleValidation.error });
                    return;
                  }
                  response.status(200).json({ user: await users.create(request.body), error: null });
                });
                app.post('/request-token', async (request, response) => {
                  const existingUser = await users.find(request.body.username);
                  if (!existingUser) {
                    response.status(400).json({ user: null, valid: false, token: null, message: 'Invalid login credentials.' });
                    return;
                  }
                  response.status(200).json({ valid: true, token: sign(existingUser) });
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a missing-member arm that records the attempt and says it failed is still an error',
      code: code`
        import express from 'express';
        const router = express.Router();
        router.post('/lists/:listId/leave', async (req, res) => {
          const member = await members.findByAddress(req.params.listId, req.body.address);
          if (!member) {
            await attempts.insertOne({ address: req.body.address });
            return res.json({ message: 'Member not found' });
          }
          res.json({ left: true });
        });
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 404 },
          line: 7,
          column: 12,
          endLine: 7,
          endColumn: 53,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 404, phrase: 'Not Found' },
              output: code`
                import express from 'express';
                const router = express.Router();
                router.post('/lists/:listId/leave', async (req, res) => {
                  const member = await members.findByAddress(req.params.listId, req.body.address);
                  if (!member) {
                    await attempts.insertOne({ address: req.body.address });
                    return res.status(404).json({ message: 'Member not found' });
                  }
                  res.json({ left: true });
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'the suggestion takes the status stated inside the error object',
      code: code`
        import express from 'express';
        const app = express();
        app.delete('/products/:id', async (req, res) => {
          const product = await db.products.find(req.params.id);
          if (!product) {
            return res.json({ error: { status: 400, message: 'Product does not exist' } });
          }
          res.json(await db.products.remove(product));
        });
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 400 },
          line: 6,
          column: 12,
          endLine: 6,
          endColumn: 83,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 400, phrase: 'Bad Request' },
              output: code`
                import express from 'express';
                const app = express();
                app.delete('/products/:id', async (req, res) => {
                  const product = await db.products.find(req.params.id);
                  if (!product) {
                    return res.status(400).json({ error: { status: 400, message: 'Product does not exist' } });
                  }
                  res.json(await db.products.remove(product));
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'an error fragment answering a full page is reported, even in a file whose templates use htmx',
      code: code`
        import express from 'express';
        const app = express();
        app.get('/content', async (req, res) => {
          try {
            res.send(renderContentPage(await Content.find()));
          } catch (error) {
            res.send('<p>Error loading content</p>');
          }
        });
        const toolbar = '<button hx-post="/content/refresh" hx-target="#list">Refresh</button>';
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { code: 200, suggested: 500 },
          line: 7,
          column: 5,
          endLine: 7,
          endColumn: 45,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 500, phrase: 'Internal Server Error' },
              output: code`
                import express from 'express';
                const app = express();
                app.get('/content', async (req, res) => {
                  try {
                    res.send(renderContentPage(await Content.find()));
                  } catch (error) {
                    res.status(500).send('<p>Error loading content</p>');
                  }
                });
                const toolbar = '<button hx-post="/content/refresh" hx-target="#list">Refresh</button>';
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a rate-limit refusal suggests 429 Too Many Requests',
      code: code`
        import express from 'express';
        const app = express();
        app.post('/users/signup', async (req, res) => {
          if (!(await limiter.consume(req.ip))) return res.send({ error: { message: 'Rate limit exceeded' } });
          res.status(201).send(await createAccount(req.body));
        });
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { code: 200, suggested: 429 },
          line: 4,
          column: 48,
          endLine: 4,
          endColumn: 103,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 429, phrase: 'Too Many Requests' },
              output: code`
                import express from 'express';
                const app = express();
                app.post('/users/signup', async (req, res) => {
                  if (!(await limiter.consume(req.ip))) return res.status(429).send({ error: { message: 'Rate limit exceeded' } });
                  res.status(201).send(await createAccount(req.body));
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'the arm of a test that names the failure (result.isFailed()) answers it with 200 OK',
      code: code`
        import express from 'express';
        const router = express.Router();
        router.post('/plans/activate', async (req, res) => {
          const outcome = await activatePlan(req.body);
          if (outcome.isFailed()) return res.json({ message: outcome.getError() });
          res.status(201).json(outcome.getValue());
        });
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { code: 200, suggested: 500 },
          line: 5,
          column: 34,
          endLine: 5,
          endColumn: 75,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 500, phrase: 'Internal Server Error' },
              output: code`
                import express from 'express';
                const router = express.Router();
                router.post('/plans/activate', async (req, res) => {
                  const outcome = await activatePlan(req.body);
                  if (outcome.isFailed()) return res.status(500).json({ message: outcome.getError() });
                  res.status(201).json(outcome.getValue());
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'an early return that refuses the request (Invalid file name) answers 200 OK, whatever the test',
      code: code`
        import express from 'express';
        const app = express();
        app.get('/files/:name', async (req, res) => {
          if (req.params.name.includes('..')) {
            return res.json({ message: 'Invalid file name' });
          }
          res.json(await files.read(req.params.name));
        });
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { code: 200, suggested: 400 },
          line: 5,
          column: 12,
          endLine: 5,
          endColumn: 54,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 400, phrase: 'Bad Request' },
              output: code`
                import express from 'express';
                const app = express();
                app.get('/files/:name', async (req, res) => {
                  if (req.params.name.includes('..')) {
                    return res.status(400).json({ message: 'Invalid file name' });
                  }
                  res.json(await files.read(req.params.name));
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a translated message is read by its text: req.__(\'You must …\') refuses the request',
      code: code`
        import express from 'express';
        const app = express();
        app.post('/notifications/share', async (req, res) => {
          if (req.user.role === 100) {
            return res.json({ message: req.__('You must be logged in to share') });
          }
          res.json(await notifications.share(req.body));
        });
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { code: 200, suggested: 400 },
          line: 5,
          column: 12,
          endLine: 5,
          endColumn: 75,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 400, phrase: 'Bad Request' },
              output: code`
                import express from 'express';
                const app = express();
                app.post('/notifications/share', async (req, res) => {
                  if (req.user.role === 100) {
                    return res.status(400).json({ message: req.__('You must be logged in to share') });
                  }
                  res.json(await notifications.share(req.body));
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a refusal held in a const is read by its text (const msg = \'Invalid file name\')',
      code: code`
        import express from 'express';
        const app = express();
        app.get('/files/:name', async (req, res) => {
          if (req.params.name.includes('..')) {
            const msg = 'Invalid file name';
            return res.json({ message: msg });
          }
          res.json(await files.read(req.params.name));
        });
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { code: 200, suggested: 400 },
          line: 6,
          column: 12,
          endLine: 6,
          endColumn: 38,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 400, phrase: 'Bad Request' },
              output: code`
                import express from 'express';
                const app = express();
                app.get('/files/:name', async (req, res) => {
                  if (req.params.name.includes('..')) {
                    const msg = 'Invalid file name';
                    return res.status(400).json({ message: msg });
                  }
                  res.json(await files.read(req.params.name));
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a user missing on a sign-in route is a failed sign-in: 401, not 404',
      code: code`
        import express from 'express';
        const app = express();
        app.post('/auth/login', async (req, res) => {
          const user = await User.findOne({ email: req.body.email });
          if (!user) return res.json({ error: 'NO_ACCOUNT' });
          res.json({ token: sign(user) });
        });
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { code: 200, suggested: 401 },
          line: 5,
          column: 21,
          endLine: 5,
          endColumn: 54,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 401, phrase: 'Unauthorized' },
              output: code`
                import express from 'express';
                const app = express();
                app.post('/auth/login', async (req, res) => {
                  const user = await User.findOne({ email: req.body.email });
                  if (!user) return res.status(401).json({ error: 'NO_ACCOUNT' });
                  res.json({ token: sign(user) });
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a not-found page rendered with the default status is a soft 404',
      code: code`
        import express from 'express';
        const app = express();
        app.get('/posts/:slug', async (req, res) => {
          const post = await Post.findOne({ slug: req.params.slug });
          if (!post) return res.render('errors/404', { slug: req.params.slug });
          res.render('post', { post });
        });
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { code: 200, suggested: 404 },
          line: 5,
          column: 21,
          endLine: 5,
          endColumn: 72,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 404, phrase: 'Not Found' },
              output: code`
                import express from 'express';
                const app = express();
                app.get('/posts/:slug', async (req, res) => {
                  const post = await Post.findOne({ slug: req.params.slug });
                  if (!post) return res.status(404).render('errors/404', { slug: req.params.slug });
                  res.render('post', { post });
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a guard that makes something after it answers still answers the failure',
      code: code`
        import express from 'express';
        const router = express.Router();
        router.post('/invite', async (req, res) => {
          const user = await User.findOne({ email: req.body.email });
          if (!user) {
            res.json({ message: 'User not found' });
            await Notification.create({ event: 'invite-miss' });
            return;
          }
          res.json(await addProjectUser(user));
        });
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { code: 200, suggested: 404 },
          line: 6,
          column: 5,
          endLine: 6,
          endColumn: 44,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 404, phrase: 'Not Found' },
              output: code`
                import express from 'express';
                const router = express.Router();
                router.post('/invite', async (req, res) => {
                  const user = await User.findOne({ email: req.body.email });
                  if (!user) {
                    res.status(404).json({ message: 'User not found' });
                    await Notification.create({ event: 'invite-miss' });
                    return;
                  }
                  res.json(await addProjectUser(user));
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'the 400 of an unbraced guard does not carry over to a later error send',
      code: code`
        import express from 'express';
        const app = express();
        app.get('/users/:id', async (req, res) => {
          if (!req.params.id) return res.status(400).json({ error: 'id is required' });
          const user = await User.findById(req.params.id);
          if (!user) return res.json({ error: 'User not found' });
          res.json(user);
        });
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { code: 200, suggested: 404 },
          line: 6,
          column: 21,
          endLine: 6,
          endColumn: 58,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 404, phrase: 'Not Found' },
              output: code`
                import express from 'express';
                const app = express();
                app.get('/users/:id', async (req, res) => {
                  if (!req.params.id) return res.status(400).json({ error: 'id is required' });
                  const user = await User.findById(req.params.id);
                  if (!user) return res.status(404).json({ error: 'User not found' });
                  res.json(user);
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'middleware named for its check (verifyToken) is not a question: its failure is an error',
      code: code`
        exports.verifyToken = (req, res, next) => {
          if (!req.headers.authorization) return res.json({ error: 'No token provided' });
          next();
        };
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { code: 200, suggested: 401 },
          line: 2,
          column: 42,
          endLine: 2,
          endColumn: 82,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 401, phrase: 'Unauthorized' },
              output: code`
                exports.verifyToken = (req, res, next) => {
                  if (!req.headers.authorization) return res.status(401).json({ error: 'No token provided' });
                  next();
                };
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a route that names a collection (/issues) asks no question',
      code: code`
        import express from 'express';
        const app = express();
        app.get('/issues/:id', async (req, res) => {
          const issue = await Issue.findById(req.params.id);
          if (!issue) return res.json({ error: 'Issue not found' });
          res.json(issue);
        });
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { code: 200, suggested: 404 },
          line: 5,
          column: 22,
          endLine: 5,
          endColumn: 60,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 404, phrase: 'Not Found' },
              output: code`
                import express from 'express';
                const app = express();
                app.get('/issues/:id', async (req, res) => {
                  const issue = await Issue.findById(req.params.id);
                  if (!issue) return res.status(404).json({ error: 'Issue not found' });
                  res.json(issue);
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a route that ignoreRoutes does not match is still checked',
      code: code`
        import express from 'express';
        const app = express();
        app.get('/users/:id', async (req, res) => {
          const user = await User.findById(req.params.id);
          if (!user) return res.json({ error: 'User not found' });
          res.json(user);
        });
      `,
      options: [{ ignoreRoutes: ['^/rpc/'] }],
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { code: 200, suggested: 404 },
          line: 5,
          column: 21,
          endLine: 5,
          endColumn: 58,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 404, phrase: 'Not Found' },
              output: code`
                import express from 'express';
                const app = express();
                app.get('/users/:id', async (req, res) => {
                  const user = await User.findById(req.params.id);
                  if (!user) return res.status(404).json({ error: 'User not found' });
                  res.json(user);
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a catch that answers with the error message and no status',
      code: code`
        import express from 'express';
        const app = express();
        app.get('/items', async (req, res) => {
          try {
            res.json(await Item.find());
          } catch (err) {
            res.json({ error: err.message });
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
          endColumn: 37,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 500, phrase: 'Internal Server Error' },
              output: code`
                import express from 'express';
                const app = express();
                app.get('/items', async (req, res) => {
                  try {
                    res.json(await Item.find());
                  } catch (err) {
                    res.status(500).json({ error: err.message });
                  }
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a not-found guard in a TS controller that answers 200',
      code: code`
        import type { Request, Response } from 'express';
        export const show = async (req: Request, res: Response) => {
          const user = await User.findById(req.params.id);
          if (!user) return res.json({ message: 'User not found' });
          return res.json(user);
        };
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { code: 200, suggested: 404 },
          line: 4,
          column: 21,
          endLine: 4,
          endColumn: 60,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 404, phrase: 'Not Found' },
              output: code`
                import type { Request, Response } from 'express';
                export const show = async (req: Request, res: Response) => {
                  const user = await User.findById(req.params.id);
                  if (!user) return res.status(404).json({ message: 'User not found' });
                  return res.json(user);
                };
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a failed zod validation answered with status 200 gets 400',
      code: code`
        import { Router } from 'express';
        const router = Router();
        router.post('/posts', async (req, res) => {
          const result = PostSchema.safeParse(req.body);
          if (!result.success) {
            return res.status(200).json({ errors: result.error.flatten() });
          }
          res.status(201).json(await Post.create(result.data));
        });
      `,
      errors: [
        {
          messageId: 'errorWithSuccessStatus',
          data: { code: 200, suggested: 400 },
          line: 6,
          column: 12,
          endLine: 6,
          endColumn: 68,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 400, phrase: 'Bad Request' },
              output: code`
                import { Router } from 'express';
                const router = Router();
                router.post('/posts', async (req, res) => {
                  const result = PostSchema.safeParse(req.body);
                  if (!result.success) {
                    return res.status(400).json({ errors: result.error.flatten() });
                  }
                  res.status(201).json(await Post.create(result.data));
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'express-validator errors sent without a status',
      code: code`
        import express from 'express';
        import { validationResult } from 'express-validator';
        const app = express();
        app.post('/signup', async (req, res) => {
          const errors = validationResult(req);
          if (!errors.isEmpty()) {
            return res.json({ errors: errors.array() });
          }
          res.status(201).json(await User.create(req.body));
        });
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { code: 200, suggested: 400 },
          line: 7,
          column: 12,
          endLine: 7,
          endColumn: 48,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 400, phrase: 'Bad Request' },
              output: code`
                import express from 'express';
                import { validationResult } from 'express-validator';
                const app = express();
                app.post('/signup', async (req, res) => {
                  const errors = validationResult(req);
                  if (!errors.isEmpty()) {
                    return res.status(400).json({ errors: errors.array() });
                  }
                  res.status(201).json(await User.create(req.body));
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'error middleware that answers without a status sends 200',
      code: code`
        import express, { type ErrorRequestHandler } from 'express';
        const app = express();
        const onError: ErrorRequestHandler = (err, req, res, next) => {
          res.json({ message: err.message });
        };
        app.use(onError);
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { code: 200, suggested: 500 },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 37,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 500, phrase: 'Internal Server Error' },
              output: code`
                import express, { type ErrorRequestHandler } from 'express';
                const app = express();
                const onError: ErrorRequestHandler = (err, req, res, next) => {
                  res.status(500).json({ message: err.message });
                };
                app.use(onError);
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a status 200 written on its own line before an error body: the suggestion changes the write',
      code: code`
        import express from 'express';
        const app = express();
        app.get('/orders/:id', async (req, res) => {
          const order = await Order.findById(req.params.id);
          if (order === null) {
            res.status(200);
            return res.json({ error: 'Order not found' });
          }
          res.json(order);
        });
      `,
      errors: [
        {
          messageId: 'errorWithSuccessStatus',
          data: { code: 200, suggested: 404 },
          line: 7,
          column: 12,
          endLine: 7,
          endColumn: 50,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 404, phrase: 'Not Found' },
              output: code`
                import express from 'express';
                const app = express();
                app.get('/orders/:id', async (req, res) => {
                  const order = await Order.findById(req.params.id);
                  if (order === null) {
                    res.status(404);
                    return res.json({ error: 'Order not found' });
                  }
                  res.json(order);
                });
              `,
            },
          ],
        },
      ],
    },
  ],
});

jsRuleTester.run('require-error-status (Express, JavaScript)', rule, {
  assertionOptions: strict,
  valid: [
    {
      name: 'a connection test written with an underscore (/test_plex) asks a question a failed connection answers',
      code: code`
        const express = require('express');
        const router = express.Router();
        router.get('/test_plex', async (req, res) => {
          try {
            await axios.get(process.env.PLEX_URL);
            res.json({ connection: true, error: false });
          } catch (err) {
            res.json({ connection: false, error: 'Plex connection test failed' });
          }
        });
        module.exports = router;
      `,
    },
    {
      name: 'the success arm beside a test of an error named errRes: the callback failed only when it is set',
      code: code`
        const fs = require('fs');
        exports.saveBackup = (req, res) => {
          const text = req.params.id === 'ALL' ? 'All channels backed up.' : 'Channel backed up.';
          fs.writeFile('/tmp/backup.json', JSON.stringify(req.body), (errRes) => {
            if (errRes) {
              const err = toHttpError(errRes);
              return res.status(err.statusCode).json({ message: err.message });
            } else {
              res.status(200).json({ message: text });
            }
          });
        };
      `,
    },
    {
      name: "the statusCode of a result named response is not the handler's response, whatever its fallback",
      code: code`
        const express = require('express');
        const app = express();
        app.all('/:hookId', (req, res) => {
          queue.pushWait({ hookId: req.params.hookId, data: req.body }).then((response) => {
            if (response.successful === false) {
              res.status(response.statusCode ?? 500).send({ ok: false, error: response.error || 'Failed' });
            } else {
              res.status(202).send({ ok: true });
            }
          });
        });
      `,
    },
    {
      name: 'a module that takes a value first, (config, req, res, next), and answers a success is no error middleware',
      code: code`
        module.exports = function publish(config, req, res, next) {
          publishProject(config, req.body.projectId, function (err, project) {
            if (err) return next(err);
            res.status(200).send({ link: project.publishUrl });
          });
        };
      `,
    },
    {
      name: 'a question the route asks (username-availability, an integration ping) may be answered no with 200',
      code: code`
        const express = require('express');
        const router = express.Router();
        router.get('/username-availability', async (req, res) => {
          const taken = await User.exists({ username: req.query.username });
          if (taken) return res.json({ available: false, message: 'Username is already taken' });
          res.json({ available: true });
        });
        router.post('/integrations/:id/ping', async (req, res) => {
          const integration = await Integration.findById(req.params.id);
          if (!integration) return res.status(404).json({ error: 'Integration not found' });
          try {
            const response = await fetch(integration.url, { method: 'POST' });
            res.json({ reachable: response.ok, status: response.status });
          } catch (err) {
            res.json({ reachable: false, error: err.message });
          }
        });
      `,
    },
    {
      name: 'a same-file error helper whose every caller sets the status first answers with that status',
      code: code`
        const express = require('express');
        const router = express.Router();
        function sendError(res, message) {
          res.json({ error: message });
        }
        router.get('/bookings/:id', async (req, res) => {
          try {
            const booking = await Booking.findById(req.params.id);
            if (!booking) {
              res.status(404);
              return sendError(res, 'Booking not found');
            }
            res.json(booking);
          } catch (err) {
            res.status(err.status || 500);
            sendError(res, err.message);
          }
        });
      `,
    },
    {
      name: 'after if (req.isHTML) { …; return; }, the JSON answer is the other format of the same success',
      code: code`
        const express = require('express');
        const router = express.Router();
        router.post('/change-email', async (req, res) => {
          await mail.changeEmail(req.user, req.body.email);
          const message = 'A verification link has been sent to the requested email address.';
          if (req.isHTML) {
            res.render('partials/settings/change_email', { success: message });
            return;
          }
          return res.status(200).send({ message });
        });
      `,
    },
    {
      name: 'after ifs that return on a failure (if (!allowed), if (isNaN(id)), if (!success)), the rest is the success path',
      code: code`
        const express = require('express');
        const app = express();
        app.delete('/invites/:id', async (request, response) => {
          if (!multiUserMode(response)) {
            response.sendStatus(401).end();
            return;
          }
          const parsedId = Number(request.params.id);
          if (isNaN(parsedId)) {
            response.status(400).json({ success: false, error: 'Invalid invite id' });
            return;
          }
          const { success, error } = await Invite.deactivate(parsedId);
          if (!success) {
            response.status(404).json({ success: false, error: 'Invite not found' });
            return;
          }
          response.status(200).json({ success, error });
        });
      `,
    },
    {
      name: 'router.param() middleware that hands a missing record to next() or answers 404 (the Express docs\' shape)',
      code: code`
        const express = require('express');
        const app = express();
        app.param('user', function (req, res, next, id) {
          User.find(id, function (err, user) {
            if (err) return next(err);
            if (!user) return next(new Error('failed to load user'));
            req.user = user;
            next();
          });
        });
        app.param('post', async (req, res, next, id) => {
          const post = await Post.findById(id);
          if (!post) return res.status(404).json({ error: 'Post not found' });
          req.post = post;
          next();
        });
      `,
    },
    {
      name: 'res.send(body, 403) sets 403 in Express 3 and 4, so the status is not missing',
      code: code`
        var express = require('express');
        var app = express();
        app.post('/pings', function (req, res) {
          Check.findById(req.body.checkId, function (err, check) {
            if (!check.needsPoll) {
              return res.send('Error: This check was already polled', 403);
            }
            res.json(check);
          });
        });
      `,
    },
    {
      name: 'a controller whose guard answers 404',
      code: code`
        const catchAsync = require('../utils/catchAsync');
        exports.getTour = catchAsync(async (req, res) => {
          const tour = await Tour.findById(req.params.id);
          if (!tour) {
            return res.status(404).json({ status: 'fail', message: 'No tour found with that ID' });
          }
          res.status(200).json({ status: 'success', data: { tour } });
        });
      `,
    },
    {
      name: 'if (err) in a callback hands the error to next()',
      code: code`
        const express = require('express');
        const router = express.Router();
        router.get('/file', (req, res, next) => {
          fs.readFile('data.json', (err, data) => {
            if (err) return next(err);
            res.type('json').send(data);
          });
        });
      `,
    },
    {
      name: 'the status comes from the error, so it is not known',
      code: code`
        const express = require('express');
        const app = express();
        app.use(function (err, req, res, next) {
          res.status(err.statusCode).send({ message: err.message });
        });
      `,
    },
  ],
  invalid: [
    {
      name: 'a refusal under a compound test that ends the handler: the page `require[s] authentication`',
      code: code`
        const express = require('express');
        const router = express.Router();
        router.get('/rpc-browser', function (req, res) {
          if (!config.demoSite && !req.authenticated) {
            res.send('RPC Browser requires authentication.');
            return;
          }
          res.render('rpc-browser');
        });
        module.exports = router;
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 401 },
          line: 5,
          column: 5,
          endLine: 5,
          endColumn: 53,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 401, phrase: 'Unauthorized' },
              output: code`
                const express = require('express');
                const router = express.Router();
                router.get('/rpc-browser', function (req, res) {
                  if (!config.demoSite && !req.authenticated) {
                    res.status(401).send('RPC Browser requires authentication.');
                    return;
                  }
                  res.render('rpc-browser');
                });
                module.exports = router;
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a lookup route with path parameters reads one record: a guard answering its error with 200',
      code: code`
        const express = require('express');
        const router = express.Router();
        router.get('/lookup/:type/:id', async (req, res) => {
          const { type, id } = req.params;
          if (!type || !id) {
            return res.json({ error: 'Invalid type or id' });
          }
          res.json(await plexLookup(id, type));
        });
        module.exports = router;
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 400 },
          line: 6,
          column: 12,
          endLine: 6,
          endColumn: 53,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 400, phrase: 'Bad Request' },
              output: code`
                const express = require('express');
                const router = express.Router();
                router.get('/lookup/:type/:id', async (req, res) => {
                  const { type, id } = req.params;
                  if (!type || !id) {
                    return res.status(400).json({ error: 'Invalid type or id' });
                  }
                  res.json(await plexLookup(id, type));
                });
                module.exports = router;
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a refusal that says what the page requires: `require authentication` is a failed sign-in',
      code: code`
        const express = require('express');
        const router = express.Router();
        router.get('/rpc-terminal', function (req, res) {
          if (!req.authenticated) {
            res.send('RPC Terminal / Browser require authentication. Set a password via BASIC_AUTH_PASSWORD.');
            return;
          }
          res.render('rpc-terminal');
        });
        module.exports = router;
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 401 },
          line: 5,
          column: 5,
          endLine: 5,
          endColumn: 103,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 401, phrase: 'Unauthorized' },
              output: code`
                const express = require('express');
                const router = express.Router();
                router.get('/rpc-terminal', function (req, res) {
                  if (!req.authenticated) {
                    res.status(401).send('RPC Terminal / Browser require authentication. Set a password via BASIC_AUTH_PASSWORD.');
                    return;
                  }
                  res.render('rpc-terminal');
                });
                module.exports = router;
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a default export that names its unused request `_` is a handler like `(req, res)`',
      code: code`
        export default async (_, res) => {
          res.setHeader('Content-Type', 'application/json');
          try {
            const info = await getTokenInfo();
            res.send(JSON.stringify(info, null, 2));
          } catch (err) {
            res.send('Something went wrong: ' + err.message);
          }
        };
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 500 },
          line: 7,
          column: 5,
          endLine: 7,
          endColumn: 53,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 500, phrase: 'Internal Server Error' },
              output: code`
                export default async (_, res) => {
                  res.setHeader('Content-Type', 'application/json');
                  try {
                    const info = await getTokenInfo();
                    res.send(JSON.stringify(info, null, 2));
                  } catch (err) {
                    res.status(500).send('Something went wrong: ' + err.message);
                  }
                };
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'error middleware\'s `res.statusCode || 500` answers 200: the response holds 200 until something sets it',
      code: code`
        const express = require('express');
        const app = express();
        const errorHandler = (err, req, res, next) => {
          const statusCode = res.statusCode || 500;
          res.status(statusCode);
          res.json({ message: err.message });
        };
        app.use(errorHandler);
      `,
      errors: [
        {
          messageId: 'errorWithResponseDefault',
          data: { value: 'res.statusCode', code: 200 },
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 37,
          suggestions: [
            {
              messageId: 'compareResponseDefault',
              data: { replacement: 'res.statusCode === 200 ? 500 : res.statusCode' },
              output: code`
                const express = require('express');
                const app = express();
                const errorHandler = (err, req, res, next) => {
                  const statusCode = res.statusCode === 200 ? 500 : res.statusCode;
                  res.status(statusCode);
                  res.json({ message: err.message });
                };
                app.use(errorHandler);
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'res.statusCode is 200 unless set, so error middleware\'s `res.statusCode ? res.statusCode : 500` answers errors with 200',
      code: code`
        import express from 'express';
        const app = express();
        app.use((err, req, res, next) => {
          const status = res.statusCode ? res.statusCode : 500;
          res.status(status);
          res.json({ message: err.message, isError: true });
        });
      `,
      errors: [
        {
          messageId: 'errorWithResponseDefault',
          data: { value: 'res.statusCode', code: 200 },
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 52,
          suggestions: [
            {
              messageId: 'compareResponseDefault',
              data: { replacement: 'res.statusCode === 200 ? 500 : res.statusCode' },
              output: code`
                import express from 'express';
                const app = express();
                app.use((err, req, res, next) => {
                  const status = res.statusCode === 200 ? 500 : res.statusCode;
                  res.status(status);
                  res.json({ message: err.message, isError: true });
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a CRUD function that takes the model first, (Model, req, res), is a handler: its failure envelope with 203 is reported',
      filename: 'controllers/crud/read.js',
      code: code`
        export const read = async (Model, req, res) => {
          const doc = await Model.findById(req.params.id);
          if (!doc) {
            return res.status(203).json({ success: false, result: null, message: 'No document found' });
          }
          return res.status(200).json({ success: true, result: doc });
        };
      `,
      errors: [
        {
          messageId: 'errorWithSuccessStatus',
          data: { code: 203, suggested: 404 },
          line: 4,
          column: 12,
          endLine: 4,
          endColumn: 96,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 404, phrase: 'Not Found' },
              output: code`
                export const read = async (Model, req, res) => {
                  const doc = await Model.findById(req.params.id);
                  if (!doc) {
                    return res.status(404).json({ success: false, result: null, message: 'No document found' });
                  }
                  return res.status(200).json({ success: true, result: doc });
                };
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a handler given a value first and mounted with .bind(app, config) is a route handler, checked as one (not error middleware)',
      code: code`
        const express = require('express');
        const app = express();
        function publish(config, req, res, next) {
          if (!req.body.projectId) {
            return res.json({ error: 'projectId is required' });
          }
          res.status(200).send({ link: config.publishUrl + req.body.projectId });
        }
        app.put('/projects/publish', publish.bind(app, config));
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 400 },
          line: 5,
          column: 12,
          endLine: 5,
          endColumn: 56,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 400, phrase: 'Bad Request' },
              output: code`
                const express = require('express');
                const app = express();
                function publish(config, req, res, next) {
                  if (!req.body.projectId) {
                    return res.status(400).json({ error: 'projectId is required' });
                  }
                  res.status(200).send({ link: config.publishUrl + req.body.projectId });
                }
                app.put('/projects/publish', publish.bind(app, config));
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a caught error put into a shape to send by a formatter (formatError(err)) goes out as 200',
      code: code`
        const express = require('express');
        const app = express();
        app.get('/items', async (req, res) => {
          try {
            res.json(await db.items.find());
          } catch (err) {
            res.json(formatError(err));
          }
        });
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 500 },
          line: 7,
          column: 5,
          endLine: 7,
          endColumn: 31,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 500, phrase: 'Internal Server Error' },
              output: code`
                const express = require('express');
                const app = express();
                app.get('/items', async (req, res) => {
                  try {
                    res.json(await db.items.find());
                  } catch (err) {
                    res.status(500).json(formatError(err));
                  }
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a readiness probe reads only the status: /readyz answering an error with 200 reads as ready, also beside a timer that answers 504',
      code: code`
        const express = require('express');
        const app = express();
        app.get('/readyz', async (req, res) => {
          const timer = setTimeout(() => {
            if (!res.headersSent) res.status(504).json({ error: 'timed out' });
          }, 2000);
          const ready = await checkDependencies();
          clearTimeout(timer);
          if (!ready) {
            return res.json({ error: 'dependencies not ready' });
          }
          res.json({ ready: true });
        });
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 503 },
          line: 10,
          column: 12,
          endLine: 10,
          endColumn: 57,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 503, phrase: 'Service Unavailable' },
              output: code`
                const express = require('express');
                const app = express();
                app.get('/readyz', async (req, res) => {
                  const timer = setTimeout(() => {
                    if (!res.headersSent) res.status(504).json({ error: 'timed out' });
                  }, 2000);
                  const ready = await checkDependencies();
                  clearTimeout(timer);
                  if (!ready) {
                    return res.status(503).json({ error: 'dependencies not ready' });
                  }
                  res.json({ ready: true });
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'failure texts without the usual words: an insufficient balance and a missing permission, in failure guards',
      code: code`
        const router = require('express').Router();
        router.post('/wallet/withdraw', async (req, res) => {
          const result = await wallet.withdraw(req.user.id, req.body.amount);
          if (!result.ok) {
            return res.json({ message: 'Insufficient balance' });
          }
          res.json({ balance: result.balance });
        });
        router.delete('/projects/:id', async (req, res) => {
          const project = await Project.findByPk(req.params.id);
          if (!project.canDelete(req.user)) {
            return res.json({ message: 'You do not have permission' });
          }
          await project.destroy();
          res.status(204).end();
        });
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 402 },
          line: 5,
          column: 12,
          endLine: 5,
          endColumn: 57,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 402, phrase: 'Payment Required' },
              output: code`
                const router = require('express').Router();
                router.post('/wallet/withdraw', async (req, res) => {
                  const result = await wallet.withdraw(req.user.id, req.body.amount);
                  if (!result.ok) {
                    return res.status(402).json({ message: 'Insufficient balance' });
                  }
                  res.json({ balance: result.balance });
                });
                router.delete('/projects/:id', async (req, res) => {
                  const project = await Project.findByPk(req.params.id);
                  if (!project.canDelete(req.user)) {
                    return res.json({ message: 'You do not have permission' });
                  }
                  await project.destroy();
                  res.status(204).end();
                });
              `,
            },
          ],
        },
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 403 },
          line: 12,
          column: 12,
          endLine: 12,
          endColumn: 63,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 403, phrase: 'Forbidden' },
              output: code`
                const router = require('express').Router();
                router.post('/wallet/withdraw', async (req, res) => {
                  const result = await wallet.withdraw(req.user.id, req.body.amount);
                  if (!result.ok) {
                    return res.json({ message: 'Insufficient balance' });
                  }
                  res.json({ balance: result.balance });
                });
                router.delete('/projects/:id', async (req, res) => {
                  const project = await Project.findByPk(req.params.id);
                  if (!project.canDelete(req.user)) {
                    return res.status(403).json({ message: 'You do not have permission' });
                  }
                  await project.destroy();
                  res.status(204).end();
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a same-file helper that a catch hands the response to, with no status set, answers the error with 200',
      code: code`
        const express = require('express');
        const router = express.Router();
        function sendError(res, err) {
          console.error(err);
          res.json({ error: err.message || 'Something went wrong' });
        }
        router.get('/bookings', async (req, res) => {
          try {
            res.json(await Booking.find({ guest: req.user.id }));
          } catch (err) {
            sendError(res, err);
          }
        });
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 500 },
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 61,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 500, phrase: 'Internal Server Error' },
              output: code`
                const express = require('express');
                const router = express.Router();
                function sendError(res, err) {
                  console.error(err);
                  res.status(500).json({ error: err.message || 'Something went wrong' });
                }
                router.get('/bookings', async (req, res) => {
                  try {
                    res.json(await Booking.find({ guest: req.user.id }));
                  } catch (err) {
                    sendError(res, err);
                  }
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a status set in the try does not reach the helper its catch hands the response to: the catch runs only when the insert failed first',
      code: code`
        const express = require('express');
        const router = express.Router();
        function sendError(res, err) {
          res.json({ error: err.message });
        }
        router.post('/bookings', async (req, res) => {
          try {
            await Booking.create(req.body);
            res.status(201);
          } catch (err) {
            return sendError(res, err);
          }
          res.json({ ok: true });
        });
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 500 },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 35,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 500, phrase: 'Internal Server Error' },
              output: code`
                const express = require('express');
                const router = express.Router();
                function sendError(res, err) {
                  res.status(500).json({ error: err.message });
                }
                router.post('/bookings', async (req, res) => {
                  try {
                    await Booking.create(req.body);
                    res.status(201);
                  } catch (err) {
                    return sendError(res, err);
                  }
                  res.json({ ok: true });
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'router.param() middleware answers through res like a handler: a missing record sent as 200',
      code: code`
        const express = require('express');
        const router = express.Router();
        router.param('memberId', async (req, res, next, id) => {
          const member = await Member.findById(id);
          if (!member) return res.json({ error: 'Member not found' });
          req.member = member;
          next();
        });
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 404 },
          line: 5,
          column: 23,
          endLine: 5,
          endColumn: 62,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 404, phrase: 'Not Found' },
              output: code`
                const express = require('express');
                const router = express.Router();
                router.param('memberId', async (req, res, next, id) => {
                  const member = await Member.findById(id);
                  if (!member) return res.status(404).json({ error: 'Member not found' });
                  req.member = member;
                  next();
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'an app\'s own error code in the error range still makes the body an error',
      filename: 'routes/user.js',
      code: code`
        import express from 'express';
        const router = express.Router();
        router.put('/user/password', async (req, res) => {
          if (isDemoEnv()) {
            return res.send({ code: 450, message: t('demo') });
          }
          await users.setPassword(req.user.id, req.body.password);
          res.send({ code: 200 });
        });
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 400 },
          line: 5,
          column: 12,
          endLine: 5,
          endColumn: 55,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 400, phrase: 'Bad Request' },
              output: code`
                import express from 'express';
                const router = express.Router();
                router.put('/user/password', async (req, res) => {
                  if (isDemoEnv()) {
                    return res.status(400).send({ code: 450, message: t('demo') });
                  }
                  await users.setPassword(req.user.id, req.body.password);
                  res.send({ code: 200 });
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a code of the app\'s own in the body is no status to suggest: the text picks 403',
      filename: 'routes/envs.js',
      code: code`
        import express from 'express';
        const router = express.Router();
        router.put('/envs/:id', async (req, res) => {
          if (!req.user.canEdit) {
            return res.json({ code: 450, message: 'Permission denied' });
          }
          res.json({ code: 200, data: await envs.update(req.params.id, req.body) });
        });
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 403 },
          line: 5,
          column: 12,
          endLine: 5,
          endColumn: 65,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 403, phrase: 'Forbidden' },
              output: code`
                import express from 'express';
                const router = express.Router();
                router.put('/envs/:id', async (req, res) => {
                  if (!req.user.canEdit) {
                    return res.status(403).json({ code: 450, message: 'Permission denied' });
                  }
                  res.json({ code: 200, data: await envs.update(req.params.id, req.body) });
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a negotiated answer inside a not-found guard is still the failure',
      filename: 'routes/notes.js',
      code: code`
        import express from 'express';
        const router = express.Router();
        router.get('/notes/:id', async (req, res) => {
          const note = await Note.findById(req.params.id);
          if (!note) {
            if (req.accepts('html')) {
              return res.render('not-found');
            }
            return res.json({ error: 'Note not found' });
          }
          res.json(note);
        });
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 404 },
          line: 7,
          column: 14,
          endLine: 7,
          endColumn: 37,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 404, phrase: 'Not Found' },
              output: code`
                import express from 'express';
                const router = express.Router();
                router.get('/notes/:id', async (req, res) => {
                  const note = await Note.findById(req.params.id);
                  if (!note) {
                    if (req.accepts('html')) {
                      return res.status(404).render('not-found');
                    }
                    return res.json({ error: 'Note not found' });
                  }
                  res.json(note);
                });
              `,
            },
          ],
        },
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 404 },
          line: 9,
          column: 12,
          endLine: 9,
          endColumn: 49,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 404, phrase: 'Not Found' },
              output: code`
                import express from 'express';
                const router = express.Router();
                router.get('/notes/:id', async (req, res) => {
                  const note = await Note.findById(req.params.id);
                  if (!note) {
                    if (req.accepts('html')) {
                      return res.render('not-found');
                    }
                    return res.status(404).json({ error: 'Note not found' });
                  }
                  res.json(note);
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'error middleware that sends a static error page file answers it as 200 OK',
      code: code`
        const path = require('path');
        exports.fallback = function fallback(err, req, res, next) {
          res.sendFile(path.join(__dirname, 'public', '500.html'));
        };
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { code: 200, suggested: 500 },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 59,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 500, phrase: 'Internal Server Error' },
              output: code`
                const path = require('path');
                exports.fallback = function fallback(err, req, res, next) {
                  res.status(500).sendFile(path.join(__dirname, 'public', '500.html'));
                };
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a helper handed (req, res, note) answers through res like a handler',
      code: code`
        async function actionPandoc(req, res, note) {
          try {
            res.send(await convert(note.content));
          } catch (err) {
            res.json({ message: err.message });
          }
        }
        module.exports = { actionPandoc };
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { code: 200, suggested: 500 },
          line: 5,
          column: 5,
          endLine: 5,
          endColumn: 39,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 500, phrase: 'Internal Server Error' },
              output: code`
                async function actionPandoc(req, res, note) {
                  try {
                    res.send(await convert(note.content));
                  } catch (err) {
                    res.status(500).json({ message: err.message });
                  }
                }
                module.exports = { actionPandoc };
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'if (err) in a callback answers the error as 200',
      code: code`
        const express = require('express');
        const router = express.Router();
        router.get('/users/:id', (req, res) => {
          User.findById(req.params.id, (err, user) => {
            if (err) return res.send({ error: err });
            res.send(user);
          });
        });
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { code: 200, suggested: 500 },
          line: 5,
          column: 21,
          endLine: 5,
          endColumn: 45,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 500, phrase: 'Internal Server Error' },
              output: code`
                const express = require('express');
                const router = express.Router();
                router.get('/users/:id', (req, res) => {
                  User.findById(req.params.id, (err, user) => {
                    if (err) return res.status(500).send({ error: err });
                    res.send(user);
                  });
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a validation guard on an isValid flag',
      code: code`
        const express = require('express');
        const app = express();
        app.post('/register', (req, res) => {
          const { errors, isValid } = validateRegisterInput(req.body);
          if (!isValid) {
            return res.json(errors);
          }
          res.status(201).json({ ok: true });
        });
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { code: 200, suggested: 400 },
          line: 6,
          column: 12,
          endLine: 6,
          endColumn: 28,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 400, phrase: 'Bad Request' },
              output: code`
                const express = require('express');
                const app = express();
                app.post('/register', (req, res) => {
                  const { errors, isValid } = validateRegisterInput(req.body);
                  if (!isValid) {
                    return res.status(400).json(errors);
                  }
                  res.status(201).json({ ok: true });
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'errors.length as a guard, in a handler wrapped by a util imported from another file',
      code: code`
        const express = require('express');
        const asyncHandler = require('../utils/asyncHandler');
        const router = express.Router();
        router.put('/profile', asyncHandler(async (req, res) => {
          const errors = validateProfile(req.body);
          if (errors.length) {
            return res.send({ success: false, errors });
          }
          res.json(await Profile.update(req.body));
        }));
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { code: 200, suggested: 400 },
          line: 7,
          column: 12,
          endLine: 7,
          endColumn: 48,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 400, phrase: 'Bad Request' },
              output: code`
                const express = require('express');
                const asyncHandler = require('../utils/asyncHandler');
                const router = express.Router();
                router.put('/profile', asyncHandler(async (req, res) => {
                  const errors = validateProfile(req.body);
                  if (errors.length) {
                    return res.status(400).send({ success: false, errors });
                  }
                  res.json(await Profile.update(req.body));
                }));
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a failed login in a controller answered as 200',
      code: code`
        exports.login = async (req, res) => {
          const user = await User.findOne({ email: req.body.email });
          if (!user || !(await user.correctPassword(req.body.password))) {
            return res.json({ message: 'Incorrect email or password' });
          }
          res.json({ token: signToken(user._id) });
        };
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { code: 200, suggested: 401 },
          line: 4,
          column: 12,
          endLine: 4,
          endColumn: 64,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 401, phrase: 'Unauthorized' },
              output: code`
                exports.login = async (req, res) => {
                  const user = await User.findOne({ email: req.body.email });
                  if (!user || !(await user.correctPassword(req.body.password))) {
                    return res.status(401).json({ message: 'Incorrect email or password' });
                  }
                  res.json({ token: signToken(user._id) });
                };
              `,
            },
          ],
        },
      ],
    },
  ],
});
