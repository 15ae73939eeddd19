/**
 * The Fetch API `Response`, shared by every framework that answers with one (Hono, Next.js,
 * SvelteKit, h3 v2, Elysia, React Router, Workers, Deno, Bun).
 *
 * - `new Response(body, { status })`, `Response.json(body, { status })`: default 200.
 * - `Response.redirect(url, status)`: default 302; only 301, 302, 303, 307, 308 are accepted.
 * - A status outside 200–599 throws a RangeError; a body with 204, 205 or 304 throws a TypeError.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { memberName, skipTransparent } from '../analysis/ast.js';
import type { ResponseFactory } from './adapter.js';

export const RESPONSE_NUMBER_EFFECT =
  'a `Response` whose body is a number answers 200 OK with the digits as text';

/** `new Response(body, init)` and `new X(body, init)` for Response subclasses such as `NextResponse`. */
export const constructedResponse: ResponseFactory = {
  bodyArg: 0,
  statusArg: { index: 1, form: 'init' },
  bodyKind: 'data',
  numericBodyEffect: RESPONSE_NUMBER_EFFECT,
  statusOnly: (code) => `new Response(null, { status: ${code} })`,
  rawBody: true,
};

/** `Response.json(body, init)`. */
export const jsonResponse: ResponseFactory = {
  bodyArg: 0,
  statusArg: { index: 1, form: 'init' },
  bodyKind: 'data',
  numericBodyEffect: 'a JSON response whose body is a number answers 200 OK with the number as JSON',
  statusOnly: (code) => `new Response(null, { status: ${code} })`,
};

/** `Response.redirect(url, status)`. */
export const redirectResponse: ResponseFactory = {
  statusArg: { index: 1, form: 'number' },
  defaultStatus: 302,
  bodyKind: 'redirect',
};

/**
 * Recognises `new Response(...)`, `Response.json(...)`, `Response.redirect(...)` where
 * `isResponseClass` says the identifier names the class (the global `Response`, or an import
 * such as `NextResponse`).
 */
export function webResponseFactory(
  node: TSESTree.Node,
  isResponseClass: (identifier: TSESTree.Identifier) => boolean,
): ResponseFactory | null {
  const inner = skipTransparent(node);
  if (inner.type === 'NewExpression') {
    const callee = skipTransparent(inner.callee);
    return callee.type === 'Identifier' && isResponseClass(callee) ? constructedResponse : null;
  }
  if (inner.type !== 'CallExpression') return null;
  const callee = skipTransparent(inner.callee);
  if (callee.type !== 'MemberExpression') return null;
  const object = skipTransparent(callee.object);
  if (object.type !== 'Identifier' || !isResponseClass(object)) return null;
  const name = memberName(callee);
  if (name === 'json') return jsonResponse;
  if (name === 'redirect') return redirectResponse;
  return null;
}
