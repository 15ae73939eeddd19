import rule from '../../../src/rules/require-created-status.js';
import { code } from '../../support/code.js';
import { jsRuleTester, ruleTester, strict } from '../../support/rule-tester.js';

ruleTester.run('require-created-status (Express, TypeScript)', rule, {
  assertionOptions: strict,
  valid: [
    {
      name: 'a class field named add, wrapped in a route helper whose type argument says PUT, answers an upsert',
      code: code`
        import { createExpressRoute } from 'typescript-routes-to-openapi-server';
        export class TokenController {
          add = createExpressRoute<{ method: 'put'; path: '/api/tokens' }>(async (req, res) => {
            const token = crypto.randomUUID();
            await accessTokenRepository.create({ userId: Number(req.user), token });
            res.send({ token });
          });
          addItem = defineRoute({ method: 'PUT', path: '/api/items' }, async (req, res) => {
            const item = await itemRepository.create(req.body);
            res.json(item);
          });
        }
      `,
    },
    {
      name: "a route middleware that publishes the route's responses (route({ responses: { 200 } })) is its contract",
      code: code`
        import { Router } from 'express';
        import { route } from '../middlewares/route';
        const router = Router();
        router.post(
          '/',
          route({ requestBody: 'RoleCreateSchema', responses: { 200: { body: 'Role' }, 400: { body: 'ApiError' } } }),
          async (req, res) => {
            const role = await Role.create({ ...req.body, guildId: req.params.guildId }).save();
            res.json(role);
          },
        );
      `,
    },
    {
      name: 'a POST that saves a whole list, updating the entities it finds and saving new ones it names first, replaces the list',
      code: code`
        import { Router } from 'express';
        const router = Router();
        router.post('/settings/sliders', async (req, res) => {
          const sliderRepository = getRepository(Slider);
          for (const slider of req.body as Slider[]) {
            const existing = await sliderRepository.findOne({ where: { id: slider.id } });
            if (existing) {
              existing.enabled = slider.enabled;
              await sliderRepository.save(existing);
            } else {
              const newSlider = new Slider({ title: slider.title });
              await sliderRepository.save(newSlider);
            }
          }
          return res.json(await sliderRepository.find());
        });
      `,
    },
    {
      name: 'a prepared INSERT into a table of side records (page views) or a prepared read is no create',
      code: code`
        import express from 'express';
        import Database from 'better-sqlite3';
        const db = new Database('app.db');
        const logView = db.prepare('INSERT INTO page_views (path) VALUES (?)');
        const findTodos = db.prepare('SELECT * FROM todos WHERE title LIKE ?');
        const app = express();
        app.post('/api/todos/search', (req, res) => {
          logView.run(req.path);
          res.json(findTodos.all(\`%\${req.body.q}%\`));
        });
        app.post('/api/reports', (req, res) => {
          logView.run(req.path);
          res.json(findTodos.all('%'));
        });
      `,
    },
    {
      name: 'a factory whose name says nothing of creating, one named for the handler it makes, and a handler that answers 201',
      code: code`
        const catchAsync = require('../utils/catchAsync');
        exports.makeHandler = (Model) =>
          catchAsync(async (req, res) => {
            res.json(await Model.create(req.body));
          });
        export function createAgentHandler(config) {
          return async (req, res) => {
            const run = await Run.create({ agent: config.name, input: req.body });
            res.json({ id: run.id });
          };
        }
        exports.createOne = (Model) => {
          return catchAsync(async (req, res) => {
            const doc = await Model.create(req.body);
            res.status(201).json({ data: doc });
          });
        };
      `,
    },
    {
      name: 'a record made only when the lookup found none, then saved: an upsert',
      code: code`
        import express from 'express';
        const router = express.Router();
        router.post('/profile', async (req, res) => {
          let profile = await Profile.findOne({ user: req.user.id });
          if (!profile) profile = new Profile({ user: req.user.id });
          Object.assign(profile, req.body);
          await profile.save();
          res.json(profile);
        });
      `,
    },
    {
      name: 'adding labels or tags to records named by their ids updates them',
      code: code`
        import express from 'express';
        const router = express.Router();
        router.post('/tasks/labels', async (req, res, next) => {
          try {
            const tasks = await taskService.addLabels(req.body.ids, req.body.labels);
            res.json({ data: tasks });
          } catch (err) {
            next(err);
          }
        });
        router.post('/notes/tags', async (req, res) => {
          const { noteIds, tags } = req.body;
          await addTags(noteIds, tags);
          res.json({ ok: true });
        });
      `,
    },
    {
      name: 'a server in a mocha-style tests folder answers as the test needs',
      filename: 'packages/server/tests/fixtures/app.ts',
      code: code`
        import express from 'express';
        const app = express();
        app.post('/posts', async (req, res) => {
          res.json(await Post.create(req.body));
        });
      `,
    },
    {
      name: 'a fake server a test stands up answers as the test needs',
      filename: 'tests/lti/grades.test.ts',
      code: code`
        import express from 'express';
        const postedScores: string[] = [];
        const lms = express();
        lms.post('/line_items/:index/scores', (req, res) => {
          postedScores.push(req.params.index);
          res.json({});
        });
      `,
    },
    {
      name: 'paths given as an array keep their action; a work queue and a usage counter store nothing',
      code: code`
        import express from 'express';
        const router = express.Router();
        const waiting: { name: string }[] = [];
        router.post(['/posts/:id/pin', '/p/:id/pin'], async (req, res) => {
          await Pin.create({ post: req.params.id, user: req.user.id });
          res.json({ pinned: true });
        });
        router.post('/admin/plugins/install-with-deps', (req, res) => {
          waiting.push({ name: req.body.name });
          res.json({ queued: [req.body.name] });
        });
        router.post('/reports', async (req, res) => {
          await rateLimiter.addToIntervalUsage(req.user.id, 1);
          res.json(await buildReport(req.body));
        });
        setInterval(() => run(waiting.shift()), 1000);
      `,
    },
    {
      name: 'a SELECT or an upsert through a tagged sql template creates nothing',
      code: code`
        import express from 'express';
        import { sql } from '@vercel/postgres';
        const router = express.Router();
        router.post('/notes/search', async (req, res) => {
          const { rows } = await sql\`SELECT * FROM notes WHERE title ILIKE \${req.body.q}\`;
          res.json(rows);
        });
        router.post('/notes/upsert-by-slug', async (req, res) => {
          await sql\`INSERT INTO notes (slug, body) VALUES (\${req.body.slug}, \${req.body.body}) ON CONFLICT (slug) DO UPDATE SET body = EXCLUDED.body\`;
          res.json({ saved: true });
        });
        router.post('/newsletter/subscribers', async (req, res) => {
          await pool.query('INSERT INTO subscribers (email) VALUES ($1) ON CONFLICT (email) DO NOTHING', [req.body.email]);
          res.json({ subscribed: true });
        });
      `,
    },
    {
      name: 'res.attachment() answers a report built for this request',
      code: code`
        import express from 'express';
        const app = express();
        app.post('/reports', async (req, res) => {
          const report = await createReport(req.body.range);
          res.attachment('report.csv');
          res.send(report.csv);
        });
      `,
    },
    {
      name: 'a form action named with an action suffix (checkout_action, setup-submit)',
      code: code`
        import express from 'express';
        const router = express.Router();
        router.post('/instore/checkout_action', async (req, res) => {
          const order = await orders.insertOne({ items: req.session.cart });
          res.json({ orderId: order.insertedId });
        });
        router.post('/setup-submit', async (req, res) => {
          res.json(await settings.create(req.body));
        });
      `,
    },
    {
      name: 'a find-or-create whose create retries a lost race (catch a duplicate key, read again)',
      code: code`
        import express from 'express';
        const router = express.Router();
        router.post('/invitations', async (req, res) => {
          let invite = await Invite.findOne({ email: req.body.email });
          if (!invite) {
            try {
              invite = await new Invite({ email: req.body.email }).save();
            } catch (err) {
              if (err.code === 11000) invite = await Invite.findOne({ email: req.body.email });
              if (!invite) throw err;
            }
          }
          res.json({ id: invite.id });
        });
      `,
    },
    {
      name: 'deploy, restart and rollback are actions; so is a camelCase verb (enableRegistry)',
      code: code`
        import express from 'express';
        const router = express.Router();
        router.post('/apps/:name/deploy', async (req, res) => {
          const job = await jobs.create({ app: req.params.name });
          res.json({ jobId: job.id });
        });
        router.post('/apps/:name/restart', async (req, res) => {
          res.json(await restarts.insert({ app: req.params.name }));
        });
        router.post('/system/enableRegistry', async (req, res) => {
          res.json(await registries.create(req.body));
        });
      `,
    },
    {
      name: 'a file-routed POST under an action folder (Medusa carts/[id]/complete) answers that action',
      filename: 'src/api/store/carts/[id]/complete/route.ts',
      code: code`
        import type { MedusaRequest, MedusaResponse } from '@medusajs/framework/http';
        export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
          const order = await orderService.createOrders(req.params.id);
          res.json({ type: 'order', order });
        };
      `,
    },
    {
      name: 'date arithmetic (addDays) and a metric counter (counter.add(1)) create nothing',
      code: code`
        import express from 'express';
        import { addDays } from 'date-fns';
        const deliveries = meter.createCounter('webhook_deliveries');
        const app = express();
        app.post('/trials', async (req, res) => {
          const endsAt = addDays(new Date(), 14);
          deliveries.add(1);
          await Account.updateOne({ _id: req.user.id }, { trialEndsAt: endsAt });
          res.json({ endsAt });
        });
      `,
    },
    {
      name: 'a hand-written upsert on a store reached by a call (knex(table), getRepository(X)) replaces as often as it creates',
      code: code`
        import express from 'express';
        const app = express();
        app.post('/settings', async (req, res) => {
          const existing = await knex('settings').where({ user: req.user.id }).first();
          if (existing) {
            await knex('settings').where({ user: req.user.id }).update(req.body);
          } else {
            await knex('settings').insert({ user: req.user.id, ...req.body });
          }
          res.json({ ok: true });
        });
        app.post('/favorites', async (req, res) => {
          const found = await con.getRepository(Favorite).findOneBy({ userId: req.user.id });
          if (found) await con.getRepository(Favorite).update({ id: found.id }, req.body);
          else await con.getRepository(Favorite).insert({ userId: req.user.id, ...req.body });
          res.json({ ok: true });
        });
      `,
    },
    {
      name: 'a webhook receiver answers 200 on purpose, placed by its file when its router answers on /',
      filename: 'channels/chat/chatWebHook.js',
      code: code`
        import express from 'express';
        const router = express.Router();
        router.post('/', async (req, res) => {
          const conversation = await Conversation.create({ text: req.body.text });
          res.json(conversation);
        });
        export default router;
      `,
    },
    {
      name: 'saving what was loaded on one arm and a new entity on the other is a replace',
      code: code`
        import { Router } from 'express';
        import { getRepository } from 'typeorm';
        const router = Router();
        router.post('/sliders', async (req, res) => {
          const repo = getRepository(Slider);
          for (const slider of req.body) {
            const existing = await repo.findOne({ where: { id: slider.id } });
            if (existing) {
              existing.title = slider.title;
              await repo.save(existing);
            } else {
              await repo.save(new Slider({ title: slider.title }));
            }
          }
          return res.json(req.body);
        });
      `,
    },
    {
      name: 'action words after the noun (password-reset) or in camelCase (signinAnonymously) are actions',
      code: code`
        import express from 'express';
        const router = express.Router();
        router.post('/auth/password-reset', async (req, res) => {
          await PasswordResetToken.create({ email: req.body.email });
          res.json({ sent: true });
        });
        router.post('/signinAnonymously', async (req, res) => {
          const user = await User.create({ anonymous: true });
          res.json({ token: sign(user) });
        });
      `,
    },
    {
      name: 'a quota check named createProjectValidate creates nothing',
      code: code`
        import express from 'express';
        const router = express.Router();
        router.post('/projects/can-create', async (req, res) => {
          const allowed = await subscriptions.createProjectValidate(req.body.userId);
          res.json({ allowed });
        });
      `,
    },
    {
      name: 'a status number returned as the body is no-status-as-body\'s to report, not this rule\'s',
      code: code`
        import express from 'express';
        const app = express();
        app.post('/users', async (req, res) => {
          await User.create(req.body);
          return 201;
        });
      `,
    },
    {
      name: 'a create answered with res.status(201)',
      code: code`
        import express, { type Request, type Response } from 'express';
        const app = express();
        app.post('/users', async (req: Request, res: Response) => {
          const user = await User.create(req.body);
          res.status(201).json(user);
        });
      `,
    },
    {
      name: 'an explicit status of any value is a decision the rule leaves alone',
      code: code`
        import express from 'express';
        const app = express();
        app.post('/drafts', async (req, res) => {
          const draft = await prisma.draft.create({ data: req.body });
          res.status(200).json(draft);
        });
      `,
    },
    {
      name: 'POST /login creates a session but answers 200 by design',
      code: code`
        import { Router } from 'express';
        const router = Router();
        router.post('/auth/login', async (req, res) => {
          const session = await Session.create({ userId: req.body.userId });
          res.json({ token: session.token });
        });
      `,
    },
    {
      name: 'POST /search under a mounted prefix is an action, not a create',
      code: code`
        import express from 'express';
        const app = express();
        const api = express.Router();
        app.use('/api/search', api);
        api.post('/', async (req, res) => {
          await db.insert(searchLog).values({ query: req.body.q });
          res.json(await search(req.body.q));
        });
      `,
    },
    {
      name: 'a creation in a GET handler is not checked',
      code: code`
        import express from 'express';
        const app = express();
        app.get('/visits', async (req, res) => {
          const visit = await Visit.create({ path: req.path });
          res.json(visit);
        });
      `,
    },
    {
      name: 'a redirect after a create (post/redirect/get) is not a 200',
      code: code`
        import express from 'express';
        const app = express();
        app.post('/posts', async (req, res) => {
          const post = await Post.create(req.body);
          res.redirect('/posts/' + post.id);
        });
      `,
    },
    {
      name: 'a controller named for a short-lived code (createLinkCode) makes a step of a sign-in, not a resource',
      code: code`
        import type { Request, Response } from 'express';
        export async function createLinkCode(req: Request, res: Response) {
          const result = await integrations.createLinkCode(req.params.selector, req.user.id);
          res.json(result);
        }
      `,
    },
    {
      name: 'a TS controller registered in another file whose name says no create stays silent, since its method is unknown',
      code: code`
        import type { Request, Response } from 'express';
        export async function savePost(req: Request, res: Response) {
          const post = await Post.create(req.body);
          res.json(post);
        }
        export async function createPostPage(req: Request, res: Response) {
          if (req.method === 'GET') return res.json(await Post.create({ draft: true }));
          res.json({ ok: true });
        }
      `,
    },
    {
      name: 'a cookie helper named createCookie is not a create',
      code: code`
        import { Router, type Request, type Response } from 'express';
        class AuthController {
          public router = Router();
          constructor() {
            this.router.post('/auth/sessions', this.logIn);
          }
          private logIn = async (request: Request, response: Response) => {
            const user = await this.users.findOne({ email: request.body.email });
            response.setHeader('Set-Cookie', [this.createCookie(user)]);
            response.send(user);
          };
        }
      `,
    },
    {
      name: 'ignoreRoutes skips matching paths',
      code: code`
        import express from 'express';
        const app = express();
        app.post('/rpc/enqueue', async (req, res) => {
          res.json(await Job.create(req.body));
        });
      `,
      options: [{'ignoreRoutes':['^/rpc/']}],
    },
  ],
  invalid: [
    {
      name: 'a class field wrapped in a route helper whose type argument says POST: the create answers 200',
      code: code`
        import { createExpressRoute } from 'typescript-routes-to-openapi-server';
        export class ListController {
          add = createExpressRoute<{ method: 'post'; path: '/api/list' }>(async (req, res) => {
            const list = await listRepository.create({ name: req.body.name, userId: req.user });
            res.send(list);
          });
        }
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'listRepository.create' },
          line: 5,
          column: 5,
          endLine: 5,
          endColumn: 19,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              output: code`
                import { createExpressRoute } from 'typescript-routes-to-openapi-server';
                export class ListController {
                  add = createExpressRoute<{ method: 'post'; path: '/api/list' }>(async (req, res) => {
                    const list = await listRepository.create({ name: req.body.name, userId: req.user });
                    res.status(201).send(list);
                  });
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a resource controller\'s store (the Laravel and AdonisJS name for the create) is read as POST',
      code: code`
        export class PostsController {
          async store(req: Request, res: Response) {
            const post = await Post.create(req.body);
            res.json(post);
          }
        }
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'Post.create' },
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 19,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              output: code`
                export class PostsController {
                  async store(req: Request, res: Response) {
                    const post = await Post.create(req.body);
                    res.status(201).json(post);
                  }
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'an INSERT prepared once at the top of the module and run in a POST handler creates',
      code: code`
        import express from 'express';
        import Database from 'better-sqlite3';
        const db = new Database('todos.db');
        const insertTodo = db.prepare('INSERT INTO todos (title) VALUES (?) RETURNING *');
        const app = express();
        app.post('/api/todos', (req, res) => {
          const todo = insertTodo.get(req.body.title);
          res.json(todo);
        });
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'insertTodo.get' },
          line: 8,
          column: 3,
          endLine: 8,
          endColumn: 17,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              output: code`
                import express from 'express';
                import Database from 'better-sqlite3';
                const db = new Database('todos.db');
                const insertTodo = db.prepare('INSERT INTO todos (title) VALUES (?) RETURNING *');
                const app = express();
                app.post('/api/todos', (req, res) => {
                  const todo = insertTodo.get(req.body.title);
                  res.status(201).json(todo);
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a handler that a factory named for creating makes and gives back (Natours\'s handlerFactory)',
      code: code`
        const catchAsync = require('../utils/catchAsync');
        exports.createOne = (Model) =>
          catchAsync(async (req, res, next) => {
            const doc = await Model.create(req.body);
            res.json({ status: 'success', data: { data: doc } });
          });
        exports.getOne = (Model) =>
          catchAsync(async (req, res, next) => {
            res.json({ status: 'success', data: { data: await Model.findById(req.params.id) } });
          });
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'Model.create' },
          line: 5,
          column: 5,
          endLine: 5,
          endColumn: 57,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              output: code`
                const catchAsync = require('../utils/catchAsync');
                exports.createOne = (Model) =>
                  catchAsync(async (req, res, next) => {
                    const doc = await Model.create(req.body);
                    res.status(201).json({ status: 'success', data: { data: doc } });
                  });
                exports.getOne = (Model) =>
                  catchAsync(async (req, res, next) => {
                    res.json({ status: 'success', data: { data: await Model.findById(req.params.id) } });
                  });
              `,
            },
          ],
        },
      ],
    },

    {
      name: 'a controller in a file that registers no route, whose answer chains a header setter before the send',
      code: code`
        exports.createPost = async (req, res) => {
          const post = await Post.create(req.body);
          res.location(\`/posts/\${post.id}\`).json(post);
        };
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'Post.create' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 47,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              output: code`
                exports.createPost = async (req, res) => {
                  const post = await Post.create(req.body);
                  res.location(\`/posts/\${post.id}\`).status(201).json(post);
                };
              `,
            },
          ],
        },
      ],
    },

    {
      name: 'a variable that held a lookup and is given a new record before save() (devconnector\'s register)',
      code: code`
        import express from 'express';
        const router = express.Router();
        router.post('/users', async (req, res) => {
          let user = await User.findOne({ email: req.body.email });
          if (user) return res.status(400).json({ errors: [{ msg: 'User already exists' }] });
          user = new User(req.body);
          await user.save();
          res.json({ id: user.id });
        });
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'user.save' },
          line: 8,
          column: 3,
          endLine: 8,
          endColumn: 28,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              output: code`
                import express from 'express';
                const router = express.Router();
                router.post('/users', async (req, res) => {
                  let user = await User.findOne({ email: req.body.email });
                  if (user) return res.status(400).json({ errors: [{ msg: 'User already exists' }] });
                  user = new User(req.body);
                  await user.save();
                  res.status(201).json({ id: user.id });
                });
              `,
            },
          ],
        },
      ],
    },

    {
      name: 'a controller registered in another file answers POST when its name says it creates (exports.create, createPost)',
      code: code`
        import type { Request, Response } from 'express';
        export async function createPost(req: Request, res: Response) {
          const post = await Post.create(req.body);
          res.json(post);
        }
        class CommentController {
          async addComment(req: Request, res: Response) {
            const comment = await Comment.create(req.body);
            res.json({ data: comment });
          }
        }
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'Post.create' },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 17,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              output: code`
                import type { Request, Response } from 'express';
                export async function createPost(req: Request, res: Response) {
                  const post = await Post.create(req.body);
                  res.status(201).json(post);
                }
                class CommentController {
                  async addComment(req: Request, res: Response) {
                    const comment = await Comment.create(req.body);
                    res.json({ data: comment });
                  }
                }
              `,
            },
          ],
        },
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'Comment.create' },
          line: 9,
          column: 5,
          endLine: 9,
          endColumn: 32,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              output: code`
                import type { Request, Response } from 'express';
                export async function createPost(req: Request, res: Response) {
                  const post = await Post.create(req.body);
                  res.json(post);
                }
                class CommentController {
                  async addComment(req: Request, res: Response) {
                    const comment = await Comment.create(req.body);
                    res.status(201).json({ data: comment });
                  }
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'adding one labelled item under a parent\'s id still creates',
      filename: 'routes/labels.js',
      code: code`
        import express from 'express';
        const router = express.Router();
        router.post('/projects/:id/labels', async (req, res) => {
          const label = await labels.addLabel(req.params.id, req.body.name);
          res.json(label);
        });
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'labels.addLabel' },
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 18,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              output: code`
                import express from 'express';
                const router = express.Router();
                router.post('/projects/:id/labels', async (req, res) => {
                  const label = await labels.addLabel(req.params.id, req.body.name);
                  res.status(201).json(label);
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'an INSERT in a tagged sql template creates',
      code: code`
        import express from 'express';
        import { sql } from '@vercel/postgres';
        const router = express.Router();
        router.post('/notes', async (req, res) => {
          const { rows } = await sql\`INSERT INTO notes (title, body) VALUES (\${req.body.title}, \${req.body.body}) RETURNING *\`;
          res.json(rows[0]);
        });
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'sql' },
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 20,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              output: code`
                import express from 'express';
                import { sql } from '@vercel/postgres';
                const router = express.Router();
                router.post('/notes', async (req, res) => {
                  const { rows } = await sql\`INSERT INTO notes (title, body) VALUES (\${req.body.title}, \${req.body.body}) RETURNING *\`;
                  res.status(201).json(rows[0]);
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a class method registered with .bind(this) is a handler of its route',
      code: code`
        import express from 'express';
        import NotesStore from '../stores/notes.js';
        export class NotesRoute {
          constructor(router: express.Router) {
            router.post('/v1/notes', this.addNote.bind(this));
          }
          addNote(req: express.Request, res: express.Response, next: express.NextFunction) {
            NotesStore.createNote(req.body)
              .then((note) => res.send(note))
              .catch(next);
          }
        }
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'NotesStore.createNote' },
          line: 9,
          column: 23,
          endLine: 9,
          endColumn: 37,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              output: code`
                import express from 'express';
                import NotesStore from '../stores/notes.js';
                export class NotesRoute {
                  constructor(router: express.Router) {
                    router.post('/v1/notes', this.addNote.bind(this));
                  }
                  addNote(req: express.Request, res: express.Response, next: express.NextFunction) {
                    NotesStore.createNote(req.body)
                      .then((note) => res.status(201).send(note))
                      .catch(next);
                  }
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a function registered with .bind(ctx) is a handler of its route',
      code: code`
        import express from 'express';
        async function createBookmark(req: express.Request, res: express.Response) {
          const saved = await this.store.create(req.body);
          res.json(saved);
        }
        export const router = express.Router();
        router.post('/bookmarks', createBookmark.bind({ store: bookmarks }));
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'this.store.create' },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 18,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              output: code`
                import express from 'express';
                async function createBookmark(req: express.Request, res: express.Response) {
                  const saved = await this.store.create(req.body);
                  res.status(201).json(saved);
                }
                export const router = express.Router();
                router.post('/bookmarks', createBookmark.bind({ store: bookmarks }));
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'router.postAsync() registers a POST route',
      code: code`
        import express from 'express';
        import { addAsync } from '@awaitjs/express';
        export const router = addAsync(express.Router());
        router.postAsync('/projects', async (req, res) => {
          res.json(await projects.create(req.body));
        });
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'projects.create' },
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 44,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              output: code`
                import express from 'express';
                import { addAsync } from '@awaitjs/express';
                export const router = addAsync(express.Router());
                router.postAsync('/projects', async (req, res) => {
                  res.status(201).json(await projects.create(req.body));
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'create() on a module of the app bound under its own name is a create, not a package factory',
      code: code`
        const express = require('express');
        const users = require('./users');
        const router = express.Router();
        router.post('/users', async (req, res) => {
          const user = await users.create(req.body);
          res.json(user);
        });
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'users.create' },
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 17,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              output: code`
                const express = require('express');
                const users = require('./users');
                const router = express.Router();
                router.post('/users', async (req, res) => {
                  const user = await users.create(req.body);
                  res.status(201).json(user);
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'an upload that reads the request Content-Disposition still creates',
      code: code`
        import express from 'express';
        const app = express();
        app.post('/files', async (req, res) => {
          const name = parseName(req.headers['content-disposition']);
          const file = await File.create({ name, data: req.body });
          res.json(file);
        });
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'File.create' },
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 17,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              output: code`
                import express from 'express';
                const app = express();
                app.post('/files', async (req, res) => {
                  const name = parseName(req.headers['content-disposition']);
                  const file = await File.create({ name, data: req.body });
                  res.status(201).json(file);
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'an end() after the answer writes nothing: the create is reported once, at the answer',
      code: code`
        import { Router } from 'express';
        const router = Router();
        router.post('/api/projects', async (req, res) => {
          const project = await ProjectsService.create({ owner: req.body.owner, name: req.body.name });
          res.json(project);
          res.end();
        });
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'ProjectsService.create' },
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 20,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              data: {},
              output: code`
                import { Router } from 'express';
                const router = Router();
                router.post('/api/projects', async (req, res) => {
                  const project = await ProjectsService.create({ owner: req.body.owner, name: req.body.name });
                  res.status(201).json(project);
                  res.end();
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a file-routed export named POST (Medusa src/api/**/route.ts) that creates answers 200 OK',
      filename: 'src/api/store/wishlists/route.ts',
      code: code`
        import type { MedusaRequest, MedusaResponse } from '@medusajs/framework/http';
        export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
          const wishlist = await wishlistService.createWishlists({ customer_id: req.auth_context.actor_id });
          res.json({ wishlist });
        };
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'wishlistService.createWishlists' },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 25,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              data: {},
              output: code`
                import type { MedusaRequest, MedusaResponse } from '@medusajs/framework/http';
                export const POST = async (req: MedusaRequest, res: MedusaResponse) => {
                  const wishlist = await wishlistService.createWishlists({ customer_id: req.auth_context.actor_id });
                  res.status(201).json({ wishlist });
                };
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a file that manages a collection of webhooks is no receiver',
      filename: 'routes/webhooks.js',
      code: code`
        import express from 'express';
        const router = express.Router();
        router.post('/', async (req, res) => {
          res.json(await Webhook.create({ url: req.body.url }));
        });
        export default router;
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'Webhook.create' },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 56,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              data: {},
              output: code`
                import express from 'express';
                const router = express.Router();
                router.post('/', async (req, res) => {
                  res.status(201).json(await Webhook.create({ url: req.body.url }));
                });
                export default router;
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a file named for a word that is both an action and a collection (triggerRoute.js) names the collection',
      filename: 'routes/triggerRoute.js',
      code: code`
        import express from 'express';
        const router = express.Router();
        router.post('/', async (req, res) => {
          res.json(await Trigger.create(req.body));
        });
        export default router;
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'Trigger.create' },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 43,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              data: {},
              output: code`
                import express from 'express';
                const router = express.Router();
                router.post('/', async (req, res) => {
                  res.status(201).json(await Trigger.create(req.body));
                });
                export default router;
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a create in the arm where the record was missing answers the create, not a failure',
      code: code`
        import express from 'express';
        const app = express();
        app.post('/follows', async (req, res) => {
          const existing = await Follow.findOne({ userId: req.body.userId });
          if (existing) {
            return res.status(409).json({ error: 'Already following' });
          } else {
            const follow = await Follow.create(req.body);
            return res.json(follow);
          }
        });
        app.post('/likes', async (req, res) => {
          const like = await Like.findOne({ postId: req.body.postId });
          if (!like) {
            const created = await Like.create(req.body);
            return res.json(created);
          }
          res.status(409).json({ error: 'Already liked' });
        });
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'Follow.create' },
          line: 9,
          column: 12,
          endLine: 9,
          endColumn: 28,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              data: {},
              output: code`
                import express from 'express';
                const app = express();
                app.post('/follows', async (req, res) => {
                  const existing = await Follow.findOne({ userId: req.body.userId });
                  if (existing) {
                    return res.status(409).json({ error: 'Already following' });
                  } else {
                    const follow = await Follow.create(req.body);
                    return res.status(201).json(follow);
                  }
                });
                app.post('/likes', async (req, res) => {
                  const like = await Like.findOne({ postId: req.body.postId });
                  if (!like) {
                    const created = await Like.create(req.body);
                    return res.json(created);
                  }
                  res.status(409).json({ error: 'Already liked' });
                });
              `,
            },
          ],
        },
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'Like.create' },
          line: 16,
          column: 12,
          endLine: 16,
          endColumn: 29,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              data: {},
              output: code`
                import express from 'express';
                const app = express();
                app.post('/follows', async (req, res) => {
                  const existing = await Follow.findOne({ userId: req.body.userId });
                  if (existing) {
                    return res.status(409).json({ error: 'Already following' });
                  } else {
                    const follow = await Follow.create(req.body);
                    return res.json(follow);
                  }
                });
                app.post('/likes', async (req, res) => {
                  const like = await Like.findOne({ postId: req.body.postId });
                  if (!like) {
                    const created = await Like.create(req.body);
                    return res.status(201).json(created);
                  }
                  res.status(409).json({ error: 'Already liked' });
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a TypeORM repository from getRepository() creates with save(body)',
      code: code`
        import { Router } from 'express';
        import { getRepository } from 'typeorm';
        const router = Router();
        router.post('/users', async (req, res) => {
          const users = getRepository(User);
          res.json(await users.save(req.body));
        });
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'users.save' },
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 39,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              data: {},
              output: code`
                import { Router } from 'express';
                import { getRepository } from 'typeorm';
                const router = Router();
                router.post('/users', async (req, res) => {
                  const users = getRepository(User);
                  res.status(201).json(await users.save(req.body));
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a template path is a path, and its POST route still answers the default 200',
      code: code`
        import express from 'express';
        const router = express.Router();
        router.post(\`\${API}/users\`, async (req, res) => {
          const user = await User.create(req.body);
          res.json(user);
        });
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'User.create' },
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 17,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              data: {},
              output: code`
                import express from 'express';
                const router = express.Router();
                router.post(\`\${API}/users\`, async (req, res) => {
                  const user = await User.create(req.body);
                  res.status(201).json(user);
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'an unbraced guard that returns a 400 does not lend its status to the send after it',
      code: code`
        import express from 'express';
        const app = express();
        app.post('/users', async (req, res) => {
          if (!req.body.name) return res.status(400).json({ error: 'name is required' });
          const user = await User.create(req.body);
          res.json(user);
        });
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'User.create' },
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 17,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              data: {},
              output: code`
                import express from 'express';
                const app = express();
                app.post('/users', async (req, res) => {
                  if (!req.body.name) return res.status(400).json({ error: 'name is required' });
                  const user = await User.create(req.body);
                  res.status(201).json(user);
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a POST that creates a user and answers with the default 200',
      code: code`
        import express from 'express';
        const app = express();
        app.post('/users', async (req, res) => {
          const user = await User.create(req.body);
          res.json(user);
        });
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'User.create' },
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 17,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              data: {},
              output: code`
                import express from 'express';
                const app = express();
                app.post('/users', async (req, res) => {
                  const user = await User.create(req.body);
                  res.status(201).json(user);
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: "res.json({ message: 'Created' }) still goes out as 200",
      code: code`
        import express, { type Request, type Response } from 'express';
        const app = express();
        async function createTag(req: Request, res: Response) {
          await prisma.tag.create({ data: req.body });
          res.json({ message: 'Created' });
        }
        app.post('/tags', createTag);
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'prisma.tag.create' },
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 35,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              data: {},
              output: code`
                import express, { type Request, type Response } from 'express';
                const app = express();
                async function createTag(req: Request, res: Response) {
                  await prisma.tag.create({ data: req.body });
                  res.status(201).json({ message: 'Created' });
                }
                app.post('/tags', createTag);
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a class-based controller registered with this.router.post()',
      code: code`
        import { Router, type Request, type Response } from 'express';
        class PostController {
          public path = '/posts';
          public router = Router();
          constructor() {
            this.router.post(this.path, auth, this.create);
          }
          private create = async (request: Request, response: Response) => {
            const post = new this.post(request.body);
            response.send(await post.save());
          };
        }
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'post.save' },
          line: 10,
          column: 5,
          endLine: 10,
          endColumn: 37,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              data: {},
              output: code`
                import { Router, type Request, type Response } from 'express';
                class PostController {
                  public path = '/posts';
                  public router = Router();
                  constructor() {
                    this.router.post(this.path, auth, this.create);
                  }
                  private create = async (request: Request, response: Response) => {
                    const post = new this.post(request.body);
                    response.status(201).send(await post.save());
                  };
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'new Model().save() in an app.route() chain behind middleware',
      code: code`
        import express from 'express';
        const app = express();
        app
          .route('/posts')
          .get(async (req, res) => res.json(await Post.find()))
          .post(requireAuth, asyncHandler(async (req, res) => {
            const post = new Post(req.body);
            await post.save();
            res.send(post);
          }));
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'post.save' },
          line: 9,
          column: 5,
          endLine: 9,
          endColumn: 19,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              data: {},
              output: code`
                import express from 'express';
                const app = express();
                app
                  .route('/posts')
                  .get(async (req, res) => res.json(await Post.find()))
                  .post(requireAuth, asyncHandler(async (req, res) => {
                    const post = new Post(req.body);
                    await post.save();
                    res.status(201).send(post);
                  }));
              `,
            },
          ],
        },
      ],
    },
  ],
});

