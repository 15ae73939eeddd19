/**
 * Next.js App Router route handlers. See docs/frameworks.md#nextjs-app-router.
 *
 * A file named `route.ts` (or `.js`, `.mjs`, `.tsx`, `.jsx`) under an `app/` folder is a route
 * module; its exports named after HTTP methods are the handlers. They answer by returning a
 * `Response`: `NextResponse.json(body, init)`, `new Response(body, init)`,
 * `NextResponse.redirect(url, 307)`. Anything else returned fails with 500. `notFound()`,
 * `redirect()` and friends from `next/navigation` answer by throwing; `after()` and
 * `waitUntil()` run work after the response.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { findVariable, type Scope } from '../analysis/scope.js';
import { skipTransparent } from '../analysis/ast.js';
import type { FileContext } from '../analysis/file-context.js';
import type { FunctionNode, HttpMethod, StatusText } from '../analysis/model.js';
import { HTTP_METHODS } from '../analysis/model.js';
import { CALL, CONSTRUCT, ESM, trackReferences, type TrackedReference } from '../analysis/tracker.js';
import type { DeferralSpec, FrameworkAdapter, HandlerSeed, ResponseFactory, ReturnSpec, ThrowCall } from './adapter.js';
import { defaultExports, namedExports, resolveHandlerFunctions } from './registration.js';
import { isMiddlewareFile } from './next-middleware.js';
import { annotatedTypeName, typeReferenceName } from './shapes.js';
import { constructedResponse, jsonResponse, webResponseFactory } from './web-response.js';

/** `route.ts`, `route.js`, …: the name of a route module. */
const ROUTE_MODULE = /^route\.(?:ts|js|mjs|tsx|jsx)$/;

export const NOT_A_RESPONSE_EFFECT =
  'Next.js expects a `Response`, so the handler fails ("No response is returned from route handler") and the client receives 500 with an empty body';

// Asked twice per file (is it a route file, then its path): the last answer is kept.
let lastFilename: string | null = null;
let lastRoutePath: string | null = null;

/** The route path of a route module, or `null` when the file is not one. */
export function appRoutePath(filename: string): string | null {
  if (filename !== lastFilename) {
    lastRoutePath = routePathOf(filename);
    lastFilename = filename;
  }
  return lastRoutePath;
}

/** `…/app/api/users/[id]/route.ts`: the last `app/` folder in the path starts the route. */
function routePathOf(filename: string): string | null {
  const name = filename.lastIndexOf('/') + 1;
  // Most files fail the cheap test; the pattern needs a copy of the name.
  if (!filename.startsWith('route.', name) || !ROUTE_MODULE.test(filename.slice(name))) return null;
  const folder = filename.slice(0, name);
  const app = folder.lastIndexOf('/app/');
  const start = app >= 0 ? app + '/app/'.length : folder.startsWith('app/') ? 'app/'.length : -1;
  if (start < 0) return null;
  const segments = folder.slice(start).split('/').filter(Boolean);
  // `_private` folders opt out of routing.
  if (segments.some((segment) => segment.startsWith('_'))) return null;
  const routed = segments
    .filter((segment) => !/^\(.*\)$/.test(segment) && !segment.startsWith('@'))
    .map((segment) => segment.replace(/^(?:\(\.{1,3}\))+/, ''));
  return `/${routed.join('/')}`;
}

export const nextApp: FrameworkAdapter = {
  id: 'next-app',
  name: 'Next.js App Router',
  packages: ['next'],
  isRouteFile: (filename) => appRoutePath(filename) !== null,
  findHandlers(file, claimed) {
    const path = appRoutePath(file.filename);
    if (path === null) return handlerModules(file, claimed);
    const methodsOf = new Map<FunctionNode, HttpMethod[]>();
    for (const [method, value] of exportedMethods(file.sourceCode.ast)) {
      for (const fn of resolveHandlerFunctions(value, file.sourceCode)) {
        if (claimed.has(fn)) continue;
        const methods = methodsOf.get(fn) ?? [];
        if (!methods.includes(method)) methods.push(method);
        methodsOf.set(fn, methods);
      }
    }
    return seedsOf(file, [...methodsOf], path);
  },
};

/** Handlers that answer with the `Response` they return, with the methods each answers (`null`: unknown). */
function seedsOf(file: FileContext, functions: readonly (readonly [FunctionNode, HttpMethod[] | null])[], path: string | null): HandlerSeed[] {
  if (functions.length === 0) return [];
  const returns = nextReturnSpec(file, NOT_A_RESPONSE_EFFECT);
  const throwCalls = navigationThrows(file);
  const deferrals = nextDeferrals(file);
  return functions.map(([fn, methods]): HandlerSeed => ({
    fn,
    methods,
    path,
    isErrorHandler: false,
    request: firstParameter(fn, file),
    channels: [],
    returns,
    throwCalls,
    deferrals,
  }));
}

