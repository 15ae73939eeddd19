import rule from '../../../src/rules/no-status-as-body.js';
import { code } from '../../support/code.js';
import { jsRuleTester, ruleTester, strict } from '../../support/rule-tester.js';

ruleTester.run('no-status-as-body (Express, TypeScript)', rule, {
  assertionOptions: strict,
  valid: [
    {
      name: 'res.sendStatus(404) answers with the status',
      code: code`
        import express from 'express';
        const app = express();
        app.get('/missing', (req, res) => {
          res.sendStatus(404);
        });
      `,
    },
  ],
  invalid: [
    {
      name: 'res.send(404) sends the number as the body in Express 5',
      code: code`
        import express from 'express';
        const app = express();
        app.get('/missing', (req, res) => {
          res.send(404);
        });
      `,
      errors: [
        {
          messageId: 'statusAsBody',
          data: {
            code: 404,
            effect:
              'Express 4 reads `res.send(<number>)` as a deprecated status call, but Express 5 answers 200 OK with the number as the body',
          },
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 16,
          suggestions: [
            {
              messageId: 'answerWithStatus',
              data: { code: 404, replacement: 'res.sendStatus(404)' },
              output: code`
                import express from 'express';
                const app = express();
                app.get('/missing', (req, res) => {
                  res.sendStatus(404);
                });
              `,
            },
          ],
        },
      ],
    },
  ],
});

jsRuleTester.run('no-status-as-body (Express, JavaScript)', rule, {
  assertionOptions: strict,
  valid: [],
  invalid: [],
});
