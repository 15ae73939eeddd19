/**
 * Narrowing a handler's methods by the code around an op: inside `if (req.method === 'POST')` or
 * `case 'POST':` of `switch (req.method)`, only POST reaches it; after an early exit such as
 * `if (req.method !== 'POST') return res.status(405).end()`, only POST reaches the rest.
 * `const { method } = req` and `const method = req.method` read the method too.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import type { Variable } from './scope.js';
import { enclosingFunction, functionName, memberName, propertyKeyName, skipTransparent, statementsOf, transparentParent } from './ast.js';
import { isActionRoute } from './routes.js';
import type { FunctionNode, HttpMethod } from './model.js';
import { HTTP_METHODS } from './model.js';
import { cached } from '../utils/cached.js';

/**
 * A controller whose route is registered in another file (`exports.createUser = (req, res) => …`,
 * `async addComment(req, res)` in a class): a name that says it creates stands for POST, and so
 * do a name that starts with the verb (`comments.post`, `postComment` beside `getComments`) and a
 * resource controller's `store` (Laravel's and AdonisJS's name for the create).
 */
const CREATING_NAME = /^(?:create|add|insert|register|signUp|signup|post)(?:[A-Z_]|$)|^store$/;
/** The noun first: `userCreate`, `bookinstance_create`, `author_create_post` (MDN's LocalLibrary); not `author_create_get`, the form. */
const CREATING_SUFFIX = /[a-z0-9](?:Create|_create(?:_post)?)$/;
const POST_ONLY: readonly HttpMethod[] = ['POST'];

/** The methods a handler with no known route answers, by its name; `null` when the name says none. */
export function methodsByName(fn: FunctionNode): readonly HttpMethod[] | null {
  const declared = methodDeclaredAround(fn);
  if (declared) return [declared];
  const name = functionName(fn) ?? factoryName(fn);
  if (name === null || !(CREATING_NAME.test(name) || CREATING_SUFFIX.test(name))) return null;
  // `follow: { async post(ctx) … }`: the key above a method named for the verb names the route's
  // last segment, and an action there (`/profiles/:username/follow`) creates no resource.
  const group = name === 'post' ? groupKey(fn) : null;
  return group !== null && isActionRoute(`/${group}`) ? null : POST_ONLY;
}

/**
 * `add = createExpressRoute<{ method: 'put'; path: '/api/tokens' }>(async (req, res) => …)`,
 * `defineRoute({ method: 'PUT' }, handler)`: the call that wraps the handler names its method, in
 * a type argument or an options object beside it.
 */
function methodDeclaredAround(fn: FunctionNode): HttpMethod | null {
  const { parent, child } = transparentParent(fn);
  if (parent?.type !== 'CallExpression' || parent.callee === child) return null;
  for (const argument of parent.arguments) {
    const options = skipTransparent(argument);
    if (options.type !== 'ObjectExpression') continue;
    const entry = options.properties.find((property) => propertyKeyName(property) === 'method');
    const value = entry?.type === 'Property' ? skipTransparent(entry.value) : null;
    const method = value?.type === 'Literal' ? methodNamed(value.value) : null;
    if (method) return method;
  }
  const declared = parent.typeArguments?.params[0];
  if (declared?.type !== 'TSTypeLiteral') return null;
  for (const member of declared.members) {
    if (member.type !== 'TSPropertySignature' || member.key.type !== 'Identifier' || member.key.name !== 'method') continue;
    const type = member.typeAnnotation?.typeAnnotation;
    if (type?.type === 'TSLiteralType' && type.literal.type === 'Literal') return methodNamed(type.literal.value);
  }
  return null;
}

function methodNamed(value: unknown): HttpMethod | null {
  const upper = typeof value === 'string' ? value.toUpperCase() : '';
  return (HTTP_METHODS as readonly string[]).includes(upper) ? (upper as HttpMethod) : null;
}

/** `follow` for the method in `{ follow: { post() {} } }`. */
function groupKey(fn: FunctionNode): string | null {
  const { parent } = transparentParent(fn);
  const object = parent?.type === 'Property' ? parent.parent : null;
  const group = object?.type === 'ObjectExpression' ? object.parent : null;
  return group?.type === 'Property' ? propertyKeyName(group) : null;
}

