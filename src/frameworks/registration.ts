/**
 * Helpers for adapters whose routes are registered with calls (`app.post(path, ...handlers)`):
 * following the app variable, resolving handler arguments, reading static paths.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { findVariable, type Scope, type Variable } from '../analysis/scope.js';
import { isFunction, memberName, skipTransparent, staticString, transparentParent } from '../analysis/ast.js';
import type { FunctionNode, HttpMethod } from '../analysis/model.js';
import { HTTP_METHODS } from '../analysis/model.js';
import { isModuleExports } from './shapes.js';

/** One registration call (`router.post('/users', auth, create)`): its handler functions, method and path. */
export interface Registration {
  readonly functions: FunctionNode[];
  readonly method: HttpMethod | null;
  readonly path: string | null;
  /** The statuses the registration declares beside the handler (`declared-statuses.ts`). */
  readonly documented?: readonly number[];
}

/** `get` → GET; `del` → DELETE; `all`/`use` give `null` (every method). */
export function methodOfName(name: string): HttpMethod | null | undefined {
  const upper = name.toUpperCase();
  if ((HTTP_METHODS as readonly string[]).includes(upper)) return upper as HttpMethod;
  if (upper === 'DEL') return 'DELETE';
  if (upper === 'ALL' || upper === 'USE') return null;
  return undefined;
}

/**
 * A route path as far as the code states it: a static string, or a template whose expressions
 * become parameters (`${base}/totp/verify` gives `:param/totp/verify`), so that its literal
 * segments still say what the route does.
 */
export function routePattern(node: TSESTree.Node | undefined): string | null {
  const path = staticString(node);
  if (path !== null || !node) return path;
  const inner = skipTransparent(node);
  // `app.post(['/a/:id/pin', '/b/:id/pin'], …)`: paths that share their shape; the first stands for all.
  if (inner.type === 'ArrayExpression') return inner.elements[0] ? routePattern(inner.elements[0]) : null;
  // `const PATH = '/api/user/export'` at the top of the file, then `server.post(PATH, …)`.
  if (inner.type === 'Identifier') return staticString(topLevelInit(programOf(inner), inner.name, 'const') ?? undefined);
  if (inner.type !== 'TemplateLiteral') return null;
  return inner.quasis.map((quasi) => quasi.value.cooked ?? '').join(':param');
}

function programOf(node: TSESTree.Node): TSESTree.Program {
  let current = node;
  while (current.parent) current = current.parent;
  return current as TSESTree.Program;
}

/** The value a top-level `const name = …` (or `let`/`var` unless `kind` says; exported or not) starts with. */
export function topLevelInit(program: TSESTree.Program, name: string, kind?: 'const'): TSESTree.Node | null {
  for (const statement of program.body) {
    const declaration = statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement;
    if (declaration?.type !== 'VariableDeclaration' || (kind && declaration.kind !== kind)) continue;
    for (const declarator of declaration.declarations) {
      if (declarator.id.type === 'Identifier' && declarator.id.name === name) return declarator.init && skipTransparent(declarator.init);
    }
  }
  return null;
}

