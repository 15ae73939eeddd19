import rule from '../../../src/rules/no-status-after-send.js';
import { code } from '../../support/code.js';
import { jsRuleTester, ruleTester, strict } from '../../support/rule-tester.js';

ruleTester.run('no-status-after-send (Next.js Pages API, TypeScript)', rule, {
  assertionOptions: strict,
  valid: [
    {
      name: 'method ifs that exclude each other in a try: the await of the GET arm cannot fail after the POST arm answered',
      filename: 'pages/api/projects/[id]/events.ts',
      code: code`
        import type { NextApiRequest, NextApiResponse } from 'next';
        export default async function handler(req: NextApiRequest, res: NextApiResponse) {
          try {
            if (req.method === 'POST') {
              const event = await prisma.event.create({ data: req.body });
              res.status(201).json(event);
            }
            if (req.method === 'GET') {
              const events = await prisma.event.findMany();
              res.status(200).json(events);
            }
          } catch (error) {
            res.status(500).json({ message: 'Something went wrong' });
          }
        }
      `,
    },
    {
      name: "two forms of one answer taken from the same call's result, each tested for being there, never both send",
      filename: 'pages/api/oauth/oidc.ts',
      code: code`
        import type { NextApiRequest, NextApiResponse } from 'next';
        export default async function handler(req: NextApiRequest, res: NextApiResponse) {
          const { redirect_url, response_form } = await authorize(req.query);
          if (redirect_url) {
            res.redirect(302, redirect_url);
          }
          if (response_form) {
            res.setHeader('Content-Type', 'text/html; charset=utf-8');
            res.send(response_form);
          }
        }
      `,
    },
    {
      name: 'a run of ifs that test one const against different literals sends once per request',
      filename: 'pages/api/inbox.ts',
      code: code`
        import type { NextApiRequest, NextApiResponse } from 'next';
        export default async function inbox(req: NextApiRequest, res: NextApiResponse) {
          const kind: string = req.body.kind;
          if (kind === 'event') {
            res.json(await handleEvent(req.body));
          }
          if (kind === 'text' || kind === 'voice') {
            res.json({ echo: req.body.text });
          }
          if ('image' === kind) {
            res.json({ stored: true });
          }
        }
      `,
    },
    {
      name: 'a method switch that returns each helper answer sends once per request',
      filename: 'pages/api/directories.ts',
      code: code`
        import type { NextApiRequest, NextApiResponse } from 'next';
        export default async function handler(req: NextApiRequest, res: NextApiResponse) {
          switch (req.method) {
            case 'GET':
              return handleGET(req, res);
            default:
              res.setHeader('Allow', 'GET');
              res.status(405).json({ error: 'Method not allowed' });
          }
        }
        const handleGET = async (req: NextApiRequest, res: NextApiResponse) => {
          res.json({ data: await listDirectories() });
        };
      `,
    },
    {
      name: 'a helper that answers only when the input is invalid, whose answer the caller checks',
      filename: 'pages/api/notes.ts',
      code: code`
        import type { NextApiRequest, NextApiResponse } from 'next';
        function validate(req: NextApiRequest, res: NextApiResponse) {
          if (!req.body.title) {
            res.status(400).json({ error: 'title is required' });
            return false;
          }
          return true;
        }
        export default async function handler(req: NextApiRequest, res: NextApiResponse) {
          if (!validate(req, res)) return;
          res.status(201).json(await saveNote(req.body));
        }
      `,
    },
    {
      name: 'a { data, error } result holds one or the other, so if (data) and if (error) never both send',
      filename: 'pages/api/directories.ts',
      code: code`
        import type { NextApiRequest, NextApiResponse } from 'next';
        export default async function handler(req: NextApiRequest, res: NextApiResponse) {
          const { data, error } = await directories.list(req.query.tenant as string);
          if (data) {
            res.json({ data });
          }
          if (error) {
            res.status(error.code).json({ error });
          }
        }
      `,
    },
    {
      name: 'a catch after a try whose arms each end with their send runs only before any send',
      filename: 'pages/api/saml/config.ts',
      code: code`
        import type { NextApiRequest, NextApiResponse } from 'next';
        export default async function handler(req: NextApiRequest, res: NextApiResponse) {
          try {
            if (req.method === 'POST') {
              res.json(await api.config(req.body));
            } else if (req.method === 'GET') {
              res.json(await api.getConfig(req.query));
            } else {
              throw { message: 'Method not allowed', statusCode: 405 };
            }
          } catch (err: any) {
            res.status(err.statusCode ?? 500).send(err.message);
          }
        }
      `,
    },
    {
      name: 'each method branch returns its send',
      filename: 'pages/api/users.ts',
      code: code`
        import type { NextApiRequest, NextApiResponse } from 'next';
        export default async function handler(req: NextApiRequest, res: NextApiResponse) {
          if (req.method === 'GET') {
            return res.json(await db.user.findMany());
          }
          if (req.method === 'POST') {
            return res.status(201).json(await db.user.create({ data: req.body }));
          }
          res.setHeader('Allow', ['GET', 'POST']);
          res.status(405).end();
        }
      `,
    },
    {
      name: 'switch cases that break after sending never send twice',
      filename: 'pages/api/posts/[id].ts',
      code: code`
        import type { NextApiRequest, NextApiResponse } from 'next';
        export default async function handler(req: NextApiRequest, res: NextApiResponse) {
          switch (req.method) {
            case 'GET':
              res.json(await db.post.findUnique({ where: { id: String(req.query.id) } }));
              break;
            case 'DELETE':
              await db.post.delete({ where: { id: String(req.query.id) } });
              res.status(204).end();
              break;
            default:
              res.status(405).end();
          }
        }
      `,
    },
    {
      name: 'a catch block runs only when the send in the try threw',
      filename: 'pages/api/sync.ts',
      code: code`
        import type { NextApiRequest, NextApiResponse } from 'next';
        export default async function handler(req: NextApiRequest, res: NextApiResponse) {
          try {
            res.json(await sync());
          } catch (error) {
            if (!res.headersSent) res.status(500).json({ error: 'Sync failed' });
          }
        }
      `,
    },
    {
      name: 'a helper that answers and then throws never goes back to its caller after answering',
      filename: 'pages/api/profiles/delete.ts',
      code: code`
        import type { NextApiRequest, NextApiResponse } from 'next';
        async function wipeLists(owner: string, res: NextApiResponse) {
          const { error } = await db.wipe('lists', owner);
          if (error) {
            res.status(500).json({ error: 'could not wipe lists' });
            throw new Error('lists');
          }
        }
        export default async function handler(req: NextApiRequest, res: NextApiResponse) {
          const owner = String(req.query.owner);
          await wipeLists(owner, res);
          res.status(200).json({ ok: true });
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'two fields of the request\'s input may both be there: a send under each, without a return, sends twice',
      filename: 'pages/api/preview.ts',
      code: code`
        import type { NextApiRequest, NextApiResponse } from 'next';
        export default async function handler(req: NextApiRequest, res: NextApiResponse) {
          const { html, markdown } = req.body;
          if (html) {
            res.send(renderHtml(html));
          }
          if (markdown) {
            res.send(renderMarkdown(markdown));
          }
        }
      `,
      errors: [
        {
          messageId: 'sendAfterSend',
          data: { line: 5, effect: 'Node throws ERR_HTTP_HEADERS_SENT ("Cannot set headers after they are sent to the client")' },
          line: 8,
          column: 5,
          endLine: 8,
          endColumn: 39,
          suggestions: [
            {
              messageId: 'returnAfterSend',
              data: { line: 5 },
              output: code`
                import type { NextApiRequest, NextApiResponse } from 'next';
                export default async function handler(req: NextApiRequest, res: NextApiResponse) {
                  const { html, markdown } = req.body;
                  if (html) {
                    return res.send(renderHtml(html));
                  }
                  if (markdown) {
                    res.send(renderMarkdown(markdown));
                  }
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a same-file helper that answers in both arms of an if/else answers on every path',
      filename: 'pages/api/oauth/authorize.ts',
      code: code`
        import type { NextApiRequest, NextApiResponse } from 'next';
        export default async function handler(req: NextApiRequest, res: NextApiResponse) {
          if (!enabled) {
            res.status(404).json({ error: 'Not Found' });
          }
          await handleAuthorize(req, res);
        }
        async function handleAuthorize(req: NextApiRequest, res: NextApiResponse) {
          const result = await authorize(req.query);
          if (result.redirectUrl) {
            res.redirect(302, result.redirectUrl);
          } else {
            res.json(result);
          }
        }
      `,
      errors: [
        {
          messageId: 'handOffAfterSend',
          data: { helper: 'handleAuthorize', line: 4, effect: 'Node throws ERR_HTTP_HEADERS_SENT ("Cannot set headers after they are sent to the client")' },
          line: 6,
          column: 9,
          endLine: 6,
          endColumn: 34,
          suggestions: [
            {
              messageId: 'returnAfterSend',
              data: { line: 4 },
              output: code`
                import type { NextApiRequest, NextApiResponse } from 'next';
                export default async function handler(req: NextApiRequest, res: NextApiResponse) {
                  if (!enabled) {
                    return res.status(404).json({ error: 'Not Found' });
                  }
                  await handleAuthorize(req, res);
                }
                async function handleAuthorize(req: NextApiRequest, res: NextApiResponse) {
                  const result = await authorize(req.query);
                  if (result.redirectUrl) {
                    res.redirect(302, result.redirectUrl);
                  } else {
                    res.json(result);
                  }
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a Pages API route that calls its badRequest(res, message) helper without a return',
      filename: 'pages/api/items.ts',
      code: code`
        import type { NextApiRequest, NextApiResponse } from 'next';
        function badRequest(res: NextApiResponse, message: string) {
          res.status(400).json({ error: message });
        }
        export default function handler(req: NextApiRequest, res: NextApiResponse) {
          if (!req.query.id) {
            badRequest(res, 'id is required');
          }
          res.json({ id: req.query.id });
        }
      `,
      errors: [
        {
          messageId: 'sendAfterHandOff',
          data: { helper: 'badRequest', line: 7, effect: 'Node throws ERR_HTTP_HEADERS_SENT ("Cannot set headers after they are sent to the client")' },
          line: 9,
          column: 3,
          endLine: 9,
          endColumn: 33,
          suggestions: [
            {
              messageId: 'returnAfterSend',
              data: { line: 7 },
              output: code`
                import type { NextApiRequest, NextApiResponse } from 'next';
                function badRequest(res: NextApiResponse, message: string) {
                  res.status(400).json({ error: message });
                }
                export default function handler(req: NextApiRequest, res: NextApiResponse) {
                  if (!req.query.id) {
                    return badRequest(res, 'id is required');
                  }
                  res.json({ id: req.query.id });
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'ifs on two different values may both send: each send without a return is reported',
      filename: 'pages/api/both.ts',
      code: code`
        import type { NextApiRequest, NextApiResponse } from 'next';
        export default async function both(req: NextApiRequest, res: NextApiResponse) {
          const { kind, mode } = req.body;
          if (kind === 'event') {
            res.json({ a: 1 });
          }
          if (mode === 'text') {
            res.json({ b: 2 });
          }
          if (kind === 'event' || kind === 'ping') {
            res.json({ c: 3 });
          }
        }
      `,
      errors: [
        {
          messageId: 'sendAfterSend',
          data: { line: 5, effect: 'Node throws ERR_HTTP_HEADERS_SENT ("Cannot set headers after they are sent to the client")' },
          line: 8,
          column: 5,
          endLine: 8,
          endColumn: 23,
          suggestions: [
            {
              messageId: 'returnAfterSend',
              data: { line: 5 },
              output: code`
                import type { NextApiRequest, NextApiResponse } from 'next';
                export default async function both(req: NextApiRequest, res: NextApiResponse) {
                  const { kind, mode } = req.body;
                  if (kind === 'event') {
                    return res.json({ a: 1 });
                  }
                  if (mode === 'text') {
                    res.json({ b: 2 });
                  }
                  if (kind === 'event' || kind === 'ping') {
                    res.json({ c: 3 });
                  }
                }
              `,
            },
          ],
        },
        {
          messageId: 'sendAfterSend',
          data: { line: 8, effect: 'Node throws ERR_HTTP_HEADERS_SENT ("Cannot set headers after they are sent to the client")' },
          line: 11,
          column: 5,
          endLine: 11,
          endColumn: 23,
          suggestions: [
            {
              messageId: 'returnAfterSend',
              data: { line: 8 },
              output: code`
                import type { NextApiRequest, NextApiResponse } from 'next';
                export default async function both(req: NextApiRequest, res: NextApiResponse) {
                  const { kind, mode } = req.body;
                  if (kind === 'event') {
                    res.json({ a: 1 });
                  }
                  if (mode === 'text') {
                    return res.json({ b: 2 });
                  }
                  if (kind === 'event' || kind === 'ping') {
                    res.json({ c: 3 });
                  }
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a literal both tests allow lets both sends run',
      filename: 'pages/api/relay.ts',
      code: code`
        import type { NextApiRequest, NextApiResponse } from 'next';
        export default async function relay(req: NextApiRequest, res: NextApiResponse) {
          const kind: string = req.body.kind;
          if (kind === 'event' || kind === 'ping') {
            res.json({ seen: true });
          }
          if (kind === 'ping') {
            res.json({ pong: true });
          }
        }
      `,
      errors: [
        {
          messageId: 'sendAfterSend',
          data: { line: 5, effect: 'Node throws ERR_HTTP_HEADERS_SENT ("Cannot set headers after they are sent to the client")' },
          line: 8,
          column: 5,
          endLine: 8,
          endColumn: 29,
          suggestions: [
            {
              messageId: 'returnAfterSend',
              data: { line: 5 },
              output: code`
                import type { NextApiRequest, NextApiResponse } from 'next';
                export default async function relay(req: NextApiRequest, res: NextApiResponse) {
                  const kind: string = req.body.kind;
                  if (kind === 'event' || kind === 'ping') {
                    return res.json({ seen: true });
                  }
                  if (kind === 'ping') {
                    res.json({ pong: true });
                  }
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a helper that answers on some paths, called as a statement, then the handler answers again',
      filename: 'pages/api/profile.ts',
      code: code`
        import type { NextApiRequest, NextApiResponse } from 'next';
        function requireAdmin(req: NextApiRequest, res: NextApiResponse) {
          if (req.headers['x-role'] !== 'admin') {
            res.status(401).json({ error: 'Admins only' });
          }
        }
        export default async function handler(req: NextApiRequest, res: NextApiResponse) {
          requireAdmin(req, res);
          res.json(await loadProfile(String(req.query.id)));
        }
      `,
      errors: [
        {
          messageId: 'sendAfterPossibleHandOff',
          data: { line: 8, helper: 'requireAdmin', effect: 'Node throws ERR_HTTP_HEADERS_SENT ("Cannot set headers after they are sent to the client")' },
          line: 9,
          column: 3,
          endLine: 9,
          endColumn: 52,
        },
      ],
    },
    {
      name: 'a guard without return, then a helper of the file that always answers: two answers',
      filename: 'pages/api/sso/index.ts',
      code: code`
        import type { NextApiRequest, NextApiResponse } from 'next';
        export default async function handler(req: NextApiRequest, res: NextApiResponse) {
          if (!features.sso) {
            res.status(404).json({ error: 'SSO is disabled' });
          }
          await listConnections(req, res);
        }
        async function listConnections(req: NextApiRequest, res: NextApiResponse) {
          res.status(200).json({ data: await loadConnections(String(req.query.team)) });
        }
      `,
      errors: [
        {
          messageId: 'handOffAfterSend',
          data: { line: 4, helper: 'listConnections', effect: 'Node throws ERR_HTTP_HEADERS_SENT ("Cannot set headers after they are sent to the client")' },
          line: 6,
          column: 9,
          endLine: 6,
          endColumn: 34,
          suggestions: [
            {
              messageId: 'returnAfterSend',
              data: { line: 4 },
              output: code`
                import type { NextApiRequest, NextApiResponse } from 'next';
                export default async function handler(req: NextApiRequest, res: NextApiResponse) {
                  if (!features.sso) {
                    return res.status(404).json({ error: 'SSO is disabled' });
                  }
                  await listConnections(req, res);
                }
                async function listConnections(req: NextApiRequest, res: NextApiResponse) {
                  res.status(200).json({ data: await loadConnections(String(req.query.team)) });
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'the catch callback of an awaited query answers 500, then the handler answers again',
      filename: 'pages/api/teams/[id].ts',
      code: code`
        import type { NextApiRequest, NextApiResponse } from 'next';
        export default async function handler(req: NextApiRequest, res: NextApiResponse) {
          const team = await prisma.team.findUnique({ where: { id: String(req.query.id) } }).catch(() => {
            res.status(500).json({ error: 'Could not load the team' });
          });
          res.status(200).json({ data: team });
        }
      `,
      errors: [
        {
          messageId: 'sendAfterCallbackSend',
          data: { line: 4, effect: 'Node throws ERR_HTTP_HEADERS_SENT ("Cannot set headers after they are sent to the client")' },
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 39,
        },
      ],
    },
    {
      name: 'a guard without return lets the handler send a second response',
      filename: 'pages/api/users/[id].ts',
      code: code`
        import type { NextApiRequest, NextApiResponse } from 'next';
        export default async function handler(req: NextApiRequest, res: NextApiResponse) {
          const user = await db.user.findUnique({ where: { id: String(req.query.id) } });
          if (!user) {
            res.status(404).json({ error: 'Not found' });
          }
          res.json(user);
        }
      `,
      errors: [
        {
          messageId: 'sendAfterSend',
          data: { line: 5, effect: 'Node throws ERR_HTTP_HEADERS_SENT ("Cannot set headers after they are sent to the client")' },
          line: 7,
          column: 3,
          endLine: 7,
          endColumn: 17,
          suggestions: [
            {
              messageId: 'returnAfterSend',
              data: { line: 5 },
              output: code`
                import type { NextApiRequest, NextApiResponse } from 'next';
                export default async function handler(req: NextApiRequest, res: NextApiResponse) {
                  const user = await db.user.findUnique({ where: { id: String(req.query.id) } });
                  if (!user) {
                    return res.status(404).json({ error: 'Not found' });
                  }
                  res.json(user);
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a status set after res.end() is lost',
      filename: 'pages/api/ping.ts',
      code: code`
        import type { NextApiRequest, NextApiResponse } from 'next';
        export default function handler(req: NextApiRequest, res: NextApiResponse) {
          res.end('pong');
          res.statusCode = 200;
        }
      `,
      errors: [
        {
          messageId: 'statusAfterSend',
          data: { line: 3 },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 23,
          suggestions: [
            {
              messageId: 'returnAfterSend',
              data: { line: 3 },
              output: code`
                import type { NextApiRequest, NextApiResponse } from 'next';
                export default function handler(req: NextApiRequest, res: NextApiResponse) {
                  return res.end('pong');
                  res.statusCode = 200;
                }
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a send in work passed to waitUntil() runs after the response went out',
      filename: 'pages/api/newsletter.ts',
      code: code`
        import type { NextApiRequest, NextApiResponse } from 'next';
        import { waitUntil } from '@vercel/functions';
        export default async function handler(req: NextApiRequest, res: NextApiResponse) {
          waitUntil(subscribe(req.body.email).then(() => res.json({ subscribed: true })));
          res.status(202).json({ queued: true });
        }
      `,
      errors: [
        {
          messageId: 'lateSend',
          data: { region: 'work passed to `waitUntil()`' },
          line: 4,
          column: 50,
          endLine: 4,
          endColumn: 80,
        },
      ],
    },
  ],
});

jsRuleTester.run('no-status-after-send (Next.js Pages API, JavaScript)', rule, {
  assertionOptions: strict,
  valid: [
    {
      name: 'res.redirect() returned from its branch ends the handler there',
      filename: 'pages/api/login.js',
      code: code`
        export default async function handler(req, res) {
          const user = await verify(req.body);
          if (!user) return res.redirect('/login?error=1');
          res.redirect(303, '/dashboard');
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'res.redirect() without return is followed by a second send',
      filename: 'pages/api/login.js',
      code: code`
        export default async function handler(req, res) {
          const user = await verify(req.body);
          if (!user) res.redirect('/login?error=1');
          res.redirect(303, '/dashboard');
        }
      `,
      errors: [
        {
          messageId: 'sendAfterSend',
          data: { line: 3, effect: 'Node throws ERR_HTTP_HEADERS_SENT ("Cannot set headers after they are sent to the client")' },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 34,
          suggestions: [
            {
              messageId: 'returnAfterSend',
              data: { line: 3 },
              output: code`
                export default async function handler(req, res) {
                  const user = await verify(req.body);
                  if (!user) return res.redirect('/login?error=1');
                  res.redirect(303, '/dashboard');
                }
              `,
            },
          ],
        },
      ],
    },
  ],
});
