/**
 * Shapes that several adapters look for: a parameter's declared type, a CommonJS export, an
 * event listener, a parameter's name, how a parameter's members are used.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { memberName, skipTransparent, staticString, transparentParent } from '../analysis/ast.js';
import type { FileContext } from '../analysis/file-context.js';
import type { FunctionNode } from '../analysis/model.js';
import type { Variable } from '../analysis/scope.js';

/** One `x.name` of a variable: read, called (`x.json(body)`, with how many arguments) or assigned (`x.status = 404`). */
export interface MemberUse {
  readonly name: string;
  readonly use: 'read' | 'call' | 'assign';
  readonly argumentCount: number;
}

/**
 * True when some member of `variable` is used so that `test` accepts it: the question adapters
 * ask to tell a response or a context from another value of the same name. With `through`, a
 * member of that member counts as the variable's own (`ctx.response.body` as `ctx.body`).
 */
export function someMemberUse(variable: Variable, test: (use: MemberUse) => boolean, through?: string): boolean {
  return variable.references.some((reference) => {
    let member = transparentParent(reference.identifier);
    if (member.parent?.type !== 'MemberExpression' || member.parent.object !== member.child) return false;
    if (through !== undefined && memberName(member.parent) === through) {
      member = transparentParent(member.parent);
      if (member.parent?.type !== 'MemberExpression' || member.parent.object !== member.child) return false;
    }
    const name = memberName(member.parent) ?? '';
    const { parent, child } = transparentParent(member.parent);
    if (parent?.type === 'AssignmentExpression' && parent.left === child) return test({ name, use: 'assign', argumentCount: 0 });
    if (parent?.type === 'CallExpression' && parent.callee === child) return test({ name, use: 'call', argumentCount: parent.arguments.length });
    return test({ name, use: 'read', argumentCount: 0 });
  });
}

/** `Response` in `Response<T>` or `express.Response`; `null` for any other type. */
export function typeReferenceName(type: TSESTree.TypeNode | undefined): string | null {
  if (type?.type !== 'TSTypeReference') return null;
  const name = type.typeName;
  if (name.type === 'Identifier') return name.name;
  return name.type === 'TSQualifiedName' ? name.right.name : null;
}

/** The declared type's name of a parameter or variable: `FastifyReply` in `reply: FastifyReply`. */
export function annotatedTypeName(node: TSESTree.Node): string | null {
  const annotation = 'typeAnnotation' in node ? (node.typeAnnotation as TSESTree.TSTypeAnnotation | undefined) : undefined;
  return typeReferenceName(annotation?.typeAnnotation);
}

/** `module.exports`, `exports.default`, `module.exports.default`. */
export function isModuleExports(node: TSESTree.Node): boolean {
  if (node.type !== 'MemberExpression') return false;
  const object = skipTransparent(node.object);
  const name = memberName(node);
  if (object.type === 'Identifier') {
    return (object.name === 'module' && name === 'exports') || (object.name === 'exports' && name === 'default');
  }
  return name === 'default' && isModuleExports(object);
}

/**
 * `ws.on('message', (req, res) => …)`, `emitter.once('done', (ctx) => …)`: a listener, not a
 * route handler — the call is not a route method and its first argument is an event name.
 */
export function isEventListener(fn: FunctionNode, isRouteMethod: (name: string) => boolean): boolean {
  const { parent } = transparentParent(fn);
  if (parent?.type !== 'CallExpression' || parent.callee.type !== 'MemberExpression') return false;
  const name = memberName(parent.callee);
  const event = staticString(parent.arguments[0]);
  return name !== null && !isRouteMethod(name) && event !== null && !/^[/*]/.test(event);
}

/**
 * True when some function of the file has a plain parameter named one of `names` (leading
 * underscores ignored) that `accepts`: only those functions are looked at.
 */
export function someFunctionWithParameter(
  file: FileContext,
  names: readonly string[],
  accepts: (fn: FunctionNode) => boolean,
): boolean {
  for (const name of names) if (file.functionsWithParameter(name).some(accepts)) return true;
  return false;
}

/** The parameter at `index`, past a default value (`res = x`); `undefined` when there is none. */
export function paramAt(fn: FunctionNode, index: number): TSESTree.Parameter | undefined {
  const param = fn.params[index];
  return param?.type === 'AssignmentPattern' ? (param.left as TSESTree.Parameter) : param;
}

/** True when the parameter at `index` is a plain name that `pattern` accepts. */
export function paramNamed(fn: FunctionNode, index: number, pattern: RegExp): boolean {
  const param = paramAt(fn, index);
  return param?.type === 'Identifier' && pattern.test(param.name);
}
