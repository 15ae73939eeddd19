/**
 * Reading what a handler returns: response objects (`Response.json(b, { status })`,
 * `c.json(b, 404)`), plain values that the framework sends, and bare numbers.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { resolveConstant, type Scope } from './scope.js';
import type { ResponseFactory, ReturnSpec } from '../frameworks/adapter.js';
import { calleeName, isFunction, memberName, propertyKeyName, skipTransparent } from './ast.js';
import { isErrorObject } from './body-shape.js';
import type { RawOp } from './channel.js';
import type { FunctionNode, StatusText, StatusValue } from './model.js';
import { IMPLICIT_STATUS } from './model.js';
import { bareStatusNumber, readStatus } from './status-value.js';
import { declaresStreamingType, isStreamBody } from './streams.js';

/** Every expression the function can return, with conditionals and `&&`/`||` split into their arms. */
export function returnedExpressions(fn: FunctionNode): TSESTree.Expression[] {
  const found: TSESTree.Expression[] = [];
  if (fn.body.type !== 'BlockStatement') {
    splitArms(fn.body, found);
    return found;
  }
  for (const statement of ownReturns(fn.body)) if (statement.argument) splitArms(statement.argument, found);
  return found;
}

/**
 * The `return` statements of a function body, not of functions inside it. A `return` can only
 * sit among statements, so only statements are visited: expressions, where nested functions
 * live, are never entered.
 */
function ownReturns(body: TSESTree.BlockStatement): TSESTree.ReturnStatement[] {
  const found: TSESTree.ReturnStatement[] = [];
  const stack: (TSESTree.Statement | null | undefined)[] = [...body.body];
  while (stack.length > 0) {
    const statement = stack.pop();
    if (!statement) continue;
    switch (statement.type) {
      case 'ReturnStatement':
        found.push(statement);
        break;
      case 'BlockStatement':
        stack.push(...statement.body);
        break;
      case 'IfStatement':
        stack.push(statement.consequent, statement.alternate);
        break;
      case 'ForStatement':
      case 'ForInStatement':
      case 'ForOfStatement':
      case 'WhileStatement':
      case 'DoWhileStatement':
      case 'LabeledStatement':
      case 'WithStatement':
        stack.push(statement.body);
        break;
      case 'TryStatement':
        stack.push(statement.block, statement.handler?.body, statement.finalizer);
        break;
      case 'SwitchStatement':
        for (const switchCase of statement.cases) stack.push(...switchCase.consequent);
        break;
      default:
        break;
    }
  }
  return found.sort((a, b) => a.range[0] - b.range[0]);
}

function splitArms(node: TSESTree.Expression, found: TSESTree.Expression[]): void {
  const inner = skipTransparent(node) as TSESTree.Expression;
  if (inner.type === 'ConditionalExpression') {
    splitArms(inner.consequent, found);
    splitArms(inner.alternate, found);
  } else if (inner.type === 'LogicalExpression' && inner.operator !== '&&') {
    splitArms(inner.left, found);
    splitArms(inner.right, found);
  } else if (inner.type === 'LogicalExpression') {
    splitArms(inner.right, found);
  } else {
    // `return db.$transaction(async (tx) => { …; return user })`: the promise resolves to what
    // the callback returns.
    const transaction = transactionCallback(inner);
    if (transaction) found.push(...returnedExpressions(transaction));
    else found.push(inner);
  }
}

/** Transactions resolve to their callback's result: Prisma, Knex, Drizzle, TypeORM, Sequelize, `@fastify/postgres`. */
const TRANSACTION_METHODS = new Set(['transaction', '$transaction', 'transact']);

function transactionCallback(node: TSESTree.Node): FunctionNode | null {
  if (node.type !== 'CallExpression' || node.callee.type !== 'MemberExpression' || !TRANSACTION_METHODS.has(memberName(node.callee) ?? '')) {
    return null;
  }
  return lastCallback(node);
}

