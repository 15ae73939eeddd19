// The smallest useful JS plugin: one rule with one visitor that reads each node it gets. Under
// oxlint it measures what the JS bridge costs by itself (AST transfer, visiting), apart from
// what our rules do.
export default {
  meta: { name: 'one-visitor' },
  rules: {
    calls: {
      meta: { type: 'problem', schema: [], messages: { many: 'More than 255 arguments.' } },
      create(context) {
        return {
          CallExpression(node) {
            if (node.arguments.length > 255) context.report({ node, messageId: 'many' });
          },
        };
      },
    },
  },
};
