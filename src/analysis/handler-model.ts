/**
 * The per-file handler model, built once and shared by every rule. A file that imports no
 * supported framework and matches no route-file convention costs a look at its imports.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { findVariable, resolveConstant, type Scope, type Variable } from './scope.js';
import { ADAPTERS } from '../frameworks/index.js';
import type { ChannelBinding, ChannelSpec, FrameworkAdapter, HandlerSeed } from '../frameworks/adapter.js';
import { cached } from '../utils/cached.js';
import { contains, isFunction, lastStatementOf, memberName, skipTransparent, statementsOf } from './ast.js';
import { readChannel, type RawOp } from './channel.js';
import { regionOf, type DeferralContext } from './deferral.js';
import { unawaitedCalls } from './downstream.js';
import { createFileContext, type FileContext } from './file-context.js';
import type { AnsweringCall, DeferredRegion, FunctionNode, HandOff, Handler, HandlerModel, ResponseOp, StatusText, UnawaitedDownstream } from './model.js';
import { alwaysAnswers, answeringCalls, handOffCalls, mayAnswer } from './hand-offs.js';
import { isStreamBody } from './streams.js';
import { callbackAnswers, numericReturn, readReturned, returnedExpressions } from './returns.js';
import { builderSend } from './response-builders.js';
import { readSettings } from './settings.js';
import { bareStatusNumber, mayHoldNumber } from './status-value.js';

const GENERIC_SECOND_SEND_EFFECT = 'the second send fails, since the client already has the first response';
const EMPTY_MODEL: HandlerModel = Object.freeze({ handlers: Object.freeze([]) });
type RuleContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

// The model is shared by every rule of a file; its types are readonly, so nothing copies or
// freezes it on the way (freezing every op was a measurable share of building the model).
// Hosts run a file's rules one after another, so the last file's model, keyed by its syntax
// tree, is all that is kept: no lookup in a map of every file on the way.
let lastTree: object | null = null;
let lastModel: HandlerModel = EMPTY_MODEL;

export function getHandlerModel(context: RuleContext): HandlerModel {
  const { sourceCode } = context;
  if (sourceCode.ast !== lastTree) {
    lastModel = buildModel(sourceCode, context.filename, context.settings);
    lastTree = sourceCode.ast;
  }
  return lastModel;
}

function buildModel(
  sourceCode: Readonly<TSESLint.SourceCode>,
  filename: string,
  settings: Readonly<Record<string, unknown>> | undefined,
): HandlerModel {
  const file = createFileContext(sourceCode, filename, readSettings(settings));
  if (!file) return EMPTY_MODEL;
  const adapters = activeAdapters(file);
  if (adapters.length === 0) return EMPTY_MODEL;
  const claimed = new Set<FunctionNode>();
  const seeds = new Map<FunctionNode, HandlerSeed>();
  const found: [FrameworkAdapter, HandlerSeed][] = [];
  for (const adapter of adapters) {
    for (const seed of adapter.findHandlers(file, claimed)) {
      if (claimed.has(seed.fn)) continue;
      claimed.add(seed.fn);
      seeds.set(seed.fn, seed);
      found.push([adapter, seed]);
    }
  }
  if (found.length === 0) return EMPTY_MODEL;
  const handOffs: PendingHandOff[] = [];
  const handlers = found.map(([adapter, seed]) => describeHandler(adapter, withRouteAround(seed, seeds), file, handOffs));
  handlers.sort((a, b) => a.fn.range[0] - b.fn.range[0]);
  if (handOffs.length > 0) resolveHandOffs(handOffs, handlers, file);
  return { handlers };
}

/**
 * `app.post('/enable', (req, res) => { addUser(req, res); function addUser(request, response) { … } })`:
 * a function that answers for the handler it is written in serves that handler's route.
 */
function withRouteAround(seed: HandlerSeed, seeds: ReadonlyMap<FunctionNode, HandlerSeed>): HandlerSeed {
  if (seed.methods !== null || seed.path !== null) return seed;
  for (let node: TSESTree.Node | undefined = seed.fn.parent; node; node = node.parent) {
    const outer = isFunction(node) ? seeds.get(node) : undefined;
    if (outer) return outer.methods === null && outer.path === null ? seed : { ...seed, methods: outer.methods, path: outer.path };
  }
  return seed;
}

/** A hand-off found while describing a handler, kept once every handler of the file is known. */
interface PendingHandOff {
  readonly place: Omit<HandOff, 'helper' | 'always'>;
  readonly target: FunctionNode;
  readonly into: HandOff[];
  /** The channel handed over, where the call passes it, and the adapter that reads it. */
  readonly channel: ChannelBinding;
  readonly argument: number;
  readonly adapter: FrameworkAdapter;
}

