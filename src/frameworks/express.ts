/**
 * Express 4 and 5 (and routers that copy its API). See docs/frameworks.md#express.
 *
 * Handlers are found two ways: registrations on apps and routers the file creates
 * (`app.post('/users', create)`), and functions shaped like handlers — `(req, res)` whose `res`
 * is used as an Express response — which covers controllers in files that register nothing.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { isCalled, type Variable } from '../analysis/scope.js';
import { functionName, memberName, propertyKeyName, skipTransparent, staticString, transparentParent, walk } from '../analysis/ast.js';
import type { FileContext } from '../analysis/file-context.js';
import type { FunctionNode, HttpMethod } from '../analysis/model.js';
import { CALL, ESM, trackReferences } from '../analysis/tracker.js';
import type { ChannelSpec, FrameworkAdapter, HandlerSeed } from './adapter.js';
import {
  chainedRoutePath,
  enclosingRouteCall,
  joinPaths,
  type RouteCall,
  methodOfName,
  type Registration,
  receivingVariable,
  resolveHandlerFunctions,
  routePattern,
  throughBind,
  usesOf,
} from './registration.js';
import { isEventListener, paramNamed, someFunctionWithParameter, someMemberUse } from './shapes.js';
import { declaredStatusesIn } from './declared-statuses.js';

const SEND_NUMBER_EFFECT =
  'Express 4 sets the status and warns that `res.send(<number>)` is deprecated; Express 5 answers 200 OK with the number as the body';
const JSON_NUMBER_EFFECT = 'Express answers 200 OK with the number as a JSON body';
/** Express 4's deprecated `res.send(status, body)`; Express 5 removed it. */
const legacyStatusEffect = (method: string) =>
  `Express 4 sets the status and warns that \`res.${method}(<number>, body)\` is deprecated; Express 5 answers 200 OK with the number as the body and drops the rest`;
const END_NUMBER_EFFECT = 'Node throws a TypeError: `res.end()` takes a string or a Buffer, so the request fails with 500';

export const expressResponse: ChannelSpec = {
  // `writeHead` is Node's own; it returns the response, so it chains like `status`.
  statusMethods: { status: { arg: 0 }, writeHead: { arg: 0 } },
  statusProperties: ['statusCode'],
  heldStatus: 200,
  chainMethods: ['set', 'header', 'type', 'contentType', 'cookie', 'clearCookie', 'location', 'vary', 'append', 'links', 'attachment', 'setHeader'],
  sendMethods: {
    send: {
      bodyArg: 0,
      bodyKind: 'data',
      returnsChannel: true,
      numericBodyEffect: SEND_NUMBER_EFFECT,
      numericBodyDeprecatedForm: true,
      numericBodyWithArgumentsEffect: legacyStatusEffect('send'),
    },
    json: {
      bodyArg: 0,
      bodyKind: 'data',
      returnsChannel: true,
      numericBodyEffect: JSON_NUMBER_EFFECT,
      numericBodyWithArgumentsEffect: legacyStatusEffect('json'),
    },
    jsonp: {
      bodyArg: 0,
      bodyKind: 'data',
      returnsChannel: true,
      numericBodyEffect: JSON_NUMBER_EFFECT,
      numericBodyWithArgumentsEffect: legacyStatusEffect('jsonp'),
    },
    end: { bodyArg: 0, bodyKind: 'data', numericBodyEffect: END_NUMBER_EFFECT, returnsChannel: true },
    sendStatus: { statusArg: 0, bodyKind: 'status-text', returnsChannel: true, statusMethod: 'status' },
    redirect: { statusArg: 0, statusArgForm: 'leading-number', defaultStatus: 302, bodyKind: 'redirect' },
    render: { viewArg: 0, bodyKind: 'file' },
    sendFile: { viewArg: 0, bodyKind: 'file' },
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

/**
 * `express()`, `express.Router()`, `Router()`: the apps and routers a file creates, through
 * `require`, a default import, `import { Router }` and `import * as express`. `ESM` makes the
 * tracker follow named and namespace imports; without it only the default import counts.
 */
const ROUTER_FACTORY = { [CALL]: true, Router: { [CALL]: true } };
const FACTORIES = { express: { [ESM]: true, ...ROUTER_FACTORY, default: ROUTER_FACTORY } };

const ROUTE_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'del', 'options', 'head', 'all', 'use']);
const REQUEST_NAME = /^_*(?:req|request)$/;
const RESPONSE_NAME = /^_*(?:res|response|resp)$/;
const RESPONSE_NAMES = ['res', 'response', 'resp'];
const NEXT_NAME = /^_*(?:next|nxt|done|cb|callback)$/;
/**
 * What the text of an unregistered handler shows: a response method called with an argument
 * (`res.json(user)`, `response.status(404)`) or a property only a server response has. A
 * fetch client's `res.json()` and `res.status` do not count.
 */
