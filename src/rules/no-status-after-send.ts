import type { TSESTree } from '@typescript-eslint/utils';
import { contains, isFunction, statementList, throwsAfter } from '../analysis/ast.js';
import { nextThenCallback, testedBetween } from '../analysis/inline-callbacks.js';
import { bareEnd } from '../analysis/bare-end.js';
import { endsFunction, floatingStatement } from '../analysis/downstream.js';
import type { FunctionNode, Handler, HttpThrow, ResponseOp, Send, UnawaitedDownstream } from '../analysis/model.js';
import { mayFollow, trackFlow, type FunctionFlow } from '../analysis/response-flow.js';
import type { Scope, Variable } from '../analysis/scope.js';
import {
  endsQuietly,
  isWrite,
  mayBothRun,
  mayWriteAfter,
  mayWriteAfterCallback,
  goesOnAfterAnswering,
  returnableStatement,
  runsBefore,
  sentCheckedBetween,
  terminalSends,
  type Code,
} from '../analysis/late-writes.js';
import { statusFirst } from '../analysis/channel.js';
import { catchOfTryAround } from '../analysis/try-catch.js';
import { writeTimeline } from '../analysis/write-timeline.js';
import { createRule } from '../utils/create-rule.js';

export type Options = [];
export type MessageIds =
  | 'statusAfterSend'
  | 'sendAfterSend'
  | 'sendInLoop'
  | 'lateStatus'
  | 'lateSend'
  | 'lateStatusAfterSend'
  | 'lateSendAfterSend'
  | 'sendInIteration'
  | 'watchdogSendRace'
  | 'lateThrow'
  | 'returnAfterSend'
  | 'statusAfterCallbackSend'
  | 'sendAfterCallbackSend'
  | 'statusAfterIterationSend'
  | 'sendAfterIterationSend'
  | 'handOffAfterSend'
  | 'sendAfterHandOff'
  | 'statusAfterHandOff'
  | 'sendAfterPossibleHandOff'
  | 'statusAfterPossibleHandOff'
  | 'sendAfterErrorHandOff'
  | 'statusAfterErrorHandOff'
  | 'statusChainedAfterSend'
  | 'sendChainedAfterSend'
  | 'statusBeforeSend'
  | 'onlySetStatus'
  | 'statusAfterChainedSend'
  | 'sendAfterChainedSend'
  | 'passOnAfterSend'
  | 'returnPassOn'
  | 'sendAfterPassOn'
  | 'statusAfterPassOn'
  | 'unawaitedNext'
  | 'awaitNext'
  | 'returnNext';

