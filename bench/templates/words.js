/** Names the templates draw from, so generated files read like real application code. */

export const RESOURCES = [
  { one: 'user', many: 'users', Model: 'User', fields: ['email', 'name', 'role'] },
  { one: 'order', many: 'orders', Model: 'Order', fields: ['total', 'status', 'customerId'] },
  { one: 'product', many: 'products', Model: 'Product', fields: ['title', 'price', 'sku'] },
  { one: 'invoice', many: 'invoices', Model: 'Invoice', fields: ['amount', 'dueDate', 'paid'] },
  { one: 'comment', many: 'comments', Model: 'Comment', fields: ['body', 'authorId', 'postId'] },
  { one: 'post', many: 'posts', Model: 'Post', fields: ['title', 'body', 'published'] },
  { one: 'team', many: 'teams', Model: 'Team', fields: ['name', 'ownerId', 'plan'] },
  { one: 'project', many: 'projects', Model: 'Project', fields: ['name', 'deadline', 'archived'] },
  { one: 'ticket', many: 'tickets', Model: 'Ticket', fields: ['subject', 'priority', 'assignee'] },
  { one: 'session', many: 'sessions', Model: 'Session', fields: ['token', 'expiresAt', 'userId'] },
  { one: 'webhook', many: 'webhooks', Model: 'Webhook', fields: ['url', 'events', 'secret'] },
  { one: 'payment', many: 'payments', Model: 'Payment', fields: ['amount', 'currency', 'method'] },
];

export const capitalize = (word) => word[0].toUpperCase() + word.slice(1);

/** Indents every non-empty line of a block. */
export function indent(lines, depth = 1) {
  const pad = '  '.repeat(depth);
  return lines.map((line) => (line === '' ? '' : pad + line));
}
