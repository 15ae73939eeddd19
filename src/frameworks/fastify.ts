/**
 * Fastify 5. See docs/frameworks.md#fastify.
 *
 * Handlers are found by following instances: the value of `Fastify()` / `fastify()`, the first
 * parameter of every plugin (functions passed to `instance.register()`, wrapped with
 * `fastify-plugin`, exported as a plugin file, or typed `FastifyInstance` /
 * `FastifyPluginAsync`), and whatever those instances chain into. On each instance:
 * `instance.METHOD(path, [opts], handler)`, `instance.route({ method, url, handler })`,
 * request hooks, `setErrorHandler` and `setNotFoundHandler`. Functions registered elsewhere are
 * found by their parameters: typed `FastifyReply`, or named `(request, reply)` in a file that
 * imports Fastify.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { isCalled, resolveConstant, type Scope, type Variable } from '../analysis/scope.js';
import { isFunction, memberName, propertyKeyName, skipTransparent, staticString, transparentParent, walkOwnBody } from '../analysis/ast.js';
import type { FileContext } from '../analysis/file-context.js';
import type { FunctionNode, HttpMethod } from '../analysis/model.js';
import { returnedExpressions } from '../analysis/returns.js';
import { CALL, ESM, trackReferences } from '../analysis/tracker.js';
import type { ChannelSpec, FrameworkAdapter, HandlerSeed, ReturnSpec, SendMethod } from './adapter.js';
import { responseSchemaStatuses } from './declared-statuses.js';
import {
  enclosingRouteCall,
  joinPaths,
  methodOfName,
  namedDeclarations,
  receivingVariable,
  resolveHandlerFunctions,
  routePattern,
} from './registration.js';
import { annotatedTypeName, isModuleExports, someFunctionWithParameter, someMemberUse } from './shapes.js';
import { webResponseFactory } from './web-response.js';

const NUMBER_EFFECT = 'Fastify answers 200 OK with the number as a JSON body';

/** `@fastify/sensible` reply helpers: each sends an http-errors error with this status. */
const SENSIBLE_HELPERS: Readonly<Record<string, number>> = {
  badRequest: 400,
  unauthorized: 401,
  paymentRequired: 402,
  forbidden: 403,
  notFound: 404,
  methodNotAllowed: 405,
  notAcceptable: 406,
  proxyAuthenticationRequired: 407,
  requestTimeout: 408,
  conflict: 409,
  gone: 410,
  lengthRequired: 411,
  preconditionFailed: 412,
  payloadTooLarge: 413,
  uriTooLong: 414,
  unsupportedMediaType: 415,
  rangeNotSatisfiable: 416,
  expectationFailed: 417,
  imateapot: 418,
  misdirectedRequest: 421,
  unprocessableEntity: 422,
  locked: 423,
  failedDependency: 424,
  tooEarly: 425,
  upgradeRequired: 426,
  preconditionRequired: 428,
  tooManyRequests: 429,
  requestHeaderFieldsTooLarge: 431,
  unavailableForLegalReasons: 451,
  internalServerError: 500,
  notImplemented: 501,
  badGateway: 502,
  serviceUnavailable: 503,
  gatewayTimeout: 504,
  httpVersionNotSupported: 505,
  variantAlsoNegotiates: 506,
  insufficientStorage: 507,
  loopDetected: 508,
  bandwidthLimitExceeded: 509,
  notExtended: 510,
  networkAuthenticationRequired: 511,
};

const sensibleSends: Record<string, SendMethod> = Object.fromEntries(
  Object.entries(SENSIBLE_HELPERS).map(([name, code]) => [name, { fixedStatus: code, bodyKind: 'status-text' } satisfies SendMethod]),
);

