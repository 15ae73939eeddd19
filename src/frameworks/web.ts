/**
 * Plain Web `Response` handlers: Cloudflare Workers, Deno and Bun. See docs/frameworks.md#web-response-workers-deno-bun.
 *
 * There is no framework to import, so handlers are found by shape, precisely:
 * - Workers: a default-exported object (`export default { fetch(request, env, ctx) {} }`,
 *   `satisfies ExportedHandler<Env>`, or `const handler = {...}; export default handler`) whose
 *   `fetch` takes a request or returns a `Response`; the `fetch` of an exported class that extends
 *   `WorkerEntrypoint` or `DurableObject`; Pages Functions (`export function onRequestPost`);
 *   the service-worker syntax `addEventListener('fetch', (event) => event.respondWith(...))`.
 * - Deno: `Deno.serve(handler)`, `Deno.serve(options, handler)`, `Deno.serve({ handler })`, and
 *   `serve(handler)` from the standard library's `http/server.ts`.
 * - Bun: `Bun.serve({ fetch, routes, error })`, with per-method route objects.
 * A handler answers by returning a `Response`. Functions of the same file that a handler answers
 * with and hands the request to (`return handleUsers(request, env)`) are handlers too, with the
 * method and path known where they are called.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { declaredFunction, findVariable, type Scope, type Variable } from '../analysis/scope.js';
import { isFunction, memberName, propertyKeyName, skipTransparent, staticString, transparentParent } from '../analysis/ast.js';
import type { FileContext } from '../analysis/file-context.js';
import { methodsAt, pathAt } from '../analysis/methods.js';
import type { FunctionNode, HttpMethod } from '../analysis/model.js';
import { returnedExpressions } from '../analysis/returns.js';
import { CALL, ESM, trackReferences } from '../analysis/tracker.js';
import type { ChannelSpec, DeferralSpec, FrameworkAdapter, HandlerSeed, ReturnSpec } from './adapter.js';
import { methodOfName, namedDeclarations, resolveHandlerFunctions, topLevelInit } from './registration.js';
import { webResponseFactory } from './web-response.js';

const NUMBER_RETURN_EFFECT =
  'the runtime expects a `Response`, so the request fails (500 on Workers and Deno, an empty 204 on Bun)';
const RESPOND_WITH_NUMBER_EFFECT = '`respondWith()` expects a `Response`, so the request fails';

/** How a handler's return value answers: a `Response`; anything else fails the request. */
export const webReturns: ReturnSpec = {
  factoryOf: (node) => webResponseFactory(node, (identifier) => identifier.name === 'Response'),
  plainValue: 'invalid',
  numericReturnEffect: NUMBER_RETURN_EFFECT,
  numericReturnStatusOnly: (code) => `new Response(null, { status: ${code} })`,
};

/** The `event` of a service-worker `fetch` listener: `event.respondWith(response)` answers, once. */
export const fetchEvent: ChannelSpec = {
  statusMethods: {},
  statusProperties: [],
  chainMethods: [],
  // The argument is a whole `Response` (or a promise of one), not a body: opaque to body rules.
  sendMethods: { respondWith: { bodyArg: 0, bodyKind: 'file', numericBodyEffect: RESPOND_WITH_NUMBER_EFFECT } },
  bodyProperties: [],
  throwMethods: {},
  aliasMembers: [],
  sentProperties: [],
};

