/**
 * Koa 2 and 3, with `@koa/router` or `koa-router`. See docs/frameworks.md#koa.
 *
 * Handlers are found two ways: registrations on the routers and apps the file constructs
 * (`router.post('/users', create)`, `app.use(async (ctx, next) => …)`), and functions shaped like
 * middleware — `(ctx)` or `(ctx, next)` typed with a Koa context type, or whose `ctx` is used as
 * one (`ctx.body = …`, `ctx.status = …`, `ctx.throw(…)`) — which covers controllers in files that
 * register nothing.
 *
 * Koa never sends on the spot: `ctx.body = x` and `ctx.redirect(url)` record the answer, and Koa
 * writes it once the middleware promise settles. So nothing on `ctx` is terminal, and work the
 * middleware does not await always runs after the answer (404 Not Found when nothing was set).
 */
import type { TSESTree } from '@typescript-eslint/utils';
import type { Variable } from '../analysis/scope.js';
import { memberName, skipTransparent, staticString, transparentParent } from '../analysis/ast.js';
import type { FileContext } from '../analysis/file-context.js';
import type { FunctionNode } from '../analysis/model.js';
import { CALL, CONSTRUCT, ESM, trackReferences } from '../analysis/tracker.js';
import type { ChannelSpec, FrameworkAdapter, HandlerSeed } from './adapter.js';
import { declaredStatusesIn } from './declared-statuses.js';
import {
  enclosingRouteCall,
  methodOfName,
  type Registration,
  receivingVariable,
  resolveHandlerFunctions,
  routePattern,
  usesOf,
} from './registration.js';
import { isEventListener, paramAt, paramNamed, someFunctionWithParameter, someMemberUse, typeReferenceName } from './shapes.js';

export const koaContext: ChannelSpec = {
  statusMethods: {},
  statusProperties: ['status'],
  heldStatus: 404,
  chainMethods: [],
  sendMethods: {
    // 302 unless a redirect status was set first; the status stays implicit so that an earlier
    // `ctx.status = 301` is read as the redirect's status.
    redirect: { bodyKind: 'redirect', terminal: false },
    back: { bodyKind: 'redirect', terminal: false },
    // `await ctx.render('post', locals)` (koa-views, koa-ejs, …) renders into `ctx.body`.
    render: { viewArg: 0, bodyKind: 'file', terminal: false },
  },
  bodyProperties: ['body'],
  numericBodyPropertyEffect: 'Koa answers 200 OK with the number as a JSON body',
  throwMethods: { throw: { statusArg: 0 }, assert: { statusArg: 1 } },
  aliasMembers: ['response'],
  sentProperties: ['headerSent', 'respond', 'headersSent', 'writableEnded'],
  preferredStatusProperty: 'status',
  statusOnly: (receiver, code) => `${receiver}.status = ${code}`,
};

const IGNORED_RETURN_EFFECT =
  "Koa ignores a middleware's return value: the client gets the status and body set on `ctx`, or 404 Not Found when none were set";

const UNAWAITED_NEXT_EFFECT =
  'Koa answers as soon as this middleware settles, so what middleware after it sets after an `await` is lost (the client gets 404 Not Found if no body was set by then), and an error it throws goes unhandled';

const PACKAGES = ['koa', '@koa/router', 'koa-router'];

/** `new Router()`, `new KoaRouter({ prefix })`, `require('koa-router')()`, `new Koa()`. */
const ROUTER_CLASS = { [CONSTRUCT]: true, [CALL]: true };
const FACTORIES = {
  '@koa/router': { [ESM]: true, ...ROUTER_CLASS, default: ROUTER_CLASS, Router: ROUTER_CLASS },
  'koa-router': { [ESM]: true, ...ROUTER_CLASS, default: ROUTER_CLASS },
  koa: { [ESM]: true, [CONSTRUCT]: true, default: { [CONSTRUCT]: true } },
};

const ROUTE_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'del', 'options', 'head', 'all', 'use']);
/** Router methods that return the router without registering a handler of ours. */
const CHAIN_METHODS = new Set(['param', 'prefix']);
const CONTEXT_NAME = /^_*(?:ctx|context|koaCtx)$/;
const CONTEXT_NAMES = ['ctx', 'context', 'koaCtx'];
const NEXT_NAME = /^_*(?:next|nxt)$/;
/** What the text of middleware that imports nothing shows: `ctx.body`, `ctx.throw`. */
const CONTEXT_USE = /(?:ctx|context|koaCtx)\s*\??\.\s*(?:body|status|throw|assert|response|redirect)\b/;
const CONTEXT_TYPE =
  /^(?:Context|ParameterizedContext|RouterContext|DefaultContext|ExtendableContext|KoaContext|IRouterContext|RouterParamContext)$/;