export const fastifyReply: ChannelSpec = {
  statusMethods: { code: { arg: 0 }, status: { arg: 0 } },
  statusProperties: ['statusCode'],
  heldStatus: 200,
  chainMethods: [
    'header',
    'headers',
    'type',
    'serializer',
    'removeHeader',
    'trailer',
    'removeTrailer',
    // @fastify/cookie
    'setCookie',
    'cookie',
    'clearCookie',
    // @fastify/sensible
    'vary',
    'cacheControl',
    'preventCache',
    'revalidate',
    'staticCache',
    'stale',
    'maxAge',
  ],
  sendMethods: {
    send: { bodyArg: 0, bodyKind: 'data', numericBodyEffect: NUMBER_EFFECT, errorObjectBody: true },
    // Fastify 5 order: `redirect(url, code?)`; 302 unless a code was set before.
    redirect: { statusArg: 1, statusArgForm: 'always', defaultStatus: 302, bodyKind: 'redirect' },
    callNotFound: { fixedStatus: 404, bodyKind: 'status-text' },
    getHttpError: { statusArg: 0, statusArgForm: 'always', bodyKind: 'status-text' },
    ...sensibleSends,
    // @fastify/view and @fastify/static
    view: { viewArg: 0, bodyKind: 'file' },
    viewAsync: { bodyKind: 'file' },
    sendFile: { viewArg: 0, bodyKind: 'file' },
    download: { bodyKind: 'file' },
  },
  bodyProperties: [],
  throwMethods: {},
  aliasMembers: [],
  sentProperties: ['sent', 'headersSent', 'writableEnded'],
  preferredStatusMethod: 'code',
  statusOnly: (receiver, code) => `${receiver}.code(${code}).send()`,
};

/**
 * `Fastify()`, `fastify()`, `require('fastify')()`, `import { fastify } from 'fastify'`. `ESM`
 * makes the tracker follow the named import; without it only the default import counts.
 */
const FACTORIES = { fastify: { [ESM]: true, [CALL]: true, fastify: { [CALL]: true }, default: { [CALL]: true } } };
/** `fp(plugin)` from `fastify-plugin`, also as `import { fastifyPlugin }`. */
const PLUGIN_WRAPPERS = {
  'fastify-plugin': { [ESM]: true, [CALL]: true, fastifyPlugin: { [CALL]: true }, default: { [CALL]: true } },
};

const ROUTE_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'all']);
/** Instance methods that return the instance, so that calls chain: `app.register(a).get(...)`. */
const CHAINING = new Set([
  ...ROUTE_METHODS,
  'route',
  'register',
  'addHook',
  'setErrorHandler',
  'setNotFoundHandler',
  'withTypeProvider',
  'decorate',
  'decorateRequest',
  'decorateReply',
  'addSchema',
  'addContentTypeParser',
  'setValidatorCompiler',
  'setSerializerCompiler',
  'setReplySerializer',
  'setSchemaErrorFormatter',
]);
/** Hooks that run before the handler and may answer early: `reply.code(401).send()`. */
const REQUEST_HOOKS = new Set(['onRequest', 'preParsing', 'preValidation', 'preHandler']);
const INSTANCE_USES = new Set([...ROUTE_METHODS, 'route', 'register', 'addHook', 'setErrorHandler', 'setNotFoundHandler']);
/** Members only a Fastify reply (or a Node response) has: one use is enough to call `res` a reply. */
const REPLY_MEMBERS = new Set(['send', 'code', 'status', 'statusCode', 'redirect', 'callNotFound', 'sent', 'header', 'headers', 'type', 'hijack']);

const REQUEST_NAME = /^_*(?:req|request)$/;
/** A request parameter the handler ignores: `(_, reply)`. */
const IGNORED_NAME = /^_+$/;
const REPLY_NAME = /^_*(?:reply|rep)$/;
const RESPONSE_NAME = /^_*(?:res|response)$/;
const ERROR_NAME = /^_*(?:e|err|error)$/;
const INSTANCE_NAME = /^_*fastify$/i;
const INSTANCE_NAMES = ['fastify', 'Fastify'];
/** `FastifyInstance`, and the aliases type-provider setups declare (`FastifyTypedInstance`). */
const INSTANCE_TYPE = /^Fastify\w*Instance$/;
const PLUGIN_TYPE = /^FastifyPlugin/;