const REQUEST_NAME = /^_*(?:req|request|r|incomingRequest)$/;
const REQUEST_TYPE = /Request$/;
const URL_NAME = /^_*(?:url|uri|href|input|resource|endpoint|path|target|info)$/i;
const ENTRYPOINT_CLASSES = new Set(['WorkerEntrypoint', 'DurableObject']);
const PAGES_EXPORT = /^onRequest(Get|Post|Put|Patch|Delete|Head|Options)?$/;
/** Deno's standard `serve`: `https://deno.land/std@0.168.0/http/server.ts`, or through an import map (`http/server.ts`). */
const DENO_STD_HTTP = /(?:^|[/$])http\/(?:server|mod)\.ts$/;
/** Runtime globals whose `serve` starts a server: `Deno.serve`, `Bun.serve`. */
const SERVE_GLOBALS = new Set(['Deno', 'Bun']);
/** Globals a service worker registers its `fetch` listener on. */
const LISTENER_GLOBALS = new Set(['addEventListener', 'self', 'globalThis']);
const RUNTIME_GLOBALS = new Set([...SERVE_GLOBALS, ...LISTENER_GLOBALS]);
/** What the text of a file that starts a server or listens for `fetch` on a runtime global shows. */
const RUNTIME_HINT = /Deno|Bun|addEventListener/;
/** What the text of a file that exports a handler shows: a `fetch` method, a Pages `onRequest`, Deno's `serve`. */
const EXPORT_HINT = /fetch|onRequest|serve/;
/** `import { serve } from 'bun'`, `import Bun from 'bun'`: `ESM` makes the tracker follow the named import. */
const SERVE_MODULES = { bun: { [ESM]: true, serve: { [CALL]: true }, default: { serve: { [CALL]: true } } } };
const HELPER_DEPTH = 3;

export const web: FrameworkAdapter = {
  id: 'web',
  name: 'Web Response (Workers, Deno, Bun)',
  secondSendEffect: 'a second `event.respondWith()` throws "respondWith() has already been called"',
  packages: ['cloudflare:workers', 'bun'],
  // The finder looks only at top-level exports, runtime globals and imports: cheap enough for
  // every file.
  detectWithoutImport: () => true,
  findHandlers(file, claimed) {
    // Runtime globals need the scopes; exports and imports are top-level statements.
    const globals = file.mayMention(RUNTIME_HINT) ? globalReads(file, RUNTIME_GLOBALS) : [];
    const exports = file.mayMention(EXPORT_HINT) && mayExportHandlers(file);
    if (globals.length === 0 && !exports && !file.imports.has('bun')) return [];
    const found = new Finder(file, claimed);
    found.workers();
    found.servers(globals);
    found.serviceWorkers(globals);
    found.helpers();
    return found.seeds();
  },
};

interface SeedOptions {
  readonly methods?: readonly HttpMethod[] | null;
  readonly path?: string | null;
  readonly isErrorHandler?: boolean;
  /** The parameter holding the request; `-1` for none (error handlers). */
  readonly requestIndex?: number;
  /** A parameter whose `.request` is the request (`event`, Pages `context`). */
  readonly holderIndex?: number;
  readonly channel?: ChannelSpec;
}

/** What helper following needs to know about a seed beyond the seed itself. */
interface SeedInfo {
  readonly seed: HandlerSeed;
  readonly holder: Variable | null;
}

class Finder {
  private readonly found = new Map<FunctionNode, SeedInfo>();
  private readonly sourceCode: Readonly<TSESLint.SourceCode>;
  private readonly deferrals: DeferralSpec;

  constructor(
    private readonly file: FileContext,
    private readonly claimed: ReadonlySet<FunctionNode>,
  ) {
    this.sourceCode = file.sourceCode;
    const sourceCode = this.sourceCode;
    this.deferrals = {
      describe: () => null,
      describeWithin: (call) => {
        const callee = skipTransparent(call.callee);
        const isWaitUntil =
          (callee.type === 'Identifier' && callee.name === 'waitUntil') ||
          (callee.type === 'MemberExpression' && memberName(callee) === 'waitUntil');
        return isWaitUntil ? `the work passed to \`${sourceCode.getText(callee)}()\`` : null;
      },
    };
  }

  seeds(): HandlerSeed[] {
    return [...this.found.values()].map((info) => info.seed);
  }

