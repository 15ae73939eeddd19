/** Scope types under short names, and the lookups on them that the analysis shares. */
import { findVariable as findVariableEstree } from '@eslint-community/eslint-utils';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { isFunction, skipTransparent } from './ast.js';
import type { FunctionNode } from './model.js';

export type Scope = TSESLint.Scope.Scope;
export type Variable = TSESLint.Scope.Variable;

/** The variable `name` refers to from `scope`, looking outward; `null` for an undeclared global. */
export function findVariable(scope: Scope | null, name: string): Variable | null {
  return scope ? (findVariableEstree(scope as never, name) as Variable | null) : null;
}

/** `const res = NextResponse.json(x); return res;`: the initialiser of the `const` a name holds. */
export function resolveConstant(expression: TSESTree.Expression, scope: Scope): TSESTree.Expression | null {
  const inner = skipTransparent(expression);
  if (inner.type !== 'Identifier') return null;
  const variable = findVariable(scope, inner.name);
  const definition = variable?.defs[0];
  if (variable?.defs.length !== 1 || definition?.type !== 'Variable' || definition.parent.kind !== 'const') return null;
  const init = definition.node.init;
  return init && definition.node.id.type === 'Identifier' ? (skipTransparent(init) as TSESTree.Expression) : null;
}

/** `function helper() {}`, `const helper = (…) => {}`: the function a name holds in this file. */
export function declaredFunction(identifier: TSESTree.Identifier, scope: Scope): FunctionNode | null {
  const variable = findVariable(scope, identifier.name);
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (definition?.type === 'FunctionName' && isFunction(definition.node)) return definition.node;
  if (definition?.type !== 'Variable' || definition.parent.kind !== 'const' || !definition.node.init) return null;
  const init = skipTransparent(definition.node.init);
  return isFunction(init) ? init : null;
}

/** True when some reference to `variable` calls it: `next()`, `checkAuth(request, reply)`. */
export function isCalled(variable: Variable): boolean {
  return variable.references.some((reference) => callOf(reference.identifier) !== null);
}

/** The calls of `variable`, in source order. */
export function callsOf(variable: Variable): TSESTree.CallExpression[] {
  return variable.references.flatMap((reference) => {
    const call = callOf(reference.identifier);
    return call ? [call] : [];
  });
}

function callOf(identifier: TSESTree.Identifier | TSESTree.JSXIdentifier): TSESTree.CallExpression | null {
  const { parent } = identifier;
  return parent?.type === 'CallExpression' && parent.callee === identifier ? parent : null;
}