/**
 * `exports.createOne = (Model) => catchAsync(async (req, res) => …)`: a handler that a named
 * factory makes, wrapped or not, and gives back, goes by the factory's name. A factory named for
 * what it makes (`createAgentHandler`, `createRouter`) names the handler, not what it does.
 */
function factoryName(fn: FunctionNode): string | null {
  let { parent, child } = transparentParent(fn);
  if (parent?.type === 'CallExpression' && parent.callee !== child) ({ parent, child } = transparentParent(parent));
  const factory =
    parent?.type === 'ArrowFunctionExpression' && parent.body === child
      ? parent
      : parent?.type === 'ReturnStatement'
        ? enclosingFunction(parent)
        : null;
  const name = factory ? functionName(factory) : null;
  return name !== null && !MAKES_HANDLER.test(name) ? name : null;
}

const MAKES_HANDLER = /(?:Handler|Controller|Route|Router|Middleware|Endpoint|Api|App|Server|Action|Hook|Listener)s?$/;

/** What reads the request method: `req.method`, or a local copied from it. */
interface MethodReaders {
  readonly request: string;
  readonly aliases: ReadonlySet<string>;
}

/** Each request's readers, found once: every op of a handler asks. */
const readersCache = new WeakMap<Variable, MethodReaders>();

export function methodsAt(
  node: TSESTree.Node,
  handler: FunctionNode,
  methods: readonly HttpMethod[] | null,
  request: Variable | null,
): readonly HttpMethod[] | null {
  if (!request) return methods;
  const readers = cached(readersCache, request, () => ({ request: request.name, aliases: methodAliases(request) }));
  let child: TSESTree.Node = node;
  for (let parent = node.parent; parent && child !== handler; child = parent, parent = parent.parent) {
    if (parent.type === 'IfStatement' && parent.test !== child) {
      const narrowed = methodsWhen(parent.test, parent.consequent === child, readers);
      if (narrowed) return narrowed;
    } else if (parent.type === 'ConditionalExpression' && parent.test !== child) {
      const narrowed = methodsWhen(parent.test, parent.consequent === child, readers);
      if (narrowed) return narrowed;
    } else if (parent.type === 'SwitchCase' && parent.parent.type === 'SwitchStatement') {
      const narrowed = switchCaseMethods(parent, parent.parent, readers);
      if (narrowed) return narrowed;
    }
    if (parent.type === 'BlockStatement' || parent.type === 'SwitchCase') {
      const narrowed = guardedMethods(statementsOf(parent), child, readers);
      if (narrowed) return narrowed;
    }
  }
  return methods;
}

/**
 * `case 'POST':` of `switch (req.method)`. Empty cases above share the body
 * (`case 'PUT': case 'PATCH':`); a case above that falls through makes the methods unknown.
 */
function switchCaseMethods(
  switchCase: TSESTree.SwitchCase,
  statement: TSESTree.SwitchStatement,
  readers: MethodReaders,
): HttpMethod[] | null {
  if (switchCase.test === null || !isMethodRead(statement.discriminant, readers)) return null;
  const method = methodLiteral(switchCase.test);
  if (!method) return null;
  const shared: HttpMethod[] = [method];
  const cases = statement.cases;
  for (let index = cases.indexOf(switchCase) - 1; index >= 0; index--) {
    const earlier = cases[index]!;
    if (earlier.consequent.length > 0) {
      if (!exits(earlier.consequent, true)) return null;
      break;
    }
    const earlierMethod = methodLiteral(earlier.test);
    if (!earlierMethod) return null;
    shared.push(earlierMethod);
  }
  return shared;
}

/**
 * `if (req.method !== 'POST') return res.status(405).end();` before `child` in the same block:
 * only the methods that skip the early exit reach `child`.
 */