  /** Default-exported `fetch` handlers, entrypoint classes and Pages Functions. */
  workers(): void {
    for (const statement of this.sourceCode.ast.body) {
      if (statement.type === 'ExportDefaultDeclaration') {
        const declaration = statement.declaration;
        if (declaration.type === 'ClassDeclaration' || declaration.type === 'ClassExpression') {
          this.entrypointClass(declaration);
        } else {
          // `export default handler`, `export default instrument(handler, config)`
          const inner = skipTransparent(declaration);
          const candidates = inner.type === 'CallExpression' ? inner.arguments : [declaration];
          for (const candidate of candidates) {
            const object = this.objectOf(candidate as TSESTree.Expression);
            if (object) this.fetchProperty(object);
          }
        }
      } else if (statement.type === 'ExportNamedDeclaration' && statement.declaration) {
        if (statement.declaration.type === 'ClassDeclaration') this.entrypointClass(statement.declaration);
        for (const [name, value] of namedDeclarations(statement)) this.pagesFunction(name, value);
      }
    }
  }

  /** `Deno.serve(...)`, `Bun.serve(...)`, `serve(...)` from `bun` or Deno's standard library. */
  servers(globals: readonly TSESTree.Identifier[]): void {
    for (const identifier of globals) {
      if (!SERVE_GLOBALS.has(identifier.name)) continue;
      const member = identifier.parent;
      if (member?.type !== 'MemberExpression' || member.object !== identifier || memberName(member) !== 'serve') continue;
      const call = member.parent;
      if (call?.type !== 'CallExpression' || call.callee !== member) continue;
      if (identifier.name === 'Deno') this.denoServe(call);
      else this.bunServe(call);
    }
    for (const call of trackReferences(this.file, SERVE_MODULES)) {
      if (call.node.type === 'CallExpression') this.bunServe(call.node);
    }
    for (const statement of this.sourceCode.ast.body) {
      if (statement.type !== 'ImportDeclaration' || !isDenoStdHttp(statement.source.value)) continue;
      for (const specifier of statement.specifiers) {
        if (specifier.type !== 'ImportSpecifier') continue;
        const imported = specifier.imported.type === 'Identifier' ? specifier.imported.name : specifier.imported.value;
        if (imported !== 'serve' && imported !== 'serveTls') continue;
        const variable = this.sourceCode.getDeclaredVariables(specifier)[0];
        for (const reference of variable?.references ?? []) {
          const call = reference.identifier.parent;
          if (call?.type !== 'CallExpression' || call.callee !== reference.identifier || !call.arguments[0]) continue;
          this.addAll(call.arguments[0], {});
        }
      }
    }
  }

  /** `addEventListener('fetch', (event) => event.respondWith(...))`, also on `self` and `globalThis`. */
  serviceWorkers(globals: readonly TSESTree.Identifier[]): void {
    for (const identifier of globals) {
      let callee: TSESTree.Node = identifier;
      if (identifier.name === 'self' || identifier.name === 'globalThis') {
        const member = identifier.parent;
        if (member?.type !== 'MemberExpression' || member.object !== identifier || memberName(member) !== 'addEventListener') continue;
        callee = member;
      } else if (identifier.name !== 'addEventListener') {
        continue;
      }
      const call = callee.parent;
      if (call?.type !== 'CallExpression' || call.callee !== callee) continue;
      const [event, listener] = call.arguments;
      if (staticString(event) !== 'fetch' || !listener) continue;
      this.addAll(listener, { requestIndex: -1, holderIndex: 0, channel: fetchEvent });
    }
  }

  /**
   * Same-file functions a handler answers with and hands the request to:
   * `return handleUsers(request, env)`, `event.respondWith(handle(event.request))`. Each takes the
   * methods and path known where it is called; a function called from several places takes them all.
   */
  helpers(): void {
    let level = [...this.found.values()];
    for (let depth = 0; depth < HELPER_DEPTH && level.length > 0; depth++) {
      const calls = new Map<FunctionNode, { methods: Set<HttpMethod> | null; paths: Set<string | null>; index: number }>();
      for (const info of level) {
        for (const answer of this.answersOf(info)) {
          const call = this.helperCall(answer, info);
          if (!call) continue;
          for (const fn of functionsOf(call.node.callee, this.sourceCode)) {
            if (this.found.has(fn) || this.claimed.has(fn)) continue;
            const { seed } = info;
            const methods = methodsAt(call.node, seed.fn, seed.methods, seed.request);
            const path = pathAt(call.node, seed.fn, seed.path);
            const entry = calls.get(fn) ?? { methods: new Set<HttpMethod>(), paths: new Set<string | null>(), index: call.index };
            entry.methods = methods && entry.methods ? new Set([...entry.methods, ...methods]) : null;
            entry.paths.add(path);
            calls.set(fn, entry);
          }
        }
      }
      level = [];
      for (const [fn, entry] of calls) {
        const paths = [...entry.paths];
        const info = this.add(fn, {
          methods: entry.methods ? [...entry.methods] : null,
          path: paths.length === 1 ? paths[0]! : null,
          requestIndex: entry.index,
        });
        if (info) level.push(info);
      }
    }
  }

