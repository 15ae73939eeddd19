/**
 * Calls that hand a handler's channel to another function of the same file which answers on
 * every path: `await listConnections(req, res)` where `listConnections` ends with
 * `res.json(connections)`, or `badRequest(res, message)`. For the caller, such a call sends.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { contains, skipTransparent, statementsOf, throwsAfter, transparentParent, walkOwnBody } from './ast.js';
import { IMPLICIT_STATUS, type FunctionNode, type HandOff, type Handler, type HandlerModel, type ResponseOp, type Send } from './model.js';
import { effectiveStatus } from './effective-status.js';
import { declaredFunction, findVariable, type Scope, type Variable } from './scope.js';
import { isStatusLikeNumber } from './status-codes.js';

/** A call that passes a channel binding to a function declared in the same file. */
export interface HandOffCall {
  readonly call: TSESTree.CallExpression;
  readonly target: FunctionNode;
  /** Where the call passes the channel: `badRequest(res, msg)` passes it first. */
  readonly argument: number;
}

/** `helper(req, res)`: the calls among the uses of `channel` that hand it to a same-file function. */
export function handOffCalls(channel: Variable, scopeOf: (node: TSESTree.Node) => Scope): HandOffCall[] {
  const found: HandOffCall[] = [];
  for (const reference of channel.references) {
    const { parent, child } = transparentParent(reference.identifier);
    if (parent?.type !== 'CallExpression' || parent.callee === child) continue;
    const callee = skipTransparent(parent.callee);
    if (callee.type !== 'Identifier') continue;
    const target = declaredFunction(callee, scopeOf(callee));
    if (target) found.push({ call: parent, target, argument: parent.arguments.indexOf(child as TSESTree.CallExpressionArgument) });
  }
  return found;
}

/**
 * `apiStatus(res, 'Not allowed', 401);`, `await sendErrorResponse(res, 500, e.message);`: a call, as a
 * statement, of a function imported from another module, named for answering, handed the channel
 * and a status written out. Its code is not in the file, but such a call answers. `setStatus(res,
 * 404)` only sets one.
 */
export function answeringCalls(channel: Variable, scopeOf: (node: TSESTree.Node) => Scope): TSESTree.CallExpression[] {
  const found: TSESTree.CallExpression[] = [];
  for (const reference of channel.references) {
    const { parent, child } = transparentParent(reference.identifier);
    if (parent?.type !== 'CallExpression' || parent.callee === child || !isIgnoredCall(parent)) continue;
    const callee = skipTransparent(parent.callee);
    if (callee.type !== 'Identifier' || !ANSWERING_NAME.test(callee.name) || /^set[A-Z]/.test(callee.name)) continue;
    if (!parent.arguments.some(isWrittenStatus) || !isImported(callee, scopeOf(callee))) continue;
    found.push(parent);
  }
  return found;
}

/** Words of a function that answers: `sendJson`, `errorResponse`, `apiStatus`, `replyFail`, `writePlain`. */
const ANSWERING_NAME = /send|respon|reply|json|error|fail|success|status|write|render/i;

function isWrittenStatus(argument: TSESTree.Node): boolean {
  return argument.type === 'Literal' && isStatusLikeNumber(argument.value);
}

/** `import { apiStatus } from '../lib/util'`, `const { apiStatus } = require('../lib/util')`. */
function isImported(identifier: TSESTree.Identifier, scope: Scope): boolean {
  const definition = findVariable(scope, identifier.name)?.defs[0];
  if (definition?.type === 'ImportBinding') return true;
  if (definition?.type !== 'Variable' || !definition.node.init) return false;
  let init = skipTransparent(definition.node.init);
  while (init.type === 'MemberExpression') init = skipTransparent(init.object);
  return init.type === 'CallExpression' && init.callee.type === 'Identifier' && init.callee.name === 'require';
}

/**
 * True when the handler answers on every path: its last statement (or its expression body) is
 * a send of its own, not in a callback or deferred work. A helper that answers only on failure
 * (`if (!valid) return res.status(400)…; return true`) does not. Where handlers answer by
 * returning (Hono, Fetch handlers), a helper that returns its answer hands it back to the
 * caller, which decides whether to send it: only a send that is not returned counts.
 */
export function alwaysAnswers(handler: Handler, visitorKeys: TSESLint.SourceCode['visitorKeys']): boolean {
  return endsWithSend(handler.fn.body, handler) && !leavesWithoutSending(handler, visitorKeys);
}

/**
 * `if (error.code !== 'POLICY') return false;` before the send: a `return` of the handler's own
 * that neither sends nor follows a send in its block leaves on a path where nothing was sent
 * (the caller tests what it gets back). `res.json(x); return;` sent first.
 */
