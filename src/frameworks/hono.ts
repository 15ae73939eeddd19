/**
 * Hono 4. See docs/frameworks.md#hono.
 *
 * A Hono handler answers by returning a `Response`, usually built by its context `c`:
 * `return c.json(body, 201)`. `c.status(n)` sets the status that later `c.*` helpers use when
 * they are given none. A `c.json(...)` that is not returned sends nothing.
 *
 * Handlers are found two ways: registrations on the apps the file creates (`new Hono()`,
 * `new Hono().basePath('/api')`, `new OpenAPIHono()`), and functions shaped like handlers in a
 * file that imports Hono — a first parameter typed `Context`, `(c, next)` middleware, or a
 * function passed to a route-shaped call (`routes.get('/x', (c) => …)`) whose `c` is used as a
 * Hono context.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { findVariable, resolveConstant, type Scope, type Variable } from '../analysis/scope.js';
import { calleeName, isFunction, memberName, propertyKeyName, skipTransparent, staticString, transparentParent } from '../analysis/ast.js';
import type { FileContext } from '../analysis/file-context.js';
import type { FunctionNode, HttpMethod } from '../analysis/model.js';
import { HTTP_METHODS } from '../analysis/model.js';
import { readStatus } from '../analysis/status-value.js';
import { CONSTRUCT, ESM, trackReferences } from '../analysis/tracker.js';
import type { ChannelSpec, DeferralSpec, FrameworkAdapter, HandlerSeed, ReturnSpec, ThrowCall } from './adapter.js';
import { joinPaths, methodOfName, receivingVariable, routePattern } from './registration.js';
import { declaredStatuses, declaredStatusesIn } from './declared-statuses.js';
import { annotatedTypeName, someFunctionWithParameter, someMemberUse, typeReferenceName } from './shapes.js';
import { webResponseFactory } from './web-response.js';

const JSON_NUMBER_EFFECT = 'Hono answers 200 OK with the number as a JSON body';
const TEXT_NUMBER_EFFECT = 'Hono answers 200 OK with the digits as the body';
const HOOK_NUMBER_EFFECT =
  'a validator hook answers only with a `Response`; the number is taken as data (or breaks the validator), never as the status';
const RETURN_NUMBER_EFFECT =
  'Hono hands the number to the runtime instead of a `Response`, so the request fails (500 on Node, an error on Workers)';
const UNAWAITED_NEXT_EFFECT =
  'Hono finds no response when this middleware settles if the handler after it answers after an `await`, and fails the request with 500 ("Context is not finalized")';

/** `c`, the context every Hono handler gets. Its helpers build the `Response` the handler returns. */
export const honoContext: ChannelSpec = {
  statusMethods: { status: { arg: 0 } },
  statusProperties: [],
  chainMethods: [],
  sendMethods: {
    json: { bodyArg: 0, statusArg: 1, statusArgForm: 'number-or-init', bodyKind: 'data', numericBodyEffect: JSON_NUMBER_EFFECT },
    text: { bodyArg: 0, statusArg: 1, statusArgForm: 'number-or-init', bodyKind: 'data', numericBodyEffect: TEXT_NUMBER_EFFECT },
    html: { bodyArg: 0, statusArg: 1, statusArgForm: 'number-or-init', bodyKind: 'data', numericBodyEffect: TEXT_NUMBER_EFFECT },
    body: { bodyArg: 0, statusArg: 1, statusArgForm: 'number-or-init', bodyKind: 'data', numericBodyEffect: TEXT_NUMBER_EFFECT },
    newResponse: { bodyArg: 0, statusArg: 1, statusArgForm: 'number-or-init', bodyKind: 'data', numericBodyEffect: TEXT_NUMBER_EFFECT },
    redirect: { statusArg: 1, defaultStatus: 302, bodyKind: 'redirect' },
    notFound: { fixedStatus: 404, bodyKind: 'status-text' },
  },
  sendsOnlyWhenReturned: true,
  bodyProperties: [],
  throwMethods: {},
  aliasMembers: [],
  sentProperties: ['finalized'],
  statusOnly: (receiver, code) => `${receiver}.body(null, ${code})`,
};

