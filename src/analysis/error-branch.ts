/**
 * Is a send answering a failure, and which one? Catch clauses, `.catch()` callbacks, error
 * middleware and guards such as `if (!user)`, `if (!result.success)`, `if (errors.length)`.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { findVariable, type Scope } from './scope.js';
import { calleeName, isFunction, isNullish, lastStatementOf, memberName, skipTransparent, statementsOf } from './ast.js';
import { bodyText, statedErrorStatus } from './body-shape.js';
import type { FunctionNode, Handler } from './model.js';
import { firstReturnWritesErrorStatus, returnsErrorStatus } from './answered-status.js';

export type Failure = 'not-found' | 'validation' | 'auth' | 'forbidden' | 'conflict' | 'server';

export interface ErrorBranch {
  /**
   * `catch` and `error-handler` always answer a failure; `guard` is an `if` whose test reads
   * as a failure check; `conditional` is any other branch, an error branch only when the body
   * says so on its own.
   */
  readonly kind: 'catch' | 'error-handler' | 'guard' | 'conditional';
  readonly failure: Failure | null;
  /** The arm of a `guard` that holds the send: the consequent or the alternate. */
  readonly arm?: TSESTree.Node;
}

/**
 * The failure that `node` answers: the `catch`, `.catch()` callback or guard around it, error
 * middleware, or `null`. With `afterReturns`, the code after an `if` that returns on success is
 * the failure's arm too (`if (user) return …; return { message: 'User not found' }`); asked only
 * where a body needs a branch to read as an error, since it looks at the statements before the
 * send at every level.
 */
export function findErrorBranch(
  node: TSESTree.Node,
  handler: Handler,
  scopeOf: (node: TSESTree.Node) => Scope,
  afterReturns = false,
): ErrorBranch | null {
  const { isErrorHandler } = handler;
  let conditional = false;
  let child: TSESTree.Node = node;
  for (let parent = node.parent; parent && child !== handler.fn; child = parent, parent = parent.parent) {
    if (parent.type === 'CatchClause' && parent.body === child) return { kind: 'catch', failure: 'server' };
    if (isFunction(child) && isRejectionCallback(child)) return { kind: 'catch', failure: 'server' };
    if ((parent.type === 'IfStatement' || parent.type === 'ConditionalExpression') && parent.test !== child) {
      const negated = parent.alternate === child;
      const failure = failureOfTest(parent.test, negated, scopeOf);
      // `if (!user) { await sendMagicLink(email); return json(sent) } return json(e, { status: 409 })`:
      // where the other way out answers an error status, this arm is the success.
      if (failure && !otherSideAnswersError(parent, child, handler)) return { kind: 'guard', failure, arm: child };
      conditional = true;
    }
    // `default: return res.send('Invalid type')`: what no case expected.
    if (parent.type === 'SwitchCase' && parent.test === null) conditional = true;
    // `if (user) return Response.json(user); return Response.json({ message: 'User not found' })`:
    // the code after an `if` that returns runs on the test's other side.
    if (afterReturns && !isErrorHandler && (parent.type === 'BlockStatement' || parent.type === 'SwitchCase')) {
      const failure = failureAfterExit(parent, child, handler, scopeOf);
      if (failure) return { kind: 'guard', failure, arm: parent };
    }
  }
  if (isErrorHandler) return { kind: 'error-handler', failure: 'server' };
  return conditional ? { kind: 'conditional', failure: null } : null;
}

/**
 * The failure that the code from `statement` on answers when an `if` before it in `list` returns
 * on success (`if (user) return …;`, `if (path) { revalidatePath(path); return … }`): the
 * nearest such `if` that tests what a call gave back, whose absence reads as a failure.
 */
