/**
 * Same-file response builders: `function json(data, status = 200) { return new Response(
 * JSON.stringify(data), { status, headers }) }`. A handler that returns `json({ error }, 404)`
 * answers what the builder builds, with the call's arguments in place of its parameters: the
 * status is the argument, or the parameter's default when the call leaves it out.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { ResponseFactory, ReturnSpec } from '../frameworks/adapter.js';
import { propertyKeyName, skipTransparent } from './ast.js';
import type { RawOp } from './channel.js';
import type { FunctionNode, StatusValue } from './model.js';
import { IMPLICIT_STATUS } from './model.js';
import { factoryStatus, factoryStatusSetter, readReturned, returnedExpressions } from './returns.js';
import { declaredFunction, type Scope } from './scope.js';
import { isSuccessStatus } from './status-codes.js';
import { readStatus } from './status-value.js';

type ScopeOf = (node: TSESTree.Node) => Scope;
type RawSend = Extract<RawOp, { kind: 'send' }>;

/** What a builder answers, in terms of its parameters. */
interface Builder {
  readonly fn: FunctionNode;
  readonly send: RawSend;
  /**
   * The parameter that holds the status (`status`, `status = 200`), or the init object the status
   * is read from (`init`, spread as `{ ...init, headers }`), when the status is one.
   */
  readonly statusParam: { readonly index: number; readonly form: 'number' | 'init' } | null;
  /** The parameter that holds the body (`data`, or `JSON.stringify(data)`), when the body is one. */
  readonly bodyParam: number | null;
}

const builders = new WeakMap<ReturnSpec, WeakMap<FunctionNode, Builder | null>>();

/** The response a returned call to a same-file builder makes; `null` for any other call. */
export function builderSend(expression: TSESTree.Expression, spec: ReturnSpec, scopeOf: ScopeOf): RawOp | null {
  let call = skipTransparent(expression);
  if (call.type === 'AwaitExpression') call = skipTransparent(call.argument);
  if (call.type !== 'CallExpression' || call.callee.type !== 'Identifier') return null;
  const fn = declaredFunction(call.callee, scopeOf(call));
  if (!fn || fn.params.length === 0) return null;
  let known = builders.get(spec);
  if (!known) builders.set(spec, (known = new WeakMap()));
  let builder = known.get(fn);
  if (builder === undefined) known.set(fn, (builder = readBuilder(fn, spec, scopeOf)));
  return builder ? applied(builder, call, scopeOf) : null;
}

/**
 * A function that only builds one response its spec knows: its body is the `return`, after
 * declarations and statements that await nothing (`headers['access-control-allow-origin'] =
 * '*'`). A helper that does the work (`createPost(request, env)` awaits, writes, then answers)
 * is a handler of its own, not a builder.
 */
function readBuilder(fn: FunctionNode, spec: ReturnSpec, scopeOf: ScopeOf): Builder | null {
  if (fn.async || !onlyBuilds(fn)) return null;
  const returned = returnedExpressions(fn);
  if (returned.length !== 1) return null;
  const [expression] = returned as [TSESTree.Expression];
  const factory = spec.factoryOf(skipTransparent(expression) as TSESTree.Expression);
  if (!factory) return null;
  const send = readReturned(expression, spec, scopeOf(expression));
  if (send?.kind !== 'send') return null;
  const statusParam = send.status.kind === 'dynamic' ? statusParameter(fn, send.status.node, factory) : null;
  if (send.status.kind === 'dynamic' && statusParam === null) return null;
  const bodyParam = send.body ? paramIndex(fn, unstringified(send.body)) : null;
  // A body of the builder's own says what every call sends only when its shape is fixed: an
  // object (`{ error: message }`), or text that reads no parameter. A page built from its
  // parameters (`error ? … : …` in a template) says nothing of one call.
  const ownBody = send.body && bodyParam === null && (unstringified(send.body).type === 'ObjectExpression' || !readsParameter(fn, send.body, scopeOf)) ? send.body : null;
  return { fn, send: { ...send, body: bodyParam === null ? ownBody : send.body }, statusParam, bodyParam };
}

/** True when `node` reads one of the function's parameters (destructured ones too). */
function readsParameter(fn: FunctionNode, node: TSESTree.Node, scopeOf: ScopeOf): boolean {
  const [start, end] = node.range;
  const scope = scopeOf(fn);
  const own = scope.block === fn ? scope : scope.childScopes.find((child) => child.block === fn);
  return (own?.variables ?? []).some(
    (variable) =>
      variable.defs.some((definition) => definition.type === 'Parameter') &&
      variable.references.some((reference) => reference.identifier.range[0] >= start && reference.identifier.range[1] <= end),
  );
}

function onlyBuilds(fn: FunctionNode): boolean {
  if (fn.body.type !== 'BlockStatement') return true;
  const statements = fn.body.body;
  return (
    statements.at(-1)?.type === 'ReturnStatement' &&
    statements.slice(0, -1).every((statement) => statement.type === 'VariableDeclaration' || statement.type === 'ExpressionStatement')
  );
}

function applied(builder: Builder, call: TSESTree.CallExpression, scopeOf: ScopeOf): RawSend {
  const { send, statusParam, bodyParam } = builder;
  const body = bodyParam === null ? send.body : (call.arguments[bodyParam] ?? null);
  const init = statusParam?.form === 'init' ? initSlot(statusParam.index) : null;
  return {
    kind: 'send',
    node: call,
    status:
      statusParam === null
        ? send.status
        : init
          ? initStatusAt(builder.fn, init, call, scopeOf)
          : statusAt(builder.fn, statusParam.index, call, scopeOf),
    body,
    bodyKind: body === null && send.bodyKind === 'data' ? 'none' : send.bodyKind,
    terminal: true,
    numericBodyEffect: send.numericBodyEffect,
    ...(statusParam !== null && { setStatus: init ? factoryStatusSetter(call, init) : statusArgumentSetter(call, statusParam.index) }),
  };
}