/** Module names Hono is imported under: npm, its lighter presets, Deno's `npm:` and JSR. */
const HONO_MODULES = ['hono', 'hono/tiny', 'hono/quick', 'npm:hono', 'jsr:@hono/hono', '@hono/hono'];
const APP_CLASS = { [ESM]: true, Hono: { [CONSTRUCT]: true } };
/** `new Hono()`, `new OpenAPIHono()`: the apps a file creates. */
const APP_FACTORIES = {
  ...Object.fromEntries(HONO_MODULES.map((name) => [name, APP_CLASS])),
  '@hono/zod-openapi': { [ESM]: true, OpenAPIHono: { [CONSTRUCT]: true } },
};
const EXCEPTION_CLASS = { [ESM]: true, HTTPException: { [CONSTRUCT]: true } };
/** `new HTTPException(status, { message })`. */
const EXCEPTIONS = Object.fromEntries(HONO_MODULES.map((name) => [`${name.replace(/\/(?:tiny|quick)$/, '')}/http-exception`, EXCEPTION_CLASS]));

/** Registrations whose handlers answer requests: `app.get(path, ...handlers)`. */
const ROUTE_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'options', 'all', 'use', 'on']);
/** Calls on an app that return an app, so a chain goes on: `new Hono().basePath('/api').get(...)`. */
const APP_CHAIN_METHODS = new Set([...ROUTE_METHODS, 'route', 'basePath', 'openapi', 'onError', 'notFound', 'doc', 'doc31']);
/**
 * Members only a Hono context has: one use is enough to call a parameter a context. A fetch
 * `Response` also has `json()`, `text()`, `body` and `status`, so those count only as calls with
 * arguments (`c.json(x)`, `c.status(404)`), which a `Response` does not take.
 */
const CONTEXT_MEMBERS = new Set(['req', 'html', 'redirect', 'notFound', 'newResponse', 'header', 'var', 'env', 'executionCtx', 'finalized', 'render']);
const CONTEXT_CALLS = new Set(['json', 'text', 'body', 'status']);
/** Type names from `hono` that type a handler, and where its context parameter is. */
const HANDLER_TYPES: Readonly<Record<string, { readonly contextIndex: number; readonly isErrorHandler: boolean }>> = {
  Handler: { contextIndex: 0, isErrorHandler: false },
  MiddlewareHandler: { contextIndex: 0, isErrorHandler: false },
  NotFoundHandler: { contextIndex: 0, isErrorHandler: false },
  ErrorHandler: { contextIndex: 1, isErrorHandler: true },
  RouteHandler: { contextIndex: 0, isErrorHandler: false },
};
/** Where those types come from. */
const TYPE_MODULES = [...HONO_MODULES, '@hono/zod-openapi'];
const NEXT_NAME = /^_*next$/;
const PACKAGES = ['hono', '@hono/zod-openapi', '@hono/hono', 'npm:hono', 'jsr:@hono/hono'];
const ERROR_NAME = /^_*(?:e|err|error|exception)$/;
/** `validator('json', (value, c) => …)`, `zValidator('json', schema, (result, c) => …)`: a hook whose context is its second parameter. */
const VALIDATOR_NAME = /^(?:validator|\w+Validator)$/;

/** Parameters an app built elsewhere is handed in as: `(app: AppType) => { app.get(…) }`. */
const APP_NAMES = ['app', 'router', 'api', 'server'];

export const hono: FrameworkAdapter = {
  id: 'hono',
  name: 'Hono',
  packages: PACKAGES,
  // Route modules that type the context with the project's alias (`c: AppContext`) import
  // nothing from Hono.
  detectionNames: { plain: ['c', ...APP_NAMES], destructured: ['app'] },
  detectWithoutImport: (file) =>
    (file.mayMention(/Context/) && someFunctionWithParameter(file, ['c'], takesAliasedContext)) ||
    (file.mayMention(APP_ALIAS_HINT) && aliasedAppParameters(file).length > 0),
  findHandlers(file, claimed) {
    const throwCalls = httpExceptions(file);
    const seeds = new Map<FunctionNode, HandlerSeed>();
    const add = (candidate: Candidate, route: RouteInfo) => {
      if (claimed.has(candidate.fn) || seeds.has(candidate.fn)) return;
      seeds.set(candidate.fn, seedFor(candidate, route, file, throwCalls));
    };
    const contextTypes = importedTypes(file);
    for (const route of registeredRoutes(file, contextTypes)) {
      for (const candidate of route.handlers) add(candidate, route);
    }
    for (const fn of file.functions) {
      if (claimed.has(fn) || seeds.has(fn)) continue;
      const found = unregisteredHandler(fn, file, contextTypes);
      if (found) add(found.candidate, found);
    }
    return [...seeds.values()];
  },
};