/**
 * Route files written with a type provider import only its plugin type
 * (`FastifyPluginCallbackZod`, `FastifyPluginAsyncTypebox`): an alias of Fastify's own.
 */
const TYPE_PROVIDERS = [
  'fastify-type-provider-zod',
  '@fastify/type-provider-typebox',
  '@fastify/type-provider-json-schema-to-ts',
  'fastify-zod-openapi',
];
const PACKAGES = ['fastify', 'fastify-plugin', ...TYPE_PROVIDERS];

export const fastify: FrameworkAdapter = {
  id: 'fastify',
  name: 'Fastify',
  secondSendEffect: 'Fastify drops it and logs "Reply was already sent"',
  packages: PACKAGES,
  // `module.exports = async function (fastify, opts) { ... }`: plugin files of fastify-cli
  // and @fastify/autoload import nothing.
  detectionNames: { plain: [...INSTANCE_NAMES, 'reply'] },
  detectWithoutImport: (file) =>
    (file.mayMention(/fastify/i) &&
      someFunctionWithParameter(file, INSTANCE_NAMES, takesInstance) &&
      exportedPlugins(file).some(takesInstance)) ||
    isControllerFile(file),
  findHandlers(file, claimed) {
    const imported = file.importsAny(PACKAGES);
    const finder = new Finder(file, claimed);
    if (!imported) {
      for (const fn of exportedPlugins(file)) if (takesInstance(fn)) finder.addPlugin(fn);
      // `exports.addCar = async (req, reply) => …`: controllers that a routes file registers.
      if (isControllerFile(file)) for (const fn of file.functions) finder.addUnregistered(fn, true);
      return finder.seeds();
    }
    for (const factory of trackReferences(file, FACTORIES)) {
      if (factory.kind === 'call') finder.visitInstance(factory.node);
    }
    for (const wrapper of trackReferences(file, PLUGIN_WRAPPERS)) {
      const call = wrapper.node;
      if (wrapper.kind !== 'call' || call.type !== 'CallExpression' || !call.arguments[0]) continue;
      for (const fn of resolveHandlerFunctions(call.arguments[0], file.sourceCode)) finder.addPlugin(fn);
    }
    for (const fn of exportedPlugins(file)) finder.addPlugin(fn);
    const functions = file.functions;
    for (const fn of functions) {
      if (isPluginShaped(fn, file)) finder.addPlugin(fn);
    }
    for (const fn of functions) finder.addUnregistered(fn, !file.imports.has('express'));
    return finder.seeds();
  },
};

/**
 * A file of controllers that imports nothing of Fastify: it answers through a `reply` it is
 * given (`reply.send(x)`, `reply.code(404)`), in functions shaped `(req, reply)`.
 */
function isControllerFile(file: FileContext): boolean {
  // The text first, even where scopes are ready: indexing a file's parameters costs more.
  return !file.imports.has('express') && REPLY_USE.test(file.sourceCode.text) && someFunctionWithParameter(file, ['reply'], (fn) => isController(fn, file));
}

