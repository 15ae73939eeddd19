/**
 * Next.js Pages Router API routes. See docs/frameworks.md#nextjs-pages-api.
 *
 * A file under `pages/api/` is a route; its default export is the handler `(req, res)`, for
 * every method (handlers branch on `req.method`). `res` is Next's Node response, shaped like
 * Express's: `res.status(n).json(x)`, `res.send`, `res.end`, `res.redirect([status,] url)`.
 * On the Edge runtime (`export const config = { runtime: 'edge' }`) the handler returns a
 * `Response` instead. Helpers in the same file that take `(req, res)` are handlers too, with
 * the methods of the branches that call them; functions typed `NextApiResponse` are handlers
 * in any file.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import type { Variable } from '../analysis/scope.js';
import { propertyKeyName, skipTransparent, staticString, transparentParent } from '../analysis/ast.js';
import type { FileContext } from '../analysis/file-context.js';
import { methodsAt } from '../analysis/methods.js';
import type { FunctionNode, HttpMethod } from '../analysis/model.js';
import type { ChannelSpec, FrameworkAdapter, HandlerSeed } from './adapter.js';
import { expressResponse } from './express.js';
import { nextDeferrals, nextReturnSpec } from './next-app.js';
import { defaultExports, enclosingRouteCall, methodOfName, resolveHandlerFunctions } from './registration.js';
import { someMemberUse, typeReferenceName } from './shapes.js';

const ROUTE_FILE = /^(?:.*\/)?pages\/(api(?:\/[^/]+)*)\.(?:ts|js|mjs|tsx|jsx)$/;

const NUMBER_BODY_EFFECT = 'Next.js answers 200 OK with the number as a JSON body';

/** Next's `NextApiResponse`: Express's status setters, Node's `setHeader`, and Next's own senders. */
export const nextApiResponse: ChannelSpec = {
  ...expressResponse,
  chainMethods: ['setHeader', 'appendHeader', 'setDraftMode', 'setPreviewData', 'clearPreviewData'],
  sendMethods: {
    send: { bodyArg: 0, bodyKind: 'data', numericBodyEffect: NUMBER_BODY_EFFECT },
    json: { bodyArg: 0, bodyKind: 'data', numericBodyEffect: NUMBER_BODY_EFFECT },
    end: expressResponse.sendMethods.end!,
    redirect: { statusArg: 0, statusArgForm: 'leading-number', defaultStatus: 307, bodyKind: 'redirect' },
  },
  statusOnly: (receiver, code) => `${receiver}.status(${code}).end()`,
};

const IGNORED_RETURN_EFFECT =
  "Next.js ignores an API route's return value (in development it warns \"API handler should not return a value\"): nothing is sent, and the request hangs";

const EDGE_RETURN_EFFECT =
  'the Edge runtime expects a `Response`, so it throws "Expected an instance of Response to be returned" and the request fails with 500';

const REQUEST_NAME = /^_*(?:req|request)$/;
const RESPONSE_NAME = /^_*(?:res|response|resp)$/;

/** The route path of an API route file (`/api/users/[id]`), or `null` when the file is not one. */
export function pagesApiPath(filename: string): string | null {
  // Most files are not under `pages/api`: say so before the patterns backtrack over the path.
  if (!filename.includes('pages/api') || /\.d\.[cm]?ts$/.test(filename)) return null;
  const match = ROUTE_FILE.exec(filename);
  if (!match) return null;
  const segments = match[1]!.split('/');
  if (segments.at(-1) === 'index') segments.pop();
  return `/${segments.join('/')}`;
}