function leavesWithoutSending(handler: Handler, visitorKeys: TSESLint.SourceCode['visitorKeys']): boolean {
  const sends = handler.ops.filter((op) => sendsItself(op, handler));
  const sendsWithin = (node: TSESTree.Node): boolean => sends.some((op) => contains(node, op.node));
  let found = false;
  walkOwnBody(handler.fn.body, visitorKeys, (node) => {
    if (found || node.type !== 'ReturnStatement' || (node.argument && sendsWithin(node.argument))) return;
    const list = node.parent?.type === 'BlockStatement' || node.parent?.type === 'SwitchCase' ? statementsOf(node.parent) : [];
    found = !list.slice(0, list.indexOf(node)).some(sendsWithin);
  });
  return found;
}

/** The statement is a send, or an `if`/`else` (or a block) whose every arm ends with one. */
function endsWithSend(last: TSESTree.Node | undefined | null, handler: Handler): boolean {
  if (!last) return false;
  if (last.type === 'BlockStatement') return endsWithSend(last.body.at(-1), handler);
  if (last.type === 'IfStatement') return endsWithSend(last.consequent, handler) && endsWithSend(last.alternate, handler);
  return handler.ops.some(
    (op) =>
      sendsItself(op, handler) &&
      last.range[0] <= op.node.range[0] &&
      op.node.range[1] <= last.range[1] &&
      isWholeStatement(op.node, last, !handler.respondsByReturn),
  );
}

/**
 * True when the handler answers on some path with a send of its own that it does not return
 * (`if (!allowed) { res.status(403).send('…') }`), and so may go back to its caller after it. A
 * send followed by a `throw` (`res.status(500).json(e); throw e;`) does not go back.
 */
export function mayAnswer(handler: Handler): boolean {
  return handler.ops.some(
    (op) => sendsItself(op, handler) && (!handler.respondsByReturn || !isReturned(op.node)) && !throwsAfter(op.node),
  );
}

/** A send that ends the exchange, made by the handler's own code: not in a callback, deferred work, or under a sent check. */
function sendsItself(op: ResponseOp, handler: Handler): boolean {
  return op.kind === 'send' && op.terminal && op.fn === handler.fn && !op.deferred && !op.guardedBySentCheck;
}

function isReturned(node: TSESTree.Node): boolean {
  const parent = outermost(node).parent;
  return parent?.type === 'ReturnStatement' || parent?.type === 'ArrowFunctionExpression';
}

/** `res.json(x);`, `await res.json(x);`, and where `returnedCounts`, `return res.json(x);` and an arrow's body: the send is the whole statement. */
function isWholeStatement(send: TSESTree.Node, statement: TSESTree.Node, returnedCounts: boolean): boolean {
  const node = outermost(send);
  if (node === statement) return returnedCounts;
  const parent = node.parent;
  return parent === statement && (parent.type === 'ExpressionStatement' || (returnedCounts && parent.type === 'ReturnStatement'));
}

/** The send with the `await` and the wrappers that hold it: `await (res.json(x) as T)`. */
function outermost(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (current.parent && (current.parent.type === 'AwaitExpression' || transparentParent(current).child !== current)) current = current.parent;
  return current;
}

/** `applyCors(origin, res);`, `await check(req, res);`: a call whose result the caller throws away. */
export function isIgnoredCall(call: TSESTree.CallExpression): boolean {
  const parent = call.parent?.type === 'AwaitExpression' ? call.parent.parent : call.parent;
  return parent?.type === 'ExpressionStatement';
}

/**
 * `await listConnections(req, res)`: a call that hands the response to a helper that answers is,
 * for the caller, a send with no body of its own; so is `next(err)`, whose error middleware answers.
 */
export function handOffSend(handOff: { readonly node: TSESTree.Node; readonly fn: FunctionNode; readonly sentExit?: TSESTree.IfStatement }): Send {
  return {
    kind: 'send',
    node: handOff.node,
    ...(handOff.sentExit && { sentExit: handOff.sentExit }),
    fn: handOff.fn,
    deferred: null,
    guardedBySentCheck: false,
    status: IMPLICIT_STATUS,
    body: null,
    bodyKind: 'none',
    terminal: true,
    returned: false,
    numericBodyEffect: null,
    numericBodyDeprecatedForm: false,
    view: null,
    suppliedText: null,
    fixes: {},
  };
}

/** A same-file helper some route hands the response to with no status set, and one such call. */
export interface UnsetHandOff {
  readonly helper: Handler;
  readonly call: HandOff;
  readonly caller: Handler;
}

/**
 * Same-file helpers handed the response (`sendError(res, err)`) that some caller hands it with no
 * status set before the call: what they send then goes out with their own status, or 200. Route
 * handlers of the file are judged as routes already, and are left out.
 */
export function helpersAnsweringUnset(model: HandlerModel, visitorKeys: TSESLint.SourceCode['visitorKeys']): UnsetHandOff[] {
  const routes = new Set(model.handlers);
  const found = new Map<Handler, UnsetHandOff>();
  for (const caller of model.handlers) {
    for (const call of caller.handOffs) {
      const { helper } = call;
      if (routes.has(helper) || found.has(helper)) continue;
      if (effectiveStatus(handOffSend(call), caller, visitorKeys).status.kind === 'implicit') found.set(helper, { helper, call, caller });
    }
  }
  return [...found.values()];
}
