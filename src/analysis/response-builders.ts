/**
 * Same-file response builders: `function json(data, status = 200) { return new Response(
 * JSON.stringify(data), { status, headers }) }`, or with options, `function json(data,
 * { status = 200, headers } = {})`. A handler that returns `json({ error }, 404)` answers what
 * the builder builds, with the call's arguments in place of its parameters: the status is the
 * argument, or the parameter's default when the call leaves it out.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import type { ResponseFactory, ReturnSpec } from '../frameworks/adapter.js';
import { propertyKeyName, skipTransparent } from './ast.js';
import { stringText, stringified } from './body-shape.js';
import type { RawOp } from './channel.js';
import type { FunctionNode, StatusValue } from './model.js';
import { IMPLICIT_STATUS } from './model.js';
import { factoryStatusSetter, readReturned, returnedExpressions, slotStatus, statusSlot } from './returns.js';
import { declaredFunction, type Scope, type Variable } from './scope.js';
import { isSuccessStatus } from './status-codes.js';

type ScopeOf = (node: TSESTree.Node) => Scope;
type RawSend = Extract<RawOp, { kind: 'send' }>;
type SlotForm = NonNullable<ResponseFactory['statusArg']>['form'];

/** What a builder answers, in terms of its parameters. */
interface Builder {
  readonly fn: FunctionNode;
  readonly send: RawSend;
  /**
   * The parameter the status comes from, as a factory's status slot: one that holds the number
   * (`status`, `status = 200`), or the init object (`init`, spread as `{ ...init, headers }`).
   */
  readonly statusParam: ResponseFactory | null;
  /** The parameter that holds the body (`data`, or `JSON.stringify(data)`), when the body is one. */
  readonly bodyParam: number | null;
  /** The parameters the builder's own body reads (`message` in `{ error: message }`). */
  readonly textParams: readonly number[];
}

const builders = new WeakMap<ReturnSpec, WeakMap<FunctionNode, Builder | null>>();

/** The response a returned call to a same-file builder makes; `null` for any other call. */
export function builderSend(expression: TSESTree.Expression, spec: ReturnSpec, scopeOf: ScopeOf): RawOp | null {
  let call = skipTransparent(expression);
  if (call.type === 'AwaitExpression') call = skipTransparent(call.argument);
  if (call.type !== 'CallExpression') return null;
  const builder = builderCalled(call, spec, scopeOf);
  return builder ? applied(builder, call, scopeOf) : null;
}

/** The same-file builder a call names, read once per function. */
function builderCalled(call: TSESTree.CallExpression, spec: ReturnSpec, scopeOf: ScopeOf): Builder | null {
  if (call.callee.type !== 'Identifier') return null;
  const fn = declaredFunction(call.callee, scopeOf(call));
  if (!fn) return null;
  let known = builders.get(spec);
  if (!known) builders.set(spec, (known = new WeakMap()));
  let builder = known.get(fn);
  if (builder === undefined) {
    // A builder that calls itself is none: it is marked before it is read.
    known.set(fn, null);
    known.set(fn, (builder = readBuilder(fn, spec, scopeOf)));
  }
  return builder;
}

/**
 * A function that only builds one response, one its spec knows or one another builder makes: its
 * body is the `return`, after declarations and statements that await nothing
 * (`headers['access-control-allow-origin'] = '*'`). A helper that does the work
 * (`createPost(request, env)` awaits, writes, then answers) is a handler of its own, not a builder.
 */
function readBuilder(fn: FunctionNode, spec: ReturnSpec, scopeOf: ScopeOf): Builder | null {
  if (fn.async || !onlyBuilds(fn)) return null;
  const returned = returnedExpressions(fn);
  if (returned.length !== 1) return null;
  const [expression] = returned as [TSESTree.Expression];
  const made = builtResponse(expression, spec, scopeOf);
  if (!made) return null;
  const { send, factory } = made;
  const statusParam = send.status.kind === 'dynamic' ? statusParameter(fn, send.status.node, factory) : null;
  if (send.status.kind === 'dynamic' && statusParam === null) return null;
  const bodyParam = send.body ? paramIndex(fn, unstringified(send.body)) : null;
  // A body of the builder's own says what every call sends only when its shape is fixed: an
  // object (`{ error: message }`), or text that reads no parameter. A page built from its
  // parameters (`error ? … : …` in a template) says nothing of one call.
  const ownBody = send.body && bodyParam === null && (unstringified(send.body).type === 'ObjectExpression' || !readsParameter(fn, send.body, scopeOf)) ? send.body : null;
  const textParams = ownBody ? parametersReadIn(fn, ownBody, scopeOf) : [];
  return { fn, send: { ...send, body: bodyParam === null ? ownBody : send.body }, statusParam, bodyParam, textParams };
}

