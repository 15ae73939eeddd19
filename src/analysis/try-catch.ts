/**
 * Can the `catch` of a `try` run after a send inside that `try`? Only when something on the
 * send's own path fails after it: an `await` or a `throw` (`res.json(x); await audit(x)`).
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { contains, isFunction, memberName, walk, walkOwnBody } from './ast.js';
import type { FunctionNode } from './model.js';

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
  excludes?: Excludes,
): boolean {
  const handler = catchOfTryAround(later, earlier);
  if (!handler) return false;
  // A returned answer goes out only when the handler returns: a later failure replaces it.
  return returned || !failsAfter(earlier, handler.parent.block, visitorKeys, excludes);
}

/**
 * True when `a` and `b` never run on one path: tests that contradict each other
 * (`if (req.method === 'POST')` and, after it, `if (req.method === 'GET')`).
 */
export type Excludes = (a: TSESTree.Node, b: TSESTree.Node) => boolean;

/**
 * True when `later`, in a `catch`, cannot run once `earlier` in its `try` has run: nothing after
 * `earlier` there can throw, no call, `new`, `await` or `throw`
 * (`await next(); if (!ctx.body) { ctx.status = 404; ctx.body = { error: 'Not Found' } }`). Stricter
 * than `catchRunsOnlyBefore`, which lets synchronous calls pass: a status written before
 * `validate(input)` is still set when the call throws into the `catch`.
 */
export function catchEnteredOnlyBefore(later: TSESTree.Node, earlier: TSESTree.Node, visitorKeys: VisitorKeys): boolean {
  const clause = catchOfTryAround(later, earlier);
  if (!clause) return false;
  let mayThrow = false;
  walk(clause.parent.block, visitorKeys, (inner) => {
    if (mayThrow || inner.range[1] <= earlier.range[1] || isFunction(inner)) return false;
    if (inner.range[0] >= earlier.range[1] && MAY_THROW.test(inner.type)) mayThrow = true;
    return !mayThrow;
  });
  return !mayThrow;
}

const MAY_THROW = /^(?:CallExpression|NewExpression|AwaitExpression|ThrowStatement|YieldExpression|TaggedTemplateExpression)$/;

/** The `catch` around `later` whose `try` holds `earlier`. */
export function catchOfTryAround(later: TSESTree.Node, earlier: TSESTree.Node): TSESTree.CatchClause | null {
  for (let node = later.parent; node; node = node.parent) {
    if (node.type === 'CatchClause' && contains(node.parent.block, earlier)) return node;
  }
  return null;
}

/**
 * An `await` or a `throw` in `block` that a path from `node` reaches: after it, outside functions
 * made there, not on another arm of an `if` or `switch` that holds both nor under a test that
 * `excludes` the send's, and not past a `return` of the send.
 */
function failsAfter(node: TSESTree.Node, block: TSESTree.Node, visitorKeys: VisitorKeys, excludes?: Excludes): boolean {
  if (returnsWithin(node, block)) return false;
  let towardNode: Map<TSESTree.Node, TSESTree.Node> | undefined;
  let found = false;
  walk(block, visitorKeys, (inner) => {
    if (found || inner.range[1] <= node.range[1] || (inner !== block && isFunction(inner))) return false;
    if (
      inner.range[0] >= node.range[1] &&
      ((inner.type === 'AwaitExpression' && !settlesQuietly(inner.argument, visitorKeys)) || inner.type === 'ThrowStatement') &&
      !onOtherArms((towardNode ??= pathUp(node)), inner) &&
      !excludes?.(node, inner)
    ) {
      found = true;
    }
    return !found;
  });
  return found;
}

/**
 * `fs.unlink(path).catch(log)`, `rm(path).then(done, log)`: a promise whose rejection a handler
 * takes, which does not throw again, cannot fail the `await`.
 */
function settlesQuietly(awaited: TSESTree.Expression, visitorKeys: VisitorKeys): boolean {
  if (awaited.type !== 'CallExpression' || awaited.callee.type !== 'MemberExpression') return false;
  const name = memberName(awaited.callee);
  const onRejected = name === 'catch' ? awaited.arguments[0] : name === 'then' ? awaited.arguments[1] : undefined;
  if (!onRejected) return false;
  if (onRejected.type === 'Identifier' || onRejected.type === 'MemberExpression') return true;
  return isFunction(onRejected) && !throwsInBody(onRejected, visitorKeys);
}

function throwsInBody(fn: FunctionNode, visitorKeys: VisitorKeys): boolean {
  let found = false;
  walkOwnBody(fn.body, visitorKeys, (inner) => {
    if (inner.type === 'ThrowStatement') found = true;
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

/** Each ancestor of `node`, with the child on the way down to it: made once, asked for each candidate. */
function pathUp(node: TSESTree.Node): Map<TSESTree.Node, TSESTree.Node> {
  const childOnPath = new Map<TSESTree.Node, TSESTree.Node>();
  for (let child: TSESTree.Node = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    childOnPath.set(parent, child);
  }
  return childOnPath;
}

/**
 * True when the nearest `if`, `? :`, `switch` or `try` that holds both `b` and the node whose
 * path up is `towardA` puts them on different arms: a `catch` runs only when its `try` did not
 * finish, so nothing after a send there.
 */
function onOtherArms(towardA: ReadonlyMap<TSESTree.Node, TSESTree.Node>, b: TSESTree.Node): boolean {
  for (let child: TSESTree.Node = b, parent = b.parent; parent; child = parent, parent = parent.parent) {
    const childTowardA = towardA.get(parent);
    if (childTowardA === undefined) continue;
    if (parent.type === 'IfStatement' || parent.type === 'ConditionalExpression') {
      return childTowardA !== parent.test && child !== parent.test && childTowardA !== child;
    }
    if (parent.type === 'TryStatement') return childTowardA === parent.block && child === parent.handler;
    return (
      parent.type === 'SwitchStatement' && childTowardA.type === 'SwitchCase' && child.type === 'SwitchCase' && childTowardA !== child
    );
  }
  return false;
}
