import rule from '../../../src/rules/require-created-status.js';
import { code } from '../../support/code.js';
import { jsRuleTester, ruleTester, strict } from '../../support/rule-tester.js';

ruleTester.run('require-created-status (Next.js Pages API, TypeScript)', rule, {
  assertionOptions: strict,
  valid: [
    {
      name: 'a stats snapshot the server also takes on a timer is bookkeeping, not a resource',
      filename: 'pages/api/stats.ts',
      code: code`
        import type { NextApiRequest, NextApiResponse } from 'next';
        export default async function handler(req: NextApiRequest, res: NextApiResponse) {
          if (req.method === 'POST') {
            const snapshot = await prisma.stats.create({ data: { data: await computeStats(prisma) } });
            return res.json(snapshot);
          }
          return res.json(await prisma.stats.findMany());
        }
      `,
    },
    {
      name: 'a POST branch that creates and answers res.status(201) is correct',
      filename: 'pages/api/users.ts',
      code: code`
        import type { NextApiRequest, NextApiResponse } from 'next';
        export default async function handler(req: NextApiRequest, res: NextApiResponse) {
          if (req.method === 'POST') {
            const user = await prisma.user.create({ data: req.body });
            return res.status(201).json(user);
          }
          res.json(await prisma.user.findMany());
        }
      `,
    },
    {
      name: 'a switch where GET answers 200 and POST answers 201 is correct',
      filename: 'src/pages/api/posts/index.ts',
      code: code`
        import type { NextApiRequest, NextApiResponse } from 'next';
        export default async function handler(req: NextApiRequest, res: NextApiResponse) {
          switch (req.method) {
            case 'GET':
              await db.view.create({ data: { page: 'posts' } });
              return res.status(200).json(await db.post.findMany());
            case 'POST':
              return res.status(201).json(await db.post.create({ data: req.body }));
            default:
              res.setHeader('Allow', ['GET', 'POST']);
              return res.status(405).end();
          }
        }
      `,
    },
    {
      name: 'a handler that never checks req.method may answer any method, so it is not checked',
      filename: 'pages/api/visits.ts',
      code: code`
        import type { NextApiRequest, NextApiResponse } from 'next';
        export default async function handler(req: NextApiRequest, res: NextApiResponse) {
          const visit = await db.visit.create({ data: { path: req.url } });
          res.json(visit);
        }
      `,
    },
    {
      name: 'a login route answers 200 by design even when it creates a session',
      filename: 'pages/api/auth/login.ts',
      code: code`
        import type { NextApiRequest, NextApiResponse } from 'next';
        export default async function handler(req: NextApiRequest, res: NextApiResponse) {
          if (req.method !== 'POST') return res.status(405).end();
          const session = await db.session.create({ data: { userId: req.body.userId } });
          res.json({ token: session.token });
        }
      `,
    },
    {
      name: 'after a guard that lets only GET through, a create is not a POST',
      filename: 'pages/api/report.ts',
      code: code`
        import type { NextApiRequest, NextApiResponse } from 'next';
        export default async function handler(req: NextApiRequest, res: NextApiResponse) {
          if (req.method !== 'GET') {
            return res.status(405).json({ error: 'Method not allowed' });
          }
          const report = await db.report.create({ data: {} });
          res.json(report);
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'a status chained into an earlier send without return is that send\'s: the create after it still answers 200',
      filename: 'pages/api/users.ts',
      code: code`
        import type { NextApiRequest, NextApiResponse } from 'next';
        export default async function handler(req: NextApiRequest, res: NextApiResponse) {
          if (req.method !== 'POST') return res.status(405).end();
          const { email } = req.body;
          if (!email) {
            res.status(400).json({ error: 'Email is required' });
          }
          const user = await prisma.user.create({ data: { email } });
          return res.json(user);
        }
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'prisma.user.create' },
          line: 9,
          column: 10,
          endLine: 9,
          endColumn: 24,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              output: code`
                import type { NextApiRequest, NextApiResponse } from 'next';
                export default async function handler(req: NextApiRequest, res: NextApiResponse) {
                  if (req.method !== 'POST') return res.status(405).end();
                  const { email } = req.body;
                  if (!email) {
                    res.status(400).json({ error: 'Email is required' });
                  }
                  const user = await prisma.user.create({ data: { email } });
                  return res.status(201).json(user);
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'the message names the create the answer carries, not an earlier one on a branch',
      filename: 'pages/api/updates.ts',
      code: code`
        import type { NextApiRequest, NextApiResponse } from 'next';
        export default async function handler(req: NextApiRequest, res: NextApiResponse) {
          if (req.method !== 'POST') return res.status(405).end();
          let video = null;
          if (req.body.videoUrl) video = await mux.assets.create({ input: req.body.videoUrl });
          const update = await prisma.update.create({ data: { text: req.body.text, videoId: video?.id } });
          res.json(update);
        }
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'prisma.update.create' },
          line: 7,
          column: 3,
          endLine: 7,
          endColumn: 19,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              output: code`
                import type { NextApiRequest, NextApiResponse } from 'next';
                export default async function handler(req: NextApiRequest, res: NextApiResponse) {
                  if (req.method !== 'POST') return res.status(405).end();
                  let video = null;
                  if (req.body.videoUrl) video = await mux.assets.create({ input: req.body.videoUrl });
                  const update = await prisma.update.create({ data: { text: req.body.text, videoId: video?.id } });
                  res.status(201).json(update);
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'an SSO connection the route stores is a resource, unlike a database connection',
      filename: 'pages/api/v1/sso/index.ts',
      code: code`
        import type { NextApiRequest, NextApiResponse } from 'next';
        export default async function handler(req: NextApiRequest, res: NextApiResponse) {
          if (req.method === 'POST') {
            const pool = await createPostgresConnection(env.DATABASE_URL);
            res.json(await connections.createSAMLConnection(pool, req.body));
          }
        }
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'connections.createSAMLConnection' },
          line: 5,
          column: 5,
          endLine: 5,
          endColumn: 69,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              data: {},
              output: code`
                import type { NextApiRequest, NextApiResponse } from 'next';
                export default async function handler(req: NextApiRequest, res: NextApiResponse) {
                  if (req.method === 'POST') {
                    const pool = await createPostgresConnection(env.DATABASE_URL);
                    res.status(201).json(await connections.createSAMLConnection(pool, req.body));
                  }
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a next-connect router.post handler in an API route file knows its method from the call',
      filename: 'pages/api/users.ts',
      code: code`
        import type { NextApiRequest, NextApiResponse } from 'next';
        import { createRouter } from 'next-connect';

        const router = createRouter<NextApiRequest, NextApiResponse>();

        router.get(async (req, res) => {
          res.json(await db.user.findMany());
        });

        router.post(async (req, res) => {
          const user = await db.user.create({ data: req.body });
          res.json(user);
        });

        export default router.handler();
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'db.user.create' },
          line: 12,
          column: 3,
          endLine: 12,
          endColumn: 17,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              output: code`
                import type { NextApiRequest, NextApiResponse } from 'next';
                import { createRouter } from 'next-connect';

                const router = createRouter<NextApiRequest, NextApiResponse>();

                router.get(async (req, res) => {
                  res.json(await db.user.findMany());
                });

                router.post(async (req, res) => {
                  const user = await db.user.create({ data: req.body });
                  res.status(201).json(user);
                });

                export default router.handler();
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a GET case that returns from both try and catch does not fall through into the POST case',
      filename: 'pages/api/projects/index.ts',
      code: code`
        import type { NextApiRequest, NextApiResponse } from 'next';
        export default async function handler(req: NextApiRequest, res: NextApiResponse) {
          switch (req.method) {
            case 'GET':
              try {
                return res.json(await db.project.findMany());
              } catch {
                return res.status(500).json({ error: 'Could not list projects' });
              }
            case 'POST': {
              const project = await db.project.create({ data: req.body });
              return res.json(project);
            }
            default:
              return res.status(405).end();
          }
        }
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'db.project.create' },
          line: 12,
          column: 14,
          endLine: 12,
          endColumn: 31,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              output: code`
                import type { NextApiRequest, NextApiResponse } from 'next';
                export default async function handler(req: NextApiRequest, res: NextApiResponse) {
                  switch (req.method) {
                    case 'GET':
                      try {
                        return res.json(await db.project.findMany());
                      } catch {
                        return res.status(500).json({ error: 'Could not list projects' });
                      }
                    case 'POST': {
                      const project = await db.project.create({ data: req.body });
                      return res.status(201).json(project);
                    }
                    default:
                      return res.status(405).end();
                  }
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a POST branch that creates and answers res.json(user) answers 200 OK',
      filename: 'pages/api/users.ts',
      code: code`
        import type { NextApiRequest, NextApiResponse } from 'next';
        export default async function handler(req: NextApiRequest, res: NextApiResponse) {
          if (req.method === 'POST') {
            const user = await prisma.user.create({ data: req.body });
            return res.json(user);
          }
          res.json(await prisma.user.findMany());
        }
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'prisma.user.create' },
          line: 5,
          column: 12,
          endLine: 5,
          endColumn: 26,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              output: code`
                import type { NextApiRequest, NextApiResponse } from 'next';
                export default async function handler(req: NextApiRequest, res: NextApiResponse) {
                  if (req.method === 'POST') {
                    const user = await prisma.user.create({ data: req.body });
                    return res.status(201).json(user);
                  }
                  res.json(await prisma.user.findMany());
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'after an early 405 for other methods, the rest of the handler is POST only',
      filename: 'pages/api/comments.ts',
      code: code`
        import type { NextApiRequest, NextApiResponse } from 'next';
        export default async function handler(req: NextApiRequest, res: NextApiResponse) {
          if (req.method !== 'POST') {
            res.setHeader('Allow', 'POST');
            return res.status(405).end();
          }
          const comment = await db.comment.create({ data: req.body });
          res.json(comment);
        }
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'db.comment.create' },
          line: 8,
          column: 3,
          endLine: 8,
          endColumn: 20,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              output: code`
                import type { NextApiRequest, NextApiResponse } from 'next';
                export default async function handler(req: NextApiRequest, res: NextApiResponse) {
                  if (req.method !== 'POST') {
                    res.setHeader('Allow', 'POST');
                    return res.status(405).end();
                  }
                  const comment = await db.comment.create({ data: req.body });
                  res.status(201).json(comment);
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'after an unbraced 405 guard, the rest is POST only and answers the default 200',
      filename: 'pages/api/comments.ts',
      code: code`
        import type { NextApiRequest, NextApiResponse } from 'next';
        export default async function handler(req: NextApiRequest, res: NextApiResponse) {
          if (req.method !== 'POST') return res.status(405).end();
          const comment = await db.comment.create({ data: req.body });
          res.json(comment);
        }
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'db.comment.create' },
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 20,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              output: code`
                import type { NextApiRequest, NextApiResponse } from 'next';
                export default async function handler(req: NextApiRequest, res: NextApiResponse) {
                  if (req.method !== 'POST') return res.status(405).end();
                  const comment = await db.comment.create({ data: req.body });
                  res.status(201).json(comment);
                }
              `,
            },
          ],
        },
      ],
    },
  ],
});

