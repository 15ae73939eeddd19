import rule from '../../../src/rules/no-status-as-body.js';
import { code } from '../../support/code.js';
import { jsRuleTester, ruleTester, strict } from '../../support/rule-tester.js';

ruleTester.run('no-status-as-body (Node http, TypeScript)', rule, {
  assertionOptions: strict,
  valid: [
    {
      name: 'res.writeHead(404).end() answers with the status',
      code: code`
        import { createServer } from 'node:http';
        createServer((req, res) => {
          res.writeHead(404).end();
        });
      `,
    },
    {
      name: 'a number turned into text is a body the author meant',
      code: code`
        import { createServer } from 'node:http';
        createServer((req, res) => {
          res.end(String(404));
        });
      `,
    },
    {
      name: 'res.end(404) in a function that is not given to createServer is not a handler of this adapter',
      code: code`
        export function close(stream: { end(n: number): void }) {
          stream.end(404);
        }
      `,
    },
  ],
  invalid: [
    {
      name: 'res.end(404) throws in Node, so nothing is sent',
      code: code`
        import { createServer } from 'node:http';
        createServer((req, res) => {
          res.end(404);
        });
      `,
      errors: [
        {
          messageId: 'statusAsBody',
          data: {
            code: 404,
            effect:
              'Node throws ERR_INVALID_ARG_TYPE (`end()` takes a string or a Buffer), so nothing is sent and the request hangs',
          },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 15,
          suggestions: [
            {
              messageId: 'answerWithStatus',
              data: { code: 404, replacement: 'res.writeHead(404).end()' },
              output: code`
                import { createServer } from 'node:http';
                createServer((req, res) => {
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

jsRuleTester.run('no-status-as-body (Node http, JavaScript)', rule, {
  assertionOptions: strict,
  valid: [
    {
      name: 'res.statusCode = 204 then res.end() answers with the status',
      code: code`
        const http = require('http');
        http.createServer((req, res) => {
          res.statusCode = 204;
          res.end();
        });
      `,
    },
  ],
  invalid: [
    {
      name: 'res.end(500) in a require-d http server',
      code: code`
        const http = require('http');
        const server = http.createServer(function (req, res) {
          res.end(500);
        });
      `,
      errors: [
        {
          messageId: 'statusAsBody',
          data: {
            code: 500,
            effect:
              'Node throws ERR_INVALID_ARG_TYPE (`end()` takes a string or a Buffer), so nothing is sent and the request hangs',
          },
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 15,
          suggestions: [
            {
              messageId: 'answerWithStatus',
              data: { code: 500, replacement: 'res.writeHead(500).end()' },
              output: code`
                const http = require('http');
                const server = http.createServer(function (req, res) {
                  res.writeHead(500).end();
                });
              `,
            },
          ],
        },
      ],
    },
  ],
});