function failureAfterExit(
  list: TSESTree.BlockStatement | TSESTree.SwitchCase,
  statement: TSESTree.Node,
  handler: Handler,
  scopeOf: (node: TSESTree.Node) => Scope,
): Failure | null {
  const statements = statementsOf(list);
  for (let index = statements.indexOf(statement as TSESTree.Statement) - 1; index >= 0; index--) {
    const earlier = statements[index]!;
    if (earlier.type !== 'IfStatement' || earlier.alternate || !returns(earlier.consequent)) continue;
    // `if (user) return json(e, { status: 409 })`: the `if` left on the failure.
    if (returnsErrorStatus(earlier.consequent, handler)) continue;
    // Only a test of what a call gave back (`const user = await db.user.find(…); if (user)`)
    // says its arm is the success. `if (!allowed) return …`, `if (isNaN(id)) return …` leave on
    // a failure, and `if (req.isHTML) return …` picks a format.
    const test = skipTransparent(earlier.test);
    if (test.type !== 'Identifier' || !heldFromCall(test, scopeOf)) continue;
    const failure = failureOfTest(test, true, scopeOf);
    if (failure) return failure;
  }
  return null;
}

/**
 * The arm of `test` that `arm` is not answers an error status written out: the `else`, or, for an
 * `if` with none whose arm returns, the code after it.
 */
function otherSideAnswersError(
  test: TSESTree.IfStatement | TSESTree.ConditionalExpression,
  arm: TSESTree.Node,
  handler: Handler,
): boolean {
  if (test.type !== 'IfStatement') return false;
  if (test.alternate) {
    const other = test.alternate === arm ? test.consequent : test.alternate;
    return returnsErrorStatus(other, handler);
  }
  const list = test.parent;
  if (!returns(test.consequent) || (list?.type !== 'BlockStatement' && list?.type !== 'SwitchCase')) return false;
  const statements = statementsOf(list);
  return firstReturnWritesErrorStatus(statements.slice(statements.indexOf(test) + 1), handler);
}

/** `const user = await db.user.find(…)`, `const path = searchParams.get('path')`: a name a call's result is given. */
function heldFromCall(identifier: TSESTree.Identifier, scopeOf: (node: TSESTree.Node) => Scope): boolean {
  const definition = findVariable(scopeOf(identifier), identifier.name)?.defs[0];
  const init = definition?.type === 'Variable' ? definition.node.init : null;
  return init !== null && init !== undefined && skipTransparent(init).type === 'CallExpression';
}

/** `return x;`, `{ …; return x; }`: an arm that leaves the function. */
function returns(arm: TSESTree.Statement): boolean {
  return lastStatementOf(arm)?.type === 'ReturnStatement';
}

/**
 * The status that fits a failure: the status the body names, what it says, then what the branch
 * tests. On a sign-in route, a record that is missing (`if (!user)`) is a failed sign-in.
 */
export function statusForFailure(branch: ErrorBranch, body: TSESTree.Node | null, signsIn = false, suppliedText: string | null = null): number {
  const stated = body ? statedErrorStatus(body) : null;
  if (stated !== null) return stated;
  // A builder's own body (`{ error: message }`) says its words through the call's arguments.
  const text = [body ? bodyText(body) : '', suppliedText ?? ''].join(' ');
  for (const [pattern, code] of TEXT_STATUS) if (pattern.test(text)) return code;
  if (branch.failure === 'not-found' && signsIn) return FAILURE_STATUS.auth;
  if (branch.failure) return FAILURE_STATUS[branch.failure];
  return branch.kind === 'guard' || branch.kind === 'conditional' ? 400 : 500;
}

const FAILURE_STATUS: Readonly<Record<Failure, number>> = {
  'not-found': 404,
  validation: 400,
  auth: 401,
  forbidden: 403,
  conflict: 409,
  server: 500,
};

