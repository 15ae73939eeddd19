/**
 * Functions of the file that only build a value (`createSkippedEntry(user, reason)` returns an
 * object literal), so a call to one creates nothing, whatever its name says.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { calleeName, isFunction, memberName, skipTransparent, walkOwnBody } from './ast.js';
import type { FunctionNode } from './model.js';
import { returnedExpressions } from './returns.js';
import { declaredFunction, type Scope } from './scope.js';

/**
 * A function the file declares that only builds a value: `createDeadlineFetch(ms)`, which returns
 * a function, or `createSkippedEntry(user, reason)`, which returns an object literal and calls
 * nothing that stores. The name is decided on the body it has.
 */
export function buildsValue(
  callee: TSESTree.Identifier,
  scopeOf: (node: TSESTree.Node) => Scope,
  visitorKeys: TSESLint.SourceCode['visitorKeys'],
  mayStore: (call: TSESTree.CallExpression) => boolean,
): boolean {
  const fn = declaredFunction(callee, scopeOf(callee));
  if (!fn) return false;
  if (fn.body.type !== 'BlockStatement') {
    if (isFunction(skipTransparent(fn.body))) return true;
  } else {
    const last = fn.body.body.at(-1);
    if (last?.type === 'ReturnStatement' && last.argument !== null && isFunction(skipTransparent(last.argument))) return true;
  }
  return !fn.async && returnsOnlyLiterals(fn) && !callsStore(fn, visitorKeys, mayStore);
}

function returnsOnlyLiterals(fn: FunctionNode): boolean {
  const returned = returnedExpressions(fn);
  return returned.length > 0 && returned.every(isBuiltValue);
}

/** Array methods that build a new value from an old one: `parts.map((part) => ({ … }))`. */
const VALUE_BUILDERS = new Set(['map', 'filter', 'flatMap', 'concat', 'slice', 'join']);

/** `{ … }`, `[…]`, a template, or an array built from another (`parts.map(…)`). */
function isBuiltValue(expression: TSESTree.Expression): boolean {
  switch (expression.type) {
    case 'ObjectExpression':
    case 'ArrayExpression':
    case 'TemplateLiteral':
      return true;
    case 'CallExpression':
      return expression.callee.type === 'MemberExpression' && VALUE_BUILDERS.has(memberName(expression.callee) ?? '');
    default:
      return false;
  }
}

/** Calls that may write somewhere, even synchronously (`db.prepare('INSERT …').run(x)` with better-sqlite3). */
const STORE_CALL = /^(?:save|run|exec|execute|query|prepare|put|set|write\w*)$/;

function callsStore(
  fn: FunctionNode,
  visitorKeys: TSESLint.SourceCode['visitorKeys'],
  mayStore: (call: TSESTree.CallExpression) => boolean,
): boolean {
  const locals = new Set<string>();
  const calls: TSESTree.CallExpression[] = [];
  walkOwnBody(fn.body, visitorKeys, (node) => {
    if (node.type === 'VariableDeclarator' && node.id.type === 'Identifier') locals.add(node.id.name);
    else if (node.type === 'CallExpression') calls.push(node);
  });
  return calls.some((call) => {
    const name = calleeName(call) ?? '';
    // `parts.push(x)` on an array the function made is building, not storing.
    if (name === 'push') {
      const callee = skipTransparent(call.callee);
      const target = callee.type === 'MemberExpression' ? skipTransparent(callee.object) : null;
      return !(target?.type === 'Identifier' && locals.has(target.name));
    }
    return mayStore(call) || STORE_CALL.test(name);
  });
}
