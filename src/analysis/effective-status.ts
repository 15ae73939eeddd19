/**
 * The status a send goes out with: the one it carries, or else the last status write that can
 * run before it (`res.status(404); res.json(x)`, `ctx.status = 404; ctx.body = x`). A send that is
 * not terminal (Koa's `ctx.body = x`) goes out when the handler settles, so a write that can run
 * after it on the same path (`ctx.body = x; ctx.status = 201`) sets its status too.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { isFunction, statementsOf } from './ast.js';
import type { Handler, ResponseOp, Send, StatusValue, StatusWrite } from './model.js';
import { catchEnteredOnlyBefore } from './try-catch.js';

export interface EffectiveStatus {
  readonly status: StatusValue;
  /** The separate write that sets it, when the send itself carries none. */
  readonly write: StatusWrite | null;
}

/**
 * With the file's visitor keys, a write in a `try` that nothing after it can fail
 * (`ctx.status = 404; ctx.body = fallback`) does not reach a send in its `catch`.
 */
export function effectiveStatus(send: Send, handler: Handler, visitorKeys?: TSESLint.SourceCode['visitorKeys']): EffectiveStatus {
  if (send.status.kind !== 'implicit') return { status: send.status, write: null };
  const followsOnPath = (op: ResponseOp): boolean =>
    op.node.range[0] > send.node.range[1] && op.deferred?.fn === send.deferred?.fn && !cannotReach(send.node, op.node);
  // A later write counts only while this body is the last one: once another body can replace it
  // (`catch { ctx.status = 401; ctx.body = e } ctx.status = 200; ctx.body = x`), a later status
  // belongs to that body. Source order says so only within one function: a helper that sets the
  // body and then the status (`function fail(m, s) { ctx.body = m; ctx.status = s }`) runs
  // whole, wherever the handler's other bodies sit.
  const laterWritesApply =
    !send.terminal && !handler.ops.some((op) => op.kind === 'send' && op.fn === send.fn && followsOnPath(op));
  let write: StatusWrite | null = null;
  for (const op of handler.ops) {
    if (op.kind !== 'status') continue;
    if (op.node.range[1] <= send.node.range[0]) {
      if (cannotReach(op.node, send.node) || (visitorKeys && catchEnteredOnlyBefore(send.node, op.node, visitorKeys))) continue;
      // `if (!email) { res.status(400).json(e) }` with no `return`: that 400 went out with its own
      // body; a later send is a second answer (no-status-after-send's), not one with a 400.
      if (chainedIntoSend(op, handler)) continue;
    } else {
      // `ctx.body = 'Denied'; ctx.status = 403;`: a status written right after its body is that
      // body's, whatever other bodies may come later.
      const applies = (laterWritesApply && followsOnPath(op)) || (!send.terminal && writtenRightAfter(send.node, op.node));
      if (!applies) continue;
    }
    if (op.status.kind === 'dynamic') return { status: op.status, write: op };
    write = op;
  }
  return write ? { status: write.status, write } : { status: send.status, write: null };
}

/** `later` is the statement right after `earlier`'s in the same block. */
function writtenRightAfter(earlier: TSESTree.Node, later: TSESTree.Node): boolean {
  const [first, second] = [earlier.parent, later.parent];
  if (first?.type !== 'ExpressionStatement' || second?.type !== 'ExpressionStatement' || first.parent !== second.parent) return false;
  const list = first.parent;
  if (list?.type !== 'BlockStatement' && list?.type !== 'SwitchCase') return false;
  const statements = statementsOf(list);
  return statements.indexOf(second) === statements.indexOf(first) + 1;
}

/** `res.status(400)` in `res.status(400).json(e)`: a write that a send chained onto it carries out. */
function chainedIntoSend(write: StatusWrite, handler: Handler): boolean {
  const { parent } = write.node;
  if (parent?.type !== 'MemberExpression' || parent.object !== write.node) return false;
  const call = parent.parent;
  return call?.type === 'CallExpression' && handler.ops.some((op) => op.node === call && op.kind === 'send' && op.terminal);
}

/**
 * True when code at `earlier` cannot run before `later` on one path: they sit in different arms
 * of an `if`, a conditional or a `switch`, or `earlier` is part of a `return` or `throw`
 * (`if (!name) return res.status(400).json(e);`), or its block returns or throws before control
 * leaves it.
 */
export function cannotReach(earlier: TSESTree.Node, later: TSESTree.Node): boolean {
  const ancestors = new Set<TSESTree.Node>();
  for (let node: TSESTree.Node | undefined = later; node; node = node.parent) ancestors.add(node);
  // Exits count only in the function that holds both: a `return` in a callback ends the callback,
  // while one after the callback's registration (`setTimeout(() => …); …; return;`) ends the function.
  let common = earlier.parent;
  let callbacksAround = 0;
  for (; common && !ancestors.has(common); common = common.parent) if (isFunction(common)) callbacksAround++;
  let child: TSESTree.Node = earlier;
  for (let parent = earlier.parent; parent; child = parent, parent = parent.parent) {
    if (parent === common) {
      // `child` is the arm that holds `earlier`.
      if (parent.type === 'IfStatement' || parent.type === 'ConditionalExpression') return parent.test !== child;
      return parent.type === 'SwitchStatement' && parent.discriminant !== child;
    }
    if (isFunction(parent)) callbacksAround--;
    if (callbacksAround > 0) continue;
    if (parent.type === 'ReturnStatement' || parent.type === 'ThrowStatement') return true;
    if (parent.type === 'BlockStatement' || parent.type === 'SwitchCase') {
      const statements: readonly TSESTree.Node[] = statementsOf(parent);
      // The statement holding `earlier` counts too: `return res.status(405).end();`.
      const rest = statements.slice(statements.indexOf(child));
      if (rest.some((statement) => statement.type === 'ReturnStatement' || statement.type === 'ThrowStatement')) return true;
    }
  }
  return false;
}