/**
 * `return withSession(req, async (session) => { …; return Response.json(doc) })`: a helper that
 * checks something and returns what its callback returns. The callback's returns that
 * `isAnswer` accepts (responses, where the handler answers with one); none when it returns
 * none of those, since it may then give the helper data to wrap.
 */
export function callbackAnswers(expression: TSESTree.Expression, isAnswer: (node: TSESTree.Expression) => boolean): TSESTree.Expression[] {
  const call = skipTransparent(expression);
  const callback = call.type === 'CallExpression' ? lastCallback(call) : null;
  return callback ? returnedExpressions(callback).filter(isAnswer) : [];
}

/** The function a call is given last: `transact(async (client) => …)`, `withSession(req, async (s) => …)`. */
function lastCallback(call: TSESTree.CallExpression): FunctionNode | null {
  const last = call.arguments.at(-1);
  return last && isFunction(last) ? last : null;
}

/** Reads one returned expression; `null` when it is not a response this spec knows. */
export function readReturned(
  expression: TSESTree.Expression,
  spec: ReturnSpec,
  scope: Scope,
  sourceCode?: Readonly<TSESLint.SourceCode>,
): RawOp | null {
  // `const notFound = Response.json(e, { status: 404 }); … return notFound;`: the response is
  // read where it is made, and sent where it is returned.
  const target = resolveConstant(expression, scope) ?? expression;
  const factory = spec.factoryOf(target);
  if (factory) return factorySend(target, factory, scope, expression);
  const number = bareStatusNumber(expression, scope);
  if (number !== undefined) return numericReturn(expression, spec.numericReturnEffect, spec.numericReturnStatusOnly);
  if (spec.errorObjectBody && isErrorObject(expression)) {
    // `return err`: answered as an error, with the error's own status.
    return { kind: 'send', node: expression, status: { kind: 'dynamic', node: expression }, body: expression, bodyKind: 'data', terminal: true, numericBodyEffect: null };
  }
  if (spec.plainValue === 'body' && (isPlainValue(expression) || (spec.opaqueValues === 'body' && isOpaqueValue(expression)))) {
    const statusBefore = spec.statusBeforeReturn;
    return {
      kind: 'send',
      node: expression,
      status: IMPLICIT_STATUS,
      body: expression,
      bodyKind: 'data',
      terminal: true,
      numericBodyEffect: spec.numericReturnEffect,
      ...(statusBefore && sourceCode && { setStatus: statusBeforeReturnFix(expression, statusBefore, sourceCode) }),
    };
  }
  return null;
}

/**
 * `return user`, `return await db.find(id)`, `return items.map(f)`: a value the code does not
 * show. Promise chains (`.then()`), `new Promise(...)` and `undefined` stay unknown.
 */
function isOpaqueValue(node: TSESTree.Expression): boolean {
  const inner = skipTransparent(node);
  switch (inner.type) {
    case 'Identifier':
      return inner.name !== 'undefined';
    case 'MemberExpression':
      return true;
    case 'CallExpression':
      return !PROMISE_CHAIN.test(calleeName(inner) ?? '');
    case 'NewExpression':
      return calleeName(inner) !== 'Promise';
    default:
      return false;
  }
}

const PROMISE_CHAIN = /^(?:then|catch|finally)$/;

/** The `return` statement, or the arrow function, whose whole result is `expression` (not one arm of a conditional). */
function returningNode(expression: TSESTree.Expression): TSESTree.ReturnStatement | TSESTree.ArrowFunctionExpression | null {
  let node: TSESTree.Node = expression;
  while (node.parent && skipTransparent(node.parent) === expression) node = node.parent;
  const parent = node.parent;
  if (parent?.type === 'ReturnStatement' && parent.argument === node) return parent;
  return parent?.type === 'ArrowFunctionExpression' && parent.body === node ? parent : null;
}

/**
 * `reply.code(201);` before the `return`; wrapped in braces when the `return` is the whole body
 * of an `if` or a loop, so that the status is set only on that path. An arrow function's
 * expression body becomes a block: `=> { reply.code(201); return user; }`.
 */