jsRuleTester.run('require-created-status (Express, JavaScript)', rule, {
  assertionOptions: strict,
  valid: [
    {
      name: "a helper written inside an action route's handler serves that route",
      code: code`
        const express = require('express');
        const app = express();
        app.post('/skServer/enableSecurity', (req, res) => {
          addUser(req, res, strategy);
          function addUser(request, response, securityStrategy) {
            securityStrategy.addUser(config, request.body, (err) => {
              if (err) return response.status(500).send('Unable to add user');
              response.send('Security enabled');
            });
          }
        });
      `,
    },
    {
      name: 'an id pushed onto a relation and saved (a follow), and a push onto a list that is never saved, make no record of their own',
      code: code`
        const router = require('express').Router();
        router.post('/users/:id/followers', async (req, res) => {
          const user = await User.findById(req.params.id);
          user.followers.push(req.user.id);
          await user.save();
          res.json({ followers: user.followers.length });
        });
        router.post('/carts/:id/totals', async (req, res) => {
          const cart = await Cart.findById(req.params.id);
          cart.items.push({ product: req.body.product, quantity: 1 });
          res.json({ total: price(cart.items) });
        });
      `,
    },
    {
      name: 'a cache row that memoises a computed answer, a transfer and a merge are no creates',
      code: code`
        const express = require('express');
        const router = express.Router();
        router.post('/summaries', async (req, res) => {
          const summary = await summarize(req.body.text);
          await SummaryCache.create({ hash: hashOf(req.body.text), summary });
          res.json({ summary });
        });
        router.post('/wallets/:id/transfer', async (req, res) => {
          await db.query('INSERT INTO ledger (wallet_id, amount) VALUES ($1, $2)', [req.params.id, req.body.amount]);
          res.json(await balances(req.params.id));
        });
        router.post('/carts/:id/merge', async (req, res) => {
          const line = await CartItem.create({ cart: req.params.id, ...req.body.item });
          res.json(line);
        });
      `,
    },
    {
      name: 'the GET that shows the create form (author_create_get) is no create',
      code: code`
        exports.author_create_get = async (req, res) => {
          const genres = await Genre.find().sort({ name: 1 });
          res.json({ title: 'Create Author', genres, draft: await Draft.create({ owner: req.user.id }) });
        };
      `,
    },
    {
      name: 'a message whose words say the work failed is no create\'s answer, even after a record was made',
      code: code`
        const express = require('express');
        const app = express();
        app.post('/imports', async (req, res) => {
          const batch = await Import.create({ file: req.file.path });
          const reason = await runImport(batch);
          res.json({ message: \`Import failed: \${reason}\`, batch: batch.id });
        });
      `,
    },
    {
      name: 'create() on a package itself (Greenlock.create, Handlebars.create) builds one of its objects',
      code: code`
        const express = require('express');
        const Greenlock = require('greenlock');
        const router = express.Router();
        router.post('/tenants/:subdomain/ssl', async (req, res) => {
          const greenlock = Greenlock.create({ packageRoot: __dirname });
          await greenlock.sites.get({ servername: req.params.subdomain });
          res.json({ requested: true });
        });
      `,
    },
    {
      name: 'create() on a package imported by its own name, in a module',
      code: code`
        import express from 'express';
        import Handlebars from 'handlebars';
        const router = express.Router();
        router.post('/templates', async (req, res) => {
          const hbs = Handlebars.create();
          res.json({ html: hbs.compile(req.body.source)(req.body.data) });
        });
      `,
    },
    {
      name: 'add() on Sets a handler keeps in a literal (seen.table.add) records what it saw',
      code: code`
        const express = require('express');
        const router = express.Router();
        router.post('/download-pack', async (req, res) => {
          const pack = { tables: [], views: [] };
          const seen = { table: new Set(), view: new Set() };
          for (const item of req.body.items) {
            if (seen[item.type].has(item.id)) continue;
            pack[item.type + 's'].push(await loadEntity(item.type, item.id));
            seen[item.type].add(item.id);
            seen.table.add(item.id);
          }
          res.json({ pack });
        });
      `,
    },
    {
      name: 'save() on a required service module is not read as a new entity (and does not crash)',
      code: code`
        const express = require('express');
        const router = express.Router();
        const messageService = require('../services/messageService');
        router.post('/', async (req, res) => {
          const saved = await messageService.save(req.body);
          res.json(saved);
        });
      `,
    },
    {
      name: 'a catchAsync controller that answers 201',
      code: code`
        const catchAsync = require('../utils/catchAsync');
        exports.create = catchAsync(async (req, res) => {
          const tour = await Tour.create(req.body);
          res.status(201).json({ status: 'success', data: { tour } });
        });
      `,
    },
    {
      name: 'a POST that only reads is not a create',
      code: code`
        const express = require('express');
        const router = express.Router();
        router.post('/reports', async (req, res) => {
          const rows = await Order.find({ createdAt: { $gte: req.body.from } });
          res.json(rows);
        });
      `,
    },
  ],
  invalid: [
    {
      name: 'a helper written inside a POST handler creates for that handler\'s route',
      code: code`
        const express = require('express');
        const router = express.Router();
        router.post('/comments', (req, res) => {
          save(req, res);
          async function save(request, response) {
            const comment = await Comment.create(request.body);
            response.json(comment);
          }
        });
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'Comment.create' },
          line: 7,
          column: 5,
          endLine: 7,
          endColumn: 27,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              output: code`
                const express = require('express');
                const router = express.Router();
                router.post('/comments', (req, res) => {
                  save(req, res);
                  async function save(request, response) {
                    const comment = await Comment.create(request.body);
                    response.status(201).json(comment);
                  }
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a comment pushed into its post and saved with it is a new record: POST /posts/:id/comments answers 200',
      code: code`
        const router = require('express').Router();
        router.post('/posts/:id/comments', async (req, res) => {
          const post = await Post.findById(req.params.id);
          if (!post) return res.status(404).json({ message: 'Post not found' });
          const comment = { text: req.body.text, author: req.user.id };
          post.comments.push(comment);
          await post.save();
          res.json(post.comments.at(-1));
        });
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'post.comments.push' },
          line: 8,
          column: 3,
          endLine: 8,
          endColumn: 33,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              output: code`
                const router = require('express').Router();
                router.post('/posts/:id/comments', async (req, res) => {
                  const post = await Post.findById(req.params.id);
                  if (!post) return res.status(404).json({ message: 'Post not found' });
                  const comment = { text: req.body.text, author: req.user.id };
                  post.comments.push(comment);
                  await post.save();
                  res.status(201).json(post.comments.at(-1));
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a controller named noun first (userCreate, bookinstance_create_post) goes by its name as createUser does',
      code: code`
        exports.userCreate = async (req, res) => {
          const user = await User.create(req.body);
          res.json(user);
        };
        exports.bookinstance_create_post = async (req, res) => {
          const instance = await BookInstance.create({ book: req.body.book, imprint: req.body.imprint });
          res.json(instance);
        };
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'User.create' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 17,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              output: code`
                exports.userCreate = async (req, res) => {
                  const user = await User.create(req.body);
                  res.status(201).json(user);
                };
                exports.bookinstance_create_post = async (req, res) => {
                  const instance = await BookInstance.create({ book: req.body.book, imprint: req.body.imprint });
                  res.json(instance);
                };
              `,
            },
          ],
        },
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'BookInstance.create' },
          line: 7,
          column: 3,
          endLine: 7,
          endColumn: 21,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              output: code`
                exports.userCreate = async (req, res) => {
                  const user = await User.create(req.body);
                  res.json(user);
                };
                exports.bookinstance_create_post = async (req, res) => {
                  const instance = await BookInstance.create({ book: req.body.book, imprint: req.body.imprint });
                  res.status(201).json(instance);
                };
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a created record answered under a message key ({ message } after Message.create) is still a create',
      code: code`
        const express = require('express');
        const app = express();
        app.post('/rooms/:id/messages', async (req, res) => {
          const message = await Message.create({ room: req.params.id, text: req.body.text });
          res.json({ message });
        });
        app.post('/tasks', async (req, res) => {
          const { title, description } = req.body;
          const task = await Task.create({ title, description });
          res.json({ id: task.id, title, description });
        });
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'Message.create' },
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 24,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              output: code`
                const express = require('express');
                const app = express();
                app.post('/rooms/:id/messages', async (req, res) => {
                  const message = await Message.create({ room: req.params.id, text: req.body.text });
                  res.status(201).json({ message });
                });
                app.post('/tasks', async (req, res) => {
                  const { title, description } = req.body;
                  const task = await Task.create({ title, description });
                  res.json({ id: task.id, title, description });
                });
              `,
            },
          ],
        },
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'Task.create' },
          line: 10,
          column: 3,
          endLine: 10,
          endColumn: 48,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              output: code`
                const express = require('express');
                const app = express();
                app.post('/rooms/:id/messages', async (req, res) => {
                  const message = await Message.create({ room: req.params.id, text: req.body.text });
                  res.json({ message });
                });
                app.post('/tasks', async (req, res) => {
                  const { title, description } = req.body;
                  const task = await Task.create({ title, description });
                  res.status(201).json({ id: task.id, title, description });
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a plain JS controller named create answers POST: its default 200 is reported',
      code: code`
        const catchAsync = require('../utils/catchAsync');
        exports.create = catchAsync(async (req, res) => {
          const tour = await Tour.create(req.body);
          res.json({ status: 'success', data: { tour } });
        });
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'Tour.create' },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 50,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              output: code`
                const catchAsync = require('../utils/catchAsync');
                exports.create = catchAsync(async (req, res) => {
                  const tour = await Tour.create(req.body);
                  res.status(201).json({ status: 'success', data: { tour } });
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'add() on a collection reached through a store (db.lists.add) still creates',
      code: code`
        const express = require('express');
        const router = express.Router();
        router.post('/lists', async (req, res) => {
          const list = await db.lists.add(req.body);
          res.json(list);
        });
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'db.lists.add' },
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 17,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              data: {},
              output: code`
                const express = require('express');
                const router = express.Router();
                router.post('/lists', async (req, res) => {
                  const list = await db.lists.add(req.body);
                  res.status(201).json(list);
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a create named for what it belongs to (createForCheck) is still a create',
      code: code`
        var express = require('express');
        var app = express();
        app.post('/pings', function (req, res) {
          Ping.createForCheck(req.body.status, function (err, ping) {
            res.json(ping);
          });
        });
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'Ping.createForCheck' },
          line: 5,
          column: 5,
          endLine: 5,
          endColumn: 19,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              data: {},
              output: code`
                var express = require('express');
                var app = express();
                app.post('/pings', function (req, res) {
                  Ping.createForCheck(req.body.status, function (err, ping) {
                    res.status(201).json(ping);
                  });
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a router mounted under /api/tours creates with a wrapped handler',
      code: code`
        const express = require('express');
        const catchAsync = require('../utils/catchAsync');
        const app = express();
        const router = express.Router();
        router.post('/', catchAsync(async (req, res) => {
          const tour = await Tour.create(req.body);
          res.json({ status: 'success', data: { tour } });
        }));
        app.use('/api/tours', router);
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'Tour.create' },
          line: 7,
          column: 3,
          endLine: 7,
          endColumn: 50,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              data: {},
              output: code`
                const express = require('express');
                const catchAsync = require('../utils/catchAsync');
                const app = express();
                const router = express.Router();
                router.post('/', catchAsync(async (req, res) => {
                  const tour = await Tour.create(req.body);
                  res.status(201).json({ status: 'success', data: { tour } });
                }));
                app.use('/api/tours', router);
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a push into a module-level store, inside a req.method check of app.all',
      code: code`
        const express = require('express');
        const app = express();
        const items = [];
        app.all('/items', (req, res) => {
          if (req.method === 'POST') {
            items.push(req.body);
            return res.json(req.body);
          }
          res.json(items);
        });
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'items.push' },
          line: 7,
          column: 12,
          endLine: 7,
          endColumn: 30,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              data: {},
              output: code`
                const express = require('express');
                const app = express();
                const items = [];
                app.all('/items', (req, res) => {
                  if (req.method === 'POST') {
                    items.push(req.body);
                    return res.status(201).json(req.body);
                  }
                  res.json(items);
                });
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a const handler in a middleware chain',
      code: code`
        const { Router } = require('express');
        const router = Router();
        const addComment = async (req, res) => {
          const comment = await Comment.create({ ...req.body, post: req.params.id });
          res.send(comment);
        };
        router.post('/posts/:id/comments', auth, validate(commentSchema), addComment);
        module.exports = router;
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'Comment.create' },
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 20,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              data: {},
              output: code`
                const { Router } = require('express');
                const router = Router();
                const addComment = async (req, res) => {
                  const comment = await Comment.create({ ...req.body, post: req.params.id });
                  res.status(201).send(comment);
                };
                router.post('/posts/:id/comments', auth, validate(commentSchema), addComment);
                module.exports = router;
              `,
            },
          ],
        },
      ],
    },
  ],
});
