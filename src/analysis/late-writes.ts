/**
 * Can a status write or a send come after the response went out? The questions
 * `no-status-after-send` asks of two ops: which ops count as late writes, and whether one can
 * run after a send, after a send in a callback of an awaited promise, or beside deferred work.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { testedBetween, type InlineCallback } from './inline-callbacks.js';
import { contains, transparentParent } from './ast.js';
import { bareEnd } from './bare-end.js';
import { excludeEachOther } from './conditions.js';
import type { ResponseOp, Send } from './model.js';
import type { Scope } from './scope.js';
import { testsSentFlag } from './sent-flags.js';
import { catchRunsOnlyBefore } from './try-catch.js';

/** Ops a late write can be: status writes and sends the code states on their own. */
export function isWrite(op: ResponseOp): op is Exclude<ResponseOp, { kind: 'throw' }> {
  return op.kind === 'send' || (op.kind === 'status' && !isChainedIntoSend(op));
}

/**
 * `res.end()` with nothing to write: on a finished response Node ignores it. Not
 * `res.status(500).end()`, whose status is lost.
 */
export function endsQuietly(op: ResponseOp): boolean {
  return bareEnd(op)?.object.type === 'Identifier';
}

/** `res.status(400)` in `res.status(400).json(x)`: the send reports for both. */
function isChainedIntoSend(op: ResponseOp): boolean {
  return op.node.parent?.type === 'MemberExpression' && op.node.parent.object === op.node;
}

/** The sends that end the exchange (`ctx.body = x` does not: it can still be replaced). */
export function terminalSends(ops: readonly ResponseOp[]): Send[] {
  return ops.filter((op): op is Send => op.kind === 'send' && op.terminal);
}

/** What the checks below read besides the nodes: scopes, and the keys to walk a tree with. */
export interface Code {
  readonly scopeOf: (node: TSESTree.Node) => Scope;
  readonly visitorKeys: TSESLint.SourceCode['visitorKeys'];
}

/**
 * Can `later` write after `earlier` sent? Not from the `catch` of a `try` around the send, which
 * runs only if the send threw, nor under the opposite answer to a test that guards the send.
 */
export function mayWriteAfter(earlier: Send, later: TSESTree.Node, code: Code): boolean {
  return writesAfter(earlier.node, earlier.returned, later, code) && !testsSentFlag(earlier.node, later, code.scopeOf);
}

function writesAfter(earlier: TSESTree.Node, returned: boolean, later: TSESTree.Node, code: Code): boolean {
  const excludes = (a: TSESTree.Node, b: TSESTree.Node) => excludeEachOther(a, b, code.scopeOf);
  return !catchRunsOnlyBefore(later, earlier, code.visitorKeys, returned, excludes) && !excludes(earlier, later);
}

/**
 * `res.json(x); await audit(); … catch { if (res.headersSent) return; res.status(500)… }`: a check
 * between `earlier` and the later op that leaves when something was sent.
 */
export function sentCheckedBetween(earlier: TSESTree.Node, later: ResponseOp): boolean {
  return later.sentExit !== undefined && earlier.range[1] <= later.sentExit.range[0];
}

/** A send in a callback of an awaited promise chain or of an array method, as the calling function sees it: at the `await` or the call. */
export interface CallbackSend extends InlineCallback {
  readonly send: Send;
}

/**
 * Can `later`, in the function that awaits or calls, write after the callback sent? It must come
 * after the `await` (or the call), on a path from it, and the function must not test what it gave
 * back first (`if (!report) return;`), which stops it when the callback gives back nothing.
 */
export function mayWriteAfterCallback(earlier: CallbackSend, later: TSESTree.Node, code: Code): boolean {
  if (later.range[0] < earlier.anchor.range[1]) return false;
  // A promise callback that answers and gives back nothing leaves the awaited value missing; one
  // that returns its send gives back the response, and `some()` and `find()` what says it answered.
  const missingWhereAnswered = earlier.iteration === null && !givesBack(earlier.send.node);
  if (earlier.result && testedBetween(earlier.result, earlier.anchor, later, missingWhereAnswered)) return false;
  return writesAfter(earlier.anchor, false, later, code);
}

/** `return res.status(500).send(e)`, `(e) => res.status(500).send(e)`: the callback gives back what the send did. */
function givesBack(send: TSESTree.Node): boolean {
  const { parent, child } = transparentParent(send);
  return parent?.type === 'ReturnStatement' || (parent?.type === 'ArrowFunctionExpression' && parent.body === child);
}

/**
 * Can `send` and the deferred `late` op both run? Not when `send` is in the `catch` of a `try`
 * around the registration (the work was never handed over), nor when the work is registered in
 * the `catch` of a `try` whose send nothing after it can fail (`try { res.json(x) } catch {
 * setTimeout(() => res.status(401).json(e), 800) }`), nor under the opposite answer to a
 * test that guards `late`, nor when a flag set beside either one guards the other (a timeout that
 * sets `responded = true` and answers 504, and the handler's `if (!responded) res.json(x)`).
 */
export function mayBothRun(send: Send, late: ResponseOp, code: Code): boolean {
  return (
    !catchRunsOnlyBefore(send.node, late.deferred!.registration, code.visitorKeys) &&
    !catchRunsOnlyBefore(late.deferred!.registration, send.node, code.visitorKeys) &&
    !excludeEachOther(send.node, late.node, code.scopeOf) &&
    !testsSentFlag(send.node, late.node, code.scopeOf) &&
    !testsSentFlag(late.node, send.node, code.scopeOf)
  );
}

/** `res.json(x);` as a statement of its own, not inside a loop: adding `return` ends the handler there. */
export function returnableStatement(send: Send): TSESTree.ExpressionStatement | null {
  let node: TSESTree.Node = send.node;
  if (node.parent?.type === 'AwaitExpression') node = node.parent;
  const statement = node.parent;
  if (statement?.type !== 'ExpressionStatement') return null;
  for (let current: TSESTree.Node | undefined = statement.parent; current && current !== send.fn; current = current.parent) {
    if (/^(?:For|ForIn|ForOf|While|DoWhile)Statement$/.test(current.type)) return null;
  }
  return statement;
}

/**
 * `res.render('page'); next();`: the send and the `next()` are statements of one list, so every
 * path that answers goes on down the chain, and every path down the chain has answered. That is a
 * handler built to reach middleware that runs after the response (an access log, metrics), not a
 * missing `return`; Express's final handler leaves an answered request alone.
 */
export function goesOnAfterAnswering(send: Send, passOn: ResponseOp): boolean {
  const answer = returnableStatement(send);
  const goOn = passOn.node.parent;
  return (
    answer !== null &&
    (goOn?.type === 'ExpressionStatement' || goOn?.type === 'ReturnStatement') &&
    goOn.parent === answer.parent &&
    answer.range[1] <= goOn.range[0]
  );
}

/**
 * `clearTimeout(timer);` as a statement of a block that holds `node`, before it: every path
 * through that block to `node` ran it first.
 */
export function runsBefore(call: TSESTree.CallExpression, node: TSESTree.Node): boolean {
  const statement = call.parent?.type === 'ExpressionStatement' ? call.parent : null;
  const list = statement?.parent;
  return statement !== null && list !== undefined && statement.range[1] <= node.range[0] && contains(list, node);
}
