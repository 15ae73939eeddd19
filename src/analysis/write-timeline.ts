/**
 * The writes of a file's handlers, laid out as `no-status-after-send` compares them: each
 * function's own writes in source order, with the calls that stand for a send (a helper that
 * answers, `next()`, `next(err)`), the work deferred past the handler, and the writes in
 * callbacks as the function that runs or registers them sees them.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { enclosingFunction, skipTransparent, throwsAfter } from './ast.js';
import { handOffSend, isIgnoredCall } from './hand-offs.js';
import { awaitedCallback, handedCallback, iterationCallback } from './inline-callbacks.js';
import type { CallbackSend, Code } from './late-writes.js';
import type { Handler, HandlerModel, HttpThrow, ResponseOp, Send } from './model.js';

/** A write in a callback handed to a call, and the call: where the function that makes it sees the write. */
export interface HandedWrite {
  readonly anchor: TSESTree.CallExpression;
  readonly later: ResponseOp;
}

export interface WriteTimeline {
  /** Each function's writes in source order, with the sends its calls stand for. */
  readonly opsByFunction: ReadonlyMap<TSESTree.Node, ResponseOp[]>;
  /** Work deferred past the handler only if it answers (a `.then()` nobody awaits, a timer), by the function that registers it. */
  readonly deferredByFunction: ReadonlyMap<TSESTree.Node, readonly ResponseOp[]>;
  /** Writes in work that always runs after the response (`after()`, a `finish` listener). */
  readonly alwaysLate: readonly ResponseOp[];
  /** HTTP answers thrown there (`after(() => notFound())`). */
  readonly lateThrows: readonly HttpThrow[];
  /** Sends in callbacks of an awaited promise or of an array method, by the function that awaits or calls. */
  readonly callbackSendsByFunction: ReadonlyMap<TSESTree.Node, readonly CallbackSend[]>;
  /** `Topic.save(x, (err) => res.json(ok))`: writes in callbacks handed to calls, by the function that makes the call. */
  readonly handedWritesByFunction: ReadonlyMap<TSESTree.Node, readonly HandedWrite[]>;
  /** `next(err)` not returned, as a send: error middleware answers and the handler goes on. */
  readonly errorHandOffs: ReadonlySet<ResponseOp>;
  /**
   * Calls that hand the response to a helper that answers, of the file or of another module
   * (`apiStatus(res, msg, 401)`), as sends of the caller, with the handler that makes them.
   */
  readonly handOffs: ReadonlyMap<ResponseOp, { readonly call: TSESTree.CallExpression; readonly handler: Handler }>;
  /** Of those, the helpers that answer only on some paths: they count only as an earlier send. */
  readonly answersOnlySometimes: ReadonlySet<ResponseOp>;
  /** Express's `next()`, as a send: the handlers down the chain answer. */
  readonly passOns: ReadonlySet<ResponseOp>;
  /** `items.forEach((item) => res.json(item))`: sends in a callback called once per element, with its method. */
  readonly repeatedSends: ReadonlyMap<Send, string>;
}

/**
 * Array methods that call their callback for every element, whatever it returns (`some()` and
 * `find()` stop at the first that answers `true`).
 */
const EVERY_ELEMENT = new Set(['forEach', 'map', 'flatMap', 'filter', 'reduce', 'reduceRight']);