export const nextPages: FrameworkAdapter = {
  id: 'next-pages',
  name: 'Next.js Pages API',
  secondSendEffect: 'Node throws ERR_HTTP_HEADERS_SENT ("Cannot set headers after they are sent to the client")',
  packages: ['next'],
  isRouteFile: (filename) => pagesApiPath(filename) !== null,
  findHandlers(file, claimed) {
    const path = pagesApiPath(file.filename);
    // Outside `pages/api`, only handlers typed `NextApiResponse` or `NextApiHandler` count.
    if (path === null && !namesApiTypes(file)) return [];
    const seeds = new Map<FunctionNode, HandlerSeed>();
    const edge = path !== null && isEdgeRoute(file.sourceCode.ast);
    if (path !== null) {
      for (const value of defaultExports(file.sourceCode.ast)) {
        for (const fn of resolveHandlerFunctions(value, file.sourceCode)) {
          if (claimed.has(fn) || seeds.has(fn)) continue;
          const seed = edge ? edgeSeed(fn, file, path) : nodeSeed(fn, file, null, path);
          if (seed) seeds.set(fn, seed);
        }
      }
    }
    if (edge) return withDeferrals([...seeds.values()], file);
    const routes = [...seeds.values()];
    for (const fn of file.functions) {
      if (claimed.has(fn) || seeds.has(fn)) continue;
      if (!isTypedHandler(fn) && !(path !== null && isShapedHandler(fn, file))) continue;
      const methods = path === null ? null : (calledWithMethods(fn, routes, file) ?? routerMethods(fn));
      const seed = nodeSeed(fn, file, methods, path);
      if (seed) seeds.set(fn, seed);
    }
    return withDeferrals([...seeds.values()], file);
  },
};

/**
 * `NextApiResponse` or `NextApiHandler` is a name at the top of the file (imported, mostly):
 * without one, no function outside `pages/api` is typed as a handler.
 */
function namesApiTypes(file: FileContext): boolean {
  if (!file.mayMention(/NextApi/)) return false;
  const { globalScope } = file;
  const top = globalScope.childScopes.find((scope) => scope.type === 'module') ?? globalScope;
  return top.set.has('NextApiResponse') || top.set.has('NextApiHandler');
}

/** `after()` and `waitUntil()` calls, looked up only in files that have handlers. */
function withDeferrals(seeds: HandlerSeed[], file: FileContext): HandlerSeed[] {
  const deferrals = seeds.length > 0 ? nextDeferrals(file) : undefined;
  return deferrals ? seeds.map((seed) => ({ ...seed, deferrals })) : seeds;
}

/** `export const config = { runtime: 'edge' }` (or `export const runtime = 'edge'`). */
function isEdgeRoute(program: TSESTree.Program): boolean {
  for (const statement of program.body) {
    if (statement.type !== 'ExportNamedDeclaration' || statement.declaration?.type !== 'VariableDeclaration') continue;
    for (const declarator of statement.declaration.declarations) {
      if (declarator.id.type !== 'Identifier' || !declarator.init) continue;
      const init = skipTransparent(declarator.init);
      if (declarator.id.name === 'runtime' && isEdgeName(staticString(init))) return true;
      if (declarator.id.name !== 'config' || init.type !== 'ObjectExpression') continue;
      for (const property of init.properties) {
        if (property.type === 'Property' && propertyKeyName(property) === 'runtime' && isEdgeName(staticString(property.value))) {
          return true;
        }
      }
    }
  }
  return false;
}

function isEdgeName(value: string | null): boolean {
  return value === 'edge' || value === 'experimental-edge';
}

/** A Node.js API handler `(req, res)`: `res` is the channel. */
function nodeSeed(
  fn: FunctionNode,
  file: FileContext,
  methods: readonly HttpMethod[] | null,
  path: string | null,
): HandlerSeed | null {
  const [requestParam, responseParam] = fn.params.map((param) => (param.type === 'AssignmentPattern' ? param.left : param));
  if (responseParam?.type !== 'Identifier') return null;
  const variables = file.sourceCode.getDeclaredVariables(fn) as Variable[];
  const response = variables.find((variable) => variable.name === responseParam.name);
  if (!response) return null;
  const request = requestParam?.type === 'Identifier' ? variables.find((variable) => variable.name === requestParam.name) : undefined;
  return {
    fn,
    methods,
    path,
    isErrorHandler: false,
    request: request ?? null,
    channels: [{ variable: response, spec: nextApiResponse }],
    returns: null,
    ignoredReturnEffect: IGNORED_RETURN_EFFECT,
  };
}