const RESPONSE_USE =
  /(?:res|response|resp)\s*\??\.\s*(?:(?:status|json|jsonp|send|sendStatus|end|redirect|render|sendFile|download|writeHead|location|cookie|clearCookie|set|header|type|contentType|append|vary|links|attachment)\s*\(\s*[^\s)]|(?:statusCode|headersSent|setHeader|locals)\b)/;
/** Members only an Express (or Node) response has: one use is enough to call `res` a response. */
const RESPONSE_MEMBERS = new Set([
  ...Object.keys(expressResponse.sendMethods),
  // `res.location(url).json(post)`, `res.cookie('token', t).json(user)`: setters that chain into a send.
  ...expressResponse.chainMethods,
  'status',
  'statusCode',
  'headersSent',
  'setHeader',
  'locals',
]);

/** Calls on `res` that answer or prepare an answer. */
const ANSWERING_MEMBERS = new Set([...Object.keys(expressResponse.sendMethods), ...Object.keys(expressResponse.statusMethods ?? {})]);

/**
 * Servers whose handlers look like Express's, `(req, res, next)` with `res.send()`, but answer
 * otherwise: restify's `res.send(201, body)` is its documented form, an LDAP search sends once
 * per entry. A file that imports one is not read as Express unless it imports Express too.
 */
const LOOKALIKE_PACKAGES = ['restify', 'ldapjs'];

export const express: FrameworkAdapter = {
  id: 'express',
  name: 'Express',
  secondSendEffect: 'Node throws ERR_HTTP_HEADERS_SENT ("Cannot set headers after they are sent to the client")',
  packages: ['express', 'express-serve-static-core', 'express-async-handler'],
  detectionNames: { plain: RESPONSE_NAMES },
  detectWithoutImport: (file) =>
    !file.importsAny(LOOKALIKE_PACKAGES) &&
    file.mayMention(RESPONSE_USE) &&
    someFunctionWithParameter(file, RESPONSE_NAMES, namesResponse),
  findHandlers(file, claimed) {
    const seeds = new Map<FunctionNode, HandlerSeed>();
    for (const route of registeredRoutes(file)) {
      for (const fn of route.functions) {
        if (claimed.has(fn)) continue;
        const known = seeds.get(fn);
        const seed = known ? alsoRegistered(known, route) : seedFor(fn, file, route.method, route.path, true);
        if (seed) seeds.set(fn, route.documented && !known ? { ...seed, documentedStatuses: route.documented } : seed);
      }
    }
    for (const fn of file.functions) {
      if (claimed.has(fn) || seeds.has(fn)) continue;
      if (isParamCallback(fn)) {
        const seed = seedFor(fn, file, null, null, false, true);
        if (seed) seeds.set(fn, seed);
        continue;
      }
      if (!namesResponse(fn)) continue;
      if (isEventListener(fn, isRouteMethod)) continue;
      const route = enclosingRouteCall(fn, isRouteMethod, file.sourceCode) ?? classMemberRoute(fn, file);
      if (!route) {
        // Medusa: `src/api/store/carts/route.ts` exports `POST = async (req, res) => …`.
        const exported = fileRoutedExport(fn, file.filename);
        const seed = seedFor(fn, file, exported?.method ?? null, exported?.path ?? null, false);
        if (seed) seeds.set(fn, seed);
        continue;
      }
      const method = methodOfName(routeVerb(route.methodName) ?? '');
      const path = routePattern(route.call.arguments[0]);
      const seed = seedFor(fn, file, method ?? null, path ?? chainedRoutePath(route.member) ?? null, false);
      if (seed) seeds.set(fn, seed);
    }
    return [...seeds.values()];
  },
};

