/**
 * What an arm of code answers, read from its `return` alone: whether the handler's own sends
 * there carry an error status written out (`return NextResponse.json(e, { status: 409 })`,
 * `return res.status(409).json(e)`, `return c.json(e, 409)`). Each adapter has already read
 * those statuses into the model's ops; this only asks where they sit. Error-branch
 * classification asks it of the other side of a test: where that side is the failure, this
 * side is the success.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { contains, enclosingFunction, lastStatementOf } from './ast.js';
import type { Handler } from './model.js';
import { isErrorStatus } from './status-codes.js';

/** True when the arm ends with a `return` that answers a 4xx or 5xx written out. */
export function returnsErrorStatus(arm: TSESTree.Statement, handler: Handler): boolean {
  const last = lastStatementOf(arm);
  return last?.type === 'ReturnStatement' && answersErrorStatus(last, handler);
}

/** The first `return` among `statements` answers an error status written out. */
export function firstReturnWritesErrorStatus(statements: readonly TSESTree.Statement[], handler: Handler): boolean {
  const found = statements.find((statement) => statement.type === 'ReturnStatement');
  return found?.type === 'ReturnStatement' && answersErrorStatus(found, handler);
}

/** A status write or send of the handler's, made by this `return` itself (not a callback in it), states an error status. */
function answersErrorStatus(statement: TSESTree.ReturnStatement, handler: Handler): boolean {
  if (statement.argument === null) return false;
  const fn = enclosingFunction(statement);
  return handler.ops.some(
    (op) =>
      (op.kind === 'send' || op.kind === 'status') &&
      op.status.kind === 'explicit' &&
      isErrorStatus(op.status.code) &&
      op.fn === fn &&
      contains(statement, op.node),
  );
}