/** Pages API routes, also those on the Edge runtime that take a `NextRequest`, are the Pages adapter's. */
const PAGES_FOLDER = /(?:^|\/)pages\//;

/**
 * `app/api/glm.ts` with `export async function handle(req: NextRequest, { params })`, which a
 * catch-all route hands its requests to (NextChat's provider modules): an exported function typed
 * to take a `NextRequest`, or to give back a response (`export default async function user():
 * Promise<NextResponse>`, which outstatic's catch-all route looks up by name), in a module of
 * `next/server`, answers as a route handler does, on a route and with methods that only its
 * caller knows. Not a middleware file, nor one under `pages/`.
 */
function handlerModules(file: FileContext, claimed: ReadonlySet<FunctionNode>): HandlerSeed[] {
  if (!file.imports.has('next/server') || PAGES_FOLDER.test(file.filename) || isMiddlewareFile(file.filename)) return [];
  const functions = new Set<FunctionNode>();
  const program = file.sourceCode.ast;
  for (const value of [...defaultExports(program), ...[...namedExports(program)].map(([, exported]) => exported)]) {
    for (const fn of resolveHandlerFunctions(value, file.sourceCode)) {
      if (!claimed.has(fn) && (takesNextRequest(fn) || givesResponse(fn))) functions.add(fn);
    }
  }
  return seedsOf(file, [...functions].map((fn) => [fn, null] as const), null);
}

/** `(): Promise<NextResponse>`, `(req: Request): Response`, `(): server.NextResponse`. */
function givesResponse(fn: FunctionNode): boolean {
  let type = fn.returnType?.typeAnnotation;
  if (type?.type === 'TSTypeReference' && typeReferenceName(type) === 'Promise') type = type.typeArguments?.params[0];
  return RESPONSE_TYPES.has(typeReferenceName(type) ?? '');
}

const RESPONSE_TYPES = new Set(['NextResponse', 'Response']);

/** `(req: NextRequest, …)`. */
function takesNextRequest(fn: FunctionNode): boolean {
  const [first] = fn.params;
  return first?.type === 'Identifier' && annotatedTypeName(first) === 'NextRequest';
}

/** `export function POST`, `export const POST = …`, `export { handler as POST }`: each method and its value. */
function* exportedMethods(program: TSESTree.Program): Generator<[HttpMethod, TSESTree.Node]> {
  for (const [name, value] of namedExports(program)) {
    const method = methodOfExport(name);
    if (method) yield [method, value];
  }
}

function methodOfExport(name: string): HttpMethod | null {
  return (HTTP_METHODS as readonly string[]).includes(name) ? (name as HttpMethod) : null;
}

function firstParameter(fn: FunctionNode, file: FileContext): HandlerSeed['request'] {
  const [first] = fn.params;
  if (first?.type !== 'Identifier') return null;
  return file.sourceCode.getDeclaredVariables(fn).find((variable) => variable.name === first.name) ?? null;
}

/**
 * How Next.js reads a returned `Response`: the Fetch factories plus `NextResponse` from
 * `next/server` (`NextResponse.json`, `new NextResponse`, `NextResponse.redirect` with 307 by
 * default, `NextResponse.next()`, `NextResponse.rewrite()`). Shared with Pages API routes on the
 * Edge runtime, which also answer with a returned `Response`.
 */
export function nextReturnSpec(file: FileContext, numericReturnEffect: string): ReturnSpec {
  const nextResponses = new Map<TSESTree.Node, ResponseFactory>();
  for (const reference of nextReferences(file).responses) {
    const factory = nextResponseFactory(reference.node, reference.path.at(-1) ?? '', file);
    if (factory) nextResponses.set(reference.node, factory);
  }
  const isGlobalResponse = (identifier: TSESTree.Identifier): boolean =>
    identifier.name === 'Response' &&
    (findVariable(file.sourceCode.getScope(identifier) as Scope, 'Response')?.defs.length ?? 0) === 0;
  return {
    factoryOf: (node) => nextResponses.get(skipTransparent(node)) ?? webResponseFactory(node, isGlobalResponse),
    plainValue: 'invalid',
    numericReturnEffect,
    numericReturnStatusOnly: (code) => `new Response(null, { status: ${code} })`,
  };
}

