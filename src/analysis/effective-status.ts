/**
 * The status a send goes out with: the one it carries, or else the last status write that can
 * run before it (`res.status(404); res.json(x)`, `ctx.status = 404; ctx.body = x`).
 */
import type { TSESTree } from '@typescript-eslint/utils';
import type { Handler, Send, StatusValue, StatusWrite } from './model.js';

export interface EffectiveStatus {
  readonly status: StatusValue;
  /** The separate write that sets it, when the send itself carries none. */
  readonly write: StatusWrite | null;
}

export function effectiveStatus(send: Send, handler: Handler): EffectiveStatus {
  if (send.status.kind !== 'implicit') return { status: send.status, write: null };
  let write: StatusWrite | null = null;
  for (const op of handler.ops) {
    if (op.kind !== 'status' || op.node.range[1] > send.node.range[0]) continue;
    if (cannotReach(op.node, send.node)) continue;
    if (op.status.kind === 'dynamic') return { status: op.status, write: op };
    write = op;
  }
  return write ? { status: write.status, write } : { status: send.status, write: null };
}

/**
 * True when code at `earlier` cannot run before `later` on one path: they sit in different arms
 * of an `if`, a conditional or a `switch`, or `earlier`'s block returns or throws before
 * control leaves it.
 */
export function cannotReach(earlier: TSESTree.Node, later: TSESTree.Node): boolean {
  const ancestors = new Set<TSESTree.Node>();
  for (let node: TSESTree.Node | undefined = later; node; node = node.parent) ancestors.add(node);
  let child: TSESTree.Node = earlier;
  for (let parent = earlier.parent; parent; child = parent, parent = parent.parent) {
    if (ancestors.has(parent)) {
      // `parent` is the lowest common ancestor; `child` is the arm that holds `earlier`.
      if (parent.type === 'IfStatement' || parent.type === 'ConditionalExpression') return parent.test !== child;
      return parent.type === 'SwitchStatement' && parent.discriminant !== child;
    }
    if (parent.type === 'BlockStatement' || parent.type === 'SwitchCase') {
      const statements: readonly TSESTree.Node[] = parent.type === 'BlockStatement' ? parent.body : parent.consequent;
      const rest = statements.slice(statements.indexOf(child) + 1);
      if (rest.some((statement) => statement.type === 'ReturnStatement' || statement.type === 'ThrowStatement')) return true;
    }
  }
  return false;
}