/** `(c: AppContext) => …`, `(c: HonoContext, next) => …`. */
function takesAliasedContext(fn: FunctionNode): boolean {
  const first = fn.params[0];
  return fn.params.length <= 2 && first?.type === 'Identifier' && first.name === 'c' && CONTEXT_ALIAS.test(annotatedTypeName(first) ?? '');
}

/** A function that answers requests, and which of its parameters is the context. */
interface Candidate {
  readonly fn: FunctionNode;
  readonly contextIndex: number;
  readonly isErrorHandler: boolean;
}

/** What a registration says of its route. */
interface RouteInfo {
  readonly methods: readonly HttpMethod[] | null;
  readonly path: string | null;
  /** The statuses an OpenAPI route declares (`responses: { 200: … }`). */
  readonly documented?: readonly number[];
}

interface Registration extends RouteInfo {
  readonly handlers: readonly Candidate[];
}

/** Route registrations on the apps this file creates, followed through chains and variables. */
function registeredRoutes(file: FileContext, types: ReadonlyMap<string, string>): Registration[] {
  const visited = new Set<Variable>();
  const found: Registration[] = [];
  for (const app of trackReferences(file, APP_FACTORIES)) {
    if (app.kind === 'construct') routesFrom(app.node, file, visited, found);
  }
  for (const parameter of typedAppParameters(file, types)) {
    visited.add(parameter);
    for (const reference of parameter.references) {
      if (reference.isRead()) routesFrom(reference.identifier, file, visited, found);
    }
  }
  // An app typed with the project's own name is known by its handlers: each must use its
  // parameter as a Hono context.
  for (const parameter of aliasedAppParameters(file)) {
    if (visited.has(parameter)) continue;
    visited.add(parameter);
    const aliased: Registration[] = [];
    for (const reference of parameter.references) {
      if (reference.isRead()) routesFrom(reference.identifier, file, visited, aliased);
    }
    for (const registration of aliased) {
      found.push({ ...registration, handlers: registration.handlers.filter((candidate) => takesContext(candidate, file)) });
    }
  }
  return found;
}

/**
 * `app: ServerInstance`, `app: PublicAPIApp`: the project's own name for its Hono app, declared
 * in another module (`type ServerInstance = Hono<Env>`), on a parameter named like an app, in a
 * file that imports no other server framework (whose routers look the same).
 */
const APP_ALIAS = /^\w*(?:App|Instance|Router|Hono|OpenAPI)$/;
/** What the text of a file with such a parameter shows: the type's name, or `{ app }`. */
const APP_ALIAS_HINT = /(?:App|Instance|Router|Hono|OpenAPI)\b|[{,]\s*app\s*[,}:]/;
const OTHER_SERVERS = ['express', 'koa', '@koa/router', 'koa-router', 'fastify', 'next'];

function aliasedAppParameters(file: FileContext): Variable[] {
  const found: Variable[] = [];
  if (file.importsAny(OTHER_SERVERS)) return found;
  for (const name of APP_NAMES) {
    const destructuring = name === 'app' ? file.functionsDestructuring(name) : [];
    for (const fn of [...file.functionsWithParameter(name), ...destructuring]) {
      const binding = aliasedAppBinding(fn, name);
      if (!binding) continue;
      const variable = (file.sourceCode.getDeclaredVariables(fn) as Variable[]).find((candidate) => candidate.identifiers[0] === binding);
      if (variable) found.push(variable);
    }
  }
  return found;
}

/**
 * `app: ServerInstance`, `{ app }: { app: ServerInstance }`, or `{ app, db }: RouteContext` (the
 * project's bundle of what routes need): the name the app is bound to.
 */
