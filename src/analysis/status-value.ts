/** Reading a status out of an expression: a known number, or dynamic. */
import type { TSESTree } from '@typescript-eslint/utils';
import type { Scope } from './scope.js';
import { memberName, skipTransparent } from './ast.js';
import type { StatusValue } from './model.js';
import { codeForConstantName, isStatusLikeNumber } from './status-codes.js';
import { getStaticValue } from './tracker.js';

/**
 * `404`, `const NOT_FOUND = 404`, `StatusCodes.NOT_FOUND`, `HttpStatus.CREATED` are explicit;
 * anything else is dynamic.
 */
export function readStatus(node: TSESTree.Node, scope: Scope | undefined): StatusValue {
  const code = knownNumber(node, scope);
  return code === undefined ? { kind: 'dynamic', node } : { kind: 'explicit', code, node };
}

/** The number an expression certainly holds, if that can be known statically. */
export function knownNumber(node: TSESTree.Node, scope: Scope | undefined): number | undefined {
  const inner = skipTransparent(node);
  if (inner.type === 'Literal') return typeof inner.value === 'number' ? inner.value : undefined;
  const fromConstant = statusConstant(inner);
  if (fromConstant !== undefined) return fromConstant;
  if (inner.type !== 'Identifier' && inner.type !== 'MemberExpression' && inner.type !== 'UnaryExpression') {
    return undefined;
  }
  const value = getStaticValue(inner, scope)?.value;
  return typeof value === 'number' ? value : undefined;
}

/**
 * `404`, `NOT_FOUND`, `StatusCodes.NOT_FOUND`, `-1`: the shapes that can hold a known number,
 * unlike a call or an object. Callers test it before looking up a scope, which costs more.
 */
export function mayHoldNumber(node: TSESTree.Node): boolean {
  const inner = skipTransparent(node);
  return inner.type === 'Literal' || inner.type === 'Identifier' || inner.type === 'MemberExpression' || inner.type === 'UnaryExpression';
}

/**
 * A number literal (or constant) that reads as a status: `404`, `StatusCodes.NOT_FOUND`,
 * `const NOT_FOUND = 404`. A constant named for something else holds data, whatever its value:
 * `MAX_PAGE_SIZE = 200`, `LIMITS.maxUploadMb = 250`.
 */
export function bareStatusNumber(node: TSESTree.Node, scope: Scope | undefined): number | undefined {
  const value = knownNumber(node, scope);
  if (!isStatusLikeNumber(value)) return undefined;
  const name = heldUnder(skipTransparent(node));
  return name === null || STATUS_NAME.test(name) || codeForConstantName(name) !== undefined ? value : undefined;
}

/** `status`, `HTTP_CODE`, `notFoundStatus`, `ERR_CODE`: a name that says it holds a status. */
const STATUS_NAME = /status|code|http/i;

/** The name a number is held under: `NOT_FOUND`, `maxUploadMb` in `LIMITS.maxUploadMb`; `null` for a literal. */
function heldUnder(node: TSESTree.Node): string | null {
  if (node.type === 'Identifier') return node.name;
  if (node.type === 'MemberExpression') return memberName(node);
  return null;
}

/**
 * `ok ? 204 : 404`: a choice between status numbers in every branch, which a send given it whole
 * puts into the body just as it would either number.
 */
export function isStatusChoice(node: TSESTree.Node, scope: Scope | undefined): boolean {
  const inner = skipTransparent(node);
  if (inner.type !== 'ConditionalExpression') return false;
  return [inner.consequent, inner.alternate].every(
    (branch) => isStatusChoice(branch, scope) || (mayHoldNumber(branch) && bareStatusNumber(branch, scope) !== undefined),
  );
}

const STATUS_OBJECT_NAME = /^(?:Http)?Status(?:Codes?)?$|^HTTP_?STATUS(?:_CODES?)?$|^httpStatus(?:Codes?)?$/i;

/** `StatusCodes.NOT_FOUND`, `HttpStatus.CREATED`, `HTTP_STATUS.BAD_REQUEST`. */
function statusConstant(node: TSESTree.Node): number | undefined {
  if (node.type !== 'MemberExpression') return undefined;
  const object = skipTransparent(node.object);
  const objectName =
    object.type === 'Identifier' ? object.name : object.type === 'MemberExpression' ? memberName(object) : null;
  if (!objectName || !STATUS_OBJECT_NAME.test(objectName)) return undefined;
  const name = memberName(node);
  return name ? codeForConstantName(name) : undefined;
}
