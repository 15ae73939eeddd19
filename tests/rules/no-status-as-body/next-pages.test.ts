import rule from '../../../src/rules/no-status-as-body.js';
import { code } from '../../support/code.js';
import { jsRuleTester, ruleTester, strict } from '../../support/rule-tester.js';

const JSON_NUMBER = 'Next.js answers 200 OK with the number as a JSON body';

ruleTester.run('no-status-as-body (Next.js Pages API, TypeScript)', rule, {
  assertionOptions: strict,
  valid: [
    {
      name: 'res.status(404).end() answers with the status',
      filename: 'pages/api/users/[id].ts',
      code: code`
        import type { NextApiRequest, NextApiResponse } from 'next';
        export default async function handler(req: NextApiRequest, res: NextApiResponse) {
          const user = await findUser(String(req.query.id));
          if (!user) return res.status(404).end();
          res.json(user);
        }
      `,
    },
    {
      name: 'a number inside a JSON object is data',
      filename: 'pages/api/health.ts',
      code: code`
        import type { NextApiRequest, NextApiResponse } from 'next';
        export default function handler(req: NextApiRequest, res: NextApiResponse) {
          res.status(503).json({ status: 503, retryAfter: 30 });
        }
      `,
    },
    {
      name: 'a count read at run time is data, not a status',
      filename: 'pages/api/users/count.ts',
      code: code`
        import type { NextApiRequest, NextApiResponse } from 'next';
        export default async function handler(req: NextApiRequest, res: NextApiResponse) {
          res.json(await db.user.count());
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'res.send(404) answers 200 OK with the number as JSON',
      filename: 'pages/api/users/[id].ts',
      code: code`
        import type { NextApiRequest, NextApiResponse } from 'next';
        export default async function handler(req: NextApiRequest, res: NextApiResponse) {
          const user = await findUser(String(req.query.id));
          if (!user) return res.send(404);
          res.json(user);
        }
      `,
      errors: [
        {
          messageId: 'statusAsBody',
          data: { code: 404, effect: JSON_NUMBER },
          line: 4,
          column: 21,
          endLine: 4,
          endColumn: 34,
          suggestions: [
            {
              messageId: 'answerWithStatus',
              data: { code: 404, replacement: 'res.status(404).end()' },
              output: code`
                import type { NextApiRequest, NextApiResponse } from 'next';
                export default async function handler(req: NextApiRequest, res: NextApiResponse) {
                  const user = await findUser(String(req.query.id));
                  if (!user) return res.status(404).end();
                  res.json(user);
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'res.end(500) throws in Node, so the request fails with 500 by accident',
      filename: 'pages/api/jobs.ts',
      code: code`
        import type { NextApiRequest, NextApiResponse } from 'next';
        export default async function handler(req: NextApiRequest, res: NextApiResponse) {
          const ok = await runJobs();
          if (!ok) return res.end(500);
          res.status(204).end();
        }
      `,
      errors: [
        {
          messageId: 'statusAsBody',
          data: {
            code: 500,
            effect: 'Node throws a TypeError: `res.end()` takes a string or a Buffer, so the request fails with 500',
          },
          line: 4,
          column: 19,
          endLine: 4,
          endColumn: 31,
          suggestions: [
            {
              messageId: 'answerWithStatus',
              data: { code: 500, replacement: 'res.status(500).end()' },
              output: code`
                import type { NextApiRequest, NextApiResponse } from 'next';
                export default async function handler(req: NextApiRequest, res: NextApiResponse) {
                  const ok = await runJobs();
                  if (!ok) return res.status(500).end();
                  res.status(204).end();
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'return 404 from an API route sends nothing, and the request hangs',
      filename: 'pages/api/posts/[id].ts',
      code: code`
        import type { NextApiRequest, NextApiResponse } from 'next';
        export default async function handler(req: NextApiRequest, res: NextApiResponse) {
          const post = await findPost(String(req.query.id));
          if (!post) return 404;
          res.json(post);
        }
      `,
      errors: [
        {
          messageId: 'statusAsBody',
          data: {
            code: 404,
            effect:
              'Next.js ignores an API route\'s return value (in development it warns "API handler should not return a value"): nothing is sent, and the request hangs',
          },
          line: 4,
          column: 21,
          endLine: 4,
          endColumn: 24,
          suggestions: [
            {
              messageId: 'answerWithStatus',
              data: { code: 404, replacement: 'res.status(404).end()' },
              output: code`
                import type { NextApiRequest, NextApiResponse } from 'next';
                export default async function handler(req: NextApiRequest, res: NextApiResponse) {
                  const post = await findPost(String(req.query.id));
                  if (!post) return res.status(404).end();
                  res.json(post);
                }
              `,
            },
          ],
        },
      ],
    },
  ],
});

jsRuleTester.run('no-status-as-body (Next.js Pages API, JavaScript)', rule, {
  assertionOptions: strict,
  valid: [
    {
      name: 'res.status(401).json({ error }) answers with the status',
      filename: 'pages/api/me.js',
      code: code`
        export default function handler(req, res) {
          if (!req.headers.authorization) return res.status(401).json({ error: 'Unauthorized' });
          res.json({ ok: true });
        }
      `,
    },
    {
      name: 'res.status(400).json(400) already answers 400, so the number body is left alone',
      filename: 'pages/api/me.js',
      code: code`
        export default function handler(req, res) {
          if (!req.body) return res.status(400).json(400);
          res.json({ ok: true });
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'res.json(403) in a helper of the route answers 200 OK with the number as JSON',
      filename: 'pages/api/admin.js',
      code: code`
        function deny(req, res) {
          res.json(403);
        }
        export default function handler(req, res) {
          if (!req.headers.authorization) return deny(req, res);
          res.json({ ok: true });
        }
      `,
      errors: [
        {
          messageId: 'statusAsBody',
          data: { code: 403, effect: JSON_NUMBER },
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 16,
          suggestions: [
            {
              messageId: 'answerWithStatus',
              data: { code: 403, replacement: 'res.status(403).end()' },
              output: code`
                function deny(req, res) {
                  res.status(403).end();
                }
                export default function handler(req, res) {
                  if (!req.headers.authorization) return deny(req, res);
                  res.json({ ok: true });
                }
              `,
            },
          ],
        },
      ],
    },
  ],
});
