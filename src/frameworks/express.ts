/**
 * Express 4 and 5 (and routers that copy its API). See docs/frameworks.md#express.
 *
 * Handlers are found two ways: registrations on apps and routers the file creates
 * (`app.post('/users', create)`), and functions shaped like handlers — `(req, res)` whose `res`
 * is used as an Express response — which covers controllers in files that register nothing.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import type { Variable } from '../analysis/scope.js';
import { isFunction, memberName, skipTransparent, transparentParent } from '../analysis/ast.js';
import type { FileContext } from '../analysis/file-context.js';
import type { FunctionNode, HttpMethod } from '../analysis/model.js';
import { CALL, trackReferences } from '../analysis/tracker.js';
import type { ChannelSpec, FrameworkAdapter, HandlerSeed } from './adapter.js';
import {
  chainedRoutePath,
  enclosingRouteCall,
  methodOfName,
  receivingVariable,
  resolveHandlerFunctions,
  staticString,
} from './registration.js';

const SEND_NUMBER_EFFECT =
  'Express 4 reads `res.send(<number>)` as a deprecated status call, but Express 5 answers 200 OK with the number as the body';
const JSON_NUMBER_EFFECT = 'Express answers 200 OK with the number as a JSON body';
const END_NUMBER_EFFECT = 'Node throws a TypeError: `res.end()` takes a string or a Buffer, so the request fails with 500';

export const expressResponse: ChannelSpec = {
  statusMethods: { status: { arg: 0 } },
  statusProperties: ['statusCode'],
  chainMethods: ['set', 'header', 'type', 'contentType', 'cookie', 'clearCookie', 'location', 'vary', 'append', 'links', 'attachment', 'setHeader'],
  sendMethods: {
    send: { bodyArg: 0, bodyKind: 'data', numericBodyEffect: SEND_NUMBER_EFFECT },
    json: { bodyArg: 0, bodyKind: 'data', numericBodyEffect: JSON_NUMBER_EFFECT },
    jsonp: { bodyArg: 0, bodyKind: 'data', numericBodyEffect: JSON_NUMBER_EFFECT },
    end: { bodyArg: 0, bodyKind: 'data', numericBodyEffect: END_NUMBER_EFFECT },
    sendStatus: { statusArg: 0, bodyKind: 'status-text' },
    redirect: { statusArg: 0, statusArgForm: 'leading-number', defaultStatus: 302, bodyKind: 'redirect' },
    render: { bodyKind: 'file' },
    sendFile: { bodyKind: 'file' },
    download: { bodyKind: 'file' },
  },
  bodyProperties: [],
  throwMethods: {},
  aliasMembers: [],
  sentProperties: ['headersSent', 'writableEnded', 'finished'],
  lifecycleEvents: {
    methods: ['on', 'once', 'addListener', 'prependListener', 'prependOnceListener'],
    events: ['finish', 'close'],
  },
  preferredStatusMethod: 'status',
  statusOnly: (receiver, code) => `${receiver}.sendStatus(${code})`,
};

const IGNORED_RETURN_EFFECT =
  "Express ignores a handler's return value: nothing is sent, and the request hangs until it times out";

/** `express()`, `express.Router()`, `Router()`: the apps and routers a file creates. */
const FACTORIES = { express: { [CALL]: true, Router: { [CALL]: true } } };

const ROUTE_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'del', 'options', 'head', 'all', 'use']);
const REQUEST_NAME = /^_*(?:req|request)$/;
const RESPONSE_NAME = /^_*(?:res|response|resp)$/;
const NEXT_NAME = /^_*(?:next|nxt|done|cb|callback)$/;
/** Members only an Express (or Node) response has: one use is enough to call `res` a response. */
const RESPONSE_MEMBERS = new Set([
  ...Object.keys(expressResponse.sendMethods),
  'status',
  'statusCode',
  'headersSent',
  'setHeader',
  'locals',
]);

export const express: FrameworkAdapter = {
  id: 'express',
  name: 'Express',
  packages: ['express', 'express-serve-static-core', 'express-async-handler'],
  detectWithoutImport: true,
  findHandlers(file, claimed) {
    const seeds = new Map<FunctionNode, HandlerSeed>();
    for (const route of registeredRoutes(file)) {
      for (const fn of route.functions) {
        if (claimed.has(fn) || seeds.has(fn)) continue;
        const seed = seedFor(fn, file, route.method, route.path, true);
        if (seed) seeds.set(fn, seed);
      }
    }
    for (const scope of file.sourceCode.scopeManager?.scopes ?? []) {
      const fn = scope.block;
      if (scope.type !== 'function' || !isFunction(fn) || claimed.has(fn) || seeds.has(fn)) continue;
      if (isEventListener(fn)) continue;
      const route = enclosingRouteCall(fn, (name) => ROUTE_METHODS.has(name));
      const method = route ? methodOfName(route.methodName) : null;
      const path = route ? staticString(route.call.arguments[0]) : null;
      const seed = seedFor(fn, file, method ?? null, path ?? (route ? chainedRoutePath(route.member) ?? null : null), false);
      if (seed) seeds.set(fn, seed);
    }
    return [...seeds.values()];
  },
};

