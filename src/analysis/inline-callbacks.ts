/**
 * Callbacks that run before the enclosing function goes on: those of a promise chain it awaits
 * (`const report = await load(id).catch((err) => res.status(500).json(…))`), and those an array
 * method calls on the spot (`items.forEach((item) => { if (!item.id) return res.status(400)… })`).
 * What they send happens, for the enclosing function, at the `await` or the call; a `return`
 * inside one leaves only the callback, and the function goes on. Any other callback handed to a
 * call runs, whenever it runs, after the call began (`handedCallback`).
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { calleeName, contains, enclosingFunction, isFunction, isNullish, memberName, skipTransparent, transparentParent, walkOwnBody } from './ast.js';
import type { FunctionNode } from './model.js';
import { findVariable, type Scope, type Variable } from './scope.js';

const PROMISE_CALLBACKS = new Set(['then', 'catch', 'finally']);

/** Array methods that call their first argument for each element before they return. */
const ITERATION_METHODS = new Set(['forEach', 'map', 'flatMap', 'filter', 'some', 'every', 'find', 'findIndex', 'findLast', 'findLastIndex', 'reduce', 'reduceRight']);

export interface InlineCallback {
  /** The `await` of the chain, or the array method's call: where, for `owner`, the callback's work happens. */
  readonly anchor: TSESTree.Node;
  /** The function that awaits or calls. */
  readonly owner: FunctionNode;
  /** The variable the awaited value or the call's result goes to (`const report = await …`), if any. */
  readonly result: Variable | null;
  /** The array method that calls the callback (`forEach`); `null` for a promise callback. */
  readonly iteration: string | null;
}

/** Where `fn`, a callback of an awaited promise chain, runs for the function that awaits it; `null` otherwise. */
export function awaitedCallback(fn: FunctionNode, scopeOf: (node: TSESTree.Node) => Scope): InlineCallback | null {
  const { parent: call, child } = transparentParent(fn);
  if (call?.type !== 'CallExpression' || call.callee === child || !PROMISE_CALLBACKS.has(calleeName(call) ?? '')) return null;
  // Up the chain: `load().then(a).catch(b)`.
  let top: TSESTree.Node = call;
  for (;;) {
    const { parent, child: inner } = transparentParent(top);
    if (parent?.type !== 'MemberExpression' || parent.object !== inner) break;
    const next = transparentParent(parent).parent;
    if (next?.type !== 'CallExpression' || !PROMISE_CALLBACKS.has(calleeName(next) ?? '')) break;
    top = next;
  }
  const anchor = transparentParent(top).parent;
  if (anchor?.type !== 'AwaitExpression') return null;
  const owner = enclosingFunction(anchor);
  if (!owner) return null;
  return { anchor, owner, result: resultOf(anchor, scopeOf), iteration: null };
}

/**
 * Where `fn` runs for the function that calls `items.forEach(fn)` (or `map`, `some`, …): at that
 * call, before it returns. An `async` callback runs there only up to its first `await`, so it is
 * one only for code `at` that comes before any (`forEach(async (line) => { if (!line.amount)
 * return res.status(400)… ; await save(line) })`).
 */
export function iterationCallback(
  fn: FunctionNode,
  scopeOf: (node: TSESTree.Node) => Scope,
  at: TSESTree.Node,
  visitorKeys: TSESLint.SourceCode['visitorKeys'],
): InlineCallback | null {
  const { parent: call, child } = transparentParent(fn);
  if (call?.type !== 'CallExpression' || call.arguments[0] !== child) return null;
  const callee = skipTransparent(call.callee);
  const method = callee.type === 'MemberExpression' ? memberName(callee) : null;
  if (method === null || !ITERATION_METHODS.has(method)) return null;
  if (fn.async && awaitsBefore(fn, at, visitorKeys)) return null;
  const owner = enclosingFunction(call);
  if (!owner) return null;
  return { anchor: call, owner, result: resultOf(call, scopeOf), iteration: method };
}

/** True when `fn`'s own code (not that of a function inside it) may await before `at`. */
function awaitsBefore(fn: FunctionNode, at: TSESTree.Node, visitorKeys: TSESLint.SourceCode['visitorKeys']): boolean {
  let found = false;
  walkOwnBody(fn.body, visitorKeys, (node) => {
    if (node.range[0] >= at.range[0]) return;
    if (node.type === 'AwaitExpression' || (node.type === 'ForOfStatement' && node.await)) found = true;
  });
  return found;
}