const TEXT_STATUS: readonly (readonly [RegExp, number])[] = [
  // A credential that is missing or unknown is a failed sign-in, not a missing resource.
  [/\b(?:no such|invalid|missing|unknown|expired|no) (?:api[ _-]?key|apikey|access token|token|bearer)\b|\b(?:api[ _-]?key|apikey|token) (?:not found|is missing|missing|is invalid|is not valid|invalid|expired)\b/i, 401],
  [/\b(?:not found|no such|(?:does|do)(?: not|n'?t) exist)\b/i, 404],
  [/\b(?:timed out|timeout)\b/i, 504],
  // A backing service that is down or not set up: `'Supabase not available'`, `'Service unavailable'`;
  // not a name that is taken (`'Username not available'`).
  [/\b(?:unavailable|not configured|not ready|under maintenance)\b|\b(?:service|server|database|db|storage|backend|supabase|redis|cache|provider)s?\b.{0,30}\bnot available\b/i, 503],
  [/\b(?:unauthori[sz]ed|unauthenticated|not authenticated|invalid (?:credentials|password|email or password)|(?:wrong|incorrect|invalid) (?:(?:email|username|user ?name|login) or )?(?:password|credentials)|(?:login|authentication|sign[- ]?in) required|requires? (?:authentication|login|logging in|sign(?:ing)?[- ]?in)|not logged in)\b/i, 401],
  [/\b(?:forbidden|not allowed|permission|access denied|not authori[sz]ed|not permitted)\b/i, 403],
  [/\b(?:already (?:exists?|taken|registered|in use)|duplicate|conflict)\b/i, 409],
  [/\b(?:too many|rate limit(?:ed)?|quota exceeded|(?:rate|request|usage) limit exceeded)\b/i, 429],
  [/\binsufficient (?:funds|balance|credits?)\b/i, 402],
  [/\b(?:out of stock|not enough)\b/i, 409],
  [/\b(?:invalid|not valid|required|missing|must|bad request|validation|please (?:provide|enter|specify|supply)|a valid)\b/i, 400],
];

/**
 * `if (looksLikePath) { ctx.body = 'Invalid name'; return; } …`: the send sits in an `if` with
 * no `else` that ends the handler, and the handler goes on after it; or in the `default` of a
 * `switch` beside cases of its own. The shape of an early refusal, whatever the test.
 */
export function exitsEarly(node: TSESTree.Node, handler: FunctionNode): boolean {
  let child: TSESTree.Node = node;
  for (let parent = node.parent; parent && child !== handler; child = parent, parent = parent.parent) {
    if (isFunction(parent) && parent !== handler) return false;
    // The `default` of a `switch` whose cases answer the values it expects.
    if (parent.type === 'SwitchCase') return parent.test === null && parent.parent.cases.length > 1;
    if (parent.type !== 'IfStatement') continue;
    if (parent.consequent !== child || parent.alternate) return false;
    if (lastStatementOf(child as TSESTree.Statement)?.type !== 'ReturnStatement') return false;
    const list = parent.parent;
    return (list?.type === 'BlockStatement' || list?.type === 'SwitchCase') && statementsOf(list).at(-1) !== parent;
  }
  return false;
}

/** `.catch(fn)` and the second argument of `.then(ok, fn)`. */
function isRejectionCallback(fn: FunctionNode): boolean {
  const call = fn.parent;
  if (call?.type !== 'CallExpression') return false;
  const name = calleeName(call);
  return (name === 'catch' && call.arguments[0] === fn) || (name === 'then' && call.arguments[1] === fn);
}

/** What failure an `if` test checks for, on the side where `negated` says the code runs. */
function failureOfTest(
  test: TSESTree.Node,
  negated: boolean,
  scopeOf: (node: TSESTree.Node) => Scope,
): Failure | null {
  const node = skipTransparent(test);
  if (node.type === 'UnaryExpression' && node.operator === '!') return failureOfTest(node.argument, !negated, scopeOf);
  // `if (req.accepts('html')) res.redirect(…) else res.json(…)`: two formats of one answer.
  if (NEGOTIATION_NAME.test(subjectName(node) ?? '')) return null;
  if (node.type === 'LogicalExpression') {
    // `!a || !b` fails when either side does; `a && b` passes only when both do.
    if ((node.operator === '||') !== negated) {
      // `!user || !passwordMatches`: a login that fails either way is an authentication failure.
      const left = failureOfTest(node.left, negated, scopeOf);
      const right = failureOfTest(node.right, negated, scopeOf);
      return left === 'auth' || right === 'auth' ? 'auth' : (left ?? right);
    }
    return null;
  }
  const nullish = node.type === 'BinaryExpression' ? absenceTest(node) : node.type === 'CallExpression' ? absencePredicate(node) : null;
  if (nullish) return nullish.absent !== negated ? failureOfAbsence(nullish.subject, scopeOf) : failureOfPresence(nullish.subject, scopeOf);
  if (node.type === 'BinaryExpression') return authComparison(node) && !negated ? 'auth' : null;
  if (node.type === 'CallExpression' && calleeName(node) === 'isEmpty' && node.callee.type === 'MemberExpression') {
    // express-validator: `if (!errors.isEmpty())`
    return negated ? failureOfPresence(node.callee.object, scopeOf) : null;
  }
  // `if (result.isErr())`, `if (job.failed)`: the test names the failure, so its other arm is the success.
  if (FAILED_NAME.test(subjectName(node) ?? '')) return negated ? null : 'server';
  return negated ? failureOfAbsence(node, scopeOf) : failureOfPresence(node, scopeOf);
}

/** lodash-style checks of one value: `isNull(x)` and `isNil(x)` test absence, `isDefined(x)` presence. */
const ABSENCE_PREDICATE = /^(?:isNull|isNil|isUndefined|isNullOrUndefined|isNullish|isEmpty|isBlank)$/;
const PRESENCE_PREDICATE = /^(?:isDefined|isNotNull|isNotNil|isNonNullable|isPresent|isNotEmpty|isNonEmpty)$/;

/** `isNull(rows)`, `_.isNil(user)`: read like `rows == null`. */
function absencePredicate(call: TSESTree.CallExpression): { subject: TSESTree.Node; absent: boolean } | null {
  const [subject] = call.arguments;
  if (call.arguments.length !== 1 || !subject || subject.type === 'SpreadElement') return null;
  const name = calleeName(call) ?? '';
  if (ABSENCE_PREDICATE.test(name)) return { subject, absent: true };
  if (PRESENCE_PREDICATE.test(name)) return { subject, absent: false };
  return null;
}

/**
 * Content negotiation: `req.accepts('html')`, `ctx.is('json')`, `req.xhr`, `request.wantsJson()`,
 * `req.headers.accept`. Neither answer is a failure.
 */
const NEGOTIATION_NAME = /^(?:accepts(?:Types|Languages|Charsets|Encodings)?|accept|is|xhr|isXhr|isAjax|wantsJson|wantsHtml|expectsJson|prefersJson)$/;

/** Result predicates that are true on failure: `isErr()`, `isFailure()`, `isLeft()`, `failed`, `hasFailed`. */
const FAILED_NAME = /^(?:(?:is|has)?(?:Failed|Failure|Fail|Err|Left)|failed|failure)$/;

/** `x == null`, `x === undefined`, `x.length === 0` test absence; `x.length > 0` tests presence. */
function absenceTest(node: TSESTree.BinaryExpression): { subject: TSESTree.Node; absent: boolean } | null {
  const { left, right, operator } = node;
  const equality = operator === '==' || operator === '===';
  const inequality = operator === '!=' || operator === '!==';
  if (equality || inequality) {
    const [subject, other] = isNullish(right) ? [left, right] : isNullish(left) ? [right, left] : [null, null];
    if (subject && other) return { subject, absent: equality };
    if (isLength(left) && isZero(right)) return { subject: (left as TSESTree.MemberExpression).object, absent: equality };
    // `if (result.rowCount === 0)`, `if (count === 0)` after an update or delete: nothing matched.
    if (COUNT_NAME.test(subjectName(skipTransparent(left)) ?? '') && isZero(right)) return { subject: left, absent: equality };
    if (left.type === 'UnaryExpression' && left.operator === 'typeof' && right.type === 'Literal' && right.value === 'undefined') {
      return { subject: left.argument, absent: equality };
    }
    return null;
  }
  if (isLength(left) && (operator === '>' || operator === '>=') && right.type === 'Literal') {
    return { subject: (left as TSESTree.MemberExpression).object, absent: false };
  }
  if (isLength(left) && operator === '<' && right.type === 'Literal' && right.value === 1) {
    return { subject: (left as TSESTree.MemberExpression).object, absent: true };
  }
  return null;
}

/** What an update or delete reports it touched: Sequelize's `[count]`, pg's `rowCount`, mysql's `affectedRows`, MongoDB's `deletedCount`. */
const COUNT_NAME = /^(?:count|\w+Count|affectedRows|changes|affected|numAffected)$/;

function isZero(node: TSESTree.Node): boolean {
  return node.type === 'Literal' && node.value === 0;
}

function isLength(node: TSESTree.Node): boolean {
  return node.type === 'MemberExpression' && memberName(node) === 'length';
}

const AUTH_NAME = /auth|token|session|logged|password|credential|match|correct|verified|jwt|signed|apikey/i;
const FORBIDDEN_NAME = /allowed|permi|admin|owner|role|access|can[A-Z]/;
const VALIDATION_NAME = /valid|success|parsed|^ok$/i;
/** `err`, `errors`, `validationError`, `dbErr`, and an error's parts or wrappers: `errRes`, `errMsg`, `errorInfo`. */
const ERROR_NAME = /^(?:e|err|error|errors|\w*Errors?|[a-z]\w*Err|(?:err|error)[A-Z]\w*)$/;
const CONFLICT_NAME = /exist|already|duplicate|taken|inUse/i;
const LOOKUP_CALL = /^(?:find|get|fetch|load|read|select|query|lookup|retrieve|search)|ById$|^findUnique|^findFirst/i;
const VALIDATE_CALL = /valid|pars|check|schema|verify/i;
const INPUT_OBJECT = /^(?:body|query|params)$/;
/** What multer and its kin put on the request: `req.file`, `req.files`. */
const UPLOAD_NAME = /^(?:file|files)$/;

/** The code runs when `subject` is missing: `if (!user)`, `if (!isValid)`, `if (!req.user)`. */
function failureOfAbsence(subject: TSESTree.Node, scopeOf: (node: TSESTree.Node) => Scope): Failure | null {
  const node = skipTransparent(subject);
  const name = subjectName(node);
  if (name === null) return null;
  if (node.type === 'MemberExpression' && INPUT_OBJECT.test(subjectName(skipTransparent(node.object)) ?? '')) return 'validation';
  // `if (!req.file)`, `if (!request.files)`: an upload the request should carry.
  if (node.type === 'MemberExpression' && UPLOAD_NAME.test(name) && REQUEST_ROOT.test(subjectName(skipTransparent(node.object)) ?? '')) {
    return 'validation';
  }
  if (VALIDATION_NAME.test(name)) return 'validation';
  if (FORBIDDEN_NAME.test(name)) return 'forbidden';
  if (AUTH_NAME.test(name) || (node.type === 'MemberExpression' && (/^(?:user|session)$/.test(name) || readsSignedInUser(node)))) {
    return 'auth';
  }
  const origin = node.type === 'Identifier' ? originOf(node, scopeOf) : null;
  if (origin === 'input') return 'validation';
  if (origin === 'lookup') return 'not-found';
  if (ERROR_NAME.test(name)) return null;
  return 'not-found';
}

/**
 * `session?.user?.id`, `req.session.userId`, `req.user?.id`, `ctx.state.user.id`: a member of the
 * session or of the request's signed-in user, so its absence means nobody is signed in.
 */
function readsSignedInUser(member: TSESTree.MemberExpression): boolean {
  let sawUser = false;
  let current: TSESTree.Node = skipTransparent(member.object);
  for (;;) {
    const name = subjectName(current);
    if (name !== null && /^(?:session|auth)$/i.test(name)) return true;
    if (name === 'user') sawUser = true;
    if (current.type !== 'MemberExpression') return sawUser && name !== null && REQUEST_ROOT.test(name);
    current = skipTransparent(current.object);
  }
}

const REQUEST_ROOT = /^(?:req|request|ctx|context|c|event|locals)$/;

/** The code runs when `subject` is present: `if (err)`, `if (errors.length)`, `if (existingUser)`. */
function failureOfPresence(subject: TSESTree.Node, scopeOf: (node: TSESTree.Node) => Scope): Failure | null {
  const node = skipTransparent(subject);
  const name = subjectName(node);
  if (name === null) return null;
  if (ERROR_NAME.test(name)) {
    const origin = node.type === 'Identifier' ? originOf(node, scopeOf) : null;
    if (origin === 'validation' || /valid/i.test(name)) return 'validation';
    if (node.type === 'MemberExpression') return 'validation';
    return 'server';
  }
  if (CONFLICT_NAME.test(name)) return 'conflict';
  return null;
}

/** `password !== confirm`, `user.password !== hash`: a comparison of secrets fails authentication. */
function authComparison(node: TSESTree.BinaryExpression): boolean {
  if (node.operator !== '!==' && node.operator !== '!=') return false;
  const left = subjectName(skipTransparent(node.left));
  const right = subjectName(skipTransparent(node.right));
  return Boolean((left && AUTH_NAME.test(left)) || (right && AUTH_NAME.test(right)));
}

function subjectName(node: TSESTree.Node): string | null {
  if (node.type === 'Identifier') return node.name;
  if (node.type === 'MemberExpression') return memberName(node);
  if (node.type === 'CallExpression' || node.type === 'AwaitExpression') {
    const call = skipTransparent(node);
    return call.type === 'CallExpression' ? calleeName(call) : null;
  }
  return null;
}

/** Where a variable's value came from: a lookup (`await User.findById()`), a validator, or the request input. */
function originOf(
  identifier: TSESTree.Identifier,
  scopeOf: (node: TSESTree.Node) => Scope,
): 'lookup' | 'validation' | 'input' | null {
  const definition = findVariable(scopeOf(identifier), identifier.name)?.defs[0];
  if (definition?.type !== 'Variable' || !definition.node.init) return null;
  const init = skipTransparent(definition.node.init);
  if (init.type === 'CallExpression') {
    const name = calleeName(init);
    if (name && VALIDATE_CALL.test(name)) return 'validation';
    if (name && LOOKUP_CALL.test(name)) return 'lookup';
    // `await prisma.user.findUnique(...).catch(...)`, `await query(...)`: look at the chain.
    let inner: TSESTree.Node = init;
    while (inner.type === 'CallExpression' && inner.callee.type === 'MemberExpression') {
      inner = skipTransparent(inner.callee.object);
      if (inner.type === 'CallExpression') {
        const innerName = calleeName(inner);
        if (innerName && LOOKUP_CALL.test(innerName)) return 'lookup';
      }
    }
    return null;
  }
  if (init.type === 'MemberExpression' && INPUT_OBJECT.test(memberName(init) ?? '')) return 'input';
  // `const { body } = req`: the request's own input, taken apart.
  if (init.type === 'Identifier' && REQUEST_ROOT.test(init.name) && definition.node.id.type === 'ObjectPattern') {
    return INPUT_OBJECT.test(identifier.name) ? 'input' : null;
  }
  if (init.type === 'MemberExpression') {
    const object = skipTransparent(init.object);
    if (object.type === 'MemberExpression' && INPUT_OBJECT.test(memberName(object) ?? '')) return 'input';
  }
  return null;
}
