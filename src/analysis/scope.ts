/** Scope types under short names, and the lookups on them that the analysis shares. */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { skipTransparent } from './ast.js';

export type Scope = TSESLint.Scope.Scope;
export type Variable = TSESLint.Scope.Variable;

/** `const res = NextResponse.json(x); return res;`: the initialiser of the `const` a name holds. */
export function resolveConstant(expression: TSESTree.Expression, scope: Scope): TSESTree.Expression | null {
  const inner = skipTransparent(expression);
  if (inner.type !== 'Identifier') return null;
  let variable: Variable | undefined;
  for (let current: Scope | null = scope; current && !variable; current = current.upper) {
    variable = current.set.get(inner.name);
  }
  const definition = variable?.defs[0];
  if (variable?.defs.length !== 1 || definition?.type !== 'Variable' || definition.parent.kind !== 'const') return null;
  const init = definition.node.init;
  return init && definition.node.id.type === 'Identifier' ? (skipTransparent(init) as TSESTree.Expression) : null;
}
