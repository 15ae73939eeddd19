import rule from '../../../src/rules/require-error-status.js';
import { code } from '../../support/code.js';
import { ruleTester, strict } from '../../support/rule-tester.js';

ruleTester.run('require-error-status (Node http)', rule, {
  assertionOptions: strict,
  valid: [
    {
      name: 'writeHead(404) chained before the error body',
      code: code`
        import http from 'node:http';
        http.createServer(async (req, res) => {
          const user = await db.users.find(req.url);
          if (!user) {
            res.writeHead(404).end(JSON.stringify({ error: 'User not found' }));
            return;
          }
          res.end(JSON.stringify(user));
        });
      `,
    },
    {
      name: 'res.statusCode set on its own line before the error body',
      code: code`
        import http from 'node:http';
        http.createServer(async (req, res) => {
          try {
            res.end(JSON.stringify(await load(req)));
          } catch (err) {
            res.statusCode = 500;
            res.end(JSON.stringify({ error: err.message }));
          }
        });
      `,
    },
  ],
  invalid: [
    {
      name: 'a 504 a timer sets in a branch that returns does not reach the /ready answer of another branch',
      code: code`
        import { createServer } from 'node:http';
        createServer(async (req, res) => {
          if (req.url === '/probe') {
            const timeout = setTimeout(() => {
              res.statusCode = 504;
              res.end('probe timed out');
            }, 2000);
            await runProbe();
            clearTimeout(timeout);
            res.end('ok');
            return;
          }
          if (req.url === '/ready') {
            if (!(await checkDependencies())) {
              res.end(JSON.stringify({ error: 'dependencies not ready' }));
              return;
            }
            res.end(JSON.stringify({ ready: true }));
          }
        }).listen(9100);
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { suggested: 503 },
          line: 15,
          column: 7,
          endLine: 15,
          endColumn: 67,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 503, phrase: 'Service Unavailable' },
              output: code`
                import { createServer } from 'node:http';
                createServer(async (req, res) => {
                  if (req.url === '/probe') {
                    const timeout = setTimeout(() => {
                      res.statusCode = 504;
                      res.end('probe timed out');
                    }, 2000);
                    await runProbe();
                    clearTimeout(timeout);
                    res.end('ok');
                    return;
                  }
                  if (req.url === '/ready') {
                    if (!(await checkDependencies())) {
                      res.writeHead(503).end(JSON.stringify({ error: 'dependencies not ready' }));
                      return;
                    }
                    res.end(JSON.stringify({ ready: true }));
                  }
                }).listen(9100);
              `,
            },
          ],
        },
      ],
    },
    {
      name: 'a not-found guard that ends with an error body and no status',
      code: code`
        import http from 'node:http';
        http.createServer(async (req, res) => {
          const user = await db.users.find(req.url);
          if (!user) {
            res.end(JSON.stringify({ error: 'User not found' }));
            return;
          }
          res.end(JSON.stringify(user));
        });
      `,
      errors: [
        {
          messageId: 'errorWithoutStatus',
          data: { code: 200, suggested: 404 },
          line: 5,
          column: 5,
          endLine: 5,
          endColumn: 57,
          suggestions: [
            {
              messageId: 'useErrorStatus',
              data: { code: 404, phrase: 'Not Found' },
              output: code`
                import http from 'node:http';
                http.createServer(async (req, res) => {
                  const user = await db.users.find(req.url);
                  if (!user) {
                    res.writeHead(404).end(JSON.stringify({ error: 'User not found' }));
                    return;
                  }
                  res.end(JSON.stringify(user));
                });
              `,
            },
          ],
        },
      ],
    },
  ],
});