function guardedMethods(
  statements: readonly TSESTree.Statement[],
  child: TSESTree.Node,
  readers: MethodReaders,
): HttpMethod[] | null {
  for (let index = statements.indexOf(child as TSESTree.Statement) - 1; index >= 0; index--) {
    const statement = statements[index]!;
    if (statement.type !== 'IfStatement') continue;
    const consequentExits = exits([statement.consequent], false);
    const alternateExits = statement.alternate !== null && exits([statement.alternate], false);
    if (consequentExits === alternateExits) continue;
    const narrowed = methodsWhen(statement.test, alternateExits, readers);
    if (narrowed) return narrowed;
  }
  return null;
}

/** True when the statements cannot complete normally: they return or throw (or `break`, in a switch case). */
function exits(statements: readonly TSESTree.Statement[], breakExits: boolean): boolean {
  return statements.some((statement) => statementExits(statement, breakExits));
}

/** A statement after which control never goes on: `return`, `throw`, or branches that all do. */
function statementExits(statement: TSESTree.Statement, breakExits: boolean): boolean {
  switch (statement.type) {
    case 'ReturnStatement':
    case 'ThrowStatement':
      return true;
    case 'BreakStatement':
      return breakExits && statement.label === null;
    case 'BlockStatement':
      return exits(statement.body, breakExits);
    case 'IfStatement':
      return (
        statement.alternate !== null &&
        statementExits(statement.consequent, breakExits) &&
        statementExits(statement.alternate, breakExits)
      );
    case 'TryStatement':
      // `try { return a } catch { return b }`; a `finally` that exits counts on its own.
      return (
        (statement.finalizer !== null && exits(statement.finalizer.body, breakExits)) ||
        (exits(statement.block.body, breakExits) && (statement.handler === null || exits(statement.handler.body.body, breakExits)))
      );
    default:
      return false;
  }
}

/** The methods that can hold when `test` evaluates to `truthy`; `null` when the test says nothing. */
function methodsWhen(test: TSESTree.Node, truthy: boolean, readers: MethodReaders): HttpMethod[] | null {
  const node = skipTransparent(test);
  if (node.type === 'UnaryExpression' && node.operator === '!') return methodsWhen(node.argument, !truthy, readers);
  if (node.type === 'LogicalExpression' && node.operator !== '??') {
    const left = methodsWhen(node.left, truthy, readers);
    const right = methodsWhen(node.right, truthy, readers);
    // `a || b` true, or `a && b` false: either side may be the one that decided.
    const either = (node.operator === '||') === truthy;
    if (either) return left && right ? [...new Set([...left, ...right])] : null;
    if (left && right) return left.filter((method) => right.includes(method));
    return left ?? right;
  }
  if (node.type === 'BinaryExpression') {
    const equal = node.operator === '===' || node.operator === '==';
    if (!equal && node.operator !== '!==' && node.operator !== '!=') return null;
    const [read, literal] = isMethodRead(node.left, readers) ? [node.left, node.right] : [node.right, node.left];
    if (!isMethodRead(read, readers)) return null;
    const method = methodLiteral(literal);
    return method && equal === truthy ? [method] : null;
  }
  // `['POST', 'PUT'].includes(req.method)`
  if (node.type === 'CallExpression' && truthy && node.callee.type === 'MemberExpression') {
    const list = skipTransparent(node.callee.object);
    const [argument] = node.arguments;
    if (memberName(node.callee) !== 'includes' || list.type !== 'ArrayExpression' || !argument) return null;
    if (!isMethodRead(argument, readers)) return null;
    const listed = list.elements.map((element) => (element && element.type !== 'SpreadElement' ? methodLiteral(element) : null));
    return listed.every((method) => method !== null) ? (listed as HttpMethod[]) : null;
  }
  return null;
}

function isMethodRead(node: TSESTree.Node, readers: MethodReaders): boolean {
  const inner = skipTransparent(node);
  if (inner.type === 'Identifier') return readers.aliases.has(inner.name);
  if (inner.type !== 'MemberExpression' || memberName(inner) !== 'method') return false;
  const object = skipTransparent(inner.object);
  return object.type === 'Identifier' && object.name === readers.request;
}