/** `NextResponse.redirect(url, status | init)`: 307 unless stated. */
const nextRedirect: ResponseFactory = {
  statusArg: { index: 1, form: 'number-or-init' },
  defaultStatus: 307,
  bodyKind: 'redirect',
};

/** `NextResponse.next(init)`: lets the request through with no body of its own. */
const nextPassThrough: ResponseFactory = { statusArg: { index: 0, form: 'init' }, bodyKind: 'none' };

/** `NextResponse.rewrite(url, init)`: answers with what the other URL answers. */
const nextRewrite: ResponseFactory = { statusArg: { index: 1, form: 'init' }, bodyKind: 'redirect' };

/** The factory for a traced `new NextResponse(...)` or `NextResponse.<member>(...)`. */
function nextResponseFactory(node: TSESTree.Node, member: string, file: FileContext): ResponseFactory | null {
  if (node.type === 'NewExpression') {
    return { ...constructedResponse, statusOnly: statusOnlyWith(file.sourceCode.getText(node.callee)) };
  }
  if (node.type !== 'CallExpression') return null;
  const callee = skipTransparent(node.callee);
  switch (member) {
    case 'json':
      return callee.type === 'MemberExpression'
        ? { ...jsonResponse, statusOnly: statusOnlyWith(file.sourceCode.getText(callee.object)) }
        : null;
    case 'redirect':
      return nextRedirect;
    case 'next':
      return nextPassThrough;
    case 'rewrite':
      return nextRewrite;
    default:
      return null;
  }
}

function statusOnlyWith(className: string): (code: StatusText) => string {
  return (code) => `new ${className}(null, { status: ${code} })`;
}

/** Helpers from `next/navigation` that answer by throwing, with the status a route handler gets. */
const NAVIGATION_THROWS: Readonly<Record<string, number>> = {
  redirect: 307,
  permanentRedirect: 308,
  notFound: 404,
  forbidden: 403,
  unauthorized: 401,
};

function navigationThrows(file: FileContext): ThrowCall[] {
  const found: ThrowCall[] = [];
  for (const reference of nextReferences(file).throws) {
    const code = NAVIGATION_THROWS[reference.path.at(-1) ?? ''];
    if (code === undefined || reference.node.type !== 'CallExpression') continue;
    found.push({ node: reference.node, status: { kind: 'explicit', code, node: reference.node } });
  }
  return found;
}

/** `after(fn | promise)` from `next/server` and `waitUntil(promise)` from `@vercel/functions`. */
export function nextDeferrals(file: FileContext): DeferralSpec | undefined {
  const calls = new Map<TSESTree.Node, string>();
  for (const reference of nextReferences(file).deferrals) {
    const name = reference.path.at(-1) ?? '';
    calls.set(reference.node, name === 'waitUntil' ? 'work passed to `waitUntil()`' : 'an `after()` callback');
  }
  if (calls.size === 0) return undefined;
  const describe = (call: TSESTree.CallExpression): string | null => calls.get(call) ?? null;
  return { describe, describeWithin: describe };
}

/**
 * What route handlers use from Next.js and Vercel, traced in one pass: `NextResponse` answers,
 * `next/navigation` throws, `after()` and `waitUntil()` defer.
 */
const NEXT_EXPORTS = {
  'next/server': {
    [ESM]: true,
    NextResponse: {
      [CONSTRUCT]: true,
      json: { [CALL]: true },
      redirect: { [CALL]: true },
      next: { [CALL]: true },
      rewrite: { [CALL]: true },
    },
    after: { [CALL]: true },
    unstable_after: { [CALL]: true },
  },
  'next/navigation': { [ESM]: true, ...Object.fromEntries(Object.keys(NAVIGATION_THROWS).map((name) => [name, { [CALL]: true }])) },
  '@vercel/functions': { [ESM]: true, waitUntil: { [CALL]: true } },
};

interface NextReferences {
  readonly responses: TrackedReference[];
  readonly throws: TrackedReference[];
  readonly deferrals: TrackedReference[];
}

// A route file asks for all three kinds, and a Pages API route for two: the last file's are kept.
let lastFile: FileContext | null = null;
let lastReferences: NextReferences = { responses: [], throws: [], deferrals: [] };

function nextReferences(file: FileContext): NextReferences {
  if (file !== lastFile) {
    lastReferences = { responses: [], throws: [], deferrals: [] };
    for (const reference of trackReferences(file, NEXT_EXPORTS)) {
      const [module, name] = reference.path;
      const kind = module === 'next/navigation' ? 'throws' : name === 'NextResponse' ? 'responses' : 'deferrals';
      lastReferences[kind].push(reference);
    }
    lastFile = file;
  }
  return lastReferences;
}