function aliasedAppBinding(fn: FunctionNode, name: string): TSESTree.Identifier | null {
  for (const param of fn.params) {
    if (param.type === 'Identifier' && param.name.replace(/^_+/, '') === name) {
      return APP_ALIAS.test(annotatedTypeName(param) ?? '') ? param : null;
    }
    const type = param.type === 'ObjectPattern' ? param.typeAnnotation?.typeAnnotation : undefined;
    if (param.type !== 'ObjectPattern' || !type) continue;
    const property = param.properties.find(
      (candidate) => candidate.type === 'Property' && candidate.key.type === 'Identifier' && candidate.key.name === name,
    );
    if (property?.type !== 'Property' || property.value.type !== 'Identifier') continue;
    if (type.type === 'TSTypeReference') return name === 'app' ? property.value : null;
    if (type.type !== 'TSTypeLiteral') continue;
    const member = type.members.find(
      (candidate) => candidate.type === 'TSPropertySignature' && candidate.key.type === 'Identifier' && candidate.key.name === name,
    );
    if (member?.type === 'TSPropertySignature' && APP_ALIAS.test(typeReferenceName(member.typeAnnotation?.typeAnnotation) ?? '')) {
      return property.value;
    }
  }
  return null;
}

/** `async (context) => context.json(…)`: a handler whose context parameter is used as one. */
function takesContext(candidate: Candidate, file: FileContext): boolean {
  const param = candidate.fn.params[candidate.contextIndex];
  return candidate.fn.params.length <= 2 && param?.type === 'Identifier' && usedAsContext(candidate.fn, param.name, file);
}

/**
 * `app.get('/a', h).post(h2)`, `app.route('/x', sub)`, then the variable the app is stored in:
 * added to `found`.
 */
function routesFrom(
  node: TSESTree.Node,
  file: FileContext,
  visited: Set<Variable>,
  found: Registration[],
  basePath: string | null = '',
): void {
  let current = node;
  let chainPath: string | null = null;
  let base = basePath;
  for (;;) {
    const { parent, child } = transparentParent(current);
    if (parent?.type === 'MemberExpression' && parent.object === child) {
      const name = memberName(parent);
      const above = transparentParent(parent);
      const call = above.parent;
      if (!name || !APP_CHAIN_METHODS.has(name) || call?.type !== 'CallExpression' || call.callee !== above.child) return;
      if (name === 'basePath') {
        // `new Hono().basePath('/api')` is a new app whose routes all start with `/api`.
        const path = staticString(call.arguments[0]);
        base = base === null || path === null ? null : joinPaths(base, path);
      }
      const registration = readRegistration(name, call, file, chainPath);
      if (registration) {
        found.push(underBase(registration, base));
        chainPath = registration.path;
      }
      current = call;
      continue;
    }
    const variable = receivingVariable(current, file.sourceCode);
    if (variable && !visited.has(variable)) {
      visited.add(variable);
      for (const reference of variable.references) {
        if (reference.isRead()) routesFrom(reference.identifier, file, visited, found, base);
      }
    }
    return;
  }
}

/** A registration's path under the app's base path; unknown when the base path is. */
function underBase(registration: Registration, base: string | null): Registration {
  if (base === '' || registration.path === null) return registration;
  return { ...registration, path: base === null ? null : joinPaths(base, registration.path) };
}

/** What one call on an app registers. `chainPath` is the path an earlier call in the chain gave. */
function readRegistration(
  name: string,
  call: TSESTree.CallExpression,
  file: FileContext,
  chainPath: string | null,
): Registration | null {
  const args = call.arguments;
  const handlersFrom = (from: number, contextIndex = 0) =>
    args.slice(from).flatMap((argument) => resolveHandlers(argument, file, contextIndex));
  switch (name) {
    case 'onError':
      return { handlers: handlersFrom(0, 1).map((candidate) => ({ ...candidate, isErrorHandler: true })), methods: null, path: null };
    case 'notFound':
      return { handlers: handlersFrom(0), methods: null, path: null };
    case 'on': {
      const path = routePattern(args[1]);
      return { handlers: handlersFrom(2), methods: methodsOf(args[0]), path };
    }
    case 'openapi': {
      const config = routeConfig(args[0], file);
      const hooks = args[2] ? resolveHandlers(args[2], file, 1) : [];
      return {
        handlers: [...(args[1] ? resolveHandlers(args[1], file) : []), ...hooks],
        methods: config.method,
        path: config.path,
        documented: config.documented,
      };
    }
    default: {
      if (!ROUTE_METHODS.has(name)) return null;
      const method = methodOfName(name);
      const methods = method ? [method] : null;
      const first = args[0];
      const documented = declaredStatusesIn(args);
      // `app.get(handler)` reuses the path of the previous call in the chain.
      if (!first || resolveHandlers(first, file).length > 0) return { handlers: handlersFrom(0), methods, path: chainPath, documented };
      return { handlers: handlersFrom(1), methods, path: routePattern(first), documented };
    }
  }
}

