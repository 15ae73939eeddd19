/**
 * What an arm of code answers, read from its `return` alone: whether it writes out an error status
 * (`return NextResponse.json(e, { status: 409 })`, `return res.status(409).json(e)`,
 * `return c.json(e, 409)`). Error-branch classification asks it of the other side of a test: where
 * that side is the failure, this side is the success.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { calleeName, isFunction, lastStatementOf, propertyKeyName, skipTransparent } from './ast.js';
import { isErrorStatus } from './status-codes.js';

const STATUS_KEYS = new Set(['status', 'statusCode']);
const STATUS_CALLS = new Set(['status', 'code', 'sendStatus', 'writeHead']);
/** Calls that take the status second: Hono's `c.json(body, 409)`, `res.send(body, 409)` in old Express. */
const BODY_THEN_STATUS = new Set(['json', 'text', 'html', 'body', 'send', 'newResponse']);

/** True when the arm ends with a `return` whose value writes out a 4xx or 5xx. */
export function returnsErrorStatus(arm: TSESTree.Statement): boolean {
  const last = lastStatementOf(arm);
  return last?.type === 'ReturnStatement' && last.argument !== null && writesErrorStatus(last.argument);
}

/** The first `return` among `statements` writes out an error status. */
export function firstReturnWritesErrorStatus(statements: readonly TSESTree.Statement[]): boolean {
  const found = statements.find((statement) => statement.type === 'ReturnStatement');
  return found?.type === 'ReturnStatement' && found.argument !== null && writesErrorStatus(found.argument);
}

function writesErrorStatus(node: TSESTree.Node): boolean {
  const inner = skipTransparent(node);
  if (isFunction(inner)) return false;
  if (inner.type === 'CallExpression' || inner.type === 'NewExpression') {
    const name = inner.type === 'CallExpression' ? calleeName(inner) : null;
    if (name !== null && STATUS_CALLS.has(name) && isErrorCode(inner.arguments[0])) return true;
    if (name !== null && BODY_THEN_STATUS.has(name) && isErrorCode(inner.arguments[1])) return true;
    if (inner.arguments.some((argument) => argument.type === 'ObjectExpression' && statesErrorStatus(argument))) return true;
    return inner.callee.type === 'MemberExpression' && writesErrorStatus(inner.callee.object);
  }
  if (inner.type === 'MemberExpression') return writesErrorStatus(inner.object);
  if (inner.type === 'AwaitExpression') return writesErrorStatus(inner.argument);
  return false;
}

/** `{ status: 409 }`, the init of a `Response`. */
function statesErrorStatus(object: TSESTree.ObjectExpression): boolean {
  return object.properties.some(
    (property) => property.type === 'Property' && STATUS_KEYS.has(propertyKeyName(property) ?? '') && isErrorCode(property.value),
  );
}

function isErrorCode(node: TSESTree.Node | undefined): boolean {
  const inner = node && skipTransparent(node);
  return inner?.type === 'Literal' && typeof inner.value === 'number' && isErrorStatus(inner.value);
}
