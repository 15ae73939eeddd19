/**
 * Reading a response channel (`res`, `reply`, `ctx`, `c`) through the references of its
 * binding: every status write, send and throw it makes, as the channel's spec describes them.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { Scope, Variable } from './scope.js';
import type { ChannelSpec, SendMethod } from '../frameworks/adapter.js';
import { calleeName, memberName, skipTransparent, staticString, transparentParent } from './ast.js';
import { isErrorObject } from './body-shape.js';
import type { BodyKind, SendFixes, StatusText, StatusValue } from './model.js';
import { IMPLICIT_STATUS } from './model.js';
import { factoryStatus, factoryStatusSetter, statusSlot } from './returns.js';
import { bareStatusNumber, readStatus } from './status-value.js';

/** An op as the channel sees it, before the model adds where it runs. */
export type RawOp =
  | { readonly kind: 'status'; readonly node: TSESTree.Node; readonly status: StatusValue; readonly chainedInto: boolean }
  | ({
      readonly kind: 'send';
      readonly node: TSESTree.Node;
      readonly status: StatusValue;
      readonly body: TSESTree.Node | null;
      readonly bodyKind: BodyKind;
      readonly terminal: boolean;
      readonly numericBodyEffect: string | null;
      /** See `Send.numericBodyDeprecatedForm`. */
      readonly numericBodyDeprecatedForm?: boolean;
      /** The template a rendering send names, when static. */
      readonly view?: string | null;
      /** Text a builder call passes into the builder's own body (`fail('id is required')`). */
      readonly suppliedText?: string | null;
    } & SendFixes)
  | { readonly kind: 'throw'; readonly node: TSESTree.Node; readonly status: StatusValue; readonly handsOn?: boolean };

export interface ChannelReading {
  readonly ops: RawOp[];
  /** Functions registered as listeners that run after the response (`res.on('finish', fn)`). */
  readonly lateListeners: { fn: TSESTree.Node; registration: TSESTree.CallExpression; event: string }[];
  /** Reads of the status the response holds (`res.statusCode` as a value), with what it holds until set. */
  readonly heldStatusReads: { node: TSESTree.MemberExpression; held: number }[];
}

export function readChannel(
  variable: Variable,
  spec: ChannelSpec,
  sourceCode: Readonly<TSESLint.SourceCode>,
): ChannelReading {
  const reading: ChannelReading = { ops: [], lateListeners: [], heldStatusReads: [] };
  for (const reference of variable.references) {
    if (!reference.isRead()) continue;
    readUse(reference.identifier, spec, sourceCode, reference.from as Scope, reading);
  }
  return reading;
}

/** Follows one use of the channel: `res.status(404).json(x)`, `ctx.body = x`, `ctx.response.status = 1`. */
function readUse(
  receiver: TSESTree.Node,
  spec: ChannelSpec,
  sourceCode: Readonly<TSESLint.SourceCode>,
  scope: Scope,
  reading: ChannelReading,
): void {
  let current = receiver;
  let chainedStatus: StatusValue | null = null;
  let chainedStatusCall: TSESTree.CallExpression | null = null;
  for (;;) {
    const { parent, child } = transparentParent(current);
    if (parent?.type !== 'MemberExpression' || parent.object !== child) return;
    const name = memberName(parent);
    if (name === null) return;
    const above = transparentParent(parent);
    const use = above.parent;

    if (spec.aliasMembers.includes(name)) {
      current = parent;
      continue;
    }
    if (use?.type === 'AssignmentExpression' && use.left === above.child && use.operator === '=') {
      if (spec.statusProperties.includes(name)) {
        reading.ops.push({ kind: 'status', node: use, status: readStatus(use.right, scope), chainedInto: false });
      } else if (spec.bodyProperties.includes(name)) {
        reading.ops.push(bodyAssignment(use, current, spec, sourceCode, scope));
      }
      return;
    }
    if (spec.heldStatus !== undefined && spec.statusProperties.includes(name)) {
      reading.heldStatusReads.push({ node: parent, held: spec.heldStatus });
      return;
    }
    if (use?.type !== 'CallExpression' || use.callee !== above.child) return;

    const statusMethod = spec.statusMethods[name];
    if (statusMethod) {
      const argument = use.arguments[statusMethod.arg];
      chainedStatus = argument ? readStatus(argument, scope) : { kind: 'dynamic', node: use };
      chainedStatusCall = use;
      const chained = continuesToSend(use, spec);
      reading.ops.push({ kind: 'status', node: use, status: chainedStatus, chainedInto: chained });
      current = use;
      continue;
    }
    if (spec.chainMethods.includes(name)) {
      current = use;
      continue;
    }
    const send = spec.sendMethods[name];
    if (send) {
      if (spec.sendsOnlyWhenReturned && !isReturned(use)) return;
      const op = sendCall(use, parent, send, spec, sourceCode, scope, chainedStatus, chainedStatusCall);
      const trailing = send.returnsChannel ? trailingStatusCall(use, spec) : null;
      // `res.json(x).status(404)`: a suggested status goes before the send, in place of the late one.
      reading.ops.push(trailing && op.kind === 'send' ? { ...op, setStatus: statusMovedBefore(use, parent, trailing, sourceCode) } : op);
      if (!send.returnsChannel || endsBare(use)) return;
      // `res.sendStatus(500).json(x)`: what the chain does after the send comes after it, with
      // the status the send gave the response (the client sees the 500).
      current = use;
      chainedStatus = op.kind === 'send' ? op.status : null;
      chainedStatusCall = null;
      continue;
    }
    const thrower = spec.throwMethods[name];
    if (thrower) {
      const argument = use.arguments[thrower.statusArg];
      reading.ops.push({
        kind: 'throw',
        node: use,
        status: argument ? readStatus(argument, scope) : IMPLICIT_STATUS,
      });
      return;
    }
    if (spec.lifecycleEvents?.methods.includes(name)) {
      const [event, listener] = use.arguments;
      if (
        event?.type === 'Literal' &&
        typeof event.value === 'string' &&
        spec.lifecycleEvents.events.includes(event.value) &&
        listener
      ) {
        reading.lateListeners.push({ fn: listener, registration: use, event: event.value });
      }
    }
    return;
  }
}