const MIDDLEWARE_TYPE = /^(?:Middleware|RouterMiddleware|IMiddleware|KoaMiddleware)$/;

export const koa: FrameworkAdapter = {
  id: 'koa',
  name: 'Koa',
  packages: PACKAGES,
  detectionNames: { plain: CONTEXT_NAMES },
  detectWithoutImport: (file) =>
    file.mayMention(CONTEXT_USE) && someFunctionWithParameter(file, CONTEXT_NAMES, namesContext),
  findHandlers(file, claimed) {
    const seeds = new Map<FunctionNode, HandlerSeed>();
    const importsKoa = file.importsAny(PACKAGES);
    if (importsKoa) {
      for (const route of registeredRoutes(file)) {
        for (const fn of route.functions) {
          if (claimed.has(fn) || seeds.has(fn)) continue;
          const seed = seedFor(fn, file, route, true, importsKoa);
          if (seed) seeds.set(fn, seed);
        }
      }
    }
    for (const fn of file.functions) {
      // Asked first: a module's helpers are many.
      if (!middlewareShape(fn, importsKoa)) continue;
      if (claimed.has(fn) || seeds.has(fn)) continue;
      if (isEventListener(fn, (name) => ROUTE_METHODS.has(name))) continue;
      const route = enclosingRouteCall(fn, (name) => ROUTE_METHODS.has(name), file.sourceCode);
      const facts = route && {
        method: methodOfName(route.methodName) ?? null,
        path: routePath(route.call.arguments, route.methodName === 'use', ''),
        documented: declaredStatusesIn(route.call.arguments),
      };
      const seed = seedFor(fn, file, facts ?? { method: null, path: null }, false, importsKoa);
      if (seed) seeds.set(fn, seed);
    }
    return [...seeds.values()];
  },
};

/** Routes on the routers and apps this file constructs. */
function registeredRoutes(file: FileContext): Registration[] {
  const { sourceCode } = file;
  const found: Registration[] = [];
  for (const factory of trackReferences(file, FACTORIES)) {
    if (factory.kind === 'read') continue;
    const isApp = factory.path[0] === 'koa';
    const prefix = isApp ? '' : routerPrefix(factory.node);
    const variable = receivingVariable(factory.node, sourceCode);
    for (const receiver of usesOf(factory.node, variable)) routesOn(receiver, file, isApp, prefix, found);
  }
  return found;
}

/** `new Router({ prefix: '/api' })` gives `/api`; no options give ''; a prefix we cannot read gives `null`. */
function routerPrefix(node: TSESTree.Node): string | null {
  if (node.type !== 'NewExpression' && node.type !== 'CallExpression') return '';
  const [options] = node.arguments;
  if (!options) return '';
  const inner = skipTransparent(options);
  if (inner.type !== 'ObjectExpression') return null;
  let prefix: string | null = '';
  for (const property of inner.properties) {
    if (property.type === 'SpreadElement') prefix = null;
    else if (!property.computed && property.key.type === 'Identifier' && property.key.name === 'prefix') {
      prefix = staticString(property.value);
    }
  }
  return prefix;
}

/**
 * `router.get(path, ...mw)`, `router.get(name, path, ...mw)`, chained `.get(...).post(...)`,
 * `app.use(mw)`: added to `found`.
 */
function routesOn(
  receiver: TSESTree.Node,
  file: FileContext,
  isApp: boolean,
  prefix: string | null,
  found: Registration[],
): void {
  let current = receiver;
  for (;;) {
    const { parent, child } = transparentParent(current);
    if (parent?.type !== 'MemberExpression' || parent.object !== child) return;
    const name = memberName(parent);
    const { parent: call, child: callee } = transparentParent(parent);
    if (!name || call?.type !== 'CallExpression' || call.callee !== callee) return;
    if (isApp ? name === 'use' : ROUTE_METHODS.has(name)) {
      const functions = call.arguments.flatMap((argument) => resolveHandlerFunctions(argument, file.sourceCode));
      found.push({
        functions,
        method: methodOfName(name) ?? null,
        path: routePath(call.arguments, name === 'use', prefix),
        documented: declaredStatusesIn(call.arguments),
      });
    } else if (isApp || !CHAIN_METHODS.has(name)) {
      return;
    }
    current = call;
  }
}

