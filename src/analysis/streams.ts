/**
 * Responses that stream: `new Response(readable, { headers: { 'Content-Type': 'text/event-stream' } })`.
 * A stream is an answer in progress (server-sent events, a model's tokens, a file being read),
 * not a resource or an error body, so the body rules leave it alone.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { calleeName, memberName, propertyKeyName, skipTransparent } from './ast.js';
import { resolveConstant, type Scope } from './scope.js';

/**
 * Names people give a stream (`stream`, `readableStream`) and the calls that make one
 * (`toReadableStream()`, `createReadStream()`, `iteratorToStream()`).
 */
const STREAM_NAME = /(?:^s|S)tream$/;
/** Stream classes a body can be made from. */
const STREAM_CLASSES = new Set(['ReadableStream', 'PassThrough', 'Readable']);
/** Content types that stream: server-sent events, newline-delimited JSON. */
const STREAMING_TYPE = /^\s*(?:text\/event-stream|application\/(?:x-)?ndjson)\b/i;

/** True when `body` is a stream: made as one, named as one, or a const holding one. */
export function isStreamBody(body: TSESTree.Node, scopeOf: (node: TSESTree.Node) => Scope): boolean {
  const inner = skipTransparent(body);
  switch (inner.type) {
    case 'NewExpression':
      return inner.callee.type === 'Identifier' && STREAM_CLASSES.has(inner.callee.name);
    case 'CallExpression': {
      const name = calleeName(inner) ?? '';
      return STREAM_NAME.test(name) || name === 'pipeThrough';
    }
    case 'MemberExpression':
      // `transform.readable`, `result.stream`
      return memberName(inner) === 'readable' || STREAM_NAME.test(memberName(inner) ?? '');
    case 'Identifier': {
      if (STREAM_NAME.test(inner.name)) return true;
      const init = resolveConstant(inner, scopeOf(inner));
      return init !== null && init.type !== 'Identifier' && isStreamBody(init, scopeOf);
    }
    default:
      return false;
  }
}

/** True when an init object's literal `headers` say the body streams (`text/event-stream`). */
export function declaresStreamingType(init: TSESTree.Node | undefined): boolean {
  const object = init && skipTransparent(init);
  if (object?.type !== 'ObjectExpression') return false;
  for (const property of object.properties) {
    if (property.type !== 'Property' || propertyKeyName(property) !== 'headers') continue;
    const headers = skipTransparent(property.value);
    if (headers.type !== 'ObjectExpression') return false;
    return headers.properties.some(
      (header) =>
        header.type === 'Property' &&
        propertyKeyName(header)?.toLowerCase() === 'content-type' &&
        header.value.type === 'Literal' &&
        typeof header.value.value === 'string' &&
        STREAMING_TYPE.test(header.value.value),
    );
  }
  return false;
}
