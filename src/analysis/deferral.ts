/**
 * Where an op runs later than the handler's own code: timer callbacks, callbacks of promises the
 * handler neither awaits nor returns, and framework hooks that run after the response.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { findVariable, type Scope } from './scope.js';
import type { DeferralSpec } from '../frameworks/adapter.js';
import { calleeName, contains, isFunction, memberName, skipTransparent } from './ast.js';
import type { DeferredRegion, FunctionNode } from './model.js';

const TIMERS = new Set(['setTimeout', 'setImmediate', 'setInterval', 'queueMicrotask']);
const PROMISE_CALLBACKS = new Set(['then', 'catch', 'finally']);

export interface DeferralContext {
  readonly handler: FunctionNode;
  /** Listeners the channel registered for after the response (`res.on('finish', fn)`). */
  readonly lateListeners: ReadonlyMap<TSESTree.Node, string>;
  readonly spec: DeferralSpec | undefined;
  readonly scopeOf: (node: TSESTree.Node) => Scope;
  /** The framework answers when the handler settles (`HandlerSeed.answersWhenSettled`). */
  readonly answersWhenSettled?: boolean;
}

/**
 * The deferred region that a function inside the handler starts, or `null`. The innermost
 * function around an op that starts one is the op's region.
 */
export function regionOf(fn: FunctionNode, context: DeferralContext): DeferredRegion | null {
  const event = context.lateListeners.get(fn);
  const call = fn.parent;
  if (event !== undefined && call?.type === 'CallExpression') {
    return { fn, registration: call, timing: 'always', description: `a '${event}' listener` };
  }
  const within = lateCallAround(fn, context);
  if (within) return within;
  if (call?.type !== 'CallExpression' || !call.arguments.some((argument) => argument === fn)) return null;
  const described = context.spec?.describe(call);
  if (described) return { fn, registration: call, timing: 'always', description: described };
  const timer = timerName(call, context);
  if (timer) {
    const clears = clearsOf(call, context);
    return {
      fn,
      registration: call,
      timing: detachedTiming(call, context),
      description: `a \`${timer}\` callback`,
      ...(clears.length > 0 && { clears }),
    };
  }
  const name = calleeName(call);
  if (name && PROMISE_CALLBACKS.has(name) && isFloating(call)) {
    return {
      fn,
      registration: call,
      timing: detachedTiming(call, context),
      description: 'a callback of a promise that the handler neither awaits nor returns',
    };
  }
  return null;
}

/** `waitUntil(save().then(() => …))`: a function anywhere inside the arguments of a call that finishes after the response. */
function lateCallAround(fn: FunctionNode, context: DeferralContext): DeferredRegion | null {
  const describe = context.spec?.describeWithin;
  if (!describe) return null;
  let child: TSESTree.Node = fn;
  for (let parent = fn.parent; parent && child !== context.handler; child = parent, parent = parent.parent as TSESTree.Node) {
    if (parent.type !== 'CallExpression' || parent.callee === child) continue;
    const description = describe(parent);
    if (description) return { fn, registration: parent, timing: 'always', description };
  }
  return null;
}

/**
 * Detached work runs after the handler's own code. It is late for certain when the framework
 * answers as soon as the handler settles, unless it was scheduled inside a `new Promise(...)`
 * executor, which the handler may await (`await new Promise((r) => setTimeout(() => { ...; r(); }))`).
 */
function detachedTiming(call: TSESTree.CallExpression, context: DeferralContext): DeferredRegion['timing'] {
  if (!context.answersWhenSettled) return 'if-handler-sends';
  for (let current: TSESTree.Node | undefined = call.parent; current && current !== context.handler; current = current.parent) {
    if (isFunction(current) && current.parent?.type === 'NewExpression' && current.parent.arguments[0] === current) {
      const callee = skipTransparent(current.parent.callee);
      if (callee.type === 'Identifier' && callee.name === 'Promise') return 'if-handler-sends';
    }
  }
  return 'always';
}

/** `setTimeout(fn)`, `process.nextTick(fn)`, `globalThis.setImmediate(fn)`, when not shadowed. */
function timerName(call: TSESTree.CallExpression, context: DeferralContext): string | null {
  const callee = skipTransparent(call.callee);
  if (callee.type === 'Identifier') {
    return TIMERS.has(callee.name) && isGlobal(callee, context) ? callee.name : null;
  }
  if (callee.type !== 'MemberExpression') return null;
  const name = memberName(callee);
  const object = skipTransparent(callee.object);
  if (object.type !== 'Identifier') return null;
  if (object.name === 'process' && name === 'nextTick') return 'process.nextTick';
  if ((object.name === 'globalThis' || object.name === 'window') && name && TIMERS.has(name)) return name;
  return null;
}

const CLEARERS = new Set(['clearTimeout', 'clearInterval']);

/** `const timer = setTimeout(…)`: the handler's `clearTimeout(timer)` calls. */
function clearsOf(call: TSESTree.CallExpression, context: DeferralContext): TSESTree.CallExpression[] {
  const holder = call.parent;
  if (holder?.type !== 'VariableDeclarator' || holder.init !== call || holder.id.type !== 'Identifier') return [];
  const variable = findVariable(context.scopeOf(holder.id), holder.id.name);
  const clears: TSESTree.CallExpression[] = [];
  for (const reference of variable?.references ?? []) {
    const use = reference.identifier.parent;
    if (use?.type !== 'CallExpression' || use.arguments[0] !== reference.identifier || !CLEARERS.has(calleeName(use) ?? '')) continue;
    if (contains(context.handler, use)) clears.push(use);
  }
  return clears;
}

function isGlobal(identifier: TSESTree.Identifier, context: DeferralContext): boolean {
  const variable = findVariable(context.scopeOf(identifier), identifier.name);
  return !variable || variable.defs.length === 0;
}

/** A promise chain whose result nobody waits for: `save(x).then(...)` as a statement of its own. */
export function isFloating(call: TSESTree.CallExpression): boolean {
  let top: TSESTree.Node = call;
  for (;;) {
    const parent: TSESTree.Node | undefined = top.parent;
    if (!parent) return false;
    if (parent.type === 'MemberExpression' && parent.object === top) {
      top = parent.parent?.type === 'CallExpression' && parent.parent.callee === parent ? parent.parent : parent;
      continue;
    }
    if (parent.type === 'ChainExpression' || parent.type === 'TSNonNullExpression' || parent.type === 'TSAsExpression') {
      top = parent;
      continue;
    }
    if (parent.type === 'UnaryExpression' && parent.operator === 'void') return true;
    return parent.type === 'ExpressionStatement';
  }
}