/**
 * The path of a registration: the first string argument, or the second when the first names the
 * route (`router.get('user', '/users/:id', fn)`), after the router's prefix. `router.use(fn)`
 * with no path, a dynamic path or an unknown prefix give `null`.
 */
function routePath(args: readonly TSESTree.CallExpressionArgument[], isUse: boolean, prefix: string | null): string | null {
  const first = routePattern(args[0]);
  const second = routePattern(args[1]);
  const path = first !== null && second !== null && !isUse ? second : first;
  if (path === null || prefix === null) return null;
  return prefix && path === '/' ? prefix : `${prefix}${path}`;
}

/**
 * The parameters of Koa middleware: `(ctx)` or `(ctx, next)`. A registered function is trusted
 * by position; any other must type `ctx` (or itself) with a Koa type in a file that imports Koa,
 * or name `ctx` like a context and use it as one.
 */
function seedFor(
  fn: FunctionNode,
  file: FileContext,
  { method, path, documented }: Omit<Registration, 'functions'>,
  registered: boolean,
  importsKoa: boolean,
): HandlerSeed | null {
  const params = fn.params.map((param) => (param.type === 'AssignmentPattern' ? param.left : param));
  if (params.length < 1 || params.length > 2) return null;
  const [contextParam, nextParam] = params;
  if (contextParam?.type !== 'Identifier') return null;
  const variables = file.sourceCode.getDeclaredVariables(fn) as Variable[];
  const context = variables.find((variable) => variable.name === contextParam.name);
  if (!context) return null;
  const next = nextParam?.type === 'Identifier' ? variables.find((variable) => variable.name === nextParam.name) : undefined;
  const used = usedAsContext(context);
  if (!registered) {
    const shape = middlewareShape(fn, importsKoa);
    if (!shape || (shape === 'named' && !used)) return null;
  }
  return {
    fn,
    methods: method ? [method] : null,
    path,
    isErrorHandler: false,
    request: context,
    channels: [{ variable: context, spec: koaContext }],
    returns: null,
    // A helper that takes `ctx` and returns a number is not middleware: only report returned
    // numbers where the function answers through `ctx` or is registered as middleware.
    ...((registered || used) && { ignoredReturnEffect: IGNORED_RETURN_EFFECT }),
    delegates: [],
    answersWhenSettled: true,
    ...(next && { downstream: { variable: next, unawaitedEffect: UNAWAITED_NEXT_EFFECT } }),
    ...(documented && { documentedStatuses: documented }),
  };
}

/**
 * The shape of middleware no registration names, short of how its context is used: `(ctx)` or
 * `(ctx, next)`, the context typed as one (in a file that imports Koa) or named like one.
 */
function middlewareShape(fn: FunctionNode, importsKoa: boolean): 'typed' | 'named' | null {
  const context = paramAt(fn, 0);
  if (fn.params.length > 2 || context?.type !== 'Identifier') return null;
  if (fn.params.length === 2 && !paramNamed(fn, 1, NEXT_NAME)) return null;
  if (importsKoa && (hasKoaContextType(context) || isTypedMiddleware(fn))) return 'typed';
  return CONTEXT_NAME.test(context.name) ? 'named' : null;
}

/** `(ctx)`, `(ctx, next)`: the shape of middleware that names its context like one. */
function namesContext(fn: FunctionNode): boolean {
  return (fn.params.length === 1 || fn.params.length === 2) && paramNamed(fn, 0, CONTEXT_NAME);
}

/** `ctx.body = …`, `ctx.status = …`, `ctx.response.body = …`, `ctx.throw(…)`, `ctx.assert(…)`. */
function usedAsContext(variable: Variable): boolean {
  return someMemberUse(
    variable,
    ({ name, use }) => (use === 'assign' && (name === 'body' || name === 'status')) || (use === 'call' && (name === 'throw' || name === 'assert')),
    'response',
  );
}

/** `ctx: Context`, `ctx: Koa.ParameterizedContext<S>`, `ctx: RouterContext`. */
function hasKoaContextType(param: TSESTree.Identifier): boolean {
  const annotation = param.typeAnnotation?.typeAnnotation;
  return CONTEXT_TYPE.test(typeReferenceName(annotation) ?? '');
}

/** `const auth: Koa.Middleware = async (ctx, next) => …`. */
function isTypedMiddleware(fn: FunctionNode): boolean {
  const { parent } = transparentParent(fn);
  if (parent?.type !== 'VariableDeclarator' || parent.id.type !== 'Identifier') return false;
  const annotation = parent.id.typeAnnotation?.typeAnnotation;
  return MIDDLEWARE_TYPE.test(typeReferenceName(annotation) ?? '');
}