export function writeTimeline(model: HandlerModel, code: Code): WriteTimeline {
  const opsByFunction = new Map<TSESTree.Node, ResponseOp[]>();
  const deferredByFunction = new Map<TSESTree.Node, ResponseOp[]>();
  const alwaysLate: ResponseOp[] = [];
  const lateThrows: HttpThrow[] = [];
  const callbackSendsByFunction = new Map<TSESTree.Node, CallbackSend[]>();
  const handedWritesByFunction = new Map<TSESTree.Node, HandedWrite[]>();
  const errorHandOffs = new Set<ResponseOp>();
  const repeatedSends = new Map<Send, string>();
  for (const handler of model.handlers) {
    for (const op of handler.ops) {
      if (op.kind === 'throw') {
        if (op.deferred?.timing === 'always' && op.status.kind === 'explicit') lateThrows.push(op);
        if (op.handsOn && !op.deferred && !op.guardedBySentCheck) {
          const send = handOffSend(op);
          errorHandOffs.add(send);
          push(opsByFunction, op.fn, send);
        }
        continue;
      }
      if (op.guardedBySentCheck) continue;
      const handed = op.fn === handler.fn || op.deferred?.timing === 'always' ? null : handedCallback(op.fn);
      // Deferred work registered in the same function (a timer) is judged as deferred.
      const deferredThere = op.deferred && (enclosingFunction(op.deferred.registration) ?? handler.fn) === handed?.owner;
      if (handed && !deferredThere) push(handedWritesByFunction, handed.owner, { anchor: handed.anchor, later: op });
      if (!op.deferred) {
        push(opsByFunction, op.fn, op);
        // `.catch((e) => { res.status(400).json(x); throw e; })`: the throw stops the function too.
        if (op.kind !== 'send' || !op.terminal || op.fn === handler.fn || throwsAfter(op.node)) continue;
        const caller = awaitedCallback(op.fn, code.scopeOf) ?? iterationCallback(op.fn, code.scopeOf, op.node, code.visitorKeys);
        if (!caller) continue;
        push(callbackSendsByFunction, caller.owner, { ...caller, send: op });
        if (caller.iteration && EVERY_ELEMENT.has(caller.iteration) && !overOneElement(caller.anchor)) repeatedSends.set(op, caller.iteration);
      } else if (op.deferred.timing === 'always') {
        alwaysLate.push(op);
      } else {
        push(deferredByFunction, enclosingFunction(op.deferred.registration) ?? handler.fn, op);
        // Two sends in one `.then()` callback, the first without a `return`, clash there too.
        push(opsByFunction, op.fn, op);
      }
    }
  }

  // A helper that answers only on some paths counts only where the caller ignores what the call
  // gives back (`applyCors(origin, res);`).
  const handOffs = new Map<ResponseOp, { call: TSESTree.CallExpression; handler: Handler }>();
  const answersOnlySometimes = new Set<ResponseOp>();
  for (const handler of model.handlers) {
    for (const handOff of handler.handOffs) {
      if (handOff.deferred || handOff.guardedBySentCheck) continue;
      if (!handOff.always && !isIgnoredCall(handOff.node)) continue;
      const send = handOffSend(handOff);
      handOffs.set(send, { call: handOff.node, handler });
      if (!handOff.always) answersOnlySometimes.add(send);
      insertInOrder(opsByFunction, send);
    }
  }
  for (const handler of model.handlers) {
    for (const call of handler.answeringCalls) {
      if (call.deferred || call.guardedBySentCheck) continue;
      const send = handOffSend(call);
      handOffs.set(send, { call: call.node, handler });
      insertInOrder(opsByFunction, send);
    }
  }

  // `res.status(403).json(e); … next();`: passing the request on after answering it, or
  // answering after passing it on, makes the handlers down the chain answer a second time.
  const passOns = new Set<ResponseOp>();
  for (const handler of model.handlers) {
    for (const passOn of handler.passOns) {
      if (passOn.deferred || passOn.guardedBySentCheck) continue;
      const send = handOffSend(passOn);
      passOns.add(send);
      insertInOrder(opsByFunction, send);
    }
  }

  return {
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
  };
}

/** `[file].forEach(…)`: an array written out with one element at most. */
function overOneElement(call: TSESTree.Node): boolean {
  const callee = call.type === 'CallExpression' ? skipTransparent(call.callee) : null;
  const array = callee?.type === 'MemberExpression' ? skipTransparent(callee.object) : null;
  return array?.type === 'ArrayExpression' && array.elements.length <= 1;
}

/** Adds a send that a call stands for among its function's ops, in source order. */
function insertInOrder(opsByFunction: Map<TSESTree.Node, ResponseOp[]>, send: Send): void {
  const list = opsByFunction.get(send.fn);
  if (!list) {
    opsByFunction.set(send.fn, [send]);
    return;
  }
  const at = list.findIndex((op) => op.node.range[0] > send.node.range[0]);
  list.splice(at < 0 ? list.length : at, 0, send);
}

function push<T>(map: Map<TSESTree.Node, T[]>, key: TSESTree.Node, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}