function statusBeforeReturnFix(
  expression: TSESTree.Expression,
  text: (code: number) => string,
  sourceCode: Readonly<TSESLint.SourceCode>,
): ((fixer: TSESLint.RuleFixer, code: number) => TSESLint.RuleFix[]) | undefined {
  const owner = returningNode(expression);
  if (!owner) return undefined;
  if (owner.type === 'ArrowFunctionExpression') {
    const body = owner.body;
    let [start, end] = body.range;
    for (;;) {
      const before = sourceCode.getTokenBefore({ range: [start, end] } as TSESTree.Node);
      const after = sourceCode.getTokenAfter({ range: [start, end] } as TSESTree.Node);
      if (before?.value !== '(' || after?.value !== ')' || after.range[1] > owner.range[1]) break;
      [start, end] = [before.range[0], after.range[1]];
    }
    const bodyText = sourceCode.getText(body);
    return (fixer, code) => [fixer.replaceTextRange([start, end], `{ ${text(code)} return ${bodyText}; }`)];
  }
  const parent = owner.parent;
  const inList = parent?.type === 'BlockStatement' || parent?.type === 'SwitchCase' || parent?.type === 'Program';
  if (!inList) {
    return (fixer, code) => [fixer.insertTextBefore(owner, `{ ${text(code)} `), fixer.insertTextAfter(owner, ' }')];
  }
  const lineStart = (sourceCode.lines[owner.loc.start.line - 1] ?? '').slice(0, owner.loc.start.column);
  const separator = /^\s*$/.test(lineStart) ? `\n${lineStart}` : ' ';
  return (fixer, code) => [fixer.insertTextBefore(owner, `${text(code)}${separator}`)];
}

/**
 * `return 404` in a framework that ignores or rejects it: a send whose body is the number.
 * `statusOnly` says how to answer the status instead, when the framework has a way.
 */
export function numericReturn(
  expression: TSESTree.Expression,
  effect: string,
  statusOnly?: (code: StatusText) => string,
): RawOp {
  return {
    kind: 'send',
    node: expression,
    status: IMPLICIT_STATUS,
    body: expression,
    bodyKind: 'data',
    terminal: true,
    numericBodyEffect: effect,
    ...(statusOnly && {
      statusOnly: (fixer: TSESLint.RuleFixer, code: StatusText) => fixer.replaceText(expression, statusOnly(code)),
      statusOnlyText: statusOnly,
    }),
  };
}

/** Values a framework would serialise: literals, objects, arrays, templates. */
function isPlainValue(node: TSESTree.Expression): boolean {
  const inner = skipTransparent(node);
  return (
    inner.type === 'ObjectExpression' ||
    inner.type === 'ArrayExpression' ||
    inner.type === 'TemplateLiteral' ||
    (inner.type === 'Literal' && inner.value !== null)
  );
}

function factorySend(
  made: TSESTree.Expression,
  factory: ResponseFactory,
  scope: Scope,
  sentAt: TSESTree.Expression = made,
): RawOp {
  const call = made as TSESTree.CallExpression | TSESTree.NewExpression;
  const args = call.arguments ?? [];
  const body = factory.bodyArg === undefined ? null : (args[factory.bodyArg] ?? null);
  const bodyIsEmpty = body === null || (body.type === 'Literal' && body.value === null);
  const statusOnly = factory.statusOnly;
  return {
    kind: 'send',
    node: sentAt,
    status: factoryStatus(call, factory, scope),
    body: bodyIsEmpty ? null : body,
    bodyKind: factory.bodyKind !== 'data' ? factory.bodyKind : bodyIsEmpty ? 'none' : streams(call, factory, body, scope) ? 'file' : 'data',
    terminal: true,
    numericBodyEffect: factory.numericBodyEffect ?? null,
    setStatus: factoryStatusSetter(call, factory),
    // `new Response(404, { headers })`: replacing the call would drop the other arguments.
    ...(statusOnly && args.length <= 1 && {
      statusOnly: (fixer: TSESLint.RuleFixer, code: StatusText) => fixer.replaceText(made, statusOnly(code)),
      statusOnlyText: statusOnly,
    }),
  };
}

