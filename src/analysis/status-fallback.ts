/**
 * Dynamic statuses that come out as a success whenever the value they are read from is not set:
 * `err.status || 200`, `err.statusCode ?? 200`, and the error middleware's
 * `res.statusCode || 500`, where `res.statusCode` is already 200 unless something set it, so the
 * 500 never applies. Which reads are the response's own status, and what it holds until set, the
 * model says (`Handler.heldStatusReads`).
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { memberName, skipTransparent } from './ast.js';
import type { Handler } from './model.js';
import { resolveConstant, type Scope } from './scope.js';
import { isSuccessStatus, isStatusLikeNumber } from './status-codes.js';

export type SuccessFallback =
  /** `err.status || 200`: `literal` is the success the status falls back to when `value` is not set. */
  | { readonly kind: 'literal'; readonly code: number; readonly value: TSESTree.Node; readonly literal: TSESTree.Literal }
  /** `res.statusCode || 500`: the status is the response's own, `code` (a success) unless set; `whole` is the expression. */
  | { readonly kind: 'response-default'; readonly code: number; readonly value: TSESTree.Node; readonly whole: TSESTree.Expression };

/**
 * How `status` (a dynamic status of `handler`'s, or a `const` holding one) falls back to a
 * success; `null` when it does not.
 */
export function successFallback(status: TSESTree.Node, handler: Handler, scopeOf: (node: TSESTree.Node) => Scope): SuccessFallback | null {
  let node = skipTransparent(status) as TSESTree.Expression;
  if (node.type === 'Identifier') node = resolveConstant(node, scopeOf(node)) ?? node;
  const choice = fallbackParts(node);
  if (!choice) return null;
  const { value, fallback } = choice;
  const held = handler.heldStatusReads.get(skipTransparent(value));
  if (held !== undefined) return isSuccessStatus(held) ? { kind: 'response-default', code: held, value, whole: node } : null;
  const literal = skipTransparent(fallback);
  if (literal.type !== 'Literal' || !isStatusLikeNumber(literal.value) || !isSuccessStatus(literal.value)) return null;
  return { kind: 'literal', code: literal.value, value, literal };
}

/** `value || fallback`, `value ?? fallback`, `value ? value : fallback`. */
function fallbackParts(node: TSESTree.Node): { value: TSESTree.Node; fallback: TSESTree.Node } | null {
  if (node.type === 'LogicalExpression' && (node.operator === '||' || node.operator === '??')) return { value: node.left, fallback: node.right };
  if (node.type === 'ConditionalExpression' && sameText(node.test, node.consequent)) return { value: node.test, fallback: node.alternate };
  return null;
}

/** Two references to the same name or member path (`err.status`). */
function sameText(a: TSESTree.Node, b: TSESTree.Node): boolean {
  const left = skipTransparent(a);
  const right = skipTransparent(b);
  if (left.type === 'Identifier' && right.type === 'Identifier') return left.name === right.name;
  if (left.type !== 'MemberExpression' || right.type !== 'MemberExpression' || left.computed || right.computed) return false;
  return memberName(left) === memberName(right) && sameText(left.object, right.object);
}