/** `…/api/store/carts/[id]/route.ts`: a route module under an `api` folder; the route is the folders below it. */
const API_ROUTE_FILE = /(?:^|\/)api(\/(?:[^/]+\/)*)route\.[cm]?[jt]s$/;

/**
 * `export const POST = async (req, res) => …` in a file-routed `route.ts` (Medusa's `src/api`):
 * the export names the method, the folders the path.
 */
function fileRoutedExport(fn: FunctionNode, filename: string): { method: HttpMethod; path: string } | null {
  const match = API_ROUTE_FILE.exec(filename);
  if (!match) return null;
  const declaration = fn.type === 'FunctionDeclaration' ? fn : fn.parent?.type === 'VariableDeclarator' ? fn.parent.parent : null;
  if (declaration?.parent?.type !== 'ExportNamedDeclaration') return null;
  const name = functionName(fn);
  const method = name && name === name.toUpperCase() ? methodOfName(name) : null;
  return method ? { method, path: match[1]!.replace(/\/$/, '') || '/' } : null;
}

/** A function registered on several routes (`auth` in front of GET and POST) answers all their methods. */
function alsoRegistered(seed: HandlerSeed, route: Registration): HandlerSeed {
  const methods =
    seed.methods === null || route.method === null ? null : [...new Set([...seed.methods, route.method])];
  return { ...seed, methods, path: seed.path === route.path ? seed.path : null };
}

/** Route registrations on the apps and routers this file creates. */
function registeredRoutes(file: FileContext): Registration[] {
  const { sourceCode } = file;
  const factories = trackReferences(file, FACTORIES).map((factory) => ({
    node: factory.node,
    variable: receivingVariable(factory.node, sourceCode),
  }));
  const routers = new Set(factories.flatMap(({ variable }) => (variable ? [variable] : [])));
  const found: Registration[] = [];
  for (const { node, variable } of factories) {
    const prefix = variable ? mountPrefix(variable, routers, 0) : null;
    const before = found.length;
    for (const receiver of usesOf(node, variable)) routesOn(receiver, file, found);
    if (!prefix) continue;
    for (let index = before; index < found.length; index++) {
      const route = found[index]!;
      if (route.path !== null) found[index] = { ...route, path: joinPaths(prefix, route.path) };
    }
  }
  return found;
}

/**
 * `app.use('/api', router)`: the path a router created in this file is mounted under, when it
 * is mounted once, with a static path, on an app or a router of this file (whose own prefix
 * counts too). `null` when it is not mounted here, or mounted more than once.
 */
function mountPrefix(router: Variable, routers: ReadonlySet<Variable>, depth: number): string | null {
  if (depth > 3) return null;
  const prefixes = new Set<string>();
  for (const reference of router.references) {
    const { parent, child } = transparentParent(reference.identifier);
    if (parent?.type !== 'CallExpression' || parent.callee === child) continue;
    const callee = skipTransparent(parent.callee);
    if (callee.type !== 'MemberExpression' || memberName(callee) !== 'use') continue;
    const path = staticString(parent.arguments[0]);
    if (path === null) continue;
    const owner = skipTransparent(callee.object);
    const ownerVariable =
      owner.type === 'Identifier' ? [...routers].find((candidate) => candidate.references.some((r) => r.identifier === owner)) : undefined;
    if (!ownerVariable) return null;
    const above = ownerVariable === router ? null : mountPrefix(ownerVariable, routers, depth + 1);
    prefixes.add(above ? joinPaths(above, path) : path);
  }
  return prefixes.size === 1 ? [...prefixes][0]! : null;
}