/** The builder's init parameter read like a factory's init argument (`{ status: 404, headers }`). */
function initSlot(index: number): ResponseFactory {
  return { statusArg: { index, form: 'init' }, bodyKind: 'data' };
}

/** The status of the init the call passes; left out, the parameter's default (`init = {}`). */
function initStatusAt(fn: FunctionNode, init: ResponseFactory, call: TSESTree.CallExpression, scopeOf: ScopeOf): StatusValue {
  const index = init.statusArg!.index;
  const argument = call.arguments[index];
  if (argument) return factoryStatus(call, init, scopeOf(argument));
  const param = fn.params[index];
  if (param?.type !== 'AssignmentPattern') return IMPLICIT_STATUS;
  const fallback = skipTransparent(param.right);
  if (fallback.type !== 'ObjectExpression') return { kind: 'dynamic', node: fallback };
  const status = factoryStatus({ arguments: [fallback] } as unknown as TSESTree.CallExpression, initSlot(0), scopeOf(fallback));
  return status.kind === 'explicit' && isSuccessStatus(status.code) ? IMPLICIT_STATUS : status;
}

/**
 * Which parameter the builder's status comes from: one that holds the number (`{ status }`,
 * `c.json(x, status)`), or an init object passed on whole (`new Response(body, init)`) or spread
 * into the factory's (`{ ...init, headers }`).
 */
function statusParameter(fn: FunctionNode, node: TSESTree.Node, factory: ResponseFactory): Builder['statusParam'] {
  if (holdsNumber(node, factory)) {
    const index = paramIndex(fn, node);
    return index === null ? null : { index, form: 'number' };
  }
  // A parameter that may be either (`c.json(x, statusOrInit)`) is left unread.
  if (factory.statusArg?.form !== 'init') return null;
  const inner = skipTransparent(node);
  const passed = inner.type === 'ObjectExpression' ? spreadOnly(inner) : inner;
  const index = passed ? paramIndex(fn, passed) : null;
  return index === null ? null : { index, form: 'init' };
}

/** `{ ...init, headers }`: the one spread of an init object that sets no `status` of its own. */
function spreadOnly(object: TSESTree.ObjectExpression): TSESTree.Node | null {
  const spreads = object.properties.filter((property) => property.type === 'SpreadElement');
  if (spreads.length !== 1) return null;
  const setsStatus = object.properties.some((property) => property.type === 'Property' && propertyKeyName(property) === 'status');
  return setsStatus ? null : spreads[0]!.argument;
}

/**
 * The status argument; when the call leaves it out, the parameter's default. A success default
 * (`status = 200`) is the status nobody chose at the call, as if the builder had none.
 */
function statusAt(fn: FunctionNode, index: number, call: TSESTree.CallExpression, scopeOf: ScopeOf): StatusValue {
  const argument = call.arguments[index];
  if (argument) return argument.type === 'SpreadElement' ? { kind: 'dynamic', node: argument } : readStatus(argument, scopeOf(argument));
  const param = fn.params[index];
  if (param?.type !== 'AssignmentPattern') return IMPLICIT_STATUS;
  const fallback = readStatus(param.right, scopeOf(param.right));
  return fallback.kind === 'explicit' && isSuccessStatus(fallback.code) ? IMPLICIT_STATUS : fallback;
}

/** `json(x)` gets `json(x, 404)`; `json(x, 200)` gets its 200 replaced. */
function statusArgumentSetter(
  call: TSESTree.CallExpression,
  index: number,
): ((fixer: TSESLint.RuleFixer, code: number) => TSESLint.RuleFix) | undefined {
  const argument = call.arguments[index];
  if (argument) return argument.type === 'SpreadElement' ? undefined : (fixer, code) => fixer.replaceText(argument, String(code));
  const previous = call.arguments[index - 1];
  if (!previous || call.arguments.length !== index) return undefined;
  return (fixer, code) => fixer.insertTextAfter(previous, `, ${code}`);
}

/**
 * `{ status }` in an init object, or the argument of a factory that takes a number
 * (`c.json(x, status)`): a parameter that holds the status itself, not the init object
 * (`new Response(body, init)`), so the suggestion may pass a number for it.
 */
function holdsNumber(node: TSESTree.Node, factory: ResponseFactory): boolean {
  const { parent } = node;
  if (parent?.type === 'Property' && parent.value === node) return propertyKeyName(parent) === 'status';
  return factory.statusArg?.form === 'number';
}

/** The index of the plain parameter `node` names (`status`, `status = 200`); `null` for anything else. */
function paramIndex(fn: FunctionNode, node: TSESTree.Node): number | null {
  const inner = skipTransparent(node);
  if (inner.type !== 'Identifier') return null;
  const index = fn.params.findIndex((param) => {
    const plain = param.type === 'AssignmentPattern' ? param.left : param;
    return plain.type === 'Identifier' && plain.name === inner.name;
  });
  return index < 0 ? null : index;
}

/** `JSON.stringify(data)` is `data`. */
function unstringified(body: TSESTree.Node): TSESTree.Node {
  const inner = skipTransparent(body);
  if (inner.type !== 'CallExpression' || inner.callee.type !== 'MemberExpression') return inner;
  const { object, property } = inner.callee;
  const isStringify = object.type === 'Identifier' && object.name === 'JSON' && property.type === 'Identifier' && property.name === 'stringify';
  return isStringify && inner.arguments[0] ? inner.arguments[0] : inner;
}