function resolveHandOffs(pending: PendingHandOff[], handlers: readonly Handler[], file: FileContext): void {
  const byFunction = new Map<FunctionNode, Handler>();
  for (const handler of handlers) byFunction.set(handler.fn, handler);
  // The list grows while it is read: a helper may hand the channel on to another.
  for (let index = 0; index < pending.length; index++) {
    const { place, target, into } = pending[index]!;
    const helper = byFunction.get(target) ?? answeringHelper(pending[index]!, file, pending, byFunction);
    if (!helper || helper.fn === place.fn) continue;
    if (alwaysAnswers(helper, file.sourceCode.visitorKeys)) into.push({ ...place, helper, always: true });
    else if (mayAnswer(helper)) into.push({ ...place, helper, always: false });
  }
}

/**
 * `function badRequest(res, message) { res.status(400).json({ error: message }) }`, handed the
 * response by `badRequest(res, 'id is required')`: read as a handler that answers through the
 * parameter it receives the channel in, for its callers. It is no route of its own, and a status
 * its caller set first (`res.status(404); sendError(res, msg)`) is not in sight there: a rule
 * judges it only through a caller (`helpersAnsweringUnset`). Channels whose sends only count when
 * returned (Hono's `c`) are left out.
 */
function answeringHelper(
  { target, channel, argument, adapter }: PendingHandOff,
  file: FileContext,
  pending: PendingHandOff[],
  byFunction: Map<FunctionNode, Handler>,
): Handler | null {
  const parameter = target.params[argument];
  if (channel.spec.sendsOnlyWhenReturned || parameter?.type !== 'Identifier') return null;
  const variable = file.sourceCode.getDeclaredVariables(target).find((declared) => declared.name === parameter.name);
  if (!variable) return null;
  const seed: HandlerSeed = {
    fn: target,
    methods: null,
    path: null,
    isErrorHandler: false,
    request: null,
    channels: [{ variable: variable as Variable, spec: channel.spec }],
    returns: null,
  };
  const helper = describeHandler(adapter, seed, file, pending);
  byFunction.set(target, helper);
  return helper;
}

/** The adapters each package activates, in claiming order. */
const ADAPTERS_BY_PACKAGE = new Map<string, FrameworkAdapter[]>();
for (const adapter of ADAPTERS) {
  for (const name of adapter.packages) cached(ADAPTERS_BY_PACKAGE, name, () => []).push(adapter);
}

/** Settings decide when given; otherwise imports, file names and the file's shape. */
function activeAdapters(file: FileContext): FrameworkAdapter[] {
  const chosen = file.settings.frameworks;
  if (chosen) return ADAPTERS.filter((adapter) => chosen.includes(adapter.id));
  // One look per import rather than one per adapter and package.
  const imported = new Set<FrameworkAdapter>();
  for (const name of file.imports) for (const adapter of ADAPTERS_BY_PACKAGE.get(name) ?? []) imported.add(adapter);
  const active: FrameworkAdapter[] = [];
  for (const adapter of ADAPTERS) {
    if (imported.has(adapter) || adapter.isRouteFile?.(file.filename) || detects(adapter, file)) active.push(adapter);
  }
  return active;
}

function detects(adapter: FrameworkAdapter, file: FileContext): boolean {
  if (!adapter.detectWithoutImport) return false;
  return (!adapter.detectionNames || file.mayBindAny(adapter.detectionNames)) && adapter.detectWithoutImport(file);
}