/** An Edge API handler `(req)`: it answers with the `Response` it returns. */
function edgeSeed(fn: FunctionNode, file: FileContext, path: string): HandlerSeed {
  const [requestParam] = fn.params;
  const variables = file.sourceCode.getDeclaredVariables(fn) as Variable[];
  const request = requestParam?.type === 'Identifier' ? variables.find((variable) => variable.name === requestParam.name) : undefined;
  return {
    fn,
    methods: null,
    path,
    isErrorHandler: false,
    request: request ?? null,
    channels: [],
    returns: nextReturnSpec(file, EDGE_RETURN_EFFECT),
  };
}

/** `(req: NextApiRequest, res: NextApiResponse)`, or `const handler: NextApiHandler = (req, res) => …`. */
function isTypedHandler(fn: FunctionNode): boolean {
  const [, responseParam] = fn.params;
  if (responseParam?.type === 'Identifier' && typeReferenceName(responseParam.typeAnnotation?.typeAnnotation) === 'NextApiResponse') {
    return true;
  }
  const { parent } = transparentParent(fn);
  return (
    parent?.type === 'VariableDeclarator' &&
    parent.id.type === 'Identifier' &&
    typeReferenceName(parent.id.typeAnnotation?.typeAnnotation) === 'NextApiHandler'
  );
}

/** In an API route file, a helper `(req, res)` that uses `res` as a response. */
function isShapedHandler(fn: FunctionNode, file: FileContext): boolean {
  const [requestParam, responseParam] = fn.params;
  if (requestParam?.type !== 'Identifier' || !REQUEST_NAME.test(requestParam.name)) return false;
  if (responseParam?.type !== 'Identifier' || !RESPONSE_NAME.test(responseParam.name)) return false;
  const response = file.sourceCode.getDeclaredVariables(fn).find((variable) => variable.name === responseParam.name);
  return (
    response !== undefined &&
    someMemberUse(response as Variable, ({ name }) => name in nextApiResponse.sendMethods || name === 'status' || name === 'statusCode' || name === 'setHeader')
  );
}

/**
 * The methods a helper serves, read from how the route handlers reach it: called in a
 * `case 'POST':` branch (`return createUser(req, res)`), or listed under a method key
 * (`const handlers = { POST: createUser }`). `null` when any use says nothing.
 */
function calledWithMethods(fn: FunctionNode, routes: readonly HandlerSeed[], file: FileContext): HttpMethod[] | null {
  const variable = functionVariable(fn, file);
  if (!variable) return null;
  const methods = new Set<HttpMethod>();
  let uses = 0;
  for (const reference of variable.references) {
    if (reference.init) continue;
    uses++;
    const { parent, child } = transparentParent(reference.identifier);
    if (parent?.type === 'CallExpression' && parent.callee === child) {
      const route = routes.find((seed) => seed.fn.range[0] <= parent.range[0] && parent.range[1] <= seed.fn.range[1]);
      const narrowed = route ? methodsAt(parent, route.fn, route.methods, route.request) : null;
      if (!narrowed) return null;
      for (const method of narrowed) methods.add(method);
    } else if (parent?.type === 'Property' && parent.value === child && parent.parent.type === 'ObjectExpression') {
      const method = methodOfName(propertyKeyName(parent) ?? '');
      if (!method) return null;
      methods.add(method);
    } else {
      return null;
    }
  }
  return uses > 0 ? [...methods] : null;
}

/** `router.post(async (req, res) => …)` on a `next-connect` router: the method is the call's name. */
function routerMethods(fn: FunctionNode): HttpMethod[] | null {
  const route = enclosingRouteCall(fn, (name) => methodOfName(name) !== undefined);
  const method = route ? methodOfName(route.methodName) : null;
  return method ? [method] : null;
}

/** The variable a function is named by: `function createUser() {}`, `const createUser = async () => {}`. */
function functionVariable(fn: FunctionNode, file: FileContext): Variable | null {
  if (fn.type === 'FunctionDeclaration' && fn.id) {
    return (file.sourceCode.getDeclaredVariables(fn) as Variable[]).find((variable) => variable.name === fn.id!.name) ?? null;
  }
  const { parent } = transparentParent(fn);
  if (parent?.type === 'VariableDeclarator' && parent.id.type === 'Identifier') {
    return (file.sourceCode.getDeclaredVariables(parent)[0] as Variable | undefined) ?? null;
  }
  return null;
}