  private add(fn: FunctionNode, options: SeedOptions): SeedInfo | null {
    if (this.claimed.has(fn) || this.found.has(fn)) return null;
    const params = fn.params.map((param) => (param.type === 'AssignmentPattern' ? param.left : param));
    const declared = this.sourceCode.getDeclaredVariables(fn) as Variable[];
    const variableOf = (param: TSESTree.Node | undefined): Variable | null =>
      param?.type === 'Identifier' ? (declared.find((variable) => variable.name === param.name) ?? null) : null;
    const requestParam = params[options.requestIndex ?? 0];
    // Pages Functions: `({ request, env }) => ...`
    const request =
      requestParam?.type === 'ObjectPattern'
        ? (declared.find((variable) => variable.name === 'request' && destructures(requestParam, 'request')) ?? null)
        : variableOf(requestParam);
    const holder = options.holderIndex === undefined ? null : variableOf(params[options.holderIndex]);
    const seed: HandlerSeed = {
      fn,
      methods: options.methods ?? null,
      path: options.path ?? null,
      isErrorHandler: options.isErrorHandler ?? false,
      request: (options.requestIndex ?? 0) < 0 ? (holder && this.requestTakenFrom(holder)) : request,
      channels: options.channel && holder ? [{ variable: holder, spec: options.channel }] : [],
      returns: webReturns,
      deferrals: this.deferrals,
    };
    const info = { seed, holder };
    this.found.set(fn, info);
    return info;
  }

  /** `const { request } = context` or `const request = event.request` in the handler's body. */
  private requestTakenFrom(holder: Variable): Variable | null {
    for (const reference of holder.references) {
      const { parent, child } = transparentParent(reference.identifier);
      let declarator: TSESTree.Node | undefined = parent;
      if (parent?.type === 'MemberExpression' && parent.object === child && memberName(parent) === 'request') {
        declarator = transparentParent(parent).parent;
        if (declarator?.type === 'VariableDeclarator' && declarator.id.type === 'Identifier') {
          return (this.sourceCode.getDeclaredVariables(declarator)[0] as Variable | undefined) ?? null;
        }
        continue;
      }
      if (declarator?.type !== 'VariableDeclarator' || declarator.id.type !== 'ObjectPattern' || !destructures(declarator.id, 'request')) continue;
      const declared = this.sourceCode.getDeclaredVariables(declarator) as Variable[];
      return declared.find((variable) => variable.name === 'request') ?? null;
    }
    return null;
  }

  private addAll(node: TSESTree.Node, options: SeedOptions): void {
    for (const fn of resolveHandlerFunctions(node, this.sourceCode)) this.add(fn, options);
  }

  /** `export default { fetch(request, env, ctx) {...} }`: a handler when it takes a request or returns a `Response`. */
  private fetchProperty(object: TSESTree.ObjectExpression): void {
    const property = propertyOf(object, 'fetch');
    let answers = false;
    for (const fn of property ? functionsOf(property.value, this.sourceCode) : []) {
      if (!takesRequest(fn) && (takesUrl(fn) || !this.returnsResponse(fn))) continue;
      this.add(fn, {});
      answers = true;
    }
    // Bun also serves a default export: `export default { fetch, routes, error } satisfies Serve`.
    if (answers || propertyOf(object, 'routes')) this.bunOptions(object, false);
  }