function describeHandler(adapter: FrameworkAdapter, seed: HandlerSeed, file: FileContext, pendingHandOffs: PendingHandOff[]): Handler {
  const { sourceCode } = file;
  const scopeOf = (node: TSESTree.Node): Scope => sourceCode.getScope(node) as Scope;
  const raw: RawOp[] = [];
  const lateListeners = new Map<TSESTree.Node, string>();
  const heldStatusReads = new Map<TSESTree.Node, number>();
  for (const channel of seed.channels) {
    const reading = readChannel(channel.variable, channel.spec, sourceCode);
    for (const op of reading.ops) raw.push(streamed(op, scopeOf));
    for (const listener of reading.lateListeners) lateListeners.set(skipTransparent(listener.fn), listener.event);
    for (const read of reading.heldStatusReads) heldStatusReads.set(read.node, read.held);
  }
  const returnedFrom = raw.length;
  readReturns(seed, file, scopeOf, raw);
  const returnedTo = raw.length;
  readDelegates(seed, raw);
  for (const thrown of seed.throwCalls ?? []) raw.push({ kind: 'throw', node: thrown.node, status: thrown.status });

  const deferral: DeferralContext = {
    handler: seed.fn,
    lateListeners,
    spec: seed.deferrals,
    scopeOf,
    answersWhenSettled: seed.answersWhenSettled === true,
  };
  const sentProperties = mentionsAny(sourceCode.getText(seed.fn), sentPropertiesOf(seed));
  const ops: ResponseOp[] = [];
  raw.forEach((op, index) => {
    const returned = index >= returnedFrom && index < returnedTo;
    if (contains(seed.fn, op.node)) ops.push(finishOp(op, returned, seed, deferral, sentProperties));
  });
  ops.sort((a, b) => a.node.range[0] - b.node.range[0]);
  const handOffs: HandOff[] = [];
  const answering: AnsweringCall[] = [];
  for (const channel of seed.channels) {
    if (answersByCalls(channel.spec)) {
      for (const call of answeringCalls(channel.variable, scopeOf)) {
        if (contains(seed.fn, call)) answering.push({ node: call, ...placeOf(call, seed, deferral, sentProperties) });
      }
    }
    for (const { call, target, argument } of handOffCalls(channel.variable, scopeOf)) {
      if (!contains(seed.fn, call)) continue;
      pendingHandOffs.push({ place: { node: call, ...placeOf(call, seed, deferral, sentProperties) }, target, into: handOffs, channel, argument, adapter });
    }
  }
  return {
    framework: adapter.id,
    fn: seed.fn,
    methods: seed.methods,
    path: seed.path,
    isErrorHandler: seed.isErrorHandler,
    respondsByReturn: seed.returns !== null,
    secondSendEffect: adapter.secondSendEffect ?? GENERIC_SECOND_SEND_EFFECT,
    request: seed.request,
    ops,
    handOffs,
    documentedStatuses: seed.documentedStatuses ?? null,
    unawaitedDownstream: seed.downstream ? unawaitedDownstream(seed.downstream, seed.fn) : [],
    passOns: passOnCalls(seed).map((call) => ({ node: call, ...placeOf(call, seed, deferral, sentProperties) })),
    answeringCalls: answering,
    heldStatusReads,
  };
}

/**
 * A channel that answers by calls (`res.json(x)`, `reply.send(x)`), each final: a call of another
 * module handed it can have answered. Not one whose answer is a returned value (Hono's `c`) or a
 * body the framework sends later (Koa's `ctx.body`), which a later write replaces.
 */
function answersByCalls(spec: ChannelSpec): boolean {
  return !spec.sendsOnlyWhenReturned && spec.bodyProperties.length === 0;
}

function unawaitedDownstream(downstream: NonNullable<HandlerSeed['downstream']>, fn: FunctionNode): UnawaitedDownstream[] {
  return unawaitedCalls(downstream.variable, fn).map((node) => ({ node, effect: downstream.unawaitedEffect }));
}

function readReturns(seed: HandlerSeed, file: FileContext, scopeOf: (node: TSESTree.Node) => Scope, found: RawOp[]): void {
  if (!seed.returns && !seed.ignoredReturnEffect) return;
  for (const expression of returnedExpressions(seed.fn)) {
    if (seed.returns) {
      if (startsAtChannel(expression, seed, scopeOf) || handsOverChannel(expression, seed)) continue;
      const op = readReturned(expression, seed.returns, scopeOf(expression), file.sourceCode);
      // A function handed the request (`return handleUsers(request, env)`) is followed as a handler.
      const built = op ?? (passesRequest(expression, seed) ? null : builderSend(expression, seed.returns, scopeOf));
      if (built) {
        found.push(built);
        continue;
      }
      const { factoryOf } = seed.returns;
      for (const answer of callbackAnswers(expression, (node) => factoryOf(node) !== null)) {
        const inner = readReturned(answer, seed.returns, scopeOf(answer), file.sourceCode);
        if (inner) found.push(inner);
      }
    } else if (seed.ignoredReturnEffect && mayHoldNumber(expression)) {
      const scope = scopeOf(expression);
      if (bareStatusNumber(expression, scope) === undefined) continue;
      found.push(numericReturn(expression, seed.ignoredReturnEffect, channelStatusOnly(seed, scope)));
    }
  }
}

/**
 * `res.sendStatus(404)`: how the handler's channel answers a bare status, for a `return 404`
 * the framework ignores. `undefined` when no channel says, or its name is shadowed where the
 * return is.
 */
