import rule from '../../../src/rules/require-error-status.js';
import { code } from '../../support/code.js';
import { jsRuleTester, ruleTester, strict } from '../../support/rule-tester.js';

ruleTester.run('require-error-status (Next.js Pages API, TypeScript)', rule, {
  assertionOptions: strict,
  valid: [
    {
      name: 'a comment says the 200 is a fallback the page degrades to gracefully, though its message names the upstream 403',
      filename: 'pages/api/allcontributors/index.ts',
      code: code`
        import type { NextApiRequest, NextApiResponse } from 'next';
        export default async function handler(req: NextApiRequest, res: NextApiResponse) {
          const result = await fetchContributors();
          if (result.ok === false && result.status === 403) {
            // Return a safe empty response (200) with a short message so front-end can degrade gracefully
            return res.status(200).json({ contributors: [], message: 'GitHub API returned 403 (forbidden). Data temporarily unavailable.' });
          }
          return res.status(200).json(result.data);
        }
      `,
    },
    {
      name: 'a probe answers a state that may be false, even from its catch; a flag false outside a catch is an answer',
      filename: 'pages/api/game-server.ts',
      code: code`
        import type { NextApiRequest, NextApiResponse } from 'next';
        export default async function handler(req: NextApiRequest, res: NextApiResponse) {
          if (!req.body.paths) return res.json({ revalidated: false, reason: 'nothing to rebuild' });
          try {
            const info = await probeServer(String(req.query.host));
            res.status(200).send({ online: true, players: info.players });
          } catch (error) {
            res.status(200).send({ online: false });
          }
        }
      `,
    },
    {
      name: 'a webhook helper in a webhooks folder answers 200 to failures so Stripe does not retry',
      filename: 'ee/stripe/webhooks/subscription-deleted.ts',
      code: code`
        import type { NextApiResponse } from 'next';
        export async function subscriptionDeleted(event: { id: string }, res: NextApiResponse) {
          try {
            await resetTeam(event.id);
          } catch (error) {
            return res.status(200).send('Error processing subscription deletion webhook.');
          }
          return res.status(200).send('ok');
        }
      `,
    },
    {
      name: 'a job status that copies the job error field, present only when it failed, is data',
      filename: 'pages/api/exports/[id].ts',
      code: code`
        import type { NextApiRequest, NextApiResponse } from 'next';
        export default async function handler(req: NextApiRequest, res: NextApiResponse) {
          const job = await getJob(req.query.id as string);
          if (!job) return res.status(404).json({ error: 'Job not found' });
          return res.status(200).json({
            id: job.id,
            state: job.state,
            error: job.state === 'FAILED' ? job.error : undefined,
            lastError: job.lastError,
          });
        }
      `,
    },
    {
      name: 'a check- route answers a negative result with 200 on purpose',
      filename: 'pages/api/docs/check-notion-accessibility.ts',
      code: code`
        import type { NextApiRequest, NextApiResponse } from 'next';
        export default async function handler(req: NextApiRequest, res: NextApiResponse) {
          const pageId = parsePageId(req.query.url as string);
          if (!pageId) {
            return res.status(200).json({ isAccessible: false, error: 'Notion page URL is not valid' });
          }
          return res.status(200).json({ isAccessible: true });
        }
      `,
    },
    {
      name: 'a not-found guard that answers res.status(404) is correct',
      filename: 'pages/api/users/[id].ts',
      code: code`
        import type { NextApiRequest, NextApiResponse } from 'next';
        export default async function handler(req: NextApiRequest, res: NextApiResponse) {
          const user = await db.user.findUnique({ where: { id: String(req.query.id) } });
          if (!user) return res.status(404).json({ error: 'User not found' });
          res.status(200).json(user);
        }
      `,
    },
    {
      name: 'a 405 answer for other methods is an error status',
      filename: 'pages/api/contact.ts',
      code: code`
        import type { NextApiRequest, NextApiResponse } from 'next';
        export default async function handler(req: NextApiRequest, res: NextApiResponse) {
          if (req.method !== 'POST') {
            res.setHeader('Allow', 'POST');
            return res.status(405).json({ error: 'Method not allowed' });
          }
          await sendMail(req.body);
          res.json({ ok: true });
        }
      `,
    },
    {
      name: 'res.statusCode = 500 before the send sets the status',
      filename: 'pages/api/sync.ts',
      code: code`
        import type { NextApiRequest, NextApiResponse } from 'next';
        export default async function handler(req: NextApiRequest, res: NextApiResponse) {
          try {
            await sync();
            res.json({ ok: true });
          } catch (error) {
            res.statusCode = 500;
            res.json({ error: 'Sync failed' });
          }
        }
      `,
    },
    {
      name: 'a message in a success branch is not an error',
      filename: 'pages/api/newsletter.ts',
      code: code`
        import type { NextApiRequest, NextApiResponse } from 'next';
        export default async function handler(req: NextApiRequest, res: NextApiResponse) {
          const subscribed = await subscribe(req.body.email);
          if (subscribed) return res.json({ message: 'Thanks for subscribing' });
          res.status(409).json({ message: 'Already subscribed' });
        }
      `,
    },
    {
      name: 'isNull(x) and isNil(x) test absence: the arm where the rows are there echoes { data, error }',
      filename: 'pages/api/views.ts',
      code: code`
        import type { NextApiRequest, NextApiResponse } from 'next';
        import isNull from 'lodash/isNull';
        import { isNil } from 'lodash';
        export default async function handler(req: NextApiRequest, res: NextApiResponse) {
          const { data: rows, error } = await store.views(String(req.query.id));
          if (!isNull(rows)) {
            res.status(200).json({ data: rows, error });
          } else {
            res.status(500).json({ data: null, error });
          }
          if (isNil(rows)) {
            res.status(500).json({ data: null, error });
          } else {
            res.json({ data: rows, error });
          }
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'a refusal in the default of a switch whose cases answer the values it expects',
      filename: 'pages/api/users.ts',
      code: code`
        import type { NextApiRequest, NextApiResponse } from 'next';
        export default async function users(req: NextApiRequest, res: NextApiResponse) {
          switch (req.query.type) {
            case 'recent':
              return res.status(200).json(await recentUsers());
            case 'top':
              return res.status(200).json(await topUsers());
            default:
              return res.send('Invalid type');
          }
        }
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 400 },
          line: 9,
          column: 14,
          endLine: 9,
          endColumn: 38,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 400, phrase: 'Bad Request' },
              output: code`
                import type { NextApiRequest, NextApiResponse } from 'next';
                export default async function users(req: NextApiRequest, res: NextApiResponse) {
                  switch (req.query.type) {
                    case 'recent':
                      return res.status(200).json(await recentUsers());
                    case 'top':
                      return res.status(200).json(await topUsers());
                    default:
                      return res.status(400).send('Invalid type');
                  }
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a catch that answers the flag of the failed action as false goes out as 200 OK',
      filename: 'pages/api/revalidate.ts',
      code: code`
        import type { NextApiRequest, NextApiResponse } from 'next';
        export default async function handler(req: NextApiRequest, res: NextApiResponse) {
          try {
            await res.revalidate('/');
            return res.json({ revalidated: true });
          } catch (error) {
            return res.json({ revalidated: false });
          }
        }
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 500 },
          line: 7,
          column: 12,
          endLine: 7,
          endColumn: 44,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 500, phrase: 'Internal Server Error' },
              output: code`
                import type { NextApiRequest, NextApiResponse } from 'next';
                export default async function handler(req: NextApiRequest, res: NextApiResponse) {
                  try {
                    await res.revalidate('/');
                    return res.json({ revalidated: true });
                  } catch (error) {
                    return res.status(500).json({ revalidated: false });
                  }
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'isNull(user) guards a missing record like !user',
      filename: 'pages/api/users/[id].ts',
      code: code`
        import type { NextApiRequest, NextApiResponse } from 'next';
        import { isNull } from 'lodash';
        export default async function handler(req: NextApiRequest, res: NextApiResponse) {
          const user = await db.user.findUnique({ where: { id: String(req.query.id) } });
          if (isNull(user)) return res.json({ error: 'User not found' });
          res.json(user);
        }
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 404 },
          line: 5,
          column: 28,
          endLine: 5,
          endColumn: 65,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 404, phrase: 'Not Found' },
              output: code`
                import type { NextApiRequest, NextApiResponse } from 'next';
                import { isNull } from 'lodash';
                export default async function handler(req: NextApiRequest, res: NextApiResponse) {
                  const user = await db.user.findUnique({ where: { id: String(req.query.id) } });
                  if (isNull(user)) return res.status(404).json({ error: 'User not found' });
                  res.json(user);
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a not-found guard that answers res.json({ error }) goes out as 200 OK',
      filename: 'pages/api/users/[id].ts',
      code: code`
        import type { NextApiRequest, NextApiResponse } from 'next';
        export default async function handler(req: NextApiRequest, res: NextApiResponse) {
          const user = await db.user.findUnique({ where: { id: String(req.query.id) } });
          if (!user) return res.json({ error: 'User not found' });
          res.json(user);
        }
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 404 },
          line: 4,
          column: 21,
          endLine: 4,
          endColumn: 58,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 404, phrase: 'Not Found' },
              output: code`
                import type { NextApiRequest, NextApiResponse } from 'next';
                export default async function handler(req: NextApiRequest, res: NextApiResponse) {
                  const user = await db.user.findUnique({ where: { id: String(req.query.id) } });
                  if (!user) return res.status(404).json({ error: 'User not found' });
                  res.json(user);
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a catch block that answers res.status(200) sends the error as a success',
      filename: 'pages/api/sync.ts',
      code: code`
        import type { NextApiRequest, NextApiResponse } from 'next';
        export default async function handler(req: NextApiRequest, res: NextApiResponse) {
          try {
            await sync();
            res.json({ ok: true });
          } catch (err) {
            res.status(200).json({ error: err.message });
          }
        }
      `,
      errors: [
        {
          messageId: 'errorWithSuccessStatus',
          data: { code: 200, suggested: 500 },
          line: 7,
          column: 5,
          endLine: 7,
          endColumn: 49,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 500, phrase: 'Internal Server Error' },
              output: code`
                import type { NextApiRequest, NextApiResponse } from 'next';
                export default async function handler(req: NextApiRequest, res: NextApiResponse) {
                  try {
                    await sync();
                    res.json({ ok: true });
                  } catch (err) {
                    res.status(500).json({ error: err.message });
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

jsRuleTester.run('require-error-status (Next.js Pages API, JavaScript)', rule, {
  assertionOptions: strict,
  valid: [
    {
      name: 'an auth guard that answers res.status(401).send(message) is correct',
      filename: 'pages/api/me.js',
      code: code`
        export default async function handler(req, res) {
          const session = await getSession({ req });
          if (!session) return res.status(401).send('Unauthorized');
          res.json(session.user);
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'an auth guard that answers res.send(message) goes out as 200 OK',
      filename: 'pages/api/me.js',
      code: code`
        export default async function handler(req, res) {
          const session = await getSession({ req });
          if (!session) return res.send('Unauthorized');
          res.json(session.user);
        }
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 401 },
          line: 3,
          column: 24,
          endLine: 3,
          endColumn: 48,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 401, phrase: 'Unauthorized' },
              output: code`
                export default async function handler(req, res) {
                  const session = await getSession({ req });
                  if (!session) return res.status(401).send('Unauthorized');
                  res.json(session.user);
                }
              `,
            },
          ],
        },
      ],
    },
  ],
});
