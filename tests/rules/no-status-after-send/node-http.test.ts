import rule from '../../../src/rules/no-status-after-send.js';
import { code } from '../../support/code.js';
import { ruleTester, strict } from '../../support/rule-tester.js';

const SECOND_END =
  'Node emits "write after end" (ERR_STREAM_WRITE_AFTER_END) for a second `end()` with data, and `writeHead()` after the end throws ERR_HTTP_HEADERS_SENT';

ruleTester.run('no-status-after-send (Node http)', rule, {
  assertionOptions: strict,
  valid: [
    {
      name: 'an early return after the 401',
      code: code`
        import http from 'node:http';
        http.createServer((req, res) => {
          if (!req.headers.authorization) {
            res.writeHead(401);
            return res.end('Unauthorized');
          }
          res.end('ok');
        });
      `,
    },
    {
      name: 'one end() in each branch of an if/else',
      code: code`
        import http from 'node:http';
        http.createServer((req, res) => {
          if (req.url === '/health') res.end('ok');
          else res.writeHead(404).end();
        });
      `,
    },
  ],
  invalid: [
    {
      name: 'a guard that ends the response without returning, then a second end()',
      code: code`
        import http from 'node:http';
        http.createServer((req, res) => {
          if (!req.headers.authorization) {
            res.writeHead(401);
            res.end('Unauthorized');
          }
          res.end('ok');
        });
      `,
      errors: [
        {
          messageId: 'sendAfterSend',
          data: { line: 5, effect: SECOND_END },
          line: 7,
          column: 3,
          endLine: 7,
          endColumn: 16,
          suggestions: [
            {
              messageId: 'returnAfterSend',
              data: { line: 5 },
              output: code`
                import http from 'node:http';
                http.createServer((req, res) => {
                  if (!req.headers.authorization) {
                    res.writeHead(401);
                    return res.end('Unauthorized');
                  }
                  res.end('ok');
                });
              `,
            },
          ],
        },
      ],
    },
  ],
});