/** `res.sendStatus(204).end()`: an `end()` with nothing to write after a send changes nothing. */
function endsBare(send: TSESTree.CallExpression): boolean {
  const { parent, child } = transparentParent(send);
  if (parent?.type !== 'MemberExpression' || parent.object !== child || memberName(parent) !== 'end') return false;
  const call = transparentParent(parent).parent;
  return call?.type === 'CallExpression' && call.arguments.length === 0;
}

/** `.status(404)` called right on what a send gave back: `res.json(x).status(404)`. */
function trailingStatusCall(send: TSESTree.CallExpression, spec: ChannelSpec): TSESTree.CallExpression | null {
  const { parent, child } = transparentParent(send);
  if (parent?.type !== 'MemberExpression' || parent.object !== child || !spec.statusMethods[memberName(parent) ?? '']) return null;
  const call = transparentParent(parent);
  return call.parent?.type === 'CallExpression' && call.parent.callee === call.child ? call.parent : null;
}

/** Rewrites `res.json(x).status(404)` as `res.status(code).json(x)`. */
function statusMovedBefore(
  send: TSESTree.CallExpression,
  member: TSESTree.MemberExpression,
  trailing: TSESTree.CallExpression,
  sourceCode: Readonly<TSESLint.SourceCode>,
): (fixer: TSESLint.RuleFixer, code: number) => TSESLint.RuleFix {
  return (fixer, code) => fixer.replaceText(trailing, statusFirst(member.object, send, trailing, sourceCode.text, code));
}

/**
 * `res.json(x).status(404)` written with the status first, `res.status(404).json(x)`: the text
 * that replaces the status call. With `code`, that status in place of the one written.
 */
export function statusFirst(
  receiver: TSESTree.Node,
  send: TSESTree.CallExpression,
  status: TSESTree.CallExpression,
  text: string,
  code?: number,
): string {
  const written = code === undefined ? text.slice(send.range[1], status.range[1]) : `.${memberName(status.callee as TSESTree.MemberExpression)}(${code})`;
  return text.slice(receiver.range[0], receiver.range[1]) + written + text.slice(receiver.range[1], send.range[1]);
}

/** True when `res.status(n)` is followed in the same chain by a send: `res.status(n).set(..).json(x)`. */
function continuesToSend(call: TSESTree.CallExpression, spec: ChannelSpec): boolean {
  let current: TSESTree.Node = call;
  for (;;) {
    const { parent, child } = transparentParent(current);
    if (parent?.type !== 'MemberExpression' || parent.object !== child) return false;
    const name = memberName(parent);
    const use = transparentParent(parent);
    if (name === null || use.parent?.type !== 'CallExpression' || use.parent.callee !== use.child) return false;
    if (spec.sendMethods[name]) return true;
    if (!spec.chainMethods.includes(name) && !spec.statusMethods[name]) return false;
    current = use.parent;
  }
}