/** `new Response(readable, { headers: { 'Content-Type': 'text/event-stream' } })`: a stream, not a body to judge. */
function streams(
  call: TSESTree.CallExpression | TSESTree.NewExpression,
  factory: ResponseFactory,
  body: TSESTree.Node,
  scope: Scope,
): boolean {
  const init = factory.statusArg?.form === 'init' ? call.arguments[factory.statusArg.index] : undefined;
  return isStreamBody(body, () => scope) || declaresStreamingType(init) || (factory.rawBody === true && relaysBody(body));
}

/** `new Response(upstream.body)`, `new Response(reply.data)`: another response's body, passed on. */
function relaysBody(body: TSESTree.Node): boolean {
  const inner = skipTransparent(body);
  return inner.type === 'MemberExpression' && (memberName(inner) === 'body' || memberName(inner) === 'data');
}

export function factoryStatus(
  call: TSESTree.CallExpression | TSESTree.NewExpression,
  factory: ResponseFactory,
  scope: Scope,
): StatusValue {
  const slot = factory.statusArg;
  const argument = slot ? call.arguments[slot.index] : undefined;
  const fallback: StatusValue =
    factory.defaultStatus === undefined ? IMPLICIT_STATUS : { kind: 'explicit', code: factory.defaultStatus, node: call };
  if (!slot || !argument) return fallback;
  return slotStatus(argument, slot.form, scope) ?? fallback;
}

type SlotForm = NonNullable<ResponseFactory['statusArg']>['form'];

/**
 * The status a value gives in a status slot of this form: a number, or an init object's
 * `status`. `null` for an init object that gives none, which leaves the default.
 */
export function slotStatus(value: TSESTree.Node, form: SlotForm, scope: Scope): StatusValue | null {
  const inner = skipTransparent(value);
  if (inner.type === 'ObjectExpression' && form !== 'number') {
    const property = statusProperty(inner);
    if (property === 'spread') return { kind: 'dynamic', node: inner };
    return property ? readStatus(property.value, scope) : null;
  }
  if (form === 'init') return { kind: 'dynamic', node: value };
  return readStatus(value, scope);
}

/** A factory that is only a status slot: the argument at `index` gives the status, in this form. */
export function statusSlot(index: number, form: SlotForm): ResponseFactory {
  return { statusArg: { index, form }, bodyKind: 'data' };
}

/** The `status` property of an init object; `spread` when a spread may supply it. */
function statusProperty(object: TSESTree.ObjectExpression): TSESTree.Property | 'spread' | null {
  let found: TSESTree.Property | 'spread' | null = null;
  for (const property of object.properties) {
    if (property.type === 'SpreadElement') found = 'spread';
    else if (propertyKeyName(property) === 'status') found = property;
  }
  return found;
}

export function factoryStatusSetter(
  call: TSESTree.CallExpression | TSESTree.NewExpression,
  factory: ResponseFactory,
): ((fixer: TSESLint.RuleFixer, code: number) => TSESLint.RuleFix) | undefined {
  const slot = factory.statusArg;
  if (!slot) return undefined;
  const argument = call.arguments[slot.index];
  if (!argument) {
    const previous = call.arguments[slot.index - 1];
    if (!previous || call.arguments.length !== slot.index) return undefined;
    const text = slot.form === 'init' ? (code: number) => `, { status: ${code} }` : (code: number) => `, ${code}`;
    return (fixer, code) => fixer.insertTextAfter(previous, text(code));
  }
  const inner = skipTransparent(argument);
  if (inner.type === 'ObjectExpression' && slot.form !== 'number') {
    const property = statusProperty(inner);
    if (property === 'spread') return undefined;
    if (property) return (fixer, code) => fixer.replaceText(property.value, String(code));
    const first = inner.properties[0];
    if (!first) return (fixer, code) => fixer.replaceText(inner, `{ status: ${code} }`);
    return (fixer, code) => fixer.insertTextBefore(first, `status: ${code}, `);
  }
  if (slot.form === 'init') return undefined;
  return (fixer, code) => fixer.replaceText(argument, String(code));
}