/** `'PURGE'`, `['PUT', 'DELETE']`: the methods of `app.on()`; `null` when one is not a standard method. */
function methodsOf(node: TSESTree.Node | undefined): readonly HttpMethod[] | null {
  if (!node) return null;
  const inner = skipTransparent(node);
  const names = inner.type === 'ArrayExpression' ? inner.elements.map((element) => (element ? staticString(element) : null)) : [staticString(inner)];
  return methodsNamed(names);
}

function methodsNamed(names: readonly (string | null)[]): readonly HttpMethod[] | null {
  const methods: HttpMethod[] = [];
  for (const name of names) {
    const upper = name?.toUpperCase();
    if (!upper || !(HTTP_METHODS as readonly string[]).includes(upper)) return null;
    methods.push(upper as HttpMethod);
  }
  return methods;
}

/**
 * `createRoute({ method: 'post', path: '/users', responses: { 201: … } })`, inline or in a
 * `const`: its method, path and the statuses it declares.
 */
function routeConfig(
  node: TSESTree.Node | undefined,
  file: FileContext,
): { method: readonly HttpMethod[] | null; path: string | null; documented?: readonly number[] } {
  let inner = node ? skipTransparent(node) : undefined;
  if (inner?.type === 'Identifier') inner = resolveConstant(inner, file.sourceCode.getScope(inner) as Scope) ?? undefined;
  else if (inner?.type === 'MemberExpression') inner = literalMember(inner, file) ?? undefined;
  if (inner?.type === 'CallExpression' && inner.arguments[0]) inner = skipTransparent(inner.arguments[0]);
  if (inner?.type !== 'ObjectExpression') return { method: null, path: null };
  const property = (key: string) => {
    const found = inner.properties.find((candidate) => propertyKeyName(candidate) === key);
    return found?.type === 'Property' ? skipTransparent(found.value) : null;
  };
  const method = staticString(property('method') ?? undefined);
  return { method: method ? methodsNamed([method]) : null, path: staticString(property('path') ?? undefined), documented: declaredStatuses(inner) };
}

/** `routes.apps.create`, where `const routes = { apps: { create: createRoute({…}) } }`: the value the path names. */
function literalMember(node: TSESTree.MemberExpression, file: FileContext): TSESTree.Node | null {
  const keys: string[] = [];
  let object: TSESTree.Node = node;
  while (object.type === 'MemberExpression') {
    const key = memberName(object);
    if (key === null) return null;
    keys.unshift(key);
    object = skipTransparent(object.object);
  }
  if (object.type !== 'Identifier') return null;
  let value: TSESTree.Node | null = resolveConstant(object, file.sourceCode.getScope(object) as Scope);
  for (const key of keys) {
    if (value?.type !== 'ObjectExpression') return null;
    const property: TSESTree.ObjectLiteralElement | undefined = value.properties.find((candidate) => propertyKeyName(candidate) === key);
    value = property?.type === 'Property' ? skipTransparent(property.value) : null;
  }
  return value;
}

/**
 * The functions a handler argument stands for: an inline function, a function declared in the
 * file under that name, `...factory.createHandlers(a, b)`, `createMiddleware(fn)`, and the hook
 * of a validator. Other calls (`cors()`, `logger()`) are middleware we cannot see into.
 */