/** True when a call's value is what a function returns (`return c.json(x)`, `() => c.json(x)`). */
function isReturned(call: TSESTree.Node): boolean {
  let current: TSESTree.Node = call;
  for (let parent = current.parent; parent; current = parent, parent = parent.parent) {
    switch (parent.type) {
      case 'ReturnStatement':
        return true;
      case 'ArrowFunctionExpression':
        return parent.body === current;
      case 'ConditionalExpression':
        if (parent.test === current) return false;
        continue;
      case 'LogicalExpression':
      case 'AwaitExpression':
      case 'TSAsExpression':
      case 'TSNonNullExpression':
      case 'TSSatisfiesExpression':
      case 'ChainExpression':
        continue;
      default:
        return false;
    }
  }
  return false;
}

function sendCall(
  call: TSESTree.CallExpression,
  member: TSESTree.MemberExpression,
  method: SendMethod,
  spec: ChannelSpec,
  sourceCode: Readonly<TSESLint.SourceCode>,
  scope: Scope,
  chainedStatus: StatusValue | null,
  chainedStatusCall: TSESTree.CallExpression | null,
): RawOp {
  const args = call.arguments;
  let status: StatusValue = chainedStatus ?? IMPLICIT_STATUS;
  const bodyIndex = method.bodyArg;
  if (method.statusArg !== undefined) {
    const argument = args[method.statusArg];
    const leading = method.statusArgForm === 'leading-number';
    if (argument && method.statusArgForm === 'number-or-init') {
      // `c.json(x, 201)`, `c.json(x, { status: 201, headers })`, `c.json(x, { headers })`.
      const given = factoryStatus(call, statusSlot(method.statusArg, 'number-or-init'), scope);
      status = given.kind === 'implicit' ? status : given;
    } else if (argument && (!leading || (args.length > 1 && readStatus(argument, scope).kind === 'explicit'))) {
      status = readStatus(argument, scope);
    } else if (method.defaultStatus !== undefined && !chainedStatus) {
      status = { kind: 'explicit', code: method.defaultStatus, node: call };
    }
  }
  const body = bodyIndex === undefined ? null : (args[bodyIndex] ?? null);
  if (method.fixedStatus !== undefined) status = { kind: 'explicit', code: method.fixedStatus, node: call };
  // `res.send(body, 403)`: Express 3 and 4 read the number as the status, Express 5 ignores it.
  const trailing = args[1];
  if (method.numericBodyWithArgumentsEffect && status.kind === 'implicit' && trailing && bareStatusNumber(trailing, scope) !== undefined) {
    status = { kind: 'dynamic', node: trailing };
  }
  // `reply.send(err)`: the framework answers with the error's own status.
  if (method.errorObjectBody && body && isErrorObject(body)) status = { kind: 'dynamic', node: body };
  const receiverText = sourceCode.getText(skipTransparent(channelRoot(member.object)));
  // Replacing the whole call is safe only when it passes nothing but the body.
  const statusOnly = args.length <= (bodyIndex ?? -1) + 1 ? spec.statusOnly : undefined;
  const statusFirst = statusBeforeBody(call, member, method, spec, sourceCode, scope, chainedStatusCall);
  return {
    kind: 'send',
    node: call,
    status,
    body,
    bodyKind: body === null && method.bodyKind === 'data' ? 'none' : method.bodyKind,
    // A response that is returned (`return c.json(x)`) is final too: nothing after the return runs.
    terminal: method.terminal !== false,
    numericBodyEffect: (statusFirst ? method.numericBodyWithArgumentsEffect : method.numericBodyEffect) ?? null,
    numericBodyDeprecatedForm: statusFirst !== null || method.numericBodyDeprecatedForm === true,
    view: method.viewArg === undefined ? null : viewName(args[method.viewArg]),
    setStatus:
      method.statusArgForm === 'number-or-init' && method.statusArg !== undefined
        ? factoryStatusSetter(call, statusSlot(method.statusArg, 'number-or-init'))
        : statusSetter(call, member, spec, chainedStatusCall, receiverText),
    statusFromBody: statusFirst ? (fixer, code) => fixer.replaceText(call, statusFirst(code)) : undefined,
    statusFromBodyText: statusFirst ?? undefined,
    statusOnly: statusOnly && ((fixer, code) => fixer.replaceText(call, statusOnly(receiverText, code))),
    statusOnlyText: statusOnly && ((code) => statusOnly(receiverText, code)),
    ...(method.statusMethod && !member.computed && {
      statusWriteOnly: (fixer: TSESLint.RuleFixer) => fixer.replaceText(member.property, method.statusMethod!),
      statusWriteMethod: method.statusMethod,
    }),
  };
}

/**
 * `res.send(404, 'x')`, `res.json(404, obj)`: a bare number where the body goes, followed by
 * more arguments, in a method that once read it as the status. Gives how the call reads with
 * the number moved into the status method (`res.status(404).send('x')`), or `null` when the
 * form does not apply.
 */