/** Locals that hold the method: `const { method } = req`, `const { method: verb } = req`, `const method = req.method`. */
function methodAliases(request: Variable): Set<string> {
  const aliases = new Set<string>();
  for (const reference of request.references) {
    const identifier = reference.identifier;
    const parent = identifier.parent;
    if (parent?.type === 'VariableDeclarator' && parent.init === identifier && parent.id.type === 'ObjectPattern') {
      for (const property of parent.id.properties) {
        if (property.type !== 'Property' || property.computed || property.key.type !== 'Identifier') continue;
        if (property.key.name !== 'method') continue;
        const value = property.value.type === 'AssignmentPattern' ? property.value.left : property.value;
        if (value.type === 'Identifier') aliases.add(value.name);
      }
    } else if (
      parent?.type === 'MemberExpression' &&
      parent.object === identifier &&
      memberName(parent) === 'method' &&
      parent.parent?.type === 'VariableDeclarator' &&
      parent.parent.init === parent &&
      parent.parent.id.type === 'Identifier'
    ) {
      aliases.add(parent.parent.id.name);
    }
  }
  return aliases;
}

function methodLiteral(node: TSESTree.Node | null): HttpMethod | null {
  if (node?.type !== 'Literal' || typeof node.value !== 'string') return null;
  const upper = node.value.toUpperCase();
  return (HTTP_METHODS as readonly string[]).includes(upper) ? (upper as HttpMethod) : null;
}

/**
 * The route path at a node when the handler routes by hand: inside
 * `if (url.pathname === '/users')` (alone or as one side of `&&`), or `case '/users':` of
 * `switch (url.pathname)`. The innermost test wins; `path` when there is none.
 */
export function pathAt(node: TSESTree.Node, handler: FunctionNode, path: string | null): string | null {
  let child: TSESTree.Node = node;
  for (let parent = node.parent; parent && child !== handler; child = parent, parent = parent.parent) {
    let found: string | null = null;
    if ((parent.type === 'IfStatement' || parent.type === 'ConditionalExpression') && parent.test !== child) {
      found = pathWhen(parent.test, parent.consequent === child);
    } else if (parent.type === 'LogicalExpression' && parent.operator === '&&' && parent.right === child) {
      found = pathWhen(parent.left, true);
    } else if (parent.type === 'SwitchCase' && parent.test && parent.test !== child && parent.parent.type === 'SwitchStatement') {
      const cases = parent.parent.cases;
      const sharesBody = cases.indexOf(parent) > 0 && cases[cases.indexOf(parent) - 1]!.consequent.length === 0;
      if (isPathRead(parent.parent.discriminant) && !sharesBody) found = pathLiteral(parent.test);
    }
    if (found !== null) return found;
  }
  return path;
}

/** The path where `test` evaluated to `truthy`: `url.pathname === '/users'`, also as one side of `a && b`. */
function pathWhen(test: TSESTree.Node, truthy: boolean): string | null {
  const node = skipTransparent(test);
  if (node.type === 'UnaryExpression' && node.operator === '!') return pathWhen(node.argument, !truthy);
  if (node.type === 'LogicalExpression' && node.operator === '&&' && truthy) {
    return pathWhen(node.left, true) ?? pathWhen(node.right, true);
  }
  if (node.type !== 'BinaryExpression') return null;
  const equal = node.operator === '===' || node.operator === '==';
  if (equal !== truthy || (!equal && node.operator !== '!==' && node.operator !== '!=')) return null;
  if (isPathRead(node.left)) return pathLiteral(node.right);
  if (isPathRead(node.right)) return pathLiteral(node.left);
  return null;
}

/** `url.pathname`, `new URL(request.url).pathname`, or a local named `pathname`. */
function isPathRead(node: TSESTree.Node): boolean {
  const inner = skipTransparent(node);
  if (inner.type === 'Identifier') return inner.name === 'pathname';
  return inner.type === 'MemberExpression' && memberName(inner) === 'pathname';
}

/** `'/users'`, `` `/users` ``: a path the code states outright. */
function pathLiteral(node: TSESTree.Node): string | null {
  const inner = skipTransparent(node);
  const text =
    inner.type === 'Literal' && typeof inner.value === 'string'
      ? inner.value
      : inner.type === 'TemplateLiteral' && inner.expressions.length === 0
        ? (inner.quasis[0]?.value.cooked ?? null)
        : null;
  return text?.startsWith('/') ? text : null;
}