const REPLY_USE = /\breply\s*\.\s*(?:send|code|status)\s*\(/;

/**
 * `(req, reply) => …` that is not handed to a call in this file (a route registered here is found
 * through its instance) and uses `reply` as a reply.
 */
function isController(fn: FunctionNode, file: FileContext): boolean {
  const [request, reply] = fn.params;
  if (fn.params.length !== 2 || request?.type !== 'Identifier' || reply?.type !== 'Identifier') return false;
  if (!REQUEST_NAME.test(request.name) || !REPLY_NAME.test(reply.name)) return false;
  if (transparentParent(fn).parent?.type === 'CallExpression') return false;
  const variable = (file.sourceCode.getDeclaredVariables(fn) as Variable[]).find((declared) => declared.name === reply.name);
  return variable !== undefined && usedAsReply(variable);
}

/**
 * `fastify.register(rateLimit, { errorResponseBuilder: (req, context) => … })`: an option a
 * plugin calls, which answers nothing itself.
 */
function isPluginOption(fn: FunctionNode): boolean {
  const { parent, child } = transparentParent(fn);
  const options = parent?.type === 'Property' && parent.value === child ? parent.parent : null;
  const call = options?.parent;
  return call?.type === 'CallExpression' && call.callee.type === 'MemberExpression' && memberName(call.callee) === 'register';
}

/** Collects seeds while following instances through the file. */
class Finder {
  private readonly found = new Map<FunctionNode, HandlerSeed>();
  /** Functions that are not handlers: plugins, late hooks. */
  private readonly excluded = new Set<FunctionNode>();
  private readonly instances = new Set<Variable>();

  constructor(
    private readonly file: FileContext,
    private readonly claimed: ReadonlySet<FunctionNode>,
  ) {}

  /** What a `const` name holds (`schema` in `{ schema }`), or the node itself. */
  private readonly heldValue = (node: TSESTree.Node): TSESTree.Node =>
    resolveConstant(node as TSESTree.Expression, this.file.sourceCode.getScope(node) as Scope) ?? node;

  seeds(): HandlerSeed[] {
    return [...this.found.values()];
  }

  /** A plugin function: its first parameter is an instance, whose routes take `prefix`. */
  addPlugin(fn: FunctionNode, prefix: string | null = null): void {
    if (this.excluded.has(fn)) return;
    this.excluded.add(fn);
    const param = firstParam(fn);
    const variable = param && this.variableOf(fn, param.name);
    if (variable) this.addInstanceVariable(variable, prefix);
  }

  addInstanceVariable(variable: Variable, prefix: string | null): void {
    if (this.instances.has(variable)) return;
    this.instances.add(variable);
    for (const reference of variable.references) {
      if (reference.isRead()) this.visitInstance(reference.identifier, prefix);
    }
  }

  /** Follows one use of an instance: `app.get(...)`, `app.register(...).after()`, `const api = app.withTypeProvider()`. */
  visitInstance(node: TSESTree.Node, prefix: string | null = null): void {
    let current = node;
    for (;;) {
      const { parent, child } = transparentParent(current);
      if (parent?.type === 'MemberExpression' && parent.object === child) {
        const name = memberName(parent);
        const call = transparentParent(parent);
        if (!name || call.parent?.type !== 'CallExpression' || call.parent.callee !== call.child) return;
        this.instanceCall(name, call.parent, prefix);
        if (!CHAINING.has(name)) return;
        current = call.parent;
        continue;
      }
      if (parent?.type === 'AwaitExpression') {
        current = parent;
        continue;
      }
      const variable = receivingVariable(current, this.file.sourceCode);
      if (variable) this.addInstanceVariable(variable, prefix);
      return;
    }
  }

  private instanceCall(name: string, call: TSESTree.CallExpression, prefix: string | null): void {
    const args = call.arguments;
    const prefixed = (path: string | null): string | null => (prefix && path !== null ? joinPaths(prefix, path) : path);
    if (ROUTE_METHODS.has(name)) {
      const method = methodOfName(name) ?? null;
      const path = prefixed(routePattern(args[0]));
      // `fastify.post('/notes', { schema: { response: { 200: … } } }, handler)`: the options
      // declare what the handler after them answers.
      const options = args.slice(1).map((argument) => skipTransparent(argument)).find((inner) => inner.type === 'ObjectExpression');
      const documented = options?.type === 'ObjectExpression' ? responseSchemaStatuses(options, this.heldValue) : undefined;
      for (const argument of args.slice(1)) {
        const inner = skipTransparent(argument);
        if (inner.type === 'ObjectExpression') this.routeOptions(inner, method ? [method] : null, path);
        else this.addRoute(argument, method ? [method] : null, path, documented);
      }
    } else if (name === 'route') {
      const options = args[0] && skipTransparent(args[0]);
      if (options?.type !== 'ObjectExpression') return;
      const methods = routeMethods(property(options, 'method'));
      this.routeOptions(options, methods, prefixed(routePath(options)));
    } else if (name === 'register') {
      if (!args[0]) return;
      const options = args[1] && skipTransparent(args[1]);
      const own = options?.type === 'ObjectExpression' ? staticString(property(options, 'prefix') ?? undefined) : null;
      const nested = own === null ? prefix : prefix ? joinPaths(prefix, own) : own;
      for (const fn of resolveHandlerFunctions(args[0], this.file.sourceCode)) this.addPlugin(fn, nested);
    } else if (name === 'addHook') {
      const hook = staticString(args[0]);
      if (!args[1] || hook === null) return;
      for (const fn of resolveHandlerFunctions(args[1], this.file.sourceCode)) {
        if (REQUEST_HOOKS.has(hook)) this.addSeed(fn, 'hook', null, null);
        else this.excluded.add(fn);
      }
    } else if (name === 'setErrorHandler') {
      if (!args[0]) return;
      for (const fn of resolveHandlerFunctions(args[0], this.file.sourceCode)) this.addSeed(fn, 'error', null, null);
    } else if (name === 'setNotFoundHandler') {
      const last = args.at(-1);
      if (!last || skipTransparent(last).type === 'ObjectExpression') return;
      for (const fn of resolveHandlerFunctions(last, this.file.sourceCode)) this.addSeed(fn, 'route', null, null);
    }
  }

  /** `{ method, url, schema, preHandler, handler }`: the handler and the request hooks. */
  private routeOptions(options: TSESTree.ObjectExpression, methods: readonly HttpMethod[] | null, path: string | null): void {
    for (const entry of options.properties) {
      const key = entry.type === 'Property' ? propertyKeyName(entry) : null;
      if (entry.type !== 'Property' || key === null) continue;
      if (key === 'handler') this.addRoute(entry.value, methods, path, responseSchemaStatuses(options, this.heldValue));
      else if (REQUEST_HOOKS.has(key)) {
        for (const fn of resolveHandlerFunctions(entry.value, this.file.sourceCode)) this.addSeed(fn, 'hook', null, null);
      }
    }
  }

  private addRoute(argument: TSESTree.Node, methods: readonly HttpMethod[] | null, path: string | null, documented?: readonly number[]): void {
    for (const fn of resolveHandlerFunctions(argument, this.file.sourceCode)) this.addSeed(fn, 'route', methods, path, documented);
  }

  /**
   * A function found without a registration: typed `FastifyReply`, or `(request, reply)` by
   * name (`(req, res)` when `res` is used as a reply) in a file that imports Fastify.
   */
  addUnregistered(fn: FunctionNode, byName: boolean): void {
    if (this.found.has(fn) || this.excluded.has(fn) || this.claimed.has(fn) || isPluginOption(fn)) return;
    const params = fn.params.map(unwrapParam);
    const isErrorHandler = params.length === 3 && params[0]?.type === 'Identifier' && ERROR_NAME.test(params[0].name);
    const [request, reply] = isErrorHandler ? params.slice(1) : params;
    if (params.length === 1 && request && annotatedTypeName(request) === 'FastifyRequest') {
      // `server.get('/me', async (request: FastifyRequest) => …)`: only where a route is evident.
      const route = shapeRoute(fn);
      if (route) this.addSeed(fn, 'route', route.methods, route.path);
      return;
    }
    if (reply?.type !== 'Identifier' || params.length > 3) return;
    const typed = annotatedTypeName(reply) === 'FastifyReply';
    if (!typed) {
      if (!byName) return;
      if (request && !(request.type === 'Identifier' && (REQUEST_NAME.test(request.name) || IGNORED_NAME.test(request.name))) && request.type !== 'ObjectPattern') return;
      const variable = this.variableOf(fn, reply.name);
      if (!REPLY_NAME.test(reply.name) && !(RESPONSE_NAME.test(reply.name) && variable && usedAsReply(variable))) return;
    }
    // `(request, reply, done)`, `(request, reply, payload)`: a hook, whose return value Fastify
    // ignores. A helper that the file calls, or that returns `true`/`false`, returns to its caller.
    const route = shapeRoute(fn);
    const helper = !route && (params.length === 3 || isCalledInFile(fn, this.file) || returnsBoolean(fn, this.file));
    const kind = isErrorHandler ? 'error' : helper ? 'hook' : 'route';
    this.addSeed(fn, kind, route?.methods ?? null, route?.path ?? null);
  }

  private addSeed(
    fn: FunctionNode,
    kind: 'route' | 'hook' | 'error',
    methods: readonly HttpMethod[] | null,
    path: string | null,
    documented?: readonly number[],
  ): void {
    if (this.claimed.has(fn) || this.found.has(fn) || this.excluded.has(fn)) return;
    const params = fn.params.map(unwrapParam);
    const offset = kind === 'error' ? 1 : 0;
    const requestParam = params[offset];
    const replyParam = params[offset + 1];
    const request = requestParam?.type === 'Identifier' ? this.variableOf(fn, requestParam.name) : null;
    const reply = replyParam?.type === 'Identifier' ? this.variableOf(fn, replyParam.name) : null;
    this.found.set(fn, {
      fn,
      methods,
      path,
      isErrorHandler: kind === 'error',
      request,
      channels: reply ? [{ variable: reply, spec: fastifyReply }] : [],
      // Hooks: Fastify ignores what they return.
      returns: kind === 'hook' ? null : returnSpec(reply),
      answersWhenSettled: kind === 'route' && fn.async && !returnsReply(fn, reply),
      ...(documented && { documentedStatuses: documented }),
    });
  }

  private variableOf(fn: FunctionNode, name: string): Variable | null {
    const variables = this.file.sourceCode.getDeclaredVariables(fn) as Variable[];
    return variables.find((variable) => variable.name === name) ?? null;
  }
}

/**
 * An `async` handler answers when its promise settles, with what it resolves to, unless it gives
 * back the `reply` (`return reply`, `return reply.send(x)`): then Fastify waits for the send. So
 * a send from a timer or a floating `.then()` in one that does not comes too late.
 */
function returnsReply(fn: FunctionNode, reply: Variable | null): boolean {
  if (!reply) return false;
  const last = fn.body.type === 'BlockStatement' ? fn.body.body.at(-1) : null;
  return returnedExpressions(fn).some((expression) => {
    let node = skipTransparent(expression);
    // `return reply`: wait for a send to come. `if (!upload) return reply.notFound()` answers on
    // its own path only; the handler gives the reply back where its last statement does.
    if (node.type === 'Identifier') return node.name === reply.name;
    if (last?.type !== 'ReturnStatement' || last.argument !== expression) return false;
    while (node.type === 'CallExpression' && node.callee.type === 'MemberExpression') node = skipTransparent(node.callee.object);
    return node.type === 'Identifier' && node.name === reply.name;
  });
}

/** How a handler's return value answers; suggestions go through its `reply`, when it has one. */
function returnSpec(reply: Variable | null): ReturnSpec {
  return {
    factoryOf: (node) => webResponseFactory(node, (identifier) => identifier.name === 'Response'),
    plainValue: 'body',
    opaqueValues: 'body',
    errorObjectBody: true,
    numericReturnEffect: NUMBER_EFFECT,
    ...(reply && {
      numericReturnStatusOnly: (code) => `${reply.name}.code(${code}).send()`,
      statusBeforeReturn: (code: number) => `${reply.name}.code(${code});`,
    }),
  };
}

/** `method: 'POST'`, `method: ['GET', 'HEAD']`; `null` when not static or not a method we know. */
function routeMethods(node: TSESTree.Node | null): readonly HttpMethod[] | null {
  if (!node) return null;
  const inner = skipTransparent(node);
  const names = inner.type === 'ArrayExpression' ? inner.elements.map((element) => (element ? staticString(element) : null)) : [staticString(inner)];
  const methods: HttpMethod[] = [];
  for (const name of names) {
    const method = name === null ? undefined : methodOfName(name);
    if (!method) return null;
    methods.push(method);
  }
  return methods.length > 0 ? methods : null;
}

/** `url` (or its alias `path`) of route options, when static. */
function routePath(options: TSESTree.ObjectExpression): string | null {
  return routePattern(property(options, 'url') ?? property(options, 'path') ?? undefined);
}

function property(object: TSESTree.ObjectExpression, name: string): TSESTree.Node | null {
  for (const entry of object.properties) {
    if (entry.type === 'Property' && propertyKeyName(entry) === name) return entry.value;
  }
  return null;
}

/**
 * A function passed to a route-shaped call on an instance we cannot follow (imported from
 * another file): `server.post('/users', fn)`, `server.route({ method: 'POST', url, handler: fn })`,
 * or the handler of a route options object built for later (`{ method, url, handler }`).
 */
function shapeRoute(fn: FunctionNode): { methods: readonly HttpMethod[] | null; path: string | null } | null {
  const route = enclosingRouteCall(fn, (name) => ROUTE_METHODS.has(name));
  if (route) {
    const method = methodOfName(route.methodName);
    return { methods: method ? [method] : null, path: staticString(route.call.arguments[0]) };
  }
  const { parent } = transparentParent(fn);
  if (parent?.type !== 'Property' || propertyKeyName(parent) !== 'handler') return null;
  const options = parent.parent;
  if (options.type !== 'ObjectExpression') return null;
  const call = options.parent;
  // `const getUser: RouteOptions = { method: 'GET', url: '/users/:id', handler }`, registered later.
  if (call?.type !== 'CallExpression' && property(options, 'method') && (property(options, 'url') || property(options, 'path'))) {
    return { methods: routeMethods(property(options, 'method')), path: routePath(options) };
  }
  if (call?.type !== 'CallExpression' || call.callee.type !== 'MemberExpression') return null;
  const name = memberName(call.callee);
  if (name === 'route' && call.arguments[0] === options) {
    return { methods: routeMethods(property(options, 'method')), path: routePath(options) };
  }
  if (name && ROUTE_METHODS.has(name) && call.arguments.includes(options as TSESTree.CallExpressionArgument)) {
    const method = methodOfName(name);
    return { methods: method ? [method] : null, path: staticString(call.arguments[0]) };
  }
  return null;
}

/**
 * `export default fn`, `export default fp(fn)`, `module.exports = fn`: the plugin a file exports.
 * Also one exported by name for an index plugin to call, when its first parameter is named
 * like an instance (`export async function getNoteRoute(fastify, opts)`).
 */
function exportedPlugins(file: FileContext): FunctionNode[] {
  const found: FunctionNode[] = [];
  for (const statement of file.sourceCode.ast.body) {
    let value: TSESTree.Node | null = null;
    if (statement.type === 'ExportNamedDeclaration') {
      for (const [, value] of namedDeclarations(statement)) {
        const fn = skipTransparent(value);
        if (isFunction(fn) && takesInstance(fn)) found.push(fn);
      }
      continue;
    }
    if (statement.type === 'ExportDefaultDeclaration') value = statement.declaration;
    else if (statement.type === 'ExpressionStatement' && statement.expression.type === 'AssignmentExpression') {
      const { left, right } = statement.expression;
      if (isModuleExports(left)) value = right;
    }
    if (!value) continue;
    for (const fn of resolveHandlerFunctions(value, file.sourceCode)) {
      const param = firstParam(fn);
      if (param && !REQUEST_NAME.test(param.name)) found.push(fn);
    }
  }
  return found;
}

/**
 * A function whose first parameter is typed as an instance (`app: FastifyInstance`), a function
 * stored in a variable typed as a plugin (`const routes: FastifyPluginAsync = async (app) => …`),
 * or one whose first parameter registers routes or plugins (`function routes(app) { app.get(…) }`).
 */
function isPluginShaped(fn: FunctionNode, file: FileContext): boolean {
  const param = firstParam(fn);
  if (!param) return false;
  if (INSTANCE_TYPE.test(annotatedTypeName(param) ?? '')) return true;
  const { parent } = transparentParent(fn);
  if (parent?.type === 'VariableDeclarator' && parent.id.type === 'Identifier' && PLUGIN_TYPE.test(annotatedTypeName(parent.id) ?? '')) return true;
  if (REQUEST_NAME.test(param.name)) return false;
  const variable = (file.sourceCode.getDeclaredVariables(fn) as Variable[]).find((v) => v.name === param.name);
  return variable !== undefined && variable.references.some((reference) => {
    const { parent: member, child } = transparentParent(reference.identifier);
    if (member?.type !== 'MemberExpression' || member.object !== child) return false;
    const call = transparentParent(member);
    return call.parent?.type === 'CallExpression' && call.parent.callee === call.child && INSTANCE_USES.has(memberName(member) ?? '') && registersSomething(call.parent);
  });
}

/** `app.get('/x', fn)`, `app.register(plugin)`, `app.route({ ... })`: not `map.get(key)`. */
function registersSomething(call: TSESTree.CallExpression): boolean {
  const [first, second] = call.arguments;
  const name = call.callee.type === 'MemberExpression' ? memberName(call.callee) : null;
  if (name === 'route') return first !== undefined && skipTransparent(first).type === 'ObjectExpression';
  if (name === 'register') return first !== undefined;
  if (name && ROUTE_METHODS.has(name)) {
    const path = staticString(first);
    return path !== null && /^[/*]/.test(path) && second !== undefined;
  }
  return second !== undefined;
}

function unwrapParam(param: TSESTree.Parameter): TSESTree.Node {
  const inner = param.type === 'TSParameterProperty' ? param.parameter : param;
  return inner.type === 'AssignmentPattern' ? inner.left : inner;
}

function firstParam(fn: FunctionNode): TSESTree.Identifier | null {
  const first = fn.params[0] && unwrapParam(fn.params[0]);
  return first?.type === 'Identifier' ? first : null;
}

/** `(fastify, opts)`: the first parameter is named like an instance. */
function takesInstance(fn: FunctionNode): boolean {
  return INSTANCE_NAME.test(firstParam(fn)?.name ?? '');
}

/** `checkAuth(request, reply)`: a function the file calls itself is a helper, not a handler. */
function isCalledInFile(fn: FunctionNode, file: FileContext): boolean {
  const { parent } = transparentParent(fn);
  const declaration = fn.type === 'FunctionDeclaration' ? fn : parent?.type === 'VariableDeclarator' ? parent : null;
  if (!declaration) return false;
  return (file.sourceCode.getDeclaredVariables(declaration) as Variable[]).some(isCalled);
}

/** `return false`, or a declared `boolean` result: a check that answers its caller. */
function returnsBoolean(fn: FunctionNode, file: FileContext): boolean {
  const declared = fn.returnType?.typeAnnotation;
  const inner = declared?.type === 'TSTypeReference' && declared.typeArguments?.params.length === 1 ? declared.typeArguments.params[0] : declared;
  if (inner?.type === 'TSBooleanKeyword') return true;
  let found = false;
  walkOwnBody(fn.body, file.sourceCode.visitorKeys, (node) => {
    if (node.type === 'ReturnStatement' && node.argument?.type === 'Literal' && typeof node.argument.value === 'boolean') found = true;
  });
  return found;
}

/** `res.send(...)`, `res.code(...)`: `res` is used as a Fastify reply. */
function usedAsReply(variable: Variable): boolean {
  return someMemberUse(variable, ({ name }) => REPLY_MEMBERS.has(name));
}
