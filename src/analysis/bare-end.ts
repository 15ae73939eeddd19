/**
 * `res.end()` with nothing to write. After a send it changes nothing, or only a status chained
 * before it (`res.status(500).end()`), which is lost.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { memberName } from './ast.js';
import type { ResponseOp } from './model.js';

/** The callee of an `.end()` send with no arguments, else `null`. */
export function bareEnd(op: ResponseOp): TSESTree.MemberExpression | null {
  const node = op.node;
  if (op.kind !== 'send' || node.type !== 'CallExpression' || node.arguments.length > 0) return null;
  return node.callee.type === 'MemberExpression' && memberName(node.callee) === 'end' ? node.callee : null;
}