export default createRule<Options, MessageIds>({
  name: 'no-status-after-send',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow setting a status or sending after the response was sent',
      recommended: 'recommended',
    },
    hasSuggestions: true,
    messages: {
      statusAfterSend:
        'This status is set after the response was sent on line {{line}}, so the client never sees it. Return after the first send, or set the status before it.',
      sendAfterSend:
        'This can send a second response after the one on line {{line}}: {{effect}}. Return after the first send.',
      sendInLoop:
        'This send is inside a loop, so it can run more than once; every send after the first fails. Collect the results and send once after the loop.',
      sendInIteration:
        'This send is in a `{{method}}()` callback, which runs once per element, so it can send more than once; every send after the first fails, and a `return` ends only the callback. Collect the results and send once after the call.',
      lateStatus: 'This status is set in {{region}}, which runs after the response went out; the client never sees it.',
      lateSend:
        'This sends from {{region}}, which runs after the response went out; the send fails or is lost.',
      lateStatusAfterSend:
        'This status is set in {{region}}, which also runs where the response on line {{line}} was already sent; the client never sees it there. Return after that send.',
      lateSendAfterSend:
        'This sends from {{region}}, which also runs where the response on line {{line}} was already sent: {{effect}}. Return after that send.',
      watchdogSendRace:
        'This sends from {{region}} that fires while the handler still works, and the handler sends again on line {{line}} without checking whether this one answered: {{effect}}. Check that the response was not sent before that send.',
      lateThrow:
        'This throws a {{code}} answer from {{region}}, which runs after the response went out; the client never sees the {{code}}.',
      returnAfterSend: 'Return right after the send on line {{line}}.',
      statusAfterCallbackSend:
        'This status is set after a callback of the awaited promise sent the response on line {{line}}, so the client never sees it. A `return` in that callback ends only the callback, not the handler.',
      handOffAfterSend:
        'This hands the response to `{{helper}}()`, which answers it again after the send on line {{line}}: {{effect}}. Return after the first send.',
      sendAfterHandOff:
        'This can send a second response after `{{helper}}()` answered on line {{line}}: {{effect}}. Return after that call.',
      statusAfterHandOff:
        'This status is set after `{{helper}}()` answered on line {{line}}, so the client never sees it. Return after that call.',
      sendAfterPossibleHandOff:
        'This can send a second response after `{{helper}}()` on line {{line}}, which answers on some paths and then returns: {{effect}}. Have it tell the caller whether it answered, and return when it did.',
      statusAfterPossibleHandOff:
        'This status is set after `{{helper}}()` on line {{line}}, which answers on some paths and then returns; when it has answered, the client never sees this status. Have it tell the caller whether it answered.',
      sendAfterErrorHandOff:
        'This can send a second response after `{{call}}()` on line {{line}} handed the error to error middleware, which answers it: {{effect}}. Return that call.',
      statusAfterErrorHandOff:
        'This status is set after `{{call}}()` on line {{line}} handed the error to error middleware, which answers it; the client never sees this status. Return that call.',
      statusChainedAfterSend:
        'This status is chained after the send, which has already answered, so the client never sees it. Set the status before the send.',
      sendChainedAfterSend:
        'This sends again on the response that `{{method}}()` already sent: {{effect}}.',
      statusBeforeSend: 'Set the status before the send.',
      onlySetStatus: 'Set the status with `{{method}}()` and send once.',
      sendAfterCallbackSend:
        'This can send a second response after the one a callback of the awaited promise sends on line {{line}}: {{effect}}. A `return` in that callback ends only the callback; stop the handler after the `await` too, or send from one place.',
      statusAfterIterationSend:
        'This status is set after the `{{method}}()` callback sent the response on line {{line}}, so the client never sees it. A `return` in that callback ends only that call, not the handler.',
      sendAfterIterationSend:
        'This can send a second response after the one the `{{method}}()` callback sends on line {{line}}: {{effect}}. A `return` in that callback ends only that call, and the handler goes on; find the failure first (`some()`, `find()` or a `for…of` loop) and return after sending.',
      statusAfterChainedSend:
        'This status is set after an earlier `.then()` callback sent the response on line {{line}}, so the client never sees it. A `return` there hands its value to this callback, which still runs; throw there instead, or answer from one place.',
      sendAfterChainedSend:
        'This can send a second response after the one an earlier `.then()` callback sends on line {{line}}: {{effect}}. A `return` there hands its value to this callback, which still runs; throw there instead, or answer from one place.',
      passOnAfterSend:
        '`{{call}}` passes the request on after the response was sent on line {{line}}, so the handlers after this one answer it again. Return after the send, or call `{{call}}` only where nothing was sent.',
      returnPassOn: 'Return the `{{call}}` on line {{line}}.',
      sendAfterPassOn:
        'This can send a second response after `{{call}}` on line {{line}} passed the request on to handlers that answer it: {{effect}}. Return that call.',
      statusAfterPassOn:
        'This status is set after `{{call}}` on line {{line}} passed the request on to handlers that answer it, so the client never sees it. Return that call.',
      unawaitedNext:
        '`{{call}}` is neither awaited nor returned: {{effect}}.',
      awaitNext: 'Await it: `await {{call}}`.',
      returnNext: 'Return it: `return {{call}}`.',
    },
    schema: [],
  },
  create(context, _options, model) {
    const { sourceCode } = context;
    const code: Code = { scopeOf: (node) => sourceCode.getScope(node) as Scope, visitorKeys: sourceCode.visitorKeys };

    for (const handler of model.handlers) {
      for (const unawaited of handler.unawaitedDownstream) reportUnawaitedNext(handler.fn, unawaited);
    }

    /** `next();` in middleware: the answer goes out before the rest of the chain has given one. */
    function reportUnawaitedNext(fn: FunctionNode, { node, effect }: UnawaitedDownstream): void {
      const call = sourceCode.getText(node);
      const statement = floatingStatement(node);
      // `async (ctx, next) => { next(); … }` awaits in place; a plain function can return the
      // call only where nothing of its own runs after it.
      const fix = statement && (fn.async ? 'await' : endsFunction(statement, fn) ? 'return' : null);
      context.report({
        node,
        messageId: 'unawaitedNext',
        data: { call, effect },
        suggest: statement && fix
          ? [{ messageId: fix === 'await' ? 'awaitNext' : 'returnNext', data: { call }, fix: (fixer) => fixer.insertTextBefore(statement, `${fix} `) }]
          : [],
      });
    }

    const {
      opsByFunction,
      deferredByFunction,
      alwaysLate,
      lateThrows,
      callbackSendsByFunction,
      handedWritesByFunction,
      errorHandOffs,
      handOffs,
      answersOnlySometimes,
      passOns,
      repeatedSends,
    } = writeTimeline(model, code);
    // Writes already reported, by whichever check came first.
    const reportedOps = new Set<ResponseOp>();
    for (const op of lateThrows) reportLateThrow(op);
    for (const op of alwaysLate) reportLate(op);

    /**
     * `sentBy`: for work that is late only where the handler itself answered (a promise it does not
     * await), the send that answered; the report names it, since the fix is a `return` after it.
     */
    function reportLate(op: ResponseOp, sentBy?: Send): void {
      // `res.on('close', () => res.end())`: an `end()` with nothing to write is ignored when late.
      if (!isWrite(op) || !op.deferred || endsQuietly(op) || reportedOps.has(op)) return;
      reportedOps.add(op);
      const region = op.deferred.description;
      if (sentBy) {
        context.report({
          node: op.node,
          messageId: op.kind === 'status' ? 'lateStatusAfterSend' : 'lateSendAfterSend',
          data: { region, line: sentBy.node.loc.start.line, ...(op.kind === 'send' && { effect: handlerOwning(op)?.secondSendEffect }) },
        });
        return;
      }
      context.report({ node: op.node, messageId: op.kind === 'status' ? 'lateStatus' : 'lateSend', data: { region } });
    }

    /** A watchdog timer's send, and the handler's `send` past its `clearTimeout()` that does not check whether the timer answered. */
    function reportRace(late: ResponseOp, send: Send | undefined): void {
      if (!send || late.kind !== 'send' || endsQuietly(late) || reportedOps.has(late)) return;
      reportedOps.add(late);
      context.report({
        node: late.node,
        messageId: 'watchdogSendRace',
        data: { region: late.deferred!.description, line: send.node.loc.start.line, effect: handlerOwning(send)?.secondSendEffect },
      });
    }

    /** `after(() => notFound())`: an HTTP answer thrown where no response can carry it any more. */
    function reportLateThrow(op: HttpThrow): void {
      if (op.status.kind !== 'explicit') return;
      context.report({
        node: op.node,
        messageId: 'lateThrow',
        data: { code: op.status.code, region: op.deferred!.description },
      });
    }

    /** A write that a send before it makes too late; not a helper that only sometimes answers. */
    function canComeLate(op: ResponseOp): op is Exclude<ResponseOp, { kind: 'throw' }> {
      return isWrite(op) && !endsQuietly(op) && !answersOnlySometimes.has(op) && !errorHandOffs.has(op);
    }

    function checkFunction(fn: TSESTree.Node, flow: FunctionFlow): void {
      const ops = opsByFunction.get(fn) ?? [];
      const sends = terminalSends(ops);
      const reported = new Set<ResponseOp>();
      // One report per send that lets the handler go on: the writes after a missing `return`
      // share its one fix, so only the first of them is reported. A later send without a `return`
      // of its own is another mistake, and is paired with what follows it.
      const answeredEarlier = new Set<Send>();
      for (const later of ops) {
        if (!canComeLate(later) || reported.has(later) || afterChainedSend.has(later)) continue;
        const first = sends.find(
          (send) =>
            (send === later || (!answeredEarlier.has(send) && !endsAfterFix(send, answeredEarlier))) &&
            flow.canFollow(send.node, later.node) &&
            mayWriteAfter(send, later.node, code) &&
            !sentCheckedBetween(send.node, later),
        );
        if (!first) continue;
        // A send in a loop is its own problem (`sendInLoop`), whatever else follows it.
        if (first !== later) answeredEarlier.add(first);
        reported.add(later);
        reportedOps.add(later);
        reportAfterSend(first, later);
      }
      for (const { anchor, later } of handedWritesByFunction.get(fn) ?? []) {
        if (!canComeLate(later) || reportedOps.has(later) || afterChainedSend.has(later)) continue;
        const first = sends.find(
          (earlier) =>
            sendsBeforeCall(earlier, anchor) &&
            flow.canFollow(earlier.node, anchor) &&
            mayWriteAfter(earlier, later.node, code) &&
            !sentCheckedBetween(earlier.node, later),
        );
        if (!first || answeredEarlier.has(first)) continue;
        answeredEarlier.add(first);
        reportedOps.add(later);
        reportAfterSend(first, later);
      }
      for (const earlier of callbackSendsByFunction.get(fn) ?? []) {
        for (const later of ops) {
          if (!canComeLate(later) || reported.has(later)) continue;
          if (!flow.canFollow(earlier.anchor, later.node) || !mayWriteAfterCallback(earlier, later.node, code)) continue;
          if (sentCheckedBetween(earlier.anchor, later)) continue;
          reported.add(later);
          reportedOps.add(later);
          const byIteration = earlier.iteration !== null;
          context.report({
            node: later.node,
            messageId:
              later.kind === 'status'
                ? byIteration ? 'statusAfterIterationSend' : 'statusAfterCallbackSend'
                : byIteration ? 'sendAfterIterationSend' : 'sendAfterCallbackSend',
            data: {
              line: earlier.send.node.loc.start.line,
              method: earlier.iteration,
              ...(later.kind === 'send' && { effect: handlerOwning(later)?.secondSendEffect }),
            },
          });
        }
      }
      for (const late of deferredByFunction.get(fn) ?? []) {
        const { registration, clears } = late.deferred!;
        const both = sends.filter(
          (send) => mayBothRun(send, late, code) && (flow.canFollow(send.node, registration) || flow.canFollow(registration, send.node)),
        );
        // A watchdog (`clearTimeout(timer)` before the send) fires only before the send: they race.
        const races = (send: Send) => clears !== undefined && clears.some((clear) => runsBefore(clear, send.node));
        const responds = both.find((send) => !races(send));
        // `if (!item) { res.status(404).send(x) }` before the work is registered: the send that
        // lacks a `return` is the mistake to name.
        if (responds) reportLate(late, answersInBranchBefore(responds, registration) ? responds : undefined);
        else reportRace(late, both.find((send) => !send.guardedBySentCheck && !send.sentExit));
      }
    }

    /**
     * `res.send(a); res.send(b); res.send(c)`: `b` is a statement right in the block of an earlier
     * send already reported, so the `return` that fixes that one leaves `b` behind it, unreached.
     */
    function endsAfterFix(send: Send, answered: ReadonlySet<Send>): boolean {
      const statement = returnableStatement(send);
      if (!statement) return false;
      for (const earlier of answered) {
        if (returnableStatement(earlier)?.parent === statement.parent && earlier.node.range[0] < send.node.range[0]) return true;
      }
      return false;
    }

    /** A send in a branch that ends before `node`, in a block that does not hold `node`. */
    function answersInBranchBefore(send: Send, node: TSESTree.Node): boolean {
      const list = statementList(send.node);
      return send.node.range[1] <= node.range[0] && list !== undefined && !contains(list, node);
    }

    /** Asked only when reporting, which is rare: cheaper than a map of every op. */
    function handlerOwning(op: ResponseOp): Handler | undefined {
      // A call that stands for a send (`next()`) is no op of a handler's own: the handler around it owns it.
      return (
        handOffs.get(op)?.handler ??
        model.handlers.find((handler) => handler.ops.includes(op)) ??
        model.handlers.find((handler) => contains(handler.fn, op.node))
      );
    }

    /** `next`, `nextFn` for `next()` or `next(err)` as written. */
    function calleeText(op: ResponseOp): string {
      return op.node.type === 'CallExpression' ? sourceCode.getText(op.node.callee) : 'next';
    }

    /** `next()` as written. */
    function callText(op: ResponseOp): string {
      return `${calleeText(op)}()`;
    }

    /** How a report names the helper a call hands the response to. */
    function helperName(op: ResponseOp): string | null {
      const call = handOffs.get(op)?.call;
      return call ? context.sourceCode.getText(call.callee) : null;
    }

    function reportAfterSend(first: Send, later: Exclude<ResponseOp, { kind: 'throw' }>): void {
      if (first === later) {
        context.report({ node: later.node, messageId: 'sendInLoop' });
        return;
      }
      if (chainedOnto(later.node, first.node)) {
        reportChained(first, later);
        return;
      }
      if (passOns.has(later) && goesOnAfterAnswering(first, later)) return;
      const line = first.node.loc.start.line;
      const answeredBy = helperName(first);
      const effect = handlerOwning(later)?.secondSendEffect;
      if (answeredBy && answersOnlySometimes.has(first)) {
        context.report({
          node: later.node,
          messageId: later.kind === 'status' ? 'statusAfterPossibleHandOff' : 'sendAfterPossibleHandOff',
          data: { line, helper: answeredBy, ...(later.kind === 'send' && { effect }) },
        });
        return;
      }
      // From a `catch` the `try` reaches after its send, a `return` would skip the work that failed.
      const statement = catchOfTryAround(later.node, first.node) ? null : returnableStatement(first);
      context.report({
        node: later.node,
        ...afterSendMessage(first, later, line, answeredBy, effect),
        suggest: statement
          ? [
              passOns.has(first)
                ? { messageId: 'returnPassOn', data: { line, call: callText(first) }, fix: (fixer) => fixer.insertTextBefore(statement, 'return ') }
                : { messageId: 'returnAfterSend', data: { line }, fix: (fixer) => fixer.insertTextBefore(statement, 'return ') },
            ]
          : [],
      });
    }

    /**
     * `res.json(x).status(404)`: the status goes before the send. `res.sendStatus(500).json(x)`:
     * the first call was meant to set the status only.
     */
    function reportChained(first: Send, later: Exclude<ResponseOp, { kind: 'throw' }>): void {
      // `res.json(x).status(200)`: lost, but the response already went out with that status.
      if (later.kind === 'status' && later.status.kind === 'explicit' && sentStatus(first) === later.status.code) return;
      if (later.kind === 'status' || bareEnd(later)) {
        const moved = statusMovedBefore(first.node, later.node);
        context.report({
          node: later.node,
          messageId: 'statusChainedAfterSend',
          suggest: moved ? [{ messageId: 'statusBeforeSend', fix: (fixer) => fixer.replaceText(later.node, moved) }] : [],
        });
        return;
      }
      const { statusWriteOnly, statusWriteMethod } = first.fixes;
      const method = first.node.type === 'CallExpression' ? context.sourceCode.getText(first.node.callee).replace(/^.*\./s, '') : 'send';
      context.report({
        node: later.node,
        messageId: 'sendChainedAfterSend',
        data: { method, effect: handlerOwning(later)?.secondSendEffect },
        suggest: statusWriteOnly ? [{ messageId: 'onlySetStatus', data: { method: statusWriteMethod }, fix: statusWriteOnly }] : [],
      });
    }

    /** `res.json(x).status(404)` as `res.status(404).json(x)`; `null` when the chain has more links. */
    function statusMovedBefore(send: TSESTree.Node, status: TSESTree.Node): string | null {
      if (send.type !== 'CallExpression' || send.callee.type !== 'MemberExpression') return null;
      if (status.type !== 'CallExpression' || status.callee.type !== 'MemberExpression' || status.callee.object !== send) return null;
      return statusFirst(send.callee.object, send, status, context.sourceCode.text);
    }

    /** What a write after `first` is told: who answered first (a helper, error middleware, a send) and what is lost. */
    function afterSendMessage(
      first: Send,
      later: Exclude<ResponseOp, { kind: 'throw' }>,
      line: number,
      answeredBy: string | null,
      effect: string | undefined,
    ): { messageId: MessageIds; data: Record<string, unknown> } {
      const handedTo = helperName(later);
      if (handedTo) return { messageId: 'handOffAfterSend', data: { line, helper: handedTo, effect } };
      if (passOns.has(later)) return { messageId: 'passOnAfterSend', data: { line, call: callText(later) } };
      if (passOns.has(first)) {
        return { messageId: later.kind === 'status' ? 'statusAfterPassOn' : 'sendAfterPassOn', data: { line, call: callText(first), effect } };
      }
      if (answeredBy) {
        return { messageId: later.kind === 'status' ? 'statusAfterHandOff' : 'sendAfterHandOff', data: { line, helper: answeredBy, effect } };
      }
      if (errorHandOffs.has(first)) {
        const call = calleeText(first);
        return { messageId: later.kind === 'status' ? 'statusAfterErrorHandOff' : 'sendAfterErrorHandOff', data: { line, call, effect } };
      }
      if (later.kind === 'status' || bareEnd(later)) return { messageId: 'statusAfterSend', data: { line } };
      return { messageId: 'sendAfterSend', data: { line, effect } };
    }

    // `.then((p) => { if (!p) return res.status(404).json(…); … }).then((o) => res.status(201).json(o))`:
    // a `return` in a `.then()` callback hands its value on, and the next callback still runs.
    const afterChainedSend = new Set<ResponseOp>();
    for (const [fn, ops] of opsByFunction) {
      // `res.status(404).json(x); throw new NotFound()`: the chain skips to its `.catch()`.
      const first = isFunction(fn) ? terminalSends(ops).find((send) => !throwsAfter(send.node)) : undefined;
      const next = first && nextThenCallback(fn as FunctionNode);
      if (!first || !next) continue;
      const [param] = sourceCode.getDeclaredVariables(next) as Variable[];
      const later = opsByFunction
        .get(next)
        ?.find((op) => canComeLate(op) && !(param && next.params[0] && testedBetween(param, next.params[0], op.node)));
      if (!later) continue;
      afterChainedSend.add(later);
      context.report({
        node: later.node,
        messageId: later.kind === 'status' ? 'statusAfterChainedSend' : 'sendAfterChainedSend',
        data: { line: first.node.loc.start.line, ...(later.kind === 'send' && { effect: handlerOwning(later)?.secondSendEffect }) },
      });
    }

    // Code paths are followed only in functions where the structure alone cannot tell:
    // `return res.json(x)` before the last send, the usual shape, needs none.
    const tracked = new Set<TSESTree.Node>();
    // Callback sends that a later write of the caller may follow: that report names the callback.
    const pairedCallbackSends = new Set<Send>();
    for (const [fn, ops] of opsByFunction) {
      const sends = terminalSends(ops);
      const late = deferredByFunction.get(fn) ?? [];
      const callbackSends = (callbackSendsByFunction.get(fn) ?? []).filter((earlier) =>
        ops.some((later) => canComeLate(later) && mayWriteAfterCallback(earlier, later.node, code)),
      );
      for (const earlier of callbackSends) {
        tracked.add(earlier.anchor);
        pairedCallbackSends.add(earlier.send);
      }
      const handed = (handedWritesByFunction.get(fn) ?? []).filter(({ anchor, later }) =>
        canComeLate(later) &&
        sends.some((earlier) => sendsBeforeCall(earlier, anchor) && mayFollow(earlier.node, anchor, fn) && mayWriteAfter(earlier, later.node, code)),
      );
      for (const { anchor } of handed) tracked.add(anchor);
      const needsFlow =
        handed.length > 0 ||
        callbackSends.length > 0 ||
        late.some((op) => sends.some((send) => mayBothRun(send, op, code))) ||
        ops.some(
          (later) =>
            canComeLate(later) &&
            sends.some((earlier) => mayFollow(earlier.node, later.node, fn) && mayWriteAfter(earlier, later.node, code)),
        );
      if (!needsFlow) continue;
      for (const op of ops) tracked.add(op.node);
      for (const op of late) tracked.add(op.deferred!.registration);
    }
    for (const [op, method] of repeatedSends) {
      if (pairedCallbackSends.has(op) || reportedOps.has(op)) continue;
      reportedOps.add(op);
      context.report({ node: op.node, messageId: 'sendInIteration', data: { method } });
    }
    if (tracked.size === 0) return {};
    return trackFlow(tracked, (fn, flow) => checkFunction(fn, flow)) as never;
  },
});

/** The send is done before the call begins: not the call itself (`res.sendFile(p, (err) => …)`) nor inside it. */
function sendsBeforeCall(send: Send, call: TSESTree.CallExpression): boolean {
  return send.node.range[1] <= call.range[0];
}

/** The status a send went out with, when known: its own, or 200 when it states none. */
function sentStatus(send: Send): number | null {
  if (send.status.kind === 'explicit') return send.status.code;
  return send.status.kind === 'implicit' ? 200 : null;
}

/** `res.sendStatus(500).json(x)`: the later op is a call made on what the earlier one gave back. */
function chainedOnto(later: TSESTree.Node, earlier: TSESTree.Node): boolean {
  for (let node: TSESTree.Node = earlier; node.parent; node = node.parent) {
    const parent = node.parent;
    if (parent.type === 'MemberExpression' && parent.object === node) continue;
    if (parent.type === 'CallExpression' && parent.callee === node) {
      if (parent === later) return true;
      continue;
    }
    if (parent.type === 'TSNonNullExpression' || parent.type === 'ChainExpression') continue;
    return false;
  }
  return false;
}
