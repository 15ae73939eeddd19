/**
 * Does a response body read as an error? The one place that decides it, so every rule agrees.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { calleeName, isNullish, memberName, propertyKeyName, skipTransparent } from './ast.js';
import { findVariable, resolveConstant, type Scope } from './scope.js';
import { errorPhraseCode, isErrorStatus, reasonPhrase } from './status-codes.js';
import type { FunctionNode } from './model.js';

/**
 * `error`: reads as an error wherever it is sent (`{ error: 'x' }`, `{ success: false }`,
 * `err.message`). `maybe-error`: reads as an error only inside an error branch (`{ message }`,
 * `'User not found'`). `other`: data.
 */
export type BodyShape = 'error' | 'maybe-error' | 'other';

const ERROR_KEYS = new Set(['error', 'errors', 'err', 'errorMessage', 'error_message', 'errorMsg', 'errorCode', 'error_code']);
const MESSAGE_KEYS = new Set(['message', 'msg', 'errmsg', 'errMsg', 'detail', 'details', 'reason', 'description']);
/** Keys a body states a status under: `{ status: 404 }`, `{ errcode: 400 }`. */
const STATED_STATUS_KEYS = new Set(['status', 'statusCode', 'code', 'errcode', 'errCode']);
const FAILURE_FLAGS = new Set(['success', 'ok', 'succeeded', 'isOk', 'isSuccess']);
const FAILURE_STATUS_WORDS = new Set(['error', 'fail', 'failed', 'failure']);
/** `errors`, `validationErrors`: a list of failures, an error body inside an error branch. */
const ERROR_LIST_NAME = /^(?:errors|errs|\w+Errors)$/;
const ERROR_NAMES = /^(?:e|err|error|ex|exc|exception|\w*Error|[a-z]\w*Err)$/;
/** `formatError`, `serializeError`, `prettyObject`, `toProblem`: a call that puts what it is given into a shape to send. */
const ERROR_SHAPER = /^(?:format|seriali[sz]e|pretty|normali[sz]e|to[A-Z])|Err(?:or)?s?(?:[A-Z]|$)|Exception|Problem/;
/**
 * `res.fail(err)`, `result.failure(msg)`, `errorBody(e)`, `util.refail(msg)`, `jsonFail(msg)`: a
 * helper that builds a failure envelope.
 */
const FAILURE_BUILDER = /^(?:fail|failure|failed|error|errorBody|errorResponse|errorResult)$|^[a-z]+_?(?:fail|Fail)(?:ure)?$/;

/**
 * Words that make a message read as a failure (`'Not found'`, `'This page requires login'`); not where they describe items there are none of
 * (`'No invalid models found'`, `'0 failed deliveries'`): that is an empty result.
 */
