/**
 * Does a response body read as an error? The one place that decides it, so every rule agrees.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { memberName, propertyKeyName, skipTransparent } from './ast.js';

/**
 * `error`: reads as an error wherever it is sent (`{ error: 'x' }`, `{ success: false }`,
 * `err.message`). `maybe-error`: reads as an error only inside an error branch (`{ message }`,
 * `'User not found'`). `other`: data.
 */
export type BodyShape = 'error' | 'maybe-error' | 'other';

const ERROR_KEYS = new Set(['error', 'errors', 'err', 'errorMessage', 'error_message', 'errorMsg', 'errorCode', 'error_code']);
const MESSAGE_KEYS = new Set(['message', 'msg', 'detail', 'details', 'reason', 'description']);
const FAILURE_FLAGS = new Set(['success', 'ok', 'succeeded']);
const FAILURE_STATUS_WORDS = new Set(['error', 'fail', 'failed', 'failure']);
const ERROR_NAMES = /^(?:e|err|error|ex|exc|exception|\w*Error)$/;

/** Words that make a message read as a failure. */
export const ERROR_TEXT =
  /\b(?:not found|no such|(?:does|do)(?: not|n'?t) exist|invalid|missing|required|unauthori[sz]ed|unauthenticated|forbidden|not allowed|denied|fail(?:ed|ure)?|errors?|wrong|bad request|already (?:exists?|taken|registered|in use)|expired|too many|unable|cannot|can'?t|could ?n[o']t|not permitted|incorrect|must|not authori[sz]ed|no permission|conflict)\b/i;

export function classifyBody(body: TSESTree.Node): BodyShape {
  const node = skipTransparent(body);
  switch (node.type) {
    case 'ObjectExpression':
      return objectShape(node);
    case 'Literal':
      return typeof node.value === 'string' && ERROR_TEXT.test(node.value) ? 'maybe-error' : 'other';
    case 'TemplateLiteral':
      if (node.expressions.some((expression) => isErrorValue(expression))) return 'error';
      return node.quasis.some((quasi) => ERROR_TEXT.test(quasi.value.cooked ?? '')) ? 'maybe-error' : 'other';
    default:
      return isErrorValue(node) ? 'error' : 'other';
  }
}

/** The text a body says, when it says one: `'Not found'`, `{ message: 'Not found' }`. */
export function bodyText(body: TSESTree.Node): string {
  const node = skipTransparent(body);
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral') return node.quasis.map((quasi) => quasi.value.cooked ?? '').join(' ');
  if (node.type !== 'ObjectExpression') return '';
  return node.properties
    .map((property) => (property.type === 'Property' ? bodyText(property.value) : ''))
    .filter(Boolean)
    .join(' ');
}

function objectShape(object: TSESTree.ObjectExpression): BodyShape {
  let shape: BodyShape = 'other';
  for (const property of object.properties) {
    if (property.type !== 'Property') continue;
    const key = propertyKeyName(property);
    if (key === null) continue;
    const value = skipTransparent(property.value);
    if (ERROR_KEYS.has(key)) {
      if (isEmptyValue(value)) continue;
      if (value.type === 'Identifier' && property.shorthand) shape = 'maybe-error';
      else if (value.type === 'Identifier' && !ERROR_NAMES.test(value.name)) shape = 'maybe-error';
      else return 'error';
    } else if (FAILURE_FLAGS.has(key) && value.type === 'Literal' && value.value === false) {
      return 'error';
    } else if (
      key === 'status' &&
      value.type === 'Literal' &&
      typeof value.value === 'string' &&
      FAILURE_STATUS_WORDS.has(value.value.toLowerCase())
    ) {
      return 'error';
    } else if (MESSAGE_KEYS.has(key)) {
      const inner = classifyBody(value);
      if (inner === 'error') return 'error';
      if (inner === 'maybe-error' || (value.type !== 'Literal' && value.type !== 'TemplateLiteral')) {
        shape = 'maybe-error';
      }
    }
  }
  return shape;
}

/** `null`, `undefined`, `false`, `[]`, `{}`: an error field that says there is none. */
function isEmptyValue(node: TSESTree.Node): boolean {
  if (node.type === 'Literal') return node.value === null || node.value === false || node.value === '';
  if (node.type === 'Identifier') return node.name === 'undefined';
  if (node.type === 'ArrayExpression') return node.elements.length === 0;
  if (node.type === 'ObjectExpression') return node.properties.length === 0;
  return false;
}

/** `err`, `err.message`, `error.toString()`, `String(err)`: a value that comes from an error. */
function isErrorValue(node: TSESTree.Node): boolean {
  const inner = skipTransparent(node);
  if (inner.type === 'Identifier') return ERROR_NAMES.test(inner.name);
  if (inner.type === 'MemberExpression') {
    const object = skipTransparent(inner.object);
    return object.type === 'Identifier' && ERROR_NAMES.test(object.name) && memberName(inner) === 'message';
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