function resolveHandlers(argument: TSESTree.Node, file: FileContext, contextIndex = 0, depth = 0): Candidate[] {
  if (depth > 4) return [];
  const node = skipTransparent(argument.type === 'SpreadElement' ? argument.argument : argument);
  if (isFunction(node)) return [{ fn: node, contextIndex, isErrorHandler: false }];
  if (node.type === 'Identifier') {
    const variable = findVariable(file.sourceCode.getScope(node) as Scope, node.name);
    const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
    if (definition?.type === 'FunctionName' && isFunction(definition.node)) {
      return [{ fn: definition.node, contextIndex, isErrorHandler: false }];
    }
    const init = resolveConstant(node, file.sourceCode.getScope(node) as Scope);
    return init ? resolveHandlers(init, file, contextIndex, depth + 1) : [];
  }
  if (node.type === 'ArrayExpression') {
    return node.elements.flatMap((element) => (element ? resolveHandlers(element, file, contextIndex, depth + 1) : []));
  }
  if (node.type !== 'CallExpression') return [];
  const name = calleeName(node);
  if (name === 'createHandlers') return node.arguments.flatMap((inner) => resolveHandlers(inner, file, 0, depth + 1));
  if (name === 'createMiddleware' && node.arguments[0]) return resolveHandlers(node.arguments[0], file, 0, depth + 1);
  if (name && VALIDATOR_NAME.test(name)) {
    const hook = node.arguments.at(-1);
    return hook && isFunction(skipTransparent(hook)) ? resolveHandlers(hook, file, 1, depth + 1) : [];
  }
  return [];
}

/**
 * Local names of the types imported from Hono that matter here: `Context`, the handler types
 * (`Handler`, `MiddlewareHandler`, `RouteHandler`…), and the app classes (`Hono`, `OpenAPIHono`),
 * which give `App`.
 */
function importedTypes(file: FileContext): Map<string, string> {
  const names = new Map<string, string>();
  const program = file.sourceCode.ast.body;
  for (const statement of program) {
    if (statement.type !== 'ImportDeclaration' || !TYPE_MODULES.includes(statement.source.value)) continue;
    for (const specifier of statement.specifiers) {
      if (specifier.type !== 'ImportSpecifier') continue;
      const imported = specifier.imported.type === 'Identifier' ? specifier.imported.name : specifier.imported.value;
      if (imported === 'Hono' || imported === 'OpenAPIHono') names.set(specifier.local.name, 'App');
      else if (imported === 'Context' || imported in HANDLER_TYPES) names.set(specifier.local.name, imported);
    }
  }
  if (names.size === 0) return names;
  // `type AppContext = Context<{ Bindings: Env }>`: the project's own name for one of them.
  for (const statement of program) {
    const alias = statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement;
    if (alias?.type !== 'TSTypeAliasDeclaration') continue;
    const aliased = typeReferenceName(alias.typeAnnotation);
    const meaning = aliased === null ? undefined : names.get(aliased);
    if (meaning) names.set(alias.id.name, meaning);
  }
  return names;
}

/**
 * `(c: AppContext) => …` where `AppContext` comes from the project's own types module: a
 * parameter named `c`, or in a file that imports Hono any name, typed `…Context`.
 */
const CONTEXT_ALIAS = /^\w*Context$/;

/** `function registerRoutes(app: OpenAPIHono<Env>) { app.openapi(...) }`: an app handed in as a typed parameter. */
function* typedAppParameters(file: FileContext, types: ReadonlyMap<string, string>): Generator<Variable> {
  for (const scope of file.sourceCode.scopeManager?.scopes ?? []) {
    if (scope.type !== 'function') continue;
    for (const variable of scope.variables) {
      const definition = variable.defs[0];
      if (definition?.type === 'Parameter' && types.get(annotatedTypeName(definition.name) ?? '') === 'App') yield variable as Variable;
    }
  }
}

/**
 * A function no registration in this file names, that still reads as a Hono handler:
 * `(c: Context) => …`, `(err: Error, c: Context) => …`, `const h: Handler = (c) => …`,
 * `async (c, next) => …` using `c` as a context, a function passed to a route-shaped call
 * (`routes.post('/users', (c) => …)` on an app made elsewhere), or to `createHandlers`.
 */
