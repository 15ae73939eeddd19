/**
 * Do two places run under opposite answers to one test? `if (req.body.full) res.json(data)` and
 * `if (!req.body.full) res.json({ ok: true })` never both run, whatever the paths between them;
 * nor do `if (type === 'ping')` and `if (type === 'order')`.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { contains, isFunction, memberName, skipTransparent } from './ast.js';
import { findVariable, type Scope } from './scope.js';
import { getStaticValue } from './tracker.js';

type ScopeOf = (node: TSESTree.Node) => Scope;

/**
 * True when some value is tested truthy on the way to one node and falsy on the way to the
 * other, or equal to different constants on the way to each (`event.type === 'ping'` and
 * `event.type === 'order'`, `kind === Kind.A` and `kind === Kind.B`), or when they are the two
 * sides of an `||` or `??`
 * (`return rows || []` returns one).
 */
export function excludeEachOther(a: TSESTree.Node, b: TSESTree.Node, scopeOf: ScopeOf): boolean {
  if (areAlternatives(a, b) || areAlternatives(b, a)) return true;
  const tests = guardsOf(a, scopeOf);
  if (tests.size === 0) return false;
  for (const [key, guard] of guardsOf(b, scopeOf)) {
    const other = tests.get(key);
    if (other !== undefined && contradict(guard, other)) return true;
    if (guard === true && [...tests].some(([name, held]) => held === true && isResultPair(key, name, a, scopeOf))) return true;
  }
  return false;
}

/**
 * What a test says of a value where a node runs: truthy (`true`), falsy (`false`), or one of some
 * literals (`type === 'a' || type === 'b'`), or none of them (`type !== 'a'`).
 */
type Guard = boolean | { readonly oneOf: ReadonlySet<string>; readonly holds: boolean };

function contradict(a: Guard, b: Guard): boolean {
  if (typeof a === 'boolean' || typeof b === 'boolean') return a === !b;
  if (a.holds && b.holds) return ![...a.oneOf].some((value) => b.oneOf.has(value));
  // One of `a`'s literals, and none of `b`'s: contradict when `b` rules out every one of `a`'s.
  const [within, without] = a.holds ? [a, b] : [b, a];
  return within.holds && !without.holds && [...within.oneOf].every((value) => without.oneOf.has(value));
}

/**
 * `const { data, error } = await call()`: a result that holds one or the other, so `if (data)`
 * and `if (error)` never both hold. So do other forms of one answer taken from the same result
 * and each tested for being there (`const { redirect_url, response_form } = await authorize(q)`):
 * a handler that answers with whichever came back. Not a failure beside them (`{ error, warning }`),
 * which may come with anything.
 */
function isResultPair(first: string, second: string, at: TSESTree.Node, scopeOf: ScopeOf): boolean {
  if (first === second || first.includes('.') || second.includes('.')) return false;
  const one = destructuredFrom(first, at, scopeOf);
  const other = one && destructuredFrom(second, at, scopeOf);
  if (!one || !other || one.pattern !== other.pattern) return false;
  const keys = [one.key, other.key].sort().join(',');
  if (keys === 'data,error') return true;
  return !FAILURE_KEY.test(one.key) && !FAILURE_KEY.test(other.key) && holdsCallResult(one.pattern);
}

/** `const { … } = await authorize(q)`: a pattern that takes apart what a call gave back, not the request's input. */
function holdsCallResult(pattern: TSESTree.Node): boolean {
  const declarator = pattern.parent;
  if (declarator?.type !== 'VariableDeclarator' || !declarator.init) return false;
  let value = skipTransparent(declarator.init);
  if (value.type === 'AwaitExpression') value = skipTransparent(value.argument);
  return value.type === 'CallExpression';
}

const FAILURE_KEY = /err|warn|fail|invalid|missing|denied|forbidden/i;

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
 * as `req.body.full`) and what the test said of it there.
 */
function guardsOf(node: TSESTree.Node, scopeOf: ScopeOf): Map<string, Guard> {
  const found = new Map<string, Guard>();
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
    if (test) addGuards(found, test, truthy, scopeOf);
  }
  return found;
}

/**
 * What `test` answering `truthy` says of the values it tests. Where the whole test says nothing
 * of one value, each side of an `&&` that holds (or of an `||` that fails) does:
 * `type === 'block_actions' && actions` holds only where `type === 'block_actions'`.
 */
function addGuards(found: Map<string, Guard>, test: TSESTree.Node, truthy: boolean, scopeOf: ScopeOf): void {
  const tested = testedValue(test, truthy, scopeOf);
  if (tested) {
    if (!found.has(tested.key)) found.set(tested.key, tested.guard);
    return;
  }
  const inner = skipTransparent(test);
  if (inner.type === 'LogicalExpression' && inner.operator === (truthy ? '&&' : '||')) {
    addGuards(found, inner.left, truthy, scopeOf);
    addGuards(found, inner.right, truthy, scopeOf);
  }
}