/**
 * What a builder returns: a response its spec knows (`new Response(…)`), or what another builder
 * of the file makes (`const notFound = (message) => json({ error: message }, 404)`), with the
 * slot its status comes through.
 */
function builtResponse(expression: TSESTree.Expression, spec: ReturnSpec, scopeOf: ScopeOf): { send: RawSend; factory: ResponseFactory } | null {
  const inner = skipTransparent(expression);
  const factory = spec.factoryOf(inner as TSESTree.Expression);
  if (factory) {
    const send = readReturned(expression, spec, scopeOf(expression));
    return send?.kind === 'send' ? { send, factory } : null;
  }
  if (inner.type !== 'CallExpression') return null;
  const builder = builderCalled(inner, spec, scopeOf);
  return builder ? { send: applied(builder, inner, scopeOf), factory: builder.statusParam ?? NO_STATUS_SLOT } : null;
}

/** The slot of a builder whose status is its own: nothing the caller passes sets it. */
const NO_STATUS_SLOT: ResponseFactory = { bodyKind: 'data' };

/** True when `node` reads one of the function's parameters (destructured ones too). */
function readsParameter(fn: FunctionNode, node: TSESTree.Node, scopeOf: ScopeOf): boolean {
  return parameterVariablesReadIn(fn, node, scopeOf).length > 0;
}

/** The parameters `node` reads, as variables of the function's scope. */
function parameterVariablesReadIn(fn: FunctionNode, node: TSESTree.Node, scopeOf: ScopeOf): Variable[] {
  const [start, end] = node.range;
  const scope = scopeOf(fn);
  const own = scope.block === fn ? scope : scope.childScopes.find((child) => child.block === fn);
  return (own?.variables ?? []).filter(
    (variable) =>
      variable.defs.some((definition) => definition.type === 'Parameter') &&
      variable.references.some((reference) => reference.identifier.range[0] >= start && reference.identifier.range[1] <= end),
  );
}

/** The indexes of the plain parameters `node` reads: `[0]` for `{ error: message }` in `(message, status) => …`. */
function parametersReadIn(fn: FunctionNode, node: TSESTree.Node, scopeOf: ScopeOf): number[] {
  return parameterVariablesReadIn(fn, node, scopeOf)
    .map((variable) => paramIndex(fn, variable.defs[0]!.name))
    .filter((index): index is number => index !== null);
}

/** `fail('id is required', 400)`: the text the call gives the parameters the builder's own body reads. */
function suppliedText(builder: Builder, call: TSESTree.CallExpression): string | null {
  const texts: string[] = [];
  for (const index of builder.textParams) {
    const argument = call.arguments[index];
    const text = argument && argument.type !== 'SpreadElement' ? stringText(skipTransparent(argument)) : null;
    if (text !== null) texts.push(text);
  }
  return texts.length > 0 ? texts.join(' ') : (builder.send.suppliedText ?? null);
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
  const spread = statusParam !== null && call.arguments[statusParam.statusArg!.index]?.type === 'SpreadElement';
  return {
    kind: 'send',
    node: call,
    status: statusParam === null ? send.status : statusAt(builder.fn, statusParam, call, scopeOf),
    body,
    bodyKind: body === null && send.bodyKind === 'data' ? 'none' : send.bodyKind,
    terminal: true,
    numericBodyEffect: send.numericBodyEffect,
    numericBodyDeprecatedForm: send.numericBodyDeprecatedForm,
    suppliedText: bodyParam === null ? suppliedText(builder, call) : null,
    ...(statusParam !== null && { setStatus: spread ? undefined : factoryStatusSetter(call, statusParam) }),
  };
}

/**
 * The status the call gives; when it leaves the argument out, the parameter's default. A success
 * default (`status = 200`, `init = { status: 200 }`, `{ status = 200 } = {}`) is the status nobody
 * chose at the call, as if the builder had none.
 */