function channelStatusOnly(seed: HandlerSeed, scope: Scope): ((code: StatusText) => string) | undefined {
  for (const { variable, spec } of seed.channels) {
    const statusOnly = spec.statusOnly;
    if (!statusOnly) continue;
    if (findVariable(scope, variable.name) === variable) return (code) => statusOnly(variable.name, code);
  }
  return undefined;
}

/** `reply.send(createReadStream(path))`, `c.body(readable)`: a stream is not a body the rules judge. */
function streamed(op: RawOp, scopeOf: (node: TSESTree.Node) => Scope): RawOp {
  if (op.kind !== 'send' || op.bodyKind !== 'data' || !op.body || !isStreamBody(op.body, scopeOf)) return op;
  return { ...op, bodyKind: 'file' };
}

/** `return sendUser(reply, user)`: a helper that is handed the channel may answer on its own. */
function handsOverChannel(expression: TSESTree.Expression, seed: HandlerSeed): boolean {
  return handsOver(expression, (value) => seed.channels.some((channel) => channel.variable.name === value.name));
}

/** `return createPost(request, env)`: a call handed the handler's request. */
function passesRequest(expression: TSESTree.Expression, seed: HandlerSeed): boolean {
  const { request } = seed;
  return request !== null && handsOver(expression, (value) => request.references.some((reference) => reference.identifier === value));
}

/** A call (or `new`) given a name that `isHanded` accepts as one of its arguments. */
function handsOver(expression: TSESTree.Expression, isHanded: (value: TSESTree.Identifier) => boolean): boolean {
  const inner = skipTransparent(expression);
  if (inner.type !== 'CallExpression' && inner.type !== 'NewExpression') return false;
  return inner.arguments.some((argument) => {
    const value = skipTransparent(argument);
    return value.type === 'Identifier' && isHanded(value);
  });
}

/** `return res.json(x)`, `return reply.send(x)`: the channel already accounts for it. */
function startsAtChannel(expression: TSESTree.Expression, seed: HandlerSeed, scopeOf?: (node: TSESTree.Node) => Scope): boolean {
  if (seed.channels.length === 0) return false;
  let current: TSESTree.Node = skipTransparent(expression);
  // `const response = await reply.code(200).send(); return response;` returns the reply too.
  if (current.type === 'Identifier' && scopeOf && !isChannelName(current.name, seed)) {
    const init = resolveConstant(current, scopeOf(current));
    if (init) return startsAtChannel(init, seed);
  }
  for (;;) {
    if (current.type === 'CallExpression') current = skipTransparent(current.callee);
    else if (current.type === 'MemberExpression') current = skipTransparent(current.object);
    else break;
  }
  return current.type === 'Identifier' && isChannelName(current.name, seed);
}

function isChannelName(name: string, seed: HandlerSeed): boolean {
  return seed.channels.some((channel) => channel.variable.name === name);
}

/** `next()`, `next(err)`: the calls of the bindings a handler hands failures or the request on with. */
function* delegateCalls(seed: HandlerSeed): Generator<TSESTree.CallExpression> {
  for (const variable of seed.delegates ?? []) {
    for (const reference of variable.references) {
      const call = reference.identifier.parent;
      if (call?.type === 'CallExpression' && call.callee === reference.identifier) yield call;
    }
  }
}

/** `next()` with nothing to hand on: the request goes on down the chain. */
function passOnCalls(seed: HandlerSeed): TSESTree.CallExpression[] {
  return [...delegateCalls(seed)].filter((call) => call.arguments.length === 0 && contains(seed.fn, call));
}

/** `next(err)`: the failure goes to error middleware, which picks the status. */
function readDelegates(seed: HandlerSeed, found: RawOp[]): void {
  for (const call of delegateCalls(seed)) {
    const [argument] = call.arguments;
    if (!argument || (argument.type === 'Literal' && (argument.value === 'route' || argument.value === 'router'))) continue;
    found.push({ kind: 'throw', node: call, status: { kind: 'dynamic', node: argument }, handsOn: true });
  }
}

/** The op as the model keeps it: where it runs, and for a send, whether it is returned. */
function finishOp(
  op: RawOp,
  returned: boolean,
  seed: HandlerSeed,
  deferral: DeferralContext,
  sentProperties: ReadonlySet<string>,
): ResponseOp {
  const place = placeOf(op.node, seed, deferral, sentProperties);
  if (op.kind === 'status') return { kind: 'status', node: op.node, status: op.status, ...place };
  if (op.kind === 'throw') return { kind: 'throw', node: op.node, status: op.status, ...place, handsOn: op.handsOn === true };
  return {
    kind: 'send',
    node: op.node,
    ...place,
    status: op.status,
    body: op.body,
    bodyKind: op.bodyKind,
    terminal: op.terminal,
    returned,
    numericBodyEffect: op.numericBodyEffect,
    numericBodyDeprecatedForm: op.numericBodyDeprecatedForm === true,
    view: op.view ?? null,
    suppliedText: op.suppliedText ?? null,
    // The raw send carries its fix builders as its own optional fields.
    fixes: op,
  };
}

