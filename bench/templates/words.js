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

/**
 * `count` distinct handlers for one file, drawn from `correct` and `mistakes` (arrays of makers).
 * Each handler is a mistake with a chance of one in six while mistakes last. A mistake maker
 * returns its handler with `rule`: the rule that should report it.
 */
export function pickHandlers(random, correct, mistakes, count) {
  const good = random.sample(correct, correct.length);
  const bad = random.sample(mistakes, mistakes.length);
  const picked = [];
  for (let i = 0; i < count && (good.length > 0 || bad.length > 0); i++) {
    const useMistake = bad.length > 0 && (good.length === 0 || random.chance(1 / 6));
    picked.push(useMistake ? bad.pop() : good.pop());
  }
  return picked;
}

/**
 * The rules the handlers' planted mistakes are meant for, one entry per mistake. Some stay
 * unreported by design (a create on a controller whose method is unknown, error answers on a
 * webhook receiver): a check compares, it does not expect equality.
 */
export const plantedRules = (handlers) => handlers.filter((handler) => handler.rule).map((handler) => handler.rule);

/** A file's source from its lines. */
export const source = (lines) => lines.join('\n') + '\n';
