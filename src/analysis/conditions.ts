/**
 * Do two places run under opposite answers to one test? `if (req.body.full) res.json(data)` and
 * `if (!req.body.full) res.json({ ok: true })` never both run, whatever the paths between them.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { contains, isFunction, memberName, skipTransparent } from './ast.js';
import { findVariable, type Scope } from './scope.js';

type ScopeOf = (node: TSESTree.Node) => Scope;

/**
 * True when some value is tested truthy on the way to one node and falsy on the way to the
 * other, or when they are the two sides of an `||` or `??` (`return rows || []` returns one).
 */
export function excludeEachOther(a: TSESTree.Node, b: TSESTree.Node, scopeOf: ScopeOf): boolean {
  if (areAlternatives(a, b) || areAlternatives(b, a)) return true;
  const tests = guardsOf(a, scopeOf);
  if (tests.size === 0) return false;
  for (const [key, truthy] of guardsOf(b, scopeOf)) {
    if (tests.get(key) === !truthy) return true;
    if (truthy && [...tests].some(([other, held]) => held && isResultPair(key, other, a, scopeOf))) return true;
  }
  return false;
}

/**
 * `const { data, error } = await call()`: a result that holds one or the other, so `if (data)`
 * and `if (error)` never both hold.
 */
function isResultPair(first: string, second: string, at: TSESTree.Node, scopeOf: ScopeOf): boolean {
  if (first === second || first.includes('.') || second.includes('.')) return false;
  const one = destructuredFrom(first, at, scopeOf);
  const other = one && destructuredFrom(second, at, scopeOf);
  if (!one || !other || one.pattern !== other.pattern) return false;
  const keys = [one.key, other.key].sort().join(',');
  return keys === 'data,error';
}

function destructuredFrom(name: string, at: TSESTree.Node, scopeOf: ScopeOf): { pattern: TSESTree.Node; key: string } | null {
  const definition = findVariable(scopeOf(at), name)?.defs[0];
  const property = (definition?.name as TSESTree.Node | undefined)?.parent;
  if (property?.type !== 'Property' || property.parent.type !== 'ObjectPattern') return null;
  const key = property.key.type === 'Identifier' && !property.computed ? property.key.name : null;
  return key === null ? null : { pattern: property.parent, key };
}

/** `left || right`, `left ?? right`: the right side runs only when the left gave nothing. */
export function areAlternatives(left: TSESTree.Node, right: TSESTree.Node): boolean {
  let child: TSESTree.Node = right;
  for (let parent = right.parent; parent; child = parent, parent = parent.parent) {
    if (parent.type === 'LogicalExpression' && parent.operator !== '&&' && parent.right === child) {
      if (contains(parent.left, left)) return true;
    }
    if (isFunction(parent)) return false;
  }
  return false;
}

/**
 * The tests that must hold for `node` to run: each tested value (a name or a member chain such
 * as `req.body.full`) and whether it was truthy there.
 */
function guardsOf(node: TSESTree.Node, scopeOf: ScopeOf): Map<string, boolean> {
  const found = new Map<string, boolean>();
  let child: TSESTree.Node = node;
  for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
    let test: TSESTree.Node | null = null;
    let truthy = true;
    if ((parent.type === 'IfStatement' || parent.type === 'ConditionalExpression') && parent.test !== child) {
      test = parent.test;
      truthy = parent.consequent === child;
    } else if (parent.type === 'LogicalExpression' && parent.right === child && parent.operator !== '??') {
      test = parent.left;
      truthy = parent.operator === '&&';
    }
    if (!test) continue;
    const tested = testedValue(test, truthy, scopeOf);
    if (tested && !found.has(tested.key)) found.set(tested.key, tested.truthy);
  }
  return found;
}

/**
 * `!x.y` tested truthy is `x.y` tested falsy. Only a name or a plain member chain on a variable
 * the code never assigns again is a value: `if (!user) { user = make() }` changes the answer.
 */
function testedValue(test: TSESTree.Node, truthy: boolean, scopeOf: ScopeOf): { key: string; truthy: boolean } | null {
  let inner = skipTransparent(test);
  while (inner.type === 'UnaryExpression' && inner.operator === '!') {
    truthy = !truthy;
    inner = skipTransparent(inner.argument);
  }
  const key = chainKey(inner);
  return key === null || !isSetOnce(inner, scopeOf) ? null : { key, truthy };
}

function isSetOnce(chain: TSESTree.Node, scopeOf: ScopeOf): boolean {
  let root = chain;
  while (root.type === 'MemberExpression') root = skipTransparent(root.object);
  if (root.type !== 'Identifier') return false;
  const variable = findVariable(scopeOf(root), root.name);
  // An undeclared global (`process.env.X`) is left to the code that sets it.
  return !variable || variable.references.every((reference) => !reference.isWrite() || reference.init === true);
}

function chainKey(node: TSESTree.Node): string | null {
  const inner = skipTransparent(node);
  if (inner.type === 'Identifier') return inner.name;
  if (inner.type !== 'MemberExpression') return null;
  const name = memberName(inner);
  const object = name === null ? null : chainKey(inner.object);
  return object === null ? null : `${object}.${name}`;
}