function statusBeforeBody(
  call: TSESTree.CallExpression,
  member: TSESTree.MemberExpression,
  method: SendMethod,
  spec: ChannelSpec,
  sourceCode: Readonly<TSESLint.SourceCode>,
  scope: Scope,
  chainedStatusCall: TSESTree.CallExpression | null,
): ((code: StatusText) => string) | null {
  const args = call.arguments;
  const [first, second] = args;
  if (!method.numericBodyWithArgumentsEffect || method.bodyArg !== 0 || !first || !second) return null;
  if (bareStatusNumber(first, scope) === undefined) return null;
  const name = memberName(member);
  const statusMethod = spec.preferredStatusMethod;
  if (!name || !statusMethod || chainedStatusCall || member.computed || member.optional) return null;
  const receiver = sourceCode.getText(member.object);
  const rest = sourceCode.text.slice(second.range[0], args.at(-1)!.range[1]);
  return (code) => `${receiver}.${statusMethod}(${code}).${name}(${rest})`;
}

/** `res` in `res.status(1).set(x).json(y)`: the start of a chain of calls on the channel. */
function channelRoot(node: TSESTree.Node): TSESTree.Node {
  let current = skipTransparent(node);
  while (current.type === 'CallExpression' && current.callee.type === 'MemberExpression') {
    current = skipTransparent(current.callee.object);
  }
  return current;
}

/** `res.json(x)` → `res.status(201).json(x)`; `res.status(200).json(x)` → `res.status(201).json(x)`. */
function statusSetter(
  call: TSESTree.CallExpression,
  member: TSESTree.MemberExpression,
  spec: ChannelSpec,
  chainedStatusCall: TSESTree.CallExpression | null,
  receiverText: string,
): ((fixer: TSESLint.RuleFixer, code: number) => TSESLint.RuleFix) | undefined {
  if (chainedStatusCall) {
    const argument = chainedStatusCall.arguments[0];
    return argument ? (fixer, code) => fixer.replaceText(argument, String(code)) : undefined;
  }
  const method = spec.preferredStatusMethod;
  if (method) return (fixer, code) => fixer.insertTextAfter(member.object, `.${method}(${code})`);
  // `await ctx.render('error')`: the status goes on its own line before the statement.
  const awaited = call.parent?.type === 'AwaitExpression' ? call.parent : call;
  return statusBefore(awaited.parent, receiverText, spec.preferredStatusProperty);
}

/** `ctx.status = 404;` on its own line before the statement that sends. */
function statusBefore(
  statement: TSESTree.Node | undefined,
  receiverText: string,
  property: string | undefined,
): ((fixer: TSESLint.RuleFixer, code: number) => TSESLint.RuleFix) | undefined {
  if (!property || statement?.type !== 'ExpressionStatement') return undefined;
  return (fixer, code) => {
    const indent = ' '.repeat(statement.loc.start.column);
    return fixer.insertTextBefore(statement, `${receiverText}.${property} = ${code};\n${indent}`);
  };
}

/** `ctx.body = x`: a body the framework sends once the middleware finishes. */
function bodyAssignment(
  assignment: TSESTree.AssignmentExpression,
  receiver: TSESTree.Node,
  spec: ChannelSpec,
  sourceCode: Readonly<TSESLint.SourceCode>,
  _scope: Scope,
): RawOp {
  const receiverText = sourceCode.getText(skipTransparent(receiver));
  const statement = assignment.parent;
  const property = spec.preferredStatusProperty;
  const statusOnly = spec.statusOnly;
  const right = skipTransparent(assignment.right);
  const empty = right.type === 'Literal' && right.value === null;
  return {
    kind: 'send',
    node: assignment,
    status: IMPLICIT_STATUS,
    body: empty ? null : assignment.right,
    bodyKind: empty ? 'none' : 'data',
    terminal: false,
    numericBodyEffect: spec.numericBodyPropertyEffect ?? null,
    setStatus: statusBefore(statement, receiverText, property),
    statusOnly: statusOnly && ((fixer, code) => fixer.replaceText(assignment, statusOnly(receiverText, code))),
    statusOnlyText: statusOnly && ((code) => statusOnly(receiverText, code)),
  };
}

/** `'errors/404'`, or the file a path built with `path.join(__dirname, 'public', '500.html')` ends in. */
function viewName(argument: TSESTree.Node | undefined): string | null {
  if (!argument) return null;
  const text = staticString(argument);
  if (text !== null) return text;
  const inner = skipTransparent(argument);
  if (inner.type !== 'CallExpression' || !/^(?:join|resolve)$/.test(calleeName(inner) ?? '')) return null;
  const last = inner.arguments.at(-1);
  return last ? staticString(last) : null;
}