function unregisteredHandler(
  fn: FunctionNode,
  file: FileContext,
  types: ReadonlyMap<string, string>,
): ({ candidate: Candidate } & RouteInfo) | null {
  // `function statusFor(err: Error, c: Context): ContentfulStatusCode`: gives a status back to its caller.
  if (returnsStatusType(fn)) return null;
  const params = fn.params.map((param) => (param.type === 'AssignmentPattern' ? param.left : param));
  const unknown = (contextIndex: number, isErrorHandler = false) => ({
    candidate: { fn, contextIndex, isErrorHandler },
    methods: null,
    path: null,
  });
  const typed = params.findIndex((param, index) => index < 2 && types.get(annotatedTypeName(param) ?? '') === 'Context');
  if (typed === 0) return unknown(0);
  if (typed === 1 && params.length === 2) return unknown(1, isErrorParameter(params[0]!));
  const declared = declaredHandlerType(fn, types);
  if (declared) return unknown(declared.contextIndex, declared.isErrorHandler);
  const first = params[0];
  if (first?.type !== 'Identifier' || params.length > 2) return null;
  // The shape first, then the uses of the context: a module's helpers are many, and most fail
  // the shape (`(c: AppContext)`, `(c, next)`, `createHandlers(fn)`, `app.get('/x', (c) => …)`).
  const aliased = CONTEXT_ALIAS.test(annotatedTypeName(first) ?? '') && (first.name === 'c' || file.importsAny(PACKAGES));
  const second = params[1];
  const middleware = second?.type === 'Identifier' && NEXT_NAME.test(second.name);
  const { parent } = transparentParent(fn);
  const made = parent?.type === 'CallExpression' && calleeName(parent) === 'createHandlers';
  const route = aliased || middleware || made || params.length !== 1 ? null : routeShapedCall(fn, file);
  if (!(aliased || middleware || made || route) || !usedAsContext(fn, first.name, file)) return null;
  return route ? { candidate: { fn, contextIndex: 0, isErrorHandler: false }, ...route } : unknown(0);
}

/** A declared return type of `number` or a status code type (`StatusCode`, `ContentfulStatusCode`). */
function returnsStatusType(fn: FunctionNode): boolean {
  const annotation = fn.returnType?.typeAnnotation;
  if (!annotation) return false;
  return annotation.type === 'TSNumberKeyword' || /(?:^|[a-z])StatusCode$|^Status$/.test(typeReferenceName(annotation) ?? '');
}

/**
 * `routes.post('/users', fn)`: a call named like a route method whose first argument is a path;
 * `router.openapi(route, fn)` on an app made elsewhere (`createRouter().openapi(...)`).
 */
function routeShapedCall(fn: FunctionNode, file: FileContext): RouteInfo | null {
  const { parent, child } = transparentParent(fn);
  if (parent?.type !== 'CallExpression' || !parent.arguments.includes(child as TSESTree.CallExpressionArgument)) return null;
  const callee = skipTransparent(parent.callee);
  const name = callee.type === 'MemberExpression' ? memberName(callee) : null;
  if (name === 'openapi' && parent.arguments[1] === child) {
    const config = routeConfig(parent.arguments[0], file);
    return { methods: config.method, path: config.path, documented: config.documented };
  }
  const path = staticString(parent.arguments[0]);
  if (!name || !ROUTE_METHODS.has(name) || name === 'use' || name === 'on' || path === null || !path.startsWith('/')) return null;
  const method = methodOfName(name);
  const documented = declaredStatusesIn(parent.arguments);
  return { methods: method ? [method] : null, path, ...(documented && { documented }) };
}

function isErrorParameter(param: TSESTree.Node): boolean {
  if (param.type !== 'Identifier') return false;
  return ERROR_NAME.test(param.name) || /Error|Exception/.test(annotatedTypeName(param) ?? '');
}

/** `const h: MiddlewareHandler = async (c, next) => …`. */
function declaredHandlerType(fn: FunctionNode, types: ReadonlyMap<string, string>) {
  const { parent } = transparentParent(fn);
  if (parent?.type !== 'VariableDeclarator' || parent.id.type !== 'Identifier') return null;
  const imported = types.get(annotatedTypeName(parent.id) ?? '');
  return imported ? (HANDLER_TYPES[imported] ?? null) : null;
}

/** `c.json(...)`, `c.req.param()`, `c.status(404)`: the parameter is used as a Hono context. */
function usedAsContext(fn: FunctionNode, name: string, file: FileContext): boolean {
  const variable = (file.sourceCode.getDeclaredVariables(fn) as Variable[]).find((candidate) => candidate.name === name);
  return (
    variable !== undefined &&
    someMemberUse(variable, ({ name, use, argumentCount }) => CONTEXT_MEMBERS.has(name) || (CONTEXT_CALLS.has(name) && use === 'call' && argumentCount > 0))
  );
}

