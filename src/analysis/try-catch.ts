/**
 * Can the `catch` of a `try` run after a send inside that `try`? Only when something on the
 * send's own path fails after it: an `await` or a `throw` (`res.json(x); await audit(x)`).
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { contains, isFunction, walk } from './ast.js';

type VisitorKeys = TSESLint.SourceCode['visitorKeys'];

/**
 * True when `later` sits in the `catch` of a `try` around `earlier` that can only run before
 * `earlier` finished: `try { res.json(x) } catch { res.status(500).json(e) }` runs the catch only
 * if the send threw. Not so when the `try` awaits or throws after the send
 * (`res.json(x); await audit(x)`): that failure lands in the catch after the answer went out.
 */
export function catchRunsOnlyBefore(
  later: TSESTree.Node,
  earlier: TSESTree.Node,
  visitorKeys: VisitorKeys,
  returned = false,
): boolean {
  const handler = catchOfTryAround(later, earlier);
  if (!handler) return false;
  // A returned answer goes out only when the handler returns: a later failure replaces it.
  return returned || !failsAfter(earlier, handler.parent.block, visitorKeys);
}

/** The `catch` around `later` whose `try` holds `earlier`. */
export function catchOfTryAround(later: TSESTree.Node, earlier: TSESTree.Node): TSESTree.CatchClause | null {
  for (let node = later.parent; node; node = node.parent) {
    if (node.type === 'CatchClause' && contains(node.parent.block, earlier)) return node;
  }
  return null;
}

/**
 * An `await` or a `throw` in `block` that a path from `node` reaches: after it, outside functions
 * made there, not on another arm of an `if` or `switch` that holds both, and not past a `return`
 * of the send.
 */
function failsAfter(node: TSESTree.Node, block: TSESTree.Node, visitorKeys: VisitorKeys): boolean {
  if (returnsWithin(node, block)) return false;
  let found = false;
  walk(block, visitorKeys, (inner) => {
    if (found || inner.range[1] <= node.range[1] || (inner !== block && isFunction(inner))) return false;
    if (
      inner.range[0] >= node.range[1] &&
      (inner.type === 'AwaitExpression' || inner.type === 'ThrowStatement') &&
      !onOtherArms(node, inner)
    ) {
      found = true;
    }
    return !found;
  });
  return found;
}

/** `return res.json(x)`: nothing after it in `block` runs. */
function returnsWithin(node: TSESTree.Node, block: TSESTree.Node): boolean {
  for (let current = node.parent; current && current !== block; current = current.parent) {
    if (current.type === 'ReturnStatement') return true;
  }
  return false;
}

/**
 * True when the nearest `if`, `? :`, `switch` or `try` that holds both puts them on different
 * arms: a `catch` runs only when its `try` did not finish, so nothing after a send there.
 */
function onOtherArms(a: TSESTree.Node, b: TSESTree.Node): boolean {
  const childOnPathToA = new Map<TSESTree.Node, TSESTree.Node>();
  for (let child: TSESTree.Node = a, parent = a.parent; parent; child = parent, parent = parent.parent) {
    childOnPathToA.set(parent, child);
  }
  for (let child: TSESTree.Node = b, parent = b.parent; parent; child = parent, parent = parent.parent) {
    const towardA = childOnPathToA.get(parent);
    if (towardA === undefined) continue;
    if (parent.type === 'IfStatement' || parent.type === 'ConditionalExpression') {
      return towardA !== parent.test && child !== parent.test && towardA !== child;
    }
    if (parent.type === 'TryStatement') return towardA === parent.block && child === parent.handler;
    return parent.type === 'SwitchStatement' && towardA.type === 'SwitchCase' && child.type === 'SwitchCase' && towardA !== child;
  }
  return false;
}
