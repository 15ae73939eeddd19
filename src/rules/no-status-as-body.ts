import { getHandlerModel } from '../analysis/handler-model.js';
import { bareStatusNumber } from '../analysis/status-value.js';
import { createRule } from '../utils/create-rule.js';

export type Options = [];
export type MessageIds = 'statusAsBody' | 'answerWithStatus';

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
      answerWithStatus: 'Answer with status {{code}} instead: `{{replacement}}`.',
    },
    schema: [],
  },
  create(context) {
    const model = getHandlerModel(context);
    for (const handler of model.handlers) {
      for (const op of handler.ops) {
        if (op.kind !== 'send' || !op.body || !op.numericBodyEffect) continue;
        const code = bareStatusNumber(op.body, context.sourceCode.getScope(op.body));
        if (code === undefined) continue;
        const { statusOnly, statusOnlyText } = op.fixes;
        context.report({
          node: op.node,
          messageId: 'statusAsBody',
          data: { code, effect: op.numericBodyEffect },
          suggest:
            statusOnly && statusOnlyText
              ? [
                  {
                    messageId: 'answerWithStatus',
                    data: { code, replacement: statusOnlyText(code) },
                    fix: (fixer) => statusOnly(fixer, code),
                  },
                ]
              : [],
        });
      }
    }
    return {};
  },
});