function seedFor(
  candidate: Candidate,
  { methods, path, documented }: RouteInfo,
  file: FileContext,
  throwCalls: readonly ThrowCall[],
): HandlerSeed {
  const { fn, contextIndex } = candidate;
  const param = fn.params[contextIndex];
  const identifier = param?.type === 'AssignmentPattern' ? param.left : param;
  const variables = file.sourceCode.getDeclaredVariables(fn) as Variable[];
  const context = identifier?.type === 'Identifier' ? (variables.find((variable) => variable.name === identifier.name) ?? null) : null;
  // `(c, next)`: middleware, whose second parameter runs the rest of the chain.
  const nextParam = contextIndex === 0 ? fn.params[1] : undefined;
  const next = nextParam?.type === 'Identifier' ? variables.find((variable) => variable.name === nextParam.name) : undefined;
  return {
    fn,
    methods,
    path,
    isErrorHandler: candidate.isErrorHandler,
    request: null,
    channels: context ? [{ variable: context, spec: honoContext }] : [],
    // `(value, c) => …` that is not an error handler: a validator or OpenAPI hook.
    returns: returnSpec(file, context?.name ?? null, contextIndex === 1 && !candidate.isErrorHandler),
    deferrals: waitUntil(file),
    throwCalls,
    ...(documented && { documentedStatuses: documented }),
    ...(next && { downstream: { variable: next, unawaitedEffect: UNAWAITED_NEXT_EFFECT } }),
  };
}

/** Returned `new Response(...)` and `Response.json(...)`; a returned number is not a response. */
function returnSpec(file: FileContext, contextName: string | null, isHook: boolean): ReturnSpec {
  const isGlobalResponse = (identifier: TSESTree.Identifier) =>
    identifier.name === 'Response' && isGlobal(identifier, file);
  return {
    factoryOf: (node) => webResponseFactory(node, isGlobalResponse),
    plainValue: 'invalid',
    numericReturnEffect: isHook ? HOOK_NUMBER_EFFECT : RETURN_NUMBER_EFFECT,
    numericReturnStatusOnly: (code) =>
      contextName ? `${contextName}.body(null, ${code})` : `new Response(null, { status: ${code} })`,
  };
}

function isGlobal(identifier: TSESTree.Identifier, file: FileContext): boolean {
  const variable = findVariable(file.sourceCode.getScope(identifier) as Scope, identifier.name);
  return !variable || variable.defs.length === 0;
}

/**
 * `c.executionCtx.waitUntil(promise)`, and `waitUntil(promise)` imported from
 * `cloudflare:workers` or `@vercel/functions`: the promise settles after the response.
 */
function waitUntil(file: FileContext): DeferralSpec {
  const describe = (call: TSESTree.CallExpression): string | null => {
    const callee = skipTransparent(call.callee);
    if (callee.type === 'MemberExpression' && memberName(callee) === 'waitUntil') {
      const object = skipTransparent(callee.object);
      const objectName = object.type === 'Identifier' ? object.name : object.type === 'MemberExpression' ? memberName(object) : null;
      return objectName === 'executionCtx' ? 'the promise passed to `executionCtx.waitUntil()`' : null;
    }
    if (callee.type !== 'Identifier' || callee.name !== 'waitUntil') return null;
    const definition = findVariable(file.sourceCode.getScope(callee) as Scope, callee.name)?.defs[0];
    const source = definition?.type === 'ImportBinding' && definition.parent.type === 'ImportDeclaration' ? definition.parent.source.value : null;
    return source === 'cloudflare:workers' || source === '@vercel/functions' ? 'the promise passed to `waitUntil()`' : null;
  };
  return { describe: () => null, describeWithin: describe };
}

/** `throw new HTTPException(404, { message })`: Hono answers with its status (500 when none is given). */
function httpExceptions(file: FileContext): ThrowCall[] {
  const found: ThrowCall[] = [];
  for (const reference of trackReferences(file, EXCEPTIONS)) {
    const node = reference.node;
    if (reference.kind !== 'construct' || node.type !== 'NewExpression' || transparentParent(node).parent?.type !== 'ThrowStatement') continue;
    const argument = node.arguments[0];
    const status =
      argument && !(argument.type === 'Identifier' && argument.name === 'undefined')
        ? readStatus(argument, file.sourceCode.getScope(node) as Scope)
        : { kind: 'explicit' as const, code: 500, node };
    found.push({ node, status });
  }
  return found;
}