interface Place {
  readonly fn: FunctionNode;
  readonly deferred: DeferredRegion | null;
  readonly guardedBySentCheck: boolean;
  readonly sentExit?: TSESTree.IfStatement;
}

/**
 * Where a node runs, from one walk up to the handler: its innermost function, the innermost
 * deferred region around it (a timer callback, an un-awaited `.then`), and whether a
 * `headersSent` check guards it (`if (!res.headersSent)`, `res.headersSent || …`).
 */
function placeOf(node: TSESTree.Node, seed: HandlerSeed, deferral: DeferralContext, sentProperties: ReadonlySet<string>): Place {
  let fn: FunctionNode | null = null;
  let deferred: DeferredRegion | null = null;
  let guardedBySentCheck = false;
  let sentExit: TSESTree.IfStatement | null = null;
  let child: TSESTree.Node = node;
  for (let parent = node.parent; parent && child !== seed.fn; child = parent, parent = parent.parent) {
    if (parent !== seed.fn && isFunction(parent)) {
      fn ??= parent;
      deferred ??= regionOf(parent, deferral);
    }
    if (!guardedBySentCheck && sentProperties.size > 0) {
      const test =
        parent.type === 'IfStatement' || parent.type === 'ConditionalExpression'
          ? parent.test
          : parent.type === 'LogicalExpression'
            ? parent.left
            : null;
      guardedBySentCheck = test !== null && test !== child && mentionsProperty(test, sentProperties);
    }
    if (!sentExit && sentProperties.size > 0 && (parent.type === 'BlockStatement' || parent.type === 'SwitchCase')) {
      sentExit = exitWhenSentBefore(parent, child, sentProperties);
    }
  }
  return { fn: fn ?? seed.fn, deferred, guardedBySentCheck, ...(sentExit && { sentExit }) };
}

/** The last `if (res.headersSent) return;` before `statement` in its block, if any. */
function exitWhenSentBefore(
  list: TSESTree.BlockStatement | TSESTree.SwitchCase,
  statement: TSESTree.Node,
  sentProperties: ReadonlySet<string>,
): TSESTree.IfStatement | null {
  let found: TSESTree.IfStatement | null = null;
  for (const earlier of statementsOf(list)) {
    if (earlier === statement) break;
    if (earlier.type !== 'IfStatement' || !mentionsProperty(earlier.test, sentProperties)) continue;
    const last = lastStatementOf(earlier.consequent);
    if (last?.type === 'ReturnStatement' || last?.type === 'ThrowStatement') found = earlier;
  }
  return found;
}

/** The sent properties the handler's text names at all; none when it names none, so no test is read. */
function mentionsAny(text: string, properties: ReadonlySet<string>): ReadonlySet<string> {
  for (const property of properties) if (text.includes(property)) return properties;
  return NO_PROPERTIES;
}

// The sent-check properties of a channel spec, as a set, made once per spec.
const sentPropertySets = new WeakMap<ChannelSpec, ReadonlySet<string>>();
const NO_PROPERTIES: ReadonlySet<string> = new Set();

function sentPropertiesOf(seed: HandlerSeed): ReadonlySet<string> {
  if (seed.channels.length === 0) return NO_PROPERTIES;
  if (seed.channels.length > 1) return new Set(seed.channels.flatMap((channel) => channel.spec.sentProperties));
  return cached(sentPropertySets, seed.channels[0]!.spec, (spec) => new Set(spec.sentProperties));
}

function mentionsProperty(node: TSESTree.Node, properties: ReadonlySet<string>): boolean {
  const inner = skipTransparent(node);
  switch (inner.type) {
    case 'MemberExpression':
      return properties.has(memberName(inner) ?? '') || mentionsProperty(inner.object, properties);
    case 'UnaryExpression':
      return mentionsProperty(inner.argument, properties);
    case 'LogicalExpression':
    case 'BinaryExpression':
      return mentionsProperty(inner.left, properties) || mentionsProperty(inner.right, properties);
    case 'CallExpression':
      return inner.arguments.some((argument) => mentionsProperty(argument, properties));
    default:
      return false;
  }
}