/**
 * Where `fn`, handed to a call as an argument (`Model.save(doc, (err) => …)`,
 * `count().then((n) => …)`), runs for the function that makes the call: whenever the callee runs
 * it, that is after the call began, so after what the function did before the call.
 */
export function handedCallback(fn: FunctionNode): { readonly anchor: TSESTree.CallExpression; readonly owner: FunctionNode } | null {
  const { parent: call, child } = transparentParent(fn);
  if (call?.type !== 'CallExpression' || call.callee === child) return null;
  const owner = enclosingFunction(call);
  return owner ? { anchor: call, owner } : null;
}

/**
 * `load().then(a).then(b)`: the callback of the next `.then()` in the chain after `fn`, which runs
 * with what `fn` gives back, even when `fn` answered and returned (`.catch()` and `.finally()`
 * in between let it through). `null` when `fn` is no `.then()` callback or none follows.
 */
export function nextThenCallback(fn: FunctionNode): FunctionNode | null {
  const { parent: call, child } = transparentParent(fn);
  if (call?.type !== 'CallExpression' || call.arguments[0] !== child || calleeName(call) !== 'then') return null;
  let current: TSESTree.Node = call;
  for (;;) {
    const { parent, child: inner } = transparentParent(current);
    if (parent?.type !== 'MemberExpression' || parent.object !== inner) return null;
    const next = transparentParent(parent).parent;
    const name = next?.type === 'CallExpression' ? calleeName(next) : null;
    if (!next || next.type !== 'CallExpression' || !name || !PROMISE_CALLBACKS.has(name)) return null;
    const callback = next.arguments[0] && skipTransparent(next.arguments[0]);
    if (name === 'then' && callback && isFunction(callback)) return callback;
    current = next;
  }
}

/** `const report = await …`, `report = await …`: the variable the value is stored in. */
function resultOf(anchor: TSESTree.Node, scopeOf: (node: TSESTree.Node) => Scope): Variable | null {
  const { parent, child } = transparentParent(anchor);
  const target =
    parent?.type === 'VariableDeclarator' && parent.init === child
      ? parent.id
      : parent?.type === 'AssignmentExpression' && parent.right === child
        ? parent.left
        : null;
  return target?.type === 'Identifier' ? findVariable(scopeOf(target), target.name) : null;
}

/** `!report`, `report == null`, `report === undefined`: a test that holds where `report` is missing. */
function testsMissing(test: TSESTree.Node, identifier: TSESTree.Node): boolean {
  const inner = skipTransparent(test);
  if (inner.type === 'UnaryExpression') return inner.operator === '!' && skipTransparent(inner.argument) === identifier;
  if (inner.type !== 'BinaryExpression' || (inner.operator !== '==' && inner.operator !== '===')) return false;
  const other = inner.left === identifier ? inner.right : inner.right === identifier ? inner.left : null;
  return other !== null && isNullish(other);
}

/**
 * True when code between `from` and `to` tests `result` (`if (!report) return;`,
 * `report && …`): what the callback gave back may stop the function, which only values can tell.
 * With `missingWhereAnswered` (a callback that answers gives back nothing, as a `.catch()` that
 * sends does), a send inside the arm that runs where `result` is missing
 * (`if (!report) return res.status(404)…`) is not spared: that is where the callback answered.
 */
export function testedBetween(result: Variable, from: TSESTree.Node, to: TSESTree.Node, missingWhereAnswered = false): boolean {
  return result.references.some((reference) => {
    const identifier = reference.identifier;
    if (identifier.range[0] < from.range[1] || identifier.range[1] > to.range[0]) return false;
    let child: TSESTree.Node = identifier;
    for (let parent: TSESTree.Node | undefined = identifier.parent; parent && !isFunction(parent); child = parent, parent = parent.parent) {
      switch (parent.type) {
        case 'IfStatement':
          if (parent.test === child) return !(missingWhereAnswered && contains(parent.consequent, to) && testsMissing(child, identifier));
          return false;
        case 'ConditionalExpression':
        case 'WhileStatement':
        case 'DoWhileStatement':
        case 'ForStatement':
          if (parent.test === child) return true;
          if (parent.type !== 'ConditionalExpression') return false;
          break;
        case 'LogicalExpression':
          if (parent.left === child) return true;
          break;
        case 'ExpressionStatement':
        case 'VariableDeclaration':
        case 'ReturnStatement':
        case 'BlockStatement':
          return false;
        default:
          break;
      }
    }
    return false;
  });
}
