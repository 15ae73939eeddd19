/**
 * A flag set beside a send and tested before the next answer: `res.json(data); sent = true;
 * break;` in a loop, then `if (!sent) res.status(404).json(…)`. Code paths cannot see values, so
 * the later write looks like a second send; the flag says the author already keeps them apart.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { contains, holdsStatements, isFunction, lastStatementOf, statementList, statementsOf } from './ast.js';
import { findVariable, type Scope, type Variable } from './scope.js';

/**
 * True when `later` runs only under a test of a variable that the statements around `send` set:
 * a flag set to a literal, inside `if (!sent) …`, `!sent && …`, or after `if (sent) return;`; a
 * value set otherwise, inside `if (!token) …`.
 */
export function testsSentFlag(send: TSESTree.Node, later: TSESTree.Node, scopeOf: (node: TSESTree.Node) => Scope): boolean {
  const list = statementList(send);
  if (list?.type !== 'BlockStatement' && list?.type !== 'SwitchCase') return false;
  for (const statement of statementsOf(list)) {
    const assigned = flagAssigned(statement);
    const variable = assigned && findVariable(scopeOf(statement), assigned.name);
    if (!variable) continue;
    if (assigned.literal ? guardedBy(variable, send, later) : onlyWhenMissing(variable, later)) return true;
  }
  return false;
}

/**
 * `sent = true;`, `responded = 1;`: a flag set to a literal. Or a value set beside the send
 * (`token = header.split(' ')[1]; … next();`), which a later `if (!token) { … }` tests.
 */
function flagAssigned(statement: TSESTree.Node): { name: string; literal: boolean } | null {
  if (statement.type !== 'ExpressionStatement') return null;
  const { expression } = statement;
  if (expression.type !== 'AssignmentExpression' || expression.operator !== '=' || expression.left.type !== 'Identifier') return null;
  return { name: expression.left.name, literal: expression.right.type === 'Literal' };
}

/** `later` runs only in the arm of an `if (!value)`: where the value set beside the send is missing. */
function onlyWhenMissing(value: Variable, later: TSESTree.Node): boolean {
  let child: TSESTree.Node = later;
  for (let parent = later.parent; parent && !isFunction(parent); child = parent, parent = parent.parent) {
    if (parent.type !== 'IfStatement' || parent.consequent !== child) continue;
    const test = parent.test;
    if (test.type === 'UnaryExpression' && test.operator === '!' && test.argument.type === 'Identifier') {
      if (value.references.some((reference) => reference.identifier === test.argument)) return true;
    }
  }
  return false;
}

function guardedBy(flag: Variable, send: TSESTree.Node, later: TSESTree.Node): boolean {
  const tests = (node: TSESTree.Node): boolean =>
    flag.references.some((reference) => contains(node, reference.identifier as TSESTree.Node));
  let child: TSESTree.Node = later;
  for (let parent = later.parent; parent && !isFunction(parent); child = parent, parent = parent.parent) {
    if ((parent.type === 'IfStatement' || parent.type === 'ConditionalExpression') && parent.test !== child && tests(parent.test)) return true;
    if (parent.type === 'LogicalExpression' && parent.right === child && tests(parent.left)) return true;
    if (!holdsStatements(parent)) continue;
    // `if (sent) return;` between the send and `later`, in a block around `later`.
    const body = parent.type === 'Program' ? parent.body : statementsOf(parent as TSESTree.BlockStatement | TSESTree.SwitchCase);
    for (const statement of body) {
      if (statement.range[0] < send.range[1] || statement.range[1] > later.range[0]) continue;
      if (statement.type === 'IfStatement' && tests(statement.test) && leaves(statement.consequent)) return true;
    }
  }
  return false;
}

/** `return;`, `{ return; }`, `throw e`, `break`: a branch that does not fall through. */
function leaves(node: TSESTree.Statement): boolean {
  const last = lastStatementOf(node);
  return last?.type === 'ReturnStatement' || last?.type === 'ThrowStatement' || last?.type === 'BreakStatement' || last?.type === 'ContinueStatement';
}