/**
 * `!x.y` tested truthy is `x.y` tested falsy; `kind === 'text'` tested falsy is `kind` being
 * anything but `'text'`. Only a name or a plain member chain on a variable the code never assigns
 * again is a value: `if (!user) { user = make() }` changes the answer.
 */
function testedValue(test: TSESTree.Node, truthy: boolean, scopeOf: ScopeOf): { key: string; guard: Guard } | null {
  let inner = skipTransparent(test);
  while (inner.type === 'UnaryExpression' && inner.operator === '!') {
    truthy = !truthy;
    inner = skipTransparent(inner.argument);
  }
  const compared = comparedValue(inner, scopeOf);
  const chain = compared?.chain ?? inner;
  const key = chainKey(chain);
  if (key === null || !isSetOnce(chain, scopeOf)) return null;
  return { key, guard: compared ? { oneOf: compared.oneOf, holds: truthy === compared.equal } : truthy };
}

/**
 * `type === 'a'`, `'a' == type`, `type === 'a' || type === 'b'`, `type !== 'a' && type !== 'b'`:
 * one value compared with literals, and whether the test holds when it equals one of them.
 */
function comparedValue(test: TSESTree.Node, scopeOf: ScopeOf): { chain: TSESTree.Node; oneOf: Set<string>; equal: boolean } | null {
  if (test.type === 'LogicalExpression' && test.operator !== '??') {
    // Equal to one of them, or to none of them: `||` of equalities, `&&` of inequalities.
    const equal = test.operator === '||';
    const left = comparedValue(skipTransparent(test.left), scopeOf);
    const right = left?.equal === equal ? comparedValue(skipTransparent(test.right), scopeOf) : null;
    if (!left || right?.equal !== equal || chainKey(left.chain) !== chainKey(right.chain)) return null;
    return { chain: left.chain, oneOf: new Set([...left.oneOf, ...right.oneOf]), equal };
  }
  if (test.type !== 'BinaryExpression' || !EQUALITY.has(test.operator)) return null;
  const rightValue = constantKey(test.right, scopeOf);
  const [chain, value] = rightValue === null ? [test.right, constantKey(test.left, scopeOf)] : [test.left, rightValue];
  if (value === null || constantKey(chain, scopeOf) !== null) return null;
  return { chain: skipTransparent(chain), oneOf: new Set([value]), equal: test.operator === '===' || test.operator === '==' };
}

/**
 * A literal's value as text, or the value a name holds for good: `const PING = 'ping'`,
 * `Kind.A` of `const Kind = { A: 'a' }`, `Role.Admin` of `enum Role { Admin, User }`.
 */
function constantKey(node: TSESTree.Node, scopeOf: ScopeOf): string | null {
  const literal = literalKey(node);
  if (literal !== null) return literal;
  const inner = skipTransparent(node);
  if (inner.type !== 'Identifier' && inner.type !== 'MemberExpression') return null;
  if (inner.type === 'MemberExpression') {
    const member = enumMemberValue(inner, scopeOf);
    if (member !== undefined) return member;
  }
  const value = getStaticValue(inner, scopeOf(inner))?.value;
  return typeof value === 'string' || typeof value === 'number' ? String(value) : null;
}

/**
 * `Role.Admin` of `enum Role { Admin, User }`: the member's value as text, counting members
 * without an initializer up from the one before; `null` when it cannot be known, `undefined` when
 * the object is no enum of the file.
 */
function enumMemberValue(member: TSESTree.MemberExpression, scopeOf: ScopeOf): string | null | undefined {
  const object = skipTransparent(member.object);
  const name = memberName(member);
  if (object.type !== 'Identifier' || name === null) return undefined;
  const definitions = findVariable(scopeOf(object), object.name)?.defs ?? [];
  const declaration = definitions.length === 1 ? definitions[0]!.node : null;
  if (declaration?.type !== 'TSEnumDeclaration') return undefined;
  if (declaration.declare) return null;
  let next: number | null = 0;
  for (const { id, initializer } of declaration.body.members) {
    const value: string | number | null = !initializer
      ? next
      : initializer.type === 'Literal' && (typeof initializer.value === 'string' || typeof initializer.value === 'number')
        ? initializer.value
        : null;
    if ((id.type === 'Identifier' ? id.name : id.value) === name) return value === null ? null : String(value);
    next = typeof value === 'number' ? value + 1 : null;
  }
  return null;
}

const EQUALITY = new Set(['===', '==', '!==', '!=']);

/**
 * `'text'`, `2`, `` `ping` ``: a literal's value as text. `2` and `'2'` read the same, which only
 * makes `x == 2` and `x === '2'` look compatible: never two exclusive tests taken as one.
 */
function literalKey(node: TSESTree.Node): string | null {
  const inner = skipTransparent(node);
  if (inner.type === 'Literal' && (typeof inner.value === 'string' || typeof inner.value === 'number')) return String(inner.value);
  if (inner.type === 'TemplateLiteral' && inner.expressions.length === 0) return inner.quasis[0]!.value.cooked ?? null;
  return null;
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
