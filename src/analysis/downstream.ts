/**
 * Middleware that passes the request on without waiting for it: `next();` in Koa or Hono, where
 * the framework answers once the middleware settles.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import type { Variable } from './scope.js';
import { enclosingFunction, transparentParent } from './ast.js';
import { isFloating } from './deferral.js';
import type { FunctionNode } from './model.js';

/**
 * Calls of `next` in the middleware's own body whose promise nothing awaits or returns. A call
 * in a nested function (a callback that an auth library calls) is that function's business.
 */
export function unawaitedCalls(next: Variable, fn: FunctionNode): TSESTree.CallExpression[] {
  const calls: TSESTree.CallExpression[] = [];
  for (const reference of next.references) {
    const { parent, child } = transparentParent(reference.identifier);
    if (parent?.type !== 'CallExpression' || parent.callee !== child) continue;
    if (enclosingFunction(parent) === fn && isFloating(parent)) calls.push(parent);
  }
  return calls;
}

/** The statement a floating call stands in (`next();`, `next().catch(log);`); `null` under `void`. */
export function floatingStatement(call: TSESTree.CallExpression): TSESTree.ExpressionStatement | null {
  let current: TSESTree.Node | undefined = call.parent;
  while (current && current.type !== 'ExpressionStatement') {
    if (current.type === 'UnaryExpression') return null;
    current = current.parent;
  }
  return current ?? null;
}

/**
 * True when nothing in `fn` runs after `statement`: it ends its block, and each block around it
 * up to the function's body ends with the `if` or block that holds it. Then `return next()` in
 * its place changes only what the function gives back.
 */
export function endsFunction(statement: TSESTree.Statement, fn: FunctionNode): boolean {
  let current: TSESTree.Node = statement;
  for (;;) {
    const parent: TSESTree.Node | undefined = current.parent;
    if (!parent) return false;
    if (parent === fn.body) return parent.type === 'BlockStatement' && parent.body.at(-1) === current;
    if (parent.type === 'BlockStatement') {
      if (parent.body.at(-1) !== current) return false;
    } else if (parent.type !== 'IfStatement' || (parent.test as TSESTree.Node) === current) {
      return false;
    }
    current = parent;
  }
}
