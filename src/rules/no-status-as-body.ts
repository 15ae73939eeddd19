import { effectiveStatus } from '../analysis/effective-status.js';
import type { Send, StatusText } from '../analysis/model.js';
import { bareStatusNumber, isStatusChoice, mayHoldNumber } from '../analysis/status-value.js';
import { skipTransparent } from '../analysis/ast.js';
import { createRule } from '../utils/create-rule.js';

export type Options = [];
export type MessageIds = 'statusAsBody' | 'deprecatedStatusForm' | 'answerWithStatus';

export default createRule<Options, MessageIds>({
  name: 'no-status-as-body',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow sending or returning a bare status number as the response body',
      recommended: 'recommended',
    },
    hasSuggestions: true,
    messages: {
      statusAsBody: '`{{code}}` goes out as the response body, not as the status: {{effect}}.',
      deprecatedStatusForm:
        '`{{code}}` is passed where the body goes, a form only older versions read as the status: {{effect}}.',
      answerWithStatus: 'Answer with status {{code}} instead: `{{replacement}}`.',
    },
    schema: [],
  },
  create(context, _options, model) {
    for (const handler of model.handlers) {
      for (const op of handler.ops) {
        if (op.kind !== 'send' || !op.body || !op.numericBodyEffect) continue;
        const code = statusInBody(op.body);
        if (code === undefined) continue;
        // `ctx.status = 404; ctx.body = 404`: the client already gets the status that was meant.
        const effective = effectiveStatus(op, handler).status;
        if (effective.kind === 'explicit' && effective.code === code) continue;
        // `res.send(404, 'x')` keeps its other arguments; `res.send(404)` answers the status alone.
        const { statusFromBody, statusFromBodyText, statusOnly, statusOnlyText } = op.fixes;
        const [fix, text] = statusFromBody ? [statusFromBody, statusFromBodyText] : [statusOnly, statusOnlyText];
        context.report({
          node: op.node,
          // Express 4 still honours `res.send(404, body)`: saying it goes out as the body would
          // be wrong there, so the report says the form is the problem.
          messageId: op.numericBodyDeprecatedForm ? 'deprecatedStatusForm' : 'statusAsBody',
          data: { code, effect: op.numericBodyEffect },
          suggest:
            fix && text
              ? [
                  {
                    messageId: 'answerWithStatus',
                    data: { code, replacement: text(code) },
                    fix: (fixer) => fix(fixer, code),
                  },
                ]
              : [],
        });
      }
    }
    return {};

    /** `404`, `NOT_FOUND`, or the text of `ok ? 204 : 404`, when that is what the body holds. */
    function statusInBody(body: NonNullable<Send['body']>): StatusText | undefined {
      const inner = skipTransparent(body);
      if (inner.type === 'ConditionalExpression') {
        return isStatusChoice(inner, context.sourceCode.getScope(body)) ? context.sourceCode.getText(inner) : undefined;
      }
      return mayHoldNumber(inner) ? bareStatusNumber(inner, context.sourceCode.getScope(body)) : undefined;
    }
  },
});