/** `app.get(path, ...fns)`, `app.route(path).get(fn).post(fn)`, chained `.get(...).post(...)`: added to `found`. */
function routesOn(receiver: TSESTree.Node, file: FileContext, found: Registration[]): void {
  let current = receiver;
  let routePath: string | null | undefined;
  for (;;) {
    const { parent, child } = transparentParent(current);
    if (parent?.type !== 'MemberExpression' || parent.object !== child) return;
    const name = memberName(parent);
    const { parent: call, child: callee } = transparentParent(parent);
    if (!name || call?.type !== 'CallExpression' || call.callee !== callee) return;
    if (name === 'route') {
      routePath = staticString(call.arguments[0]);
    } else if (isRouteMethod(name)) {
      const method = methodOfName(routeVerb(name) ?? '') ?? null;
      const first = call.arguments[0];
      const pathArgument = routePath === undefined && first && routePattern(first) !== null ? first : undefined;
      const functions: FunctionNode[] = [];
      for (const argument of call.arguments) {
        if (argument !== pathArgument) functions.push(...resolveHandlerFunctions(argument, file.sourceCode));
      }
      // `router.post('/', route({ responses: { 200: … } }), handler)`: the contract it publishes.
      const documented = declaredStatusesIn(call.arguments);
      found.push({ functions, method, path: routePath ?? routePattern(pathArgument), ...(documented && { documented }) });
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
  paramCallback = false,
): HandlerSeed | null {
  const params = fn.params.map((param) => (param.type === 'AssignmentPattern' ? param.left : param));
  // `(req, res, next, id)` given to `router.param()` has four parameters and is no error middleware;
  // nor is `(config, req, res, next)`, mounted as `handler.bind(app, config)`, which Express
  // calls with three; `(Model, req, res)`, called as `(req, res) => search(Model, req, res)`,
  // takes a value first too.
  const boundFirst = params.length >= 3 && takesValueFirst(params);
  // Registered with four parameters, it is error middleware whatever it names them: Express goes by
  // the count. A helper called by hand with `(req, res, next, token)` is not.
  const isErrorHandler = params.length === 4 && !paramCallback && !boundFirst && (registered || !takesRequestFirst(params));
  if (params.length < 2 || params.length > 4) return null;
  const offset = isErrorHandler || boundFirst ? 1 : 0;
  const [requestParam, responseParam, nextParam] = [params[offset], params[offset + 1], params[offset + 2]];
  if (responseParam?.type !== 'Identifier') return null;
  if (!registered && !RESPONSE_NAME.test(responseParam.name)) return null;
  const variables = file.sourceCode.getDeclaredVariables(fn) as Variable[];
  const response = variables.find((variable) => variable.name === responseParam.name);
  if (!response) return null;
  const request = requestParam?.type === 'Identifier' ? variables.find((v) => v.name === requestParam.name) : undefined;
  let next = nextParam?.type === 'Identifier' ? variables.find((v) => v.name === nextParam.name) : undefined;
  if (!registered) {
    if (!usedAsResponse(response) || isMessageOption(fn)) return null;
    // `export default async (_, res) => …`: a request left unused, named `_`.
    const unusedRequest = params.length === 2 && requestParam?.type === 'Identifier' && /^_+$/.test(requestParam.name);
    if (requestParam?.type === 'Identifier' && !REQUEST_NAME.test(requestParam.name) && !unusedRequest) return null;
    // `actionPandoc(req, res, note)`: a helper's third parameter is data unless it is called like `next()`.
    if (nextParam?.type === 'Identifier' && !NEXT_NAME.test(nextParam.name)) {
      if (isErrorHandler || (next && isCalled(next))) return null;
      next = undefined;
    }
  }
  return {
    fn,
    methods: method ? [method] : null,
    path,
    isErrorHandler,
    request: request ?? null,
    channels: [{ variable: response, spec: expressResponse }],
    returns: null,
    // `limit: (req, res) => (res.locals.pro ? 300 : 120)` (express-rate-limit) reads `res` and
    // returns a number to its library: only a function that answers through `res` is told that
    // Express ignores what it returns.
    ...((registered || answersThrough(response)) && { ignoredReturnEffect: IGNORED_RETURN_EFFECT }),
    delegates: next ? [next] : [],
  };
}

/** Names an error middleware gives what it is handed first: `err`, `error`, `e`, `_err`, `apiError`. */
const ERROR_PARAMETER = /^_*(?:err|error|e|er|ex|exc|exception|\w*Err(?:or)?)$/i;

/** `(config, req, res, next)`: a value first, where error middleware takes the error, then a request and a response. */
function takesValueFirst(params: readonly TSESTree.Parameter[]): boolean {
  const [first] = params;
  return first?.type === 'Identifier' && !ERROR_PARAMETER.test(first.name) && takesRequestAt(params, 1);
}

/**
 * `(req, res, next, token)`: a request and a response first, where error middleware takes the
 * error; a helper a middleware hands what it read (logchimp's `authenticateWithToken`).
 */
function takesRequestFirst(params: readonly TSESTree.Parameter[]): boolean {
  return takesRequestAt(params, 0);
}

/** A request named like one at `index`, and a response named like one right after it. */
function takesRequestAt(params: readonly TSESTree.Parameter[], index: number): boolean {
  const [request, response] = [params[index], params[index + 1]];
  return request?.type === 'Identifier' && REQUEST_NAME.test(request.name) && response?.type === 'Identifier' && RESPONSE_NAME.test(response.name);
}

/**
 * `rateLimit({ message: (req, res) => res.send(…) })`: a library's option that words the answer
 * the library gives. express-rate-limit sets the status (429) before it asks for the message.
 */
function isMessageOption(fn: FunctionNode): boolean {
  const { parent } = transparentParent(fn);
  if (parent?.type !== 'Property' || parent.value !== fn || propertyKeyName(parent) !== 'message') return false;
  return parent.parent.type === 'ObjectExpression' && parent.parent.parent?.type === 'CallExpression';
}

/** `res.json(x)`, `res.status(404)`, `res.statusCode = 500`: the function answers through `res`. */
function answersThrough(response: Variable): boolean {
  return someMemberUse(response, ({ name, use }) => (use === 'assign' ? name === 'statusCode' : use === 'call' && ANSWERING_MEMBERS.has(name)));
}

/**
 * `router.param('id', async (req, res, next, id) => …)`: middleware Express runs before every
 * route with that parameter. It answers through `res` as a handler does, often with a 404.
 */
function isParamCallback(fn: FunctionNode): boolean {
  const call = fn.parent;
  if (call?.type !== 'CallExpression' || call.arguments[1] !== fn || fn.params.length !== 4) return false;
  const callee = skipTransparent(call.callee);
  return (
    callee.type === 'MemberExpression' &&
    memberName(callee) === 'param' &&
    staticString(call.arguments[0]) !== null &&
    paramNamed(fn, 0, REQUEST_NAME) &&
    paramNamed(fn, 1, RESPONSE_NAME)
  );
}

/**
 * Where a handler's response parameter is: second in `(req, res, next)`, third in error
 * middleware `(err, req, res, next)` and after a value taken first, `(Model, req, res)`; second
 * again in `(req, res, next, token)`; `null` for any other arity.
 */
function responseIndex(fn: FunctionNode): number | null {
  const count = fn.params.length;
  if (count < 2 || count > 4) return null;
  if (count === 4) return takesRequestFirst(fn.params) ? 1 : 2;
  return count === 3 && takesValueFirst(fn.params) ? 2 : 1;
}

/** A function that is not registered needs a response parameter named like one (`res`, `response`). */
function namesResponse(fn: FunctionNode): boolean {
  const index = responseIndex(fn);
  return index !== null && paramNamed(fn, index, RESPONSE_NAME);
}

/** `res.status(...)`, `res.json(...)`, `res.statusCode = ...`: `res` is a response object. */
function usedAsResponse(variable: Variable): boolean {
  return someMemberUse(variable, ({ name }) => RESPONSE_MEMBERS.has(name));
}

function isRouteMethod(name: string): boolean {
  return routeVerb(name) !== null;
}

/**
 * `post` for `post` and for `postAsync` (`@awaitjs/express` and home-grown async routers name
 * their verbs so); `null` for a call that registers no route.
 */
function routeVerb(name: string): string | null {
  const verb = name.endsWith('Async') ? name.slice(0, -'Async'.length) : name;
  return ROUTE_METHODS.has(verb) ? verb : null;
}

/**
 * A class-based controller: `private create = async (req, res) => …` registered in the same
 * class with `this.router.post(this.path, auth, this.create)`.
 */
function classMemberRoute(fn: FunctionNode, file: FileContext): RouteCall | null {
  const holder = fn.parent;
  if ((holder?.type !== 'PropertyDefinition' && holder?.type !== 'MethodDefinition') || holder.value !== fn) return null;
  if (holder.computed || holder.key.type !== 'Identifier') return null;
  const name = holder.key.name;
  let found: RouteCall | null = null;
  walk(holder.parent, file.sourceCode.visitorKeys, (node) => {
    if (found) return false;
    if (node.type === 'MemberExpression' && node.object.type === 'ThisExpression' && memberName(node) === name) {
      found = enclosingRouteCall(throughBind(node) as FunctionNode, isRouteMethod);
    }
    return true;
  });
  return found;
}

