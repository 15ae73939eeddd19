import rule from '../../../src/rules/require-created-status.js';
import { code } from '../../support/code.js';
import { ruleTester, strict } from '../../support/rule-tester.js';

ruleTester.run('require-created-status (Node http)', rule, {
  assertionOptions: strict,
  valid: [
    {
      name: 'writeHead(201) before the created item',
      code: code`
        import http from 'node:http';
        http.createServer(async (req, res) => {
          if (req.method === 'POST' && req.url === '/items') {
            const item = await db.items.create(await readJson(req));
            res.writeHead(201, { 'Content-Type': 'application/json' }).end(JSON.stringify(item));
            return;
          }
          res.writeHead(404).end();
        });
      `,
    },
    {
      name: 'a GET branch that reads, whatever the other branches create',
      code: code`
        import http from 'node:http';
        http.createServer(async (req, res) => {
          if (req.method === 'GET') {
            res.end(JSON.stringify(await db.items.findMany()));
          }
        });
      `,
    },
    {
      name: 'the method is unknown without a req.method check, so nothing is said',
      code: code`
        import http from 'node:http';
        http.createServer(async (req, res) => {
          const item = await db.items.create(await readJson(req));
          res.end(JSON.stringify(item));
        });
      `,
    },
  ],
  invalid: [
    {
      name: 'a POST branch that creates and answers with the default 200',
      code: code`
        import http from 'node:http';
        http.createServer(async (req, res) => {
          if (req.method === 'POST' && req.url === '/items') {
            const item = await db.items.create(await readJson(req));
            res.end(JSON.stringify(item));
            return;
          }
          res.writeHead(404).end();
        });
      `,
      errors: [
        {
          messageId: 'missingCreatedStatus',
          data: { call: 'db.items.create' },
          line: 5,
          column: 5,
          endLine: 5,
          endColumn: 34,
          suggestions: [
            {
              messageId: 'useCreatedStatus',
              output: code`
                import http from 'node:http';
                http.createServer(async (req, res) => {
                  if (req.method === 'POST' && req.url === '/items') {
                    const item = await db.items.create(await readJson(req));
                    res.writeHead(201).end(JSON.stringify(item));
                    return;
                  }
                  res.writeHead(404).end();
                });
              `,
            },
          ],
        },
      ],
    },
  ],
});