/** `/api` + `/users` gives `/api/users`; `/api` + `/` gives `/api`. */
export function joinPaths(prefix: string, path: string): string {
  const joined = `${prefix.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
  return joined.length > 1 ? joined.replace(/\/+$/, '') : joined;
}

/** The variable a value is stored in: `const app = express()`, `app = express()`. */
export function receivingVariable(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): Variable | null {
  const { parent, child } = transparentParent(node);
  if (parent?.type === 'VariableDeclarator' && parent.init === child && parent.id.type === 'Identifier') {
    return (sourceCode.getDeclaredVariables(parent)[0] as Variable | undefined) ?? null;
  }
  if (parent?.type === 'AssignmentExpression' && parent.right === child && parent.left.type === 'Identifier') {
    return findVariable(sourceCode.getScope(parent) as Scope, parent.left.name);
  }
  return null;
}

/** Where an app or router is used: the expression that makes it, then every read of the variable that holds it. */
export function usesOf(node: TSESTree.Node, variable: Variable | null): TSESTree.Node[] {
  const uses: TSESTree.Node[] = [node];
  for (const reference of variable?.references ?? []) if (reference.isRead()) uses.push(reference.identifier);
  return uses;
}


/**
 * The functions a handler argument stands for: an inline function, a function declared in
 * the file under that name, or the function argument of a wrapper call such as
 * `asyncHandler(fn)`, `catchAsync(async (req, res) => …)`.
 */
export function resolveHandlerFunctions(
  argument: TSESTree.Node,
  sourceCode: Readonly<TSESLint.SourceCode>,
  depth = 0,
): FunctionNode[] {
  if (depth > 4) return [];
  const node = skipTransparent(argument);
  if (isFunction(node)) return [node];
  if (node.type === 'Identifier') {
    const variable = findVariable(sourceCode.getScope(node) as Scope, node.name);
    const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
    if (definition?.type === 'FunctionName' && isFunction(definition.node)) return [definition.node];
    if (definition?.type === 'Variable' && definition.node.init && definition.parent.kind === 'const') {
      return resolveHandlerFunctions(definition.node.init, sourceCode, depth + 1);
    }
    return [];
  }
  if (node.type === 'CallExpression') {
    // `createBookmark.bind(ctx)`: the function bound.
    const callee = skipTransparent(node.callee);
    if (callee.type === 'MemberExpression' && memberName(callee) === 'bind') return resolveHandlerFunctions(callee.object, sourceCode, depth + 1);
    // A wrapper: the handler is the function among its arguments.
    return node.arguments.flatMap((inner) => resolveHandlerFunctions(inner, sourceCode, depth + 1));
  }
  if (node.type === 'ArrayExpression') {
    return node.elements.flatMap((element) => (element ? resolveHandlerFunctions(element, sourceCode, depth + 1) : []));
  }
  return [];
}

/** `export function f() {}`, `export const f = …`: each name a named export declares, with its value. */
export function* namedDeclarations(statement: TSESTree.ExportNamedDeclaration): Generator<[string, TSESTree.Node]> {
  const { declaration } = statement;
  if (declaration?.type === 'FunctionDeclaration' && declaration.id) {
    yield [declaration.id.name, declaration];
  } else if (declaration?.type === 'VariableDeclaration') {
    for (const declarator of declaration.declarations) {
      if (declarator.id.type === 'Identifier' && declarator.init) yield [declarator.id.name, declarator.init];
    }
  }
}

/** A registration a function is an argument of, through wrappers: `app.post('/x', wrap(fn))`. */
export interface RouteCall {
  readonly call: TSESTree.CallExpression;
  readonly member: TSESTree.MemberExpression;
  readonly methodName: string;
}

/** `this.addNote.bind(this)` for `this.addNote`: the call that passes the bound function on; else the node. */
export function throughBind(node: TSESTree.Node): TSESTree.Node {
  const { parent, child } = transparentParent(node);
  if (parent?.type !== 'MemberExpression' || parent.object !== child || memberName(parent) !== 'bind') return node;
  const call = transparentParent(parent);
  return call.parent?.type === 'CallExpression' && call.parent.callee === call.child ? call.parent : node;
}

/**
 * The `X.method(...)` call a function is passed to, directly or through up to three wrapper
 * calls; given the source, also where it is passed by the name it is declared with
 * (`const addBook = async (ctx) => …; router.post('/books', addBook)`).
 */
export function enclosingRouteCall(
  fn: FunctionNode,
  isRouteMethod: (name: string) => boolean,
  sourceCode?: Readonly<TSESLint.SourceCode>,
): RouteCall | null {
  const direct = routeCallAround(fn, isRouteMethod);
  if (direct || !sourceCode) return direct;
  const { parent } = transparentParent(fn);
  const declaration = fn.type === 'FunctionDeclaration' ? fn : parent?.type === 'VariableDeclarator' && parent.init ? parent : null;
  if (!declaration) return null;
  for (const variable of sourceCode.getDeclaredVariables(declaration) as Variable[]) {
    for (const reference of variable.references) {
      const route = reference.isRead() ? routeCallAround(reference.identifier, isRouteMethod) : null;
      if (route) return route;
    }
  }
  return null;
}

function routeCallAround(node: TSESTree.Node, isRouteMethod: (name: string) => boolean): RouteCall | null {
  let current: TSESTree.Node = node;
  for (let depth = 0; depth < 4; depth++) {
    const { parent, child } = transparentParent(current);
    if (parent?.type === 'ArrayExpression') {
      current = parent;
      continue;
    }
    if (parent?.type !== 'CallExpression' || !parent.arguments.includes(child as TSESTree.CallExpressionArgument)) {
      return null;
    }
    const callee = skipTransparent(parent.callee);
    if (callee.type === 'MemberExpression') {
      const name = memberName(callee);
      if (name && isRouteMethod(name)) return { call: parent, member: callee, methodName: name };
    }
    current = parent;
  }
  return null;
}

/** `app.route('/users').get(h).post(h)`: the path given to the `route()` call a chain starts from. */
export function chainedRoutePath(member: TSESTree.MemberExpression, routeMethod = 'route'): string | null | undefined {
  let object = skipTransparent(member.object);
  while (object.type === 'CallExpression' && object.callee.type === 'MemberExpression') {
    const callee = object.callee;
    if (memberName(callee) === routeMethod) return staticString(object.arguments[0]);
    object = skipTransparent(callee.object);
  }
  return undefined;
}

/** `export default handler`, `export default withAuth(async (req, res) => …)`, `export { handler as default }`, `module.exports = handler`. */
export function* defaultExports(program: TSESTree.Program): Generator<TSESTree.Node> {
  for (const statement of program.body) {
    if (statement.type === 'ExportDefaultDeclaration') {
      yield statement.declaration;
    } else if (
      statement.type === 'ExpressionStatement' &&
      statement.expression.type === 'AssignmentExpression' &&
      isModuleExports(statement.expression.left)
    ) {
      yield statement.expression.right;
    }
  }
  for (const [name, value] of namedExports(program)) if (name === 'default') yield value;
}

/** `export function f`, `export const f = …`, `export { g as f }`: each name the module exports itself, with its value. */
export function* namedExports(program: TSESTree.Program): Generator<[string, TSESTree.Node]> {
  for (const statement of program.body) {
    if (statement.type !== 'ExportNamedDeclaration' || statement.source) continue;
    yield* namedDeclarations(statement);
    for (const specifier of statement.specifiers) {
      if (specifier.local.type !== 'Identifier') continue;
      yield [specifier.exported.type === 'Identifier' ? specifier.exported.name : String(specifier.exported.value), specifier.local];
    }
  }
}