  /** `class extends WorkerEntrypoint { fetch(request) {} }`, Durable Objects. */
  private entrypointClass(declaration: TSESTree.ClassDeclaration | TSESTree.ClassExpression): void {
    const superClass = declaration.superClass ? skipTransparent(declaration.superClass) : null;
    const superName =
      superClass?.type === 'Identifier'
        ? superClass.name
        : superClass?.type === 'MemberExpression'
          ? memberName(superClass)
          : null;
    if (!superName || !ENTRYPOINT_CLASSES.has(superName)) return;
    for (const member of declaration.body.body) {
      if (member.type !== 'MethodDefinition' || member.kind !== 'method' || member.static) continue;
      if (member.computed || member.key.type !== 'Identifier' || member.key.name !== 'fetch') continue;
      if (isFunction(member.value)) this.add(member.value, {});
    }
  }

  /** Cloudflare Pages Functions: `export const onRequestPost = async ({ request, env }) => ...`. */
  private pagesFunction(name: string, node: TSESTree.Node): void {
    const match = PAGES_EXPORT.exec(name);
    if (!match) return;
    const method = match[1] ? methodOfName(match[1]) : null;
    for (const fn of resolveHandlerFunctions(node, this.sourceCode)) {
      const [context] = fn.params;
      if (fn.params.length > 1) continue;
      this.add(fn, {
        methods: method ? [method] : null,
        path: pagesPath(this.file.filename),
        requestIndex: context?.type === 'ObjectPattern' ? 0 : -1,
        holderIndex: 0,
      });
    }
  }

  /** `Deno.serve(handler)`, `Deno.serve({ port }, handler)`, `Deno.serve({ handler, onError })`. */
  private denoServe(call: TSESTree.CallExpression): void {
    for (const argument of call.arguments) {
      const options = this.objectOf(argument as TSESTree.Expression);
      if (!options) {
        this.addAll(argument, {});
        continue;
      }
      const handler = propertyOf(options, 'handler');
      if (handler) this.addAll(handler.value, {});
      const onError = propertyOf(options, 'onError');
      if (onError) this.addAll(onError.value, { isErrorHandler: true, requestIndex: -1 });
    }
  }

  /** `Bun.serve({ fetch(req, server) {}, routes: { '/users': { GET, POST }, '/health': () => ... }, error(e) {} })`. */
  private bunServe(call: TSESTree.CallExpression): void {
    const [argument] = call.arguments;
    const options = argument ? this.objectOf(argument as TSESTree.Expression) : null;
    if (options) this.bunOptions(options, true);
  }

  private bunOptions(options: TSESTree.ObjectExpression, withFetch: boolean): void {
    const fetch = withFetch ? propertyOf(options, 'fetch') : null;
    if (fetch) this.addAll(fetch.value, {});
    const error = propertyOf(options, 'error');
    if (error) this.addAll(error.value, { isErrorHandler: true, requestIndex: -1 });
    const routes = propertyOf(options, 'routes');
    const table = routes ? this.objectOf(routes.value as TSESTree.Expression) : null;
    for (const route of table?.properties ?? []) {
      if (route.type !== 'Property') continue;
      const path = propertyKeyName(route);
      if (path === null) continue;
      const perMethod = this.objectOf(route.value as TSESTree.Expression);
      if (!perMethod) {
        // A static `new Response(...)` is no function; only functions are handlers.
        for (const fn of functionsOf(route.value, this.sourceCode)) this.add(fn, { path });
        continue;
      }
      for (const entry of perMethod.properties) {
        const method = entry.type === 'Property' ? methodOfName(propertyKeyName(entry) ?? '') : undefined;
        if (entry.type !== 'Property' || !method || propertyKeyName(entry) !== method) continue;
        for (const fn of functionsOf(entry.value, this.sourceCode)) this.add(fn, { methods: [method], path });
      }
    }
  }