interface Registration {
  readonly functions: FunctionNode[];
  readonly method: HttpMethod | null;
  readonly path: string | null;
}

/** Route registrations on the apps and routers this file creates. */
function* registeredRoutes(file: FileContext): Generator<Registration> {
  const { sourceCode } = file;
  for (const factory of trackReferences(file.globalScope, FACTORIES)) {
    const receivers: TSESTree.Node[] = [factory.node];
    const variable = receivingVariable(factory.node, sourceCode);
    if (variable) {
      for (const reference of variable.references) if (reference.isRead()) receivers.push(reference.identifier);
    }
    for (const receiver of receivers) yield* routesOn(receiver, file);
  }
}

/** `app.get(path, ...fns)`, `app.route(path).get(fn).post(fn)`, chained `.get(...).post(...)`. */
function* routesOn(receiver: TSESTree.Node, file: FileContext): Generator<Registration> {
  let current = receiver;
  let routePath: string | null | undefined;
  for (;;) {
    const { parent, child } = transparentParent(current);
    if (parent?.type !== 'MemberExpression' || parent.object !== child) return;
    const name = memberName(parent);
    const call = transparentParent(parent).parent;
    if (!name || call?.type !== 'CallExpression' || call.callee !== transparentParent(parent).child) return;
    if (name === 'route') {
      routePath = staticString(call.arguments[0]);
    } else if (ROUTE_METHODS.has(name)) {
      const method = methodOfName(name) ?? null;
      const first = call.arguments[0];
      const pathArgument = routePath === undefined && first && staticString(first) !== null ? first : undefined;
      const handlerArguments = call.arguments.filter((argument) => argument !== pathArgument);
      const functions = handlerArguments.flatMap((argument) => resolveHandlerFunctions(argument, file.sourceCode));
      yield { functions, method, path: routePath ?? staticString(pathArgument) };
    } else {
      return;
    }
    current = call;
  }
}

/**
 * The parameters of a handler: `(req, res, next)`, or `(err, req, res, next)` for error
 * middleware. A registered function is trusted by position; any other must name its
 * parameters like a handler and use `res` as a response.
 */
function seedFor(
  fn: FunctionNode,
  file: FileContext,
  method: HttpMethod | null,
  path: string | null,
  registered: boolean,
): HandlerSeed | null {
  const params = fn.params.map((param) => (param.type === 'AssignmentPattern' ? param.left : param));
  const isErrorHandler = params.length === 4;
  if (params.length < 2 || params.length > 4) return null;
  const offset = isErrorHandler ? 1 : 0;
  const [requestParam, responseParam, nextParam] = [params[offset], params[offset + 1], params[offset + 2]];
  if (responseParam?.type !== 'Identifier') return null;
  const variables = file.sourceCode.getDeclaredVariables(fn) as Variable[];
  const response = variables.find((variable) => variable.name === responseParam.name);
  if (!response) return null;
  if (!registered) {
    if (!RESPONSE_NAME.test(responseParam.name) || !usedAsResponse(response)) return null;
    if (requestParam?.type === 'Identifier' && !REQUEST_NAME.test(requestParam.name)) return null;
    if (nextParam?.type === 'Identifier' && !NEXT_NAME.test(nextParam.name)) return null;
  }
  const request = requestParam?.type === 'Identifier' ? variables.find((v) => v.name === requestParam.name) : undefined;
  const next = nextParam?.type === 'Identifier' ? variables.find((v) => v.name === nextParam.name) : undefined;
  return {
    fn,
    methods: method ? [method] : null,
    path,
    isErrorHandler,
    request: request ?? null,
    channels: [{ variable: response, spec: expressResponse }],
    returns: null,
    ignoredReturnEffect: IGNORED_RETURN_EFFECT,
    delegates: next ? [next] : [],
  };
}

/** `res.status(...)`, `res.json(...)`, `res.statusCode = ...`: `res` is a response object. */
function usedAsResponse(variable: Variable): boolean {
  return variable.references.some((reference) => {
    const { parent, child } = transparentParent(reference.identifier);
    return (
      parent?.type === 'MemberExpression' &&
      parent.object === child &&
      RESPONSE_MEMBERS.has(memberName(parent) ?? '') &&
      skipTransparent(parent.object).type === 'Identifier'
    );
  });
}

/** `ws.on('message', (req, res) => …)`, `emitter.once('done', …)`: a listener, not a route handler. */
function isEventListener(fn: FunctionNode): boolean {
  const { parent } = transparentParent(fn);
  if (parent?.type !== 'CallExpression' || parent.callee.type !== 'MemberExpression') return false;
  const name = memberName(parent.callee);
  const event = staticString(parent.arguments[0]);
  return name !== null && !ROUTE_METHODS.has(name) && event !== null && !/^[/*]/.test(event);
}