export const ERROR_TEXT =
  /(?<!\b(?:no|0|zero)\s+)\b(?:not found|no such|(?:does|do)(?: not|n'?t) exist|invalid|(?:is|are) not valid|missing|required|unauthori[sz]ed|unauthenticated|forbidden|not allowed|denied|fail(?:ed|ure)?|errors?|wrong|bad request|already (?:exists?|taken|registered|in use)|expired|too many|unable|cannot|can'?t|could ?n[o']t|not permitted|incorrect|must|not authori[sz]ed|no permission|(?:do|does)(?: not|n'?t) have (?:permission|access)|conflict|insufficient|not enough|out of stock|quota exceeded|limit exceeded|please (?:provide|enter|specify|supply)|not ready|requires? (?:authentication|authori[sz]ation|login|logging in|sign(?:ing)?[- ]?in|(?:an? )?(?:valid )?(?:token|api key|password|account|permissions?|role)))\b/i;

/**
 * `error`, `errors/404`, `not-found`, `500.html`: the name of a template that shows a failure.
 * Not `admin/errors`, a page that lists logged errors.
 */
const ERROR_PAGE = /^(?:error|error-?page|not-?found|notfound|([45]\d\d))$/i;

/**
 * A rendered template named like an error page (`res.render('error')`, `ctx.render('404')`):
 * `null` when it is not one, else the status its name states (`404`, `not-found`), if any.
 */
export function errorPage(view: string): { readonly status: number | null } | null {
  const name = (view.split('/').at(-1) ?? '').replace(/\.\w+$/, '');
  const match = ERROR_PAGE.exec(name);
  if (!match) return null;
  return { status: match[1] ? Number(match[1]) : /found/i.test(name) ? 404 : null };
}

/**
 * The body a send writes out, also when a `const` holds it:
 * `const errorBody = { error: 'Not authenticated' }; return NextResponse.json(errorBody)`.
 */
export function heldBody(body: TSESTree.Node, scopeOf: (node: TSESTree.Node) => Scope): TSESTree.Node {
  const node = serialized(body);
  if (node.type !== 'Identifier') return body;
  const held = resolveConstant(node, scopeOf(node));
  // `const error = {}; … Object.assign(error, { status: 401, message })`: an empty object is filled
  // later, so its name says more than its start.
  if (held?.type === 'ObjectExpression' && held.properties.length === 0) return body;
  return held && isWrittenOut(held) ? held : body;
}

/**
 * `function (err, info) { res.json({ error: err, response: info }) }`: a Node-style callback that
 * passes on its own error parameter beside the result, unconditionally, reports the outcome
 * whichever it was; the error is null when the call worked.
 */
export function relaysCallbackOutcome(body: TSESTree.Node, fn: FunctionNode): boolean {
  const node = serialized(body);
  if (node.type !== 'ObjectExpression' || fn.params.length < 2) return false;
  const first = fn.params[0];
  if (first?.type !== 'Identifier') return false;
  let relayed = false;
  for (const property of node.properties) {
    if (property.type !== 'Property' || !ERROR_KEYS.has(propertyKeyName(property) ?? '')) continue;
    const value = skipTransparent(property.value);
    if (value.type !== 'Identifier' || value.name !== first.name) return false;
    relayed = true;
  }
  return relayed;
}

/** A body the code writes out: a text, a template or an object literal, not a value passed on. */
export function isWrittenOut(body: TSESTree.Node): boolean {
  const node = skipTransparent(body);
  return node.type === 'ObjectExpression' || node.type === 'TemplateLiteral' || ((node.type === 'Literal' || node.type === 'BinaryExpression') && stringText(node) !== null);
}

export function classifyBody(body: TSESTree.Node): BodyShape {
  const node = serialized(body);
  switch (node.type) {
    case 'ObjectExpression':
      return objectShape(node);
    case 'Literal':
    case 'TemplateLiteral':
    case 'BinaryExpression': {
      // `` `Failed: ${err.message}` ``, `'Failed: ' + err.message`
      if (node.type === 'TemplateLiteral' ? node.expressions.some((expression) => isErrorValue(expression)) : isErrorValue(node)) return 'error';
      const text = stringText(node);
      if (text === null) return 'other';
      const visible = visibleText(text);
      // `'Not Found'`, `'<h1>403 Forbidden</h1>'`: an error's status line, wherever it is sent.
      const wholeText = node.type === 'Literal' || (node.type === 'TemplateLiteral' && node.expressions.length === 0);
      if (wholeText && errorPhraseCode(visible) !== null) return 'error';
      return ERROR_TEXT.test(visible) ? 'maybe-error' : 'other';
    }
    default:
      if (isErrorValue(node)) return 'error';
      if (node.type === 'CallExpression' && FAILURE_BUILDER.test(calleeName(node) ?? '')) return 'maybe-error';
      // `formatError(err)`, `prettyObject(e)`: the error, put into a shape to send; not
      // `feed.cached(err)` or `retry(load, e)`, which answer with data in its place.
      if (node.type === 'CallExpression' && ERROR_SHAPER.test(calleeName(node) ?? '') && node.arguments.some((argument) => isErrorValue(argument))) {
        return 'maybe-error';
      }
      if (isParseFailure(node)) return 'maybe-error';
      return node.type === 'Identifier' && ERROR_LIST_NAME.test(node.name) ? 'maybe-error' : 'other';
  }
}

/** What a page shows: markup's tags and attributes (`<input required>`) and its scripts and styles (`catch (error) {}`) say nothing. */
function visibleText(text: string): string {
  return text.includes('<') ? text.replaceAll(/<(script|style)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi, ' ').replaceAll(/<[^>]*>/g, ' ') : text;
}

/** The error status a body names (`{ status: 404, message }`, `{ errcode: 400 }`), or `null`. */
export function statedErrorStatus(body: TSESTree.Node): number | null {
  const node = serialized(body);
  const text = stringText(node);
  if (text !== null) return errorPhraseCode(visibleText(text));
  if (node.type !== 'ObjectExpression') return null;
  for (const property of node.properties) {
    if (property.type !== 'Property') continue;
    const key = propertyKeyName(property) ?? '';
    const value = skipTransparent(property.value);
    // `{ error: { status: 400, message } }`: the status stated inside the error.
    const code = STATED_STATUS_KEYS.has(key) ? errorStatusIn(value) : ERROR_KEYS.has(key) ? statedErrorStatus(value) : null;
    // Only a registered status is one to suggest.
    if (code !== null && reasonPhrase(code) !== undefined) return code;
  }
  return null;
}

/** A number in the error range: `{ code: 450 }`, an app's own code, still says the body is an error. */
function errorStatusIn(value: TSESTree.Node): number | null {
  return value.type === 'Literal' && typeof value.value === 'number' && isErrorStatus(value.value) ? value.value : null;
}

/**
 * Words that say a request was refused, whatever test led there: `'Invalid sample name'`,
 * `'This invitation has expired'`, `'Error: OAuth state mismatch'`. Not the words an empty result also uses (`not found`), nor
 * a refusal word said to be absent (`'Payment not required in the sandbox'`).
 */
const REFUSAL_TEXT =
  /(?<!\b(?:not|no longer|no|0|zero)\s+)\b(?:invalid|(?:is|are) not valid|expired|forbidden|denied|not allowed|not permitted|not authori[sz]ed|unauthori[sz]ed|unauthenticated|banned|blocked|suspended|mismatch(?:ed)?|too (?:large|long|big)|required|requires? (?:authentication|login|sign(?:ing)?[- ]?in)|must)\b|^\s*error\s*:/i;

/**
 * True when the body refuses the request outright: its text says so (see `REFUSAL_TEXT`), or a
 * helper that builds a failure envelope made it (`result.fail('access blocked')`).
 */
export function refusesRequest(body: TSESTree.Node, scopeOf?: (node: TSESTree.Node) => Scope): boolean {
  const node = serialized(body);
  if (node.type === 'CallExpression' && FAILURE_BUILDER.test(calleeName(node) ?? '')) return true;
  return REFUSAL_TEXT.test(visibleText(bodyText(body, scopeOf)));
}

/**
 * The text a body says, when it says one: `'Not found'`, `{ message: 'Not found' }`. Given the
 * scopes, a `const` that holds the text is read too (`const msg = 'Not allowed'; { error: msg }`).
 */
export function bodyText(body: TSESTree.Node, scopeOf?: (node: TSESTree.Node) => Scope): string {
  let node = serialized(body);
  if (node.type === 'Identifier' && scopeOf) {
    const held = resolveConstant(node, scopeOf(node));
    if (held) node = serialized(held);
  }
  const text = stringText(node);
  if (text !== null) return text;
  if (node.type !== 'ObjectExpression') return '';
  return node.properties
    .map((property) => (property.type === 'Property' ? bodyText(property.value, scopeOf) : ''))
    .filter(Boolean)
    .join(' ');
}

/**
 * Flags that say whether the action the handler ran went through: `revalidated`, `saved`.
 * Not state a probe reports (`online`, `connected`, `enabled`), which is an answer when false.
 */
const ACTION_FLAGS = new Set([
  'revalidated', 'saved', 'deleted', 'updated', 'created', 'sent', 'processed', 'synced', 'uploaded',
  'published', 'imported', 'queued', 'scheduled', 'submitted', 'stored', 'executed', 'refreshed',
]);

/** `{ revalidated: false }`: the body says the action the handler ran did not go through. */
export function reportsFailedAction(body: TSESTree.Node): boolean {
  const node = serialized(body);
  if (node.type !== 'ObjectExpression') return false;
  return node.properties.some((property) => {
    if (property.type !== 'Property' || !ACTION_FLAGS.has(propertyKeyName(property) ?? '')) return false;
    const value = skipTransparent(property.value);
    return value.type === 'Literal' && value.value === false;
  });
}

/** A piece of HTML that is not a whole page: `'<div class="error">Failed to load</div>'`. */
export function isHtmlFragment(body: TSESTree.Node): boolean {
  const text = stringText(serialized(body)) ?? '';
  return /<[a-z]/i.test(text) && !/<(?:html|body|!doctype)\b/i.test(text);
}

/**
 * The text of a string, a template or a concatenation (`'Access denied for ' + name`): their
 * literal parts; `null` for anything else.
 */
export function stringText(node: TSESTree.Node): string | null {
  if (node.type === 'Literal') return typeof node.value === 'string' ? node.value : null;
  if (node.type === 'TemplateLiteral') return templateText(node);
  return node.type === 'BinaryExpression' && node.operator === '+' ? concatenatedText(node) : null;
}

/** The literal parts of `'a' + x + 'b'`, as a template's are read; `null` when no part is a text. */
function concatenatedText(node: TSESTree.BinaryExpression): string | null {
  const parts: string[] = [];
  const read = (part: TSESTree.Node): void => {
    const inner = skipTransparent(part);
    if (inner.type === 'BinaryExpression' && inner.operator === '+') {
      read(inner.left);
      read(inner.right);
      return;
    }
    const text = inner.type === 'Literal' || inner.type === 'TemplateLiteral' ? stringText(inner) : null;
    if (text !== null) parts.push(text);
  };
  read(node);
  return parts.length > 0 ? parts.join(' ') : null;
}

function templateText(template: TSESTree.TemplateLiteral): string {
  return template.quasis.map((quasi) => quasi.value.cooked ?? '').join(' ');
}

/**
 * `JSON.stringify(x)` says what `x` says: `new Response(JSON.stringify({ error }))`; `` html`…` `` is
 * its template, and a translated message (`req.__('Not found')`, `t('Not found')`) its source text.
 */
function serialized(body: TSESTree.Node): TSESTree.Node {
  const node = skipTransparent(body);
  if (node.type === 'TaggedTemplateExpression') return node.quasi;
  const source = translatedText(node);
  if (source) return source;
  return stringified(node) ?? node;
}

/** `JSON.stringify(data)`: `data`, unwrapped; `null` for anything else. */
export function stringified(node: TSESTree.Node): TSESTree.Node | null {
  const inner = skipTransparent(node);
  const [value] = inner.type === 'CallExpression' ? inner.arguments : [];
  if (inner.type !== 'CallExpression' || inner.callee.type !== 'MemberExpression' || !value || value.type === 'SpreadElement') return null;
  const object = skipTransparent(inner.callee.object);
  const isStringify = object.type === 'Identifier' && object.name === 'JSON' && memberName(inner.callee) === 'stringify';
  return isStringify ? skipTransparent(value) : null;
}

/** i18n helpers: `__` (i18n, i18n-express), `t` (i18next), `translate`. */
const TRANSLATE_CALL = /^(?:__|t|translate)$/;

/** The text a translation call is given: `req.__('Not found')` gives `'Not found'`. */
function translatedText(node: TSESTree.Node): TSESTree.Literal | TSESTree.TemplateLiteral | null {
  if (node.type !== 'CallExpression' || !TRANSLATE_CALL.test(calleeName(node) ?? '')) return null;
  const first = node.arguments[0];
  if (first?.type === 'Literal' && typeof first.value === 'string') return first;
  return first?.type === 'TemplateLiteral' ? first : null;
}

function objectShape(object: TSESTree.ObjectExpression): BodyShape {
  // `{ success: true, error: 'partial data' }`: the body calls itself a success. A JSON-RPC
  // envelope (`{ jsonrpc: '2.0', error }`) carries its errors in a 200 by that protocol.
  if (declaresSuccess(object) || hasKey(object, 'jsonrpc')) return 'other';
  // `{ data: { isOk: false, errMsg } }`: an envelope wrapped once more reads as what it wraps.
  const only = object.properties.length === 1 ? object.properties[0] : undefined;
  if (only?.type === 'Property' && WRAPPER_KEYS.has(propertyKeyName(only) ?? '') && skipTransparent(only.value).type === 'ObjectExpression') {
    return objectShape(skipTransparent(only.value) as TSESTree.ObjectExpression);
  }
  // `{ finished: true, error }`: a background job's state that a client polls; the job failed,
  // the poll did not.
  if (object.properties.some((property) => property.type === 'Property' && JOB_STATE_KEYS.has(propertyKeyName(property) ?? ''))) return 'other';
  let shape: BodyShape = 'other';
  for (const property of object.properties) {
    if (property.type !== 'Property') continue;
    const key = propertyKeyName(property);
    if (key === null) continue;
    const value = skipTransparent(property.value);
    if (ERROR_KEYS.has(key)) {
      if (isEmptyValue(value)) continue;
      // `{ deleted: 3, errors: result.errors }`, `{ id, state, error: job.error }`: a result that
      // copies a record's failures; `error: failed ? job.error : undefined` may be absent.
      // `{ success: result.success, error: result.error }` relays another call's outcome.
      if (value.type === 'MemberExpression' && (hasDataKeys(object) || relaysOutcome(object))) shape = 'maybe-error';
      else if (mayBeAbsent(value)) shape = 'maybe-error';
      else if (value.type === 'Identifier' && property.shorthand) shape = 'maybe-error';
      else if (value.type === 'Identifier' && !ERROR_NAMES.test(value.name)) shape = 'maybe-error';
      // `errors: rows.map((r) => …)`: a list made from data (logged errors, a lint's findings),
      // an error only where a failure guard sends it.
      else if (buildsList(value)) shape = 'maybe-error';
      // `{ error: 'Request reached and fulfilled.' }`: the field's name is a misnomer.
      else if (!saysSuccess(value)) return 'error';
    } else if (FAILURE_FLAGS.has(key) && value.type === 'Literal' && value.value === false) {
      return 'error';
    } else if (
      key === 'status' &&
      value.type === 'Literal' &&
      typeof value.value === 'string' &&
      FAILURE_STATUS_WORDS.has(value.value.toLowerCase())
    ) {
      // `{ id: job.id, status: 'failed', error: job.error }`: the state of a record the client
      // polls, an error only where a failure's branch answers it.
      if (namesRecord(object)) shape = 'maybe-error';
      else return 'error';
    } else if (STATED_STATUS_KEYS.has(key) && errorStatusIn(value) !== null) {
      // `{ errcode: 400, errmsg }`, `{ status: 404, message }`: the body names an error status.
      return 'error';
    } else if (MESSAGE_KEYS.has(key)) {
      const inner = classifyBody(value);
      if (inner === 'error') return 'error';
      // A text written out (`'Hello, ' + name` too) is judged by its words; a value passed on may say anything.
      const text = serialized(value);
      if (inner === 'maybe-error' || (text.type !== 'Literal' && stringText(text) === null)) {
        shape = 'maybe-error';
      }
    }
  }
  // `{ created: false, alreadyExists: true, message: 'Directory already exists' }`: an idempotent
  // operation states what it found; its message describes that outcome, not a failure.
  return shape === 'maybe-error' && statesIdempotentOutcome(object) ? 'other' : shape;
}

const IDEMPOTENT_OUTCOME_KEYS = new Set(['created', 'alreadyExists', 'already_exists', 'existed', 'skipped', 'unchanged']);

function statesIdempotentOutcome(object: TSESTree.ObjectExpression): boolean {
  return object.properties.some((property) => {
    if (property.type !== 'Property' || !IDEMPOTENT_OUTCOME_KEYS.has(propertyKeyName(property) ?? '')) return false;
    const value = skipTransparent(property.value);
    return value.type === 'Literal' && typeof value.value === 'boolean';
  });
}

/** Words that report the request went through; not `unsuccessful`, nor `not successful`. */
const SUCCESS_TEXT = /(?<!\b(?:not|never)\s+)\b(?:success(?:ful(?:ly)?)?|succeeded|fulfilled)\b/i;

/** `rows.map(fn)`, `issues.filter(fn)`, `Array.from(set)`: an array made from another. */
function buildsList(value: TSESTree.Node): boolean {
  if (value.type !== 'CallExpression' || value.callee.type !== 'MemberExpression') return false;
  const name = memberName(value.callee);
  return name === 'map' || name === 'filter' || name === 'flatMap' || (name === 'from' && skipTransparent(value.callee.object).type === 'Identifier');
}

/** `id: job.id`, `jobId`, `uuid`: the body names a record by an id it reads from somewhere. */
function namesRecord(object: TSESTree.ObjectExpression): boolean {
  return object.properties.some((property) => {
    if (property.type !== 'Property' || !RECORD_ID_KEY.test(propertyKeyName(property) ?? '')) return false;
    const value = skipTransparent(property.value);
    return value.type === 'MemberExpression' || value.type === 'Identifier';
  });
}

const RECORD_ID_KEY = /^(?:id|_id|uuid|[a-z]\w*Id)$/;

/** Text that says the request succeeded and names no failure. */
function saysSuccess(value: TSESTree.Node): boolean {
  const text = stringText(value);
  return text !== null && SUCCESS_TEXT.test(text) && !ERROR_TEXT.test(text);
}

function hasKey(object: TSESTree.ObjectExpression, key: string): boolean {
  return object.properties.some((property) => property.type === 'Property' && propertyKeyName(property) === key);
}

/** `failed ? job.error : undefined`, `job.error ?? null`, `job.error || undefined`: an error field that may be empty. */
function mayBeAbsent(value: TSESTree.Node): boolean {
  if (value.type === 'ConditionalExpression') {
    return isEmptyValue(skipTransparent(value.consequent)) || isEmptyValue(skipTransparent(value.alternate));
  }
  return value.type === 'LogicalExpression' && value.operator !== '&&' && isEmptyValue(skipTransparent(value.right));
}

/** A success flag copied from elsewhere (`success: result.success`), not stated as `false`. */
function relaysOutcome(object: TSESTree.ObjectExpression): boolean {
  return object.properties.some((property) => {
    if (property.type !== 'Property' || !FAILURE_FLAGS.has(propertyKeyName(property) ?? '')) return false;
    const value = skipTransparent(property.value);
    return value.type === 'MemberExpression' || value.type === 'Identifier';
  });
}

const WRAPPER_KEYS = new Set(['data', 'result', 'payload', 'response']);
const JOB_STATE_KEYS = new Set(['finished', 'done', 'completed', 'isFinished', 'isDone', 'isComplete']);

/** `success: true`, `success: 'ok'`, or `success: [...]` beside `errors` in a partial result: not a failure. */
function declaresSuccess(object: TSESTree.ObjectExpression): boolean {
  return object.properties.some((property) => {
    if (property.type !== 'Property' || !FAILURE_FLAGS.has(propertyKeyName(property) ?? '')) return false;
    const value = skipTransparent(property.value);
    if (value.type === 'Literal') return value.value === true || (typeof value.value === 'string' && SUCCESS_WORDS.has(value.value.toLowerCase()));
    return value.type === 'ArrayExpression';
  });
}

const SUCCESS_WORDS = new Set(['ok', 'true', 'yes', 'success', 'succeeded', 'done']);

/**
 * `{ found: false, message: 'Customer not found' }`, `{ message: 'All exist', copiedCount: 0 }`:
 * a message beside data, with no error key and no refusal in its words. Sent with a 2xx written
 * out, it is a result the author chose to answer. `{ user: null, message: 'Invalid login' }`
 * refuses, and `{ user: null, error: check.error }` carries an error: both stay errors.
 */
export function isResultWithMessage(body: TSESTree.Node): boolean {
  const node = serialized(body);
  if (node.type !== 'ObjectExpression' || objectShape(node) !== 'maybe-error' || REFUSAL_TEXT.test(bodyText(node))) return false;
  let carriesData = false;
  for (const property of node.properties) {
    if (property.type !== 'Property') continue;
    const key = propertyKeyName(property) ?? '';
    if (ERROR_KEYS.has(key)) return false;
    carriesData ||= isDataKey(key) && !isNullish(skipTransparent(property.value));
  }
  return carriesData;
}

/** Names a handler reads its request through: echoing `req.path` beside an error is no result. */
const REQUEST_NAMES = /^(?:req|request|ctx|c|event|context)$/;

/**
 * `{ type: 'cart', cart, error: { message } }`: an error beside a record the handler holds and no
 * failure flag. Sent with a 2xx written out, it is a partial result the author chose to answer
 * (a cart that could not be completed, with why). `{ user: null, error }` holds no record, and
 * `{ error, path: req.path }` only echoes the request: both stay errors.
 */
export function isResultBesideError(body: TSESTree.Node): boolean {
  const node = serialized(body);
  if (node.type !== 'ObjectExpression') return false;
  let hasError = false;
  let holdsRecord = false;
  for (const property of node.properties) {
    if (property.type !== 'Property') return false;
    const key = propertyKeyName(property) ?? '';
    if (FAILURE_FLAGS.has(key)) return false;
    hasError ||= ERROR_KEYS.has(key);
    if (!isDataKey(key)) continue;
    const value = skipTransparent(property.value);
    let root: TSESTree.Node = value;
    while (root.type === 'MemberExpression') root = skipTransparent(root.object);
    holdsRecord ||= root.type === 'Identifier' && !isNullish(value) && !REQUEST_NAMES.test(root.name);
  }
  return hasError && holdsRecord;
}

/**
 * `{ message }` after `Message.create(…)`, `{ id, title, description }`: a body that reads as a
 * possible error only because a message key holds a value passed on, with no error key and no
 * failing words beside it. After a create, that value is what was made.
 */
export function passesOnMessages(body: TSESTree.Node): boolean {
  const node = serialized(body);
  if (node.type !== 'ObjectExpression') return false;
  return node.properties.every((property) => {
    if (property.type !== 'Property') return true;
    const key = propertyKeyName(property) ?? '';
    if (ERROR_KEYS.has(key) || FAILURE_FLAGS.has(key) || STATED_STATUS_KEYS.has(key)) return false;
    return !MESSAGE_KEYS.has(key) || classifyBody(property.value) === 'other';
  });
}

/** Members a string has: reading one says nothing about what a name holds. */
const STRING_MEMBERS = new Set(['length', 'trim', 'split', 'replace', 'replaceAll', 'includes', 'toLowerCase', 'toUpperCase', 'slice', 'substring', 'startsWith', 'endsWith', 'match', 'concat', 'charAt', 'indexOf', 'at', 'padStart', 'padEnd', 'toString']);

/**
 * `{ message }` where the handler reads `message.id`: a record named "message" (a chat message it
 * saved), not a text. True when every message value of the body is such a name.
 */
export function namesRecordAsMessage(body: TSESTree.Node, scopeOf: (node: TSESTree.Node) => Scope): boolean {
  const node = serialized(body);
  if (node.type !== 'ObjectExpression') return false;
  let found = false;
  for (const property of node.properties) {
    if (property.type !== 'Property') continue;
    const key = propertyKeyName(property) ?? '';
    if (ERROR_KEYS.has(key) || FAILURE_FLAGS.has(key)) return false;
    if (!MESSAGE_KEYS.has(key)) continue;
    const value = skipTransparent(property.value);
    if (value.type !== 'Identifier' || !holdsRecord(value, scopeOf)) return false;
    found = true;
  }
  return found;
}

function holdsRecord(identifier: TSESTree.Identifier, scopeOf: (node: TSESTree.Node) => Scope): boolean {
  const variable = findVariable(scopeOf(identifier), identifier.name);
  return (
    variable?.references.some(({ identifier: used }) => {
      const member = used.parent;
      return member?.type === 'MemberExpression' && member.object === used && !member.computed && !STRING_MEMBERS.has(memberName(member) ?? '');
    }) ?? false
  );
}

/** Keys that carry data rather than say how the request went: `deleted`, `items`, `id`. */
function hasDataKeys(object: TSESTree.ObjectExpression): boolean {
  return object.properties.some((property) => {
    const key = property.type === 'Property' ? propertyKeyName(property) : null;
    return key !== null && isDataKey(key);
  });
}

function isDataKey(key: string): boolean {
  return !ERROR_KEYS.has(key) && !MESSAGE_KEYS.has(key) && !FAILURE_FLAGS.has(key) && !STATUS_KEYS.has(key);
}

const STATUS_KEYS = new Set(['status', 'statusCode', 'code', 'errcode', 'errCode', 'type', 'title']);

/** `null`, `undefined`, `false`, `0`, `[]`, `{}`: an error field that says there is none. */
function isEmptyValue(node: TSESTree.Node): boolean {
  // `{ errorCode: 0, data }`: code 0 says there is no error.
  if (node.type === 'Literal') return node.value === null || node.value === false || node.value === '' || node.value === 0 || node.value === '0';
  if (node.type === 'Identifier') return node.name === 'undefined';
  if (node.type === 'ArrayExpression') return node.elements.length === 0;
  if (node.type === 'ObjectExpression') return node.properties.length === 0;
  return false;
}

/**
 * `err`, `new Error('x')`, `new NotFoundError()`, `createError(404)`, `httpErrors.notFound()`:
 * an Error object itself (not its message), which some frameworks answer as an error.
 */
export function isErrorObject(node: TSESTree.Node): boolean {
  const inner = skipTransparent(node);
  if (inner.type === 'Identifier') return ERROR_NAMES.test(inner.name);
  if (inner.type !== 'NewExpression' && inner.type !== 'CallExpression') return false;
  const callee = skipTransparent(inner.callee);
  if (callee.type === 'Identifier') {
    return inner.type === 'NewExpression' ? ERROR_CLASS.test(callee.name) : ERROR_FACTORY.test(callee.name);
  }
  if (callee.type !== 'MemberExpression') return false;
  const object = skipTransparent(callee.object);
  const objectName = object.type === 'Identifier' ? object.name : object.type === 'MemberExpression' ? memberName(object) : null;
  if (inner.type === 'NewExpression') return ERROR_CLASS.test(memberName(callee) ?? '');
  return objectName === 'httpErrors' || ERROR_FACTORY.test(memberName(callee) ?? '');
}

const ERROR_CLASS = /(?:Error|Exception)$/;
const ERROR_TEXT_MEMBER = /^(?:message|msg|stack)$/;
const ERROR_FACTORY = /^(?:createError|createHttpError|httpError|HttpError)$/;

/** What a failed parse's error is read as: `result.error.flatten()`, `.format()`, `.issues`. */
const FAILURE_VIEWS = new Set(['format', 'flatten', 'issues', 'errors']);

/**
 * `parsed.error`, `result.error.flatten()`, `result.error.issues`: the error of a result object,
 * what zod's `safeParse` (and Joi's `validate`) give back when the input is refused.
 */
function isParseFailure(node: TSESTree.Node): boolean {
  let inner = skipTransparent(node);
  if (inner.type === 'CallExpression' && inner.callee.type === 'MemberExpression' && FAILURE_VIEWS.has(memberName(inner.callee) ?? '')) {
    inner = skipTransparent(inner.callee.object);
  } else if (inner.type === 'MemberExpression' && FAILURE_VIEWS.has(memberName(inner) ?? '')) {
    inner = skipTransparent(inner.object);
  }
  return inner.type === 'MemberExpression' && memberName(inner) === 'error' && skipTransparent(inner.object).type === 'Identifier';
}

/**
 * `err`, `error.details[0]` (Joi), `result.error.issues[0]` (zod), `errors.array()[0]`
 * (express-validator): an error, or a part of one, a few steps down from where it is named.
 */
function comesFromError(node: TSESTree.Node): boolean {
  let current = skipTransparent(node);
  for (let steps = 0; steps < 5; steps++) {
    if (current.type === 'Identifier') return ERROR_NAMES.test(current.name) || (steps > 0 && ERROR_LIST_NAME.test(current.name));
    if (current.type === 'CallExpression') {
      current = skipTransparent(current.callee);
      continue;
    }
    if (current.type !== 'MemberExpression') return false;
    if (!current.computed && ERROR_NAMES.test(memberName(current) ?? '')) return true;
    current = skipTransparent(current.object);
  }
  return false;
}

/**
 * `err`, `err.message`, `err.stack`, `error.toString()`, `String(err)`, `'Failed: ' + err.message`,
 * `err.message || 'Unknown error'`: a value that comes from an error.
 */
function isErrorValue(node: TSESTree.Node): boolean {
  const inner = skipTransparent(node);
  if (inner.type === 'Identifier') return ERROR_NAMES.test(inner.name);
  if (inner.type === 'MemberExpression') return ERROR_TEXT_MEMBER.test(memberName(inner) ?? '') && comesFromError(inner.object);
  if (inner.type === 'BinaryExpression' && inner.operator === '+') return isErrorValue(inner.left) || isErrorValue(inner.right);
  // `e.stack ?? String(e)`, `err.message || 'Unknown error'`: the error's text, or a stand-in for it.
  if (inner.type === 'LogicalExpression' && inner.operator !== '&&') return isErrorValue(inner.left) && isErrorOrText(inner.right);
  // `err instanceof Error ? err.message : String(err)`
  if (inner.type === 'ConditionalExpression') {
    return (isErrorValue(inner.consequent) && isErrorOrText(inner.alternate)) || (isErrorValue(inner.alternate) && isErrorOrText(inner.consequent));
  }
  if (inner.type === 'CallExpression') {
    const callee = skipTransparent(inner.callee);
    if (callee.type === 'Identifier' && callee.name === 'String') {
      return inner.arguments[0] !== undefined && isErrorValue(inner.arguments[0]);
    }
    if (callee.type === 'MemberExpression' && memberName(callee) === 'toString') return isErrorValue(callee.object);
  }
  return false;
}

/** An error's value, or a text standing in for one (`'Unknown error'`). */
function isErrorOrText(node: TSESTree.Node): boolean {
  const inner = skipTransparent(node);
  return isErrorValue(inner) || (inner.type === 'Literal' && typeof inner.value === 'string') || inner.type === 'TemplateLiteral';
}