  /** An object literal, directly or through a `const`: `{...} satisfies ExportedHandler<Env>`, `export default handler`. */
  private objectOf(node: TSESTree.Expression): TSESTree.ObjectExpression | null {
    const inner = skipTransparent(node);
    if (inner.type === 'ObjectExpression') return inner;
    if (inner.type !== 'Identifier') return null;
    const variable = findVariable(this.sourceCode.getScope(inner), inner.name);
    const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
    if (definition?.type !== 'Variable' || definition.parent.kind !== 'const' || !definition.node.init) return null;
    const init = skipTransparent(definition.node.init);
    return init.type === 'ObjectExpression' ? init : null;
  }

  private returnsResponse(fn: FunctionNode): boolean {
    return returnedExpressions(fn).some((expression) => webReturns.factoryOf(expression) !== null);
  }

  /** What a handler answers with: its returned expressions, and `event.respondWith(x)` arguments. */
  private *answersOf(info: SeedInfo): Generator<TSESTree.Node> {
    for (const expression of returnedExpressions(info.seed.fn)) {
      yield this.constInit(expression) ?? expression;
    }
    if (!info.seed.channels.length || !info.holder) return;
    for (const reference of info.holder.references) {
      const member = reference.identifier.parent;
      if (member?.type !== 'MemberExpression' || memberName(member) !== 'respondWith') continue;
      const call = member.parent;
      if (call?.type === 'CallExpression' && call.callee === member && call.arguments[0]) yield call.arguments[0];
    }
  }

  /** `const response = await handle(request); return response;` */
  private constInit(expression: TSESTree.Node): TSESTree.Node | null {
    const inner = skipTransparent(expression);
    if (inner.type !== 'Identifier') return null;
    const variable = findVariable(this.sourceCode.getScope(inner), inner.name);
    const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
    if (definition?.type !== 'Variable' || definition.parent.kind !== 'const' || !definition.node.init) return null;
    return definition.node.id.type === 'Identifier' ? definition.node.init : null;
  }

  /** `handleUsers(request, env)`: a call to a named function that receives the handler's request. */
  private helperCall(answer: TSESTree.Node, info: SeedInfo): { node: TSESTree.CallExpression; index: number } | null {
    const call = skipTransparent(answer);
    if (call.type !== 'CallExpression' || skipTransparent(call.callee).type !== 'Identifier') return null;
    const index = call.arguments.findIndex((argument) => isRequest(argument, info));
    return index < 0 ? null : { node: call, index };
  }
}

/** The request itself: the handler's request binding, or `event.request` / `context.request`. */
function isRequest(argument: TSESTree.Node, info: SeedInfo): boolean {
  const inner = skipTransparent(argument);
  const { request } = info.seed;
  if (inner.type === 'Identifier') return request !== null && request.references.some((reference) => reference.identifier === inner);
  if (inner.type !== 'MemberExpression' || memberName(inner) !== 'request' || !info.holder) return false;
  const object = skipTransparent(inner.object);
  return info.holder.references.some((reference) => reference.identifier === object);
}

/**
 * Reads of runtime globals that nothing in the file declares: `Deno` with no `const Deno` around.
 * Undeclared names are in the global scope's `through`; names the config declares as globals
 * are variables without definitions.
 */
function globalReads(file: FileContext, names: ReadonlySet<string>): TSESTree.Identifier[] {
  const { globalScope } = file;
  const found: TSESTree.Identifier[] = [];
  for (const reference of globalScope.through) {
    if (names.has(reference.identifier.name)) found.push(reference.identifier as TSESTree.Identifier);
  }
  for (const name of names) {
    const variable = globalScope.set.get(name);
    if (!variable || variable.defs.length > 0) continue;
    for (const reference of variable.references) found.push(reference.identifier as TSESTree.Identifier);
  }
  return found;
}

/**
 * Exports a Worker or Pages Function answers through (a default export that is, or wraps, an
 * object or a class; an exported class; an `onRequest` export), or an import of Deno's
 * standard `serve`.
 */
