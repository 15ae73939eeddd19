/** Small, framework-free questions about the typescript-eslint AST. */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { FunctionNode } from './model.js';

export function isFunction(node: TSESTree.Node | null | undefined): node is FunctionNode {
  return (
    node?.type === 'ArrowFunctionExpression' ||
    node?.type === 'FunctionExpression' ||
    node?.type === 'FunctionDeclaration'
  );
}

/** The innermost function that contains `node` (not `node` itself). */
export function enclosingFunction(node: TSESTree.Node): FunctionNode | null {
  for (let current = node.parent; current; current = current.parent) {
    if (isFunction(current)) return current;
  }
  return null;
}

/** Strips what does not change a value: `x as T`, `x!`, `x satisfies T`, `<T>x`, `a?.b` wrappers. */
export function skipTransparent(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (
    current.type === 'TSAsExpression' ||
    current.type === 'TSNonNullExpression' ||
    current.type === 'TSSatisfiesExpression' ||
    current.type === 'TSTypeAssertion' ||
    current.type === 'ChainExpression' ||
    current.type === 'AwaitExpression'
  ) {
    current = current.type === 'AwaitExpression' ? current.argument : current.expression;
  }
  return current;
}

/** The parent of `node` once the transparent wrappers above it are skipped. */
export function transparentParent(node: TSESTree.Node): { parent: TSESTree.Node | undefined; child: TSESTree.Node } {
  let child = node;
  let parent = node.parent;
  while (
    parent &&
    (parent.type === 'TSAsExpression' ||
      parent.type === 'TSNonNullExpression' ||
      parent.type === 'TSSatisfiesExpression' ||
      parent.type === 'TSTypeAssertion' ||
      parent.type === 'ChainExpression')
  ) {
    child = parent;
    parent = parent.parent;
  }
  return { parent, child };
}

/** `a.b` and `a['b']` give `b`; computed keys that are not string literals give `null`. */
export function memberName(member: TSESTree.MemberExpression): string | null {
  if (!member.computed && member.property.type === 'Identifier') return member.property.name;
  if (member.property.type === 'Literal' && typeof member.property.value === 'string') return member.property.value;
  return null;
}

/**
 * The name a function goes by: its own (`function checkJson`), the binding or property it is
 * stored in (`const checkJson = …`, `controllers.checkJson = …`, `{ checkJson() {} }`), through
 * one wrapper call (`exports.check = asyncHandler(async (req, res) => …)`). `null` otherwise.
 */
export function functionName(fn: FunctionNode): string | null {
  if (fn.id) return fn.id.name;
  let { parent, child: holder } = transparentParent(fn);
  if (parent?.type === 'CallExpression' && parent.callee !== holder) ({ parent, child: holder } = transparentParent(parent));
  switch (parent?.type) {
    case 'VariableDeclarator':
      return parent.init === holder && parent.id.type === 'Identifier' ? parent.id.name : null;
    case 'AssignmentExpression':
      if (parent.right !== holder) return null;
      return parent.left.type === 'Identifier' ? parent.left.name : parent.left.type === 'MemberExpression' ? memberName(parent.left) : null;
    case 'Property':
      return parent.value === holder ? propertyKeyName(parent) : null;
    case 'MethodDefinition':
    case 'PropertyDefinition':
      return parent.value === holder && !parent.computed && parent.key.type === 'Identifier' ? parent.key.name : null;
    default:
      return null;
  }
}

/** The name a callee is known by: `foo` in `foo()`, `bar` in `a.bar()`. */
export function calleeName(call: TSESTree.CallExpression | TSESTree.NewExpression): string | null {
  const callee = skipTransparent(call.callee);
  if (callee.type === 'Identifier') return callee.name;
  if (callee.type === 'MemberExpression') return memberName(callee);
  return null;
}

/** `key` in `{ key: v }`, `{ 'key': v }`; `null` for computed keys and spreads. */
export function propertyKeyName(property: TSESTree.ObjectLiteralElement): string | null {
  if (property.type !== 'Property' || property.computed) return null;
  if (property.key.type === 'Identifier') return property.key.name;
  if (property.key.type === 'Literal') return String(property.key.value);
  return null;
}