function statusAt(fn: FunctionNode, slot: ResponseFactory, call: TSESTree.CallExpression, scopeOf: ScopeOf): StatusValue {
  const { index, form } = slot.statusArg!;
  const argument = call.arguments[index];
  if (argument?.type === 'SpreadElement') return { kind: 'dynamic', node: argument };
  const given = argument ? slotStatus(argument, form, scopeOf(argument)) : null;
  if (given) return given;
  const fallback = defaultStatus(fn.params[index], argument === undefined, form, scopeOf) ?? IMPLICIT_STATUS;
  return fallback.kind === 'explicit' && isSuccessStatus(fallback.code) ? IMPLICIT_STATUS : fallback;
}

/**
 * The status a parameter's default gives: `status = 500` or `init = { status: 500 }` when the
 * call leaves the argument out; destructured, `{ status = 500 } = {}`, also when the call's
 * options name no status.
 */
function defaultStatus(param: TSESTree.Parameter | undefined, omitted: boolean, form: SlotForm, scopeOf: ScopeOf): StatusValue | null {
  const pattern = param?.type === 'AssignmentPattern' ? param.left : param;
  if (pattern?.type === 'ObjectPattern') {
    const value = destructuredStatus(pattern)?.value;
    return value?.type === 'AssignmentPattern' ? slotStatus(value.right, 'number', scopeOf(value.right)) : null;
  }
  if (!omitted || param?.type !== 'AssignmentPattern') return null;
  return slotStatus(param.right, form, scopeOf(param.right));
}

/**
 * Which parameter the builder's status comes from: one that holds the number (`{ status }`,
 * `c.json(x, status)`), or an init object passed on whole (`new Response(body, init)`) or spread
 * into the factory's (`{ ...init, headers }`).
 */
function statusParameter(fn: FunctionNode, node: TSESTree.Node, factory: ResponseFactory): ResponseFactory | null {
  if (holdsNumber(node, factory)) {
    const index = paramIndex(fn, node);
    if (index !== null) return statusSlot(index, 'number');
    // `{ status = 200 } = {}`: the call passes options, read as an init object's `status`.
    const options = optionsIndex(fn, node);
    return options === null ? null : statusSlot(options, 'init');
  }
  // A parameter that may be either (`c.json(x, statusOrInit)`) is left unread.
  if (factory.statusArg?.form !== 'init') return null;
  const inner = skipTransparent(node);
  const passed = inner.type === 'ObjectExpression' ? spreadOnly(inner) : inner;
  const index = passed ? paramIndex(fn, passed) : null;
  return index === null ? null : statusSlot(index, 'init');
}

/** `{ ...init, headers }`: the one spread of an init object that sets no `status` of its own. */
function spreadOnly(object: TSESTree.ObjectExpression): TSESTree.Node | null {
  const spreads = object.properties.filter((property) => property.type === 'SpreadElement');
  if (spreads.length !== 1) return null;
  const setsStatus = object.properties.some((property) => property.type === 'Property' && propertyKeyName(property) === 'status');
  return setsStatus ? null : spreads[0]!.argument;
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

/** The index of the options parameter `node` (`status`) is destructured from by that key: `{ status = 200 } = {}`. */
function optionsIndex(fn: FunctionNode, node: TSESTree.Node): number | null {
  const inner = skipTransparent(node);
  if (inner.type !== 'Identifier') return null;
  const index = fn.params.findIndex((param) => {
    const pattern = param.type === 'AssignmentPattern' ? param.left : param;
    const value = pattern.type === 'ObjectPattern' ? destructuredStatus(pattern)?.value : undefined;
    const binding = value?.type === 'AssignmentPattern' ? value.left : value;
    return binding?.type === 'Identifier' && binding.name === inner.name;
  });
  return index < 0 ? null : index;
}

/** The `status` property of a destructuring pattern. */
function destructuredStatus(pattern: TSESTree.ObjectPattern): TSESTree.Property | undefined {
  return pattern.properties.find((property): property is TSESTree.Property => property.type === 'Property' && propertyKeyName(property) === 'status');
}

/** `JSON.stringify(data)` is `data`. */
function unstringified(body: TSESTree.Node): TSESTree.Node {
  return stringified(body) ?? skipTransparent(body);
}