function mayExportHandlers(file: FileContext): boolean {
  const program = file.sourceCode.ast;
  for (const statement of program.body) {
    if (statement.type === 'ExportDefaultDeclaration') {
      // An object with `fetch` (`export default { fetch }`, `export default handler`,
      // `export default instrument(handler, config)`) or an entrypoint class; not a component,
      // a router or an app, which other adapters read.
      const value = skipTransparent(statement.declaration);
      if (value.type === 'ClassDeclaration' || value.type === 'ClassExpression' || isObjectValue(program, value)) return true;
      if (value.type === 'CallExpression' && value.arguments.some((argument) => isObjectValue(program, argument))) return true;
    } else if (statement.type === 'ExportNamedDeclaration') {
      const { declaration } = statement;
      if (declaration?.type === 'ClassDeclaration') return true;
      if (declaration?.type === 'FunctionDeclaration' && isPagesExport(declaration.id?.name ?? '')) return true;
      if (declaration?.type === 'VariableDeclaration') {
        for (const declarator of declaration.declarations) {
          if (declarator.id.type === 'Identifier' && isPagesExport(declarator.id.name)) return true;
        }
      }
    } else if (statement.type === 'ImportDeclaration' && isDenoStdHttp(statement.source.value)) {
      return true;
    }
  }
  return false;
}

function isPagesExport(name: string): boolean {
  return name.startsWith('onRequest') && PAGES_EXPORT.test(name);
}

/** The pattern cannot skip ahead to a first letter; most imports fail the cheap test first. */
function isDenoStdHttp(source: string): boolean {
  return source.endsWith('.ts') && DENO_STD_HTTP.test(source);
}

/** An object literal, or the name of one that a top-level `const` holds (as `objectOf` reads it). */
function isObjectValue(program: TSESTree.Program, node: TSESTree.Node): boolean {
  const inner = skipTransparent(node);
  if (inner.type === 'ObjectExpression') return true;
  return inner.type === 'Identifier' && topLevelInit(program, inner.name)?.type === 'ObjectExpression';
}

/** `fetch(url, init)`, `fetch(input)`: a client that sends requests, not a handler that answers them. */
function takesUrl(fn: FunctionNode): boolean {
  const first = fn.params[0];
  const param = first?.type === 'AssignmentPattern' ? first.left : first;
  return param?.type === 'Identifier' && URL_NAME.test(param.name);
}

/** The first parameter is named or typed like a request: `request`, `req`, `r: Request`. */
function takesRequest(fn: FunctionNode): boolean {
  const first = fn.params[0];
  const param = first?.type === 'AssignmentPattern' ? first.left : first;
  if (param?.type !== 'Identifier') return false;
  if (REQUEST_NAME.test(param.name)) return true;
  const type = param.typeAnnotation?.typeAnnotation;
  return type?.type === 'TSTypeReference' && type.typeName.type === 'Identifier' && REQUEST_TYPE.test(type.typeName.name);
}

/**
 * A function, or a name for one in this file (a function declaration or a `const` function);
 * not the functions inside a call's arguments, which `createRequestHandler(() => import(...))`
 * would wrongly offer.
 */
function functionsOf(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): FunctionNode[] {
  const inner = skipTransparent(node);
  if (isFunction(inner)) return [inner];
  const declared = inner.type === 'Identifier' ? declaredFunction(inner, sourceCode.getScope(inner) as Scope) : null;
  return declared ? [declared] : [];
}

function propertyOf(object: TSESTree.ObjectExpression, name: string): TSESTree.Property | null {
  let found: TSESTree.Property | null = null;
  for (const property of object.properties) {
    if (property.type === 'Property' && propertyKeyName(property) === name) found = property;
  }
  return found;
}

function destructures(pattern: TSESTree.ObjectPattern, key: string): boolean {
  return pattern.properties.some(
    (property) =>
      property.type === 'Property' &&
      propertyKeyName(property) === key &&
      property.value.type === 'Identifier' &&
      property.value.name === key,
  );
}

/** `functions/api/users/[id].ts` → `/api/users/[id]`; `functions/index.ts` → `/`. */
function pagesPath(filename: string): string | null {
  const match = /(?:^|\/)functions(\/.*?)?(?:\/index)?\.[cm]?[jt]sx?$/.exec(filename);
  if (!match) return null;
  return match[1] ?? '/';
}