/** `null` or `undefined`, written out. */
export function isNullish(node: TSESTree.Node): boolean {
  return (node.type === 'Literal' && node.value === null) || (node.type === 'Identifier' && node.name === 'undefined');
}

/** A node whose children are statements: a block, a `case`, the program. */
export function holdsStatements(node: TSESTree.Node): boolean {
  return node.type === 'BlockStatement' || node.type === 'SwitchCase' || node.type === 'Program';
}

/** The nearest list of statements around a node: a block, a `case`, the program. */
export function statementList(node: TSESTree.Node): TSESTree.Node | undefined {
  let current = node.parent;
  while (current && !holdsStatements(current)) current = current.parent;
  return current;
}

/** True when `inner` lies within `outer` (or is it). */
export function contains(outer: TSESTree.Node, inner: TSESTree.Node): boolean {
  return outer.range[0] <= inner.range[0] && inner.range[1] <= outer.range[1];
}

/**
 * Visits every node under `root` in source order, skipping type annotations. When `visit`
 * returns `false`, the node's children are skipped.
 */
export function walk(
  root: TSESTree.Node,
  visitorKeys: Readonly<Record<string, readonly string[] | undefined>>,
  visit: (node: TSESTree.Node) => boolean | void,
): void {
  const stack: TSESTree.Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (visit(node) === false) continue;
    const keys = visitorKeys[node.type];
    if (!keys) continue;
    for (let k = keys.length - 1; k >= 0; k--) {
      const key = keys[k]!;
      if (key === 'typeAnnotation' || key === 'returnType' || key === 'typeParameters' || key === 'decorators') continue;
      const child = (node as unknown as Record<string, unknown>)[key];
      if (Array.isArray(child)) {
        for (let i = child.length - 1; i >= 0; i--) {
          const item = child[i] as TSESTree.Node | null;
          if (item && typeof item.type === 'string') stack.push(item);
        }
      } else if (child && typeof (child as TSESTree.Node).type === 'string') {
        stack.push(child as TSESTree.Node);
      }
    }
  }
}

/** Walks a function body without entering nested functions. */
export function walkOwnBody(
  body: TSESTree.Node,
  visitorKeys: TSESLint.SourceCode['visitorKeys'],
  visit: (node: TSESTree.Node) => void,
): void {
  walk(body, visitorKeys, (node) => {
    if (node !== body && isFunction(node)) return false;
    visit(node);
    return true;
  });
}

/** A string the code states: `'x'`, or a template without expressions. */
export function staticString(node: TSESTree.Node | undefined): string | null {
  if (!node) return null;
  const inner = skipTransparent(node);
  if (inner.type === 'Literal' && typeof inner.value === 'string') return inner.value;
  if (inner.type === 'TemplateLiteral' && inner.expressions.length === 0) return inner.quasis[0]?.value.cooked ?? null;
  return null;
}

/** The statements of a block or a `case`, in order. */
export function statementsOf(list: TSESTree.BlockStatement | TSESTree.SwitchCase): readonly TSESTree.Statement[] {
  return list.type === 'BlockStatement' ? list.body : list.consequent;
}

/** The statement an arm ends with: the last of a block (none when empty), or the arm itself. */
export function lastStatementOf(arm: TSESTree.Statement): TSESTree.Statement | undefined {
  return arm.type === 'BlockStatement' ? arm.body.at(-1) : arm;
}

/**
 * True when a `throw` follows the statement that holds `node` in its block or `case`, or is that
 * statement: `res.status(500).json(e); throw e;`, `throw new Error((ctx.body = 'Denied'))`. Code
 * after `node` there does not go on normally.
 */
export function throwsAfter(node: TSESTree.Node): boolean {
  let statement: TSESTree.Node = node;
  while (statement.parent && statement.parent.type !== 'BlockStatement' && statement.parent.type !== 'SwitchCase') {
    if (isFunction(statement.parent)) return false;
    if (statement.parent.type === 'ThrowStatement') return true;
    statement = statement.parent;
  }
  const list = statement.parent;
  if (list?.type !== 'BlockStatement' && list?.type !== 'SwitchCase') return false;
  const statements: readonly TSESTree.Node[] = statementsOf(list);
  return statements.slice(statements.indexOf(statement) + 1).some((next) => next.type === 'ThrowStatement');
}
