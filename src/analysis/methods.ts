/**
 * Narrowing a handler's methods by the code around an op: inside `if (req.method === 'POST')` or
 * `case 'POST':` of `switch (req.method)`, only POST reaches it.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import type { Variable } from './scope.js';
import { memberName, skipTransparent } from './ast.js';
import type { FunctionNode, HttpMethod } from './model.js';
import { HTTP_METHODS } from './model.js';

export function methodsAt(
  node: TSESTree.Node,
  handler: FunctionNode,
  methods: readonly HttpMethod[] | null,
  request: Variable | null,
): readonly HttpMethod[] | null {
  if (!request) return methods;
  let child: TSESTree.Node = node;
  for (let parent = node.parent; parent && child !== handler; child = parent, parent = parent.parent) {
    if (parent.type === 'IfStatement' && parent.test !== child) {
      const tested = testedMethod(parent.test, request);
      if (tested && tested.equal === (parent.consequent === child)) return [tested.method];
    } else if (parent.type === 'SwitchCase' && parent.test === null) {
      continue;
    } else if (parent.type === 'SwitchCase' && parent.parent.type === 'SwitchStatement') {
      if (!isMethodRead(parent.parent.discriminant, request)) continue;
      const method = methodLiteral(parent.test);
      const cases = parent.parent.cases;
      // `case 'PUT': case 'PATCH': ...` share one body.
      const shared: HttpMethod[] = method ? [method] : [];
      for (let index = cases.indexOf(parent) - 1; index >= 0 && cases[index]!.consequent.length === 0; index--) {
        const earlier = methodLiteral(cases[index]!.test);
        if (earlier) shared.push(earlier);
      }
      if (shared.length > 0) return shared;
    }
  }
  return methods;
}

function testedMethod(test: TSESTree.Node, request: Variable): { method: HttpMethod; equal: boolean } | null {
  const node = skipTransparent(test);
  if (node.type !== 'BinaryExpression') return null;
  const equal = node.operator === '===' || node.operator === '==';
  if (!equal && node.operator !== '!==' && node.operator !== '!=') return null;
  const [read, literal] = isMethodRead(node.left, request) ? [node.left, node.right] : [node.right, node.left];
  if (!isMethodRead(read, request)) return null;
  const method = methodLiteral(literal);
  return method ? { method, equal } : null;
}

function isMethodRead(node: TSESTree.Node, request: Variable): boolean {
  const inner = skipTransparent(node);
  if (inner.type !== 'MemberExpression' || memberName(inner) !== 'method') return false;
  const object = skipTransparent(inner.object);
  return object.type === 'Identifier' && object.name === request.name;
}

function methodLiteral(node: TSESTree.Node | null): HttpMethod | null {
  if (node?.type !== 'Literal' || typeof node.value !== 'string') return null;
  const upper = node.value.toUpperCase();
  return (HTTP_METHODS as readonly string[]).includes(upper) ? (upper as HttpMethod) : null;
}