jsRuleTester.run('require-created-status (Next.js Pages API, JavaScript)', rule, {
  assertionOptions: strict,
  valid: [
    {
      name: 'a helper called from the POST case that answers 201 is correct',
      filename: 'pages/api/todos.js',
      code: code`
        async function createTodo(req, res) {
          res.status(201).json(await db.todo.create({ data: req.body }));
        }
        export default async function handler(req, res) {
          const { method } = req;
          switch (method) {
            case 'POST':
              return createTodo(req, res);
            default:
              return res.status(405).end();
          }
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'a helper called from the POST case of switch (method) answers 200 OK',
      filename: 'pages/api/todos.js',
      code: code`
        async function addTodo(req, res) {
          const todo = await db.todo.create({ data: req.body });
          res.json(todo);
        }
        export default async function handler(req, res) {
          const { method } = req;
          switch (method) {
            case 'GET':
              return res.json(await db.todo.findMany());
            case 'POST':
              return addTodo(req, res);
            default:
              return res.status(405).end();
          }
        }
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'db.todo.create' },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 17,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              output: code`
                async function addTodo(req, res) {
                  const todo = await db.todo.create({ data: req.body });
                  res.status(201).json(todo);
                }
                export default async function handler(req, res) {
                  const { method } = req;
                  switch (method) {
                    case 'GET':
                      return res.json(await db.todo.findMany());
                    case 'POST':
                      return addTodo(req, res);
                    default:
                      return res.status(405).end();
                  }
                }
              `,
            },
          ],
        },
      ],
    },
  ],
});
