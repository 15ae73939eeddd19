/**
 * The statuses a route declares beside its handler, in the middleware or description it is
 * registered with: `describeRoute({ responses: { 200: … } })` (hono-openapi), `createRoute()`'s
 * `responses` (@hono/zod-openapi), a guard that checks and publishes them
 * (`koaGuard({ body, response, status: [200, 400] })`, Logto's), a Fastify route's
 * `schema.response`. That is the route's published contract: a rule that would change its status
 * leaves it to the authors.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { propertyKeyName, skipTransparent } from '../analysis/ast.js';
import { isStatusLikeNumber } from '../analysis/status-codes.js';
import { knownNumber } from '../analysis/status-value.js';

/** The statuses declared by the first argument of a registration that declares any. */
export function declaredStatusesIn(args: readonly TSESTree.Node[]): readonly number[] | undefined {
  for (const argument of args) {
    const node = skipTransparent(argument);
    const options = node.type === 'CallExpression' && node.arguments[0] ? skipTransparent(node.arguments[0]) : null;
    if (options?.type !== 'ObjectExpression') continue;
    const declared = declaredStatuses(options);
    if (declared) return declared;
  }
  return undefined;
}

/** `{ responses: { 200: …, '404': … } }` or `{ status: [200, 400] }`: the statuses named. */
export function declaredStatuses(description: TSESTree.ObjectExpression): number[] | undefined {
  const responses = property(description, 'responses');
  if (responses?.type === 'ObjectExpression') return statusKeys(responses, false)!;
  const status = property(description, 'status');
  const listed = status?.type === 'ArrayExpression' ? status.elements : status ? [status] : [];
  const codes = listed.flatMap((element) => (element?.type === 'Literal' && isStatusLikeNumber(element.value) ? [element.value] : []));
  return codes.length > 0 ? codes : undefined;
}

function property(object: TSESTree.ObjectExpression, name: string): TSESTree.Node | null {
  const found = object.properties.find((entry) => propertyKeyName(entry) === name);
  return found?.type === 'Property' ? skipTransparent(found.value) : null;
}

/**
 * `{ schema: { response: { 200: Note } } }`: the statuses a Fastify route's response schema
 * serializes. A success range (`'2xx'`) or `default` covers any status, so it declares none in
 * particular; an error range (`'4xx'`) leaves the successes to the codes named.
 * `resolve` reads a schema a name holds.
 */
export function responseSchemaStatuses(
  options: TSESTree.ObjectExpression,
  resolve: (node: TSESTree.Node) => TSESTree.Node = (node) => node,
): readonly number[] | undefined {
  // `const schema = { response: { 200: … } }; fastify.post('/', { schema }, handler)`
  const named = property(options, 'schema');
  const schema = named && resolve(named);
  const response = schema?.type === 'ObjectExpression' ? property(schema, 'response') : null;
  if (response?.type !== 'ObjectExpression') return undefined;
  const codes = statusKeys(response, true);
  return codes && codes.length > 0 ? codes : undefined;
}

/** `'4xx'`, `'5xx'`: a range of errors only, which says nothing of the successes. */
const ERROR_RANGE = /^[45]xx$/i;

/**
 * The statuses an object is keyed by (`{ 200: …, '404': … }`, `{ [StatusCodes.OK]: … }`). Other
 * keys are passed over, or, with `everyKey`, make the answer `undefined` (save an error range).
 */
function statusKeys(object: TSESTree.ObjectExpression, everyKey: boolean): number[] | undefined {
  const codes: number[] = [];
  for (const entry of object.properties) {
    const name = propertyKeyName(entry);
    const code = entry.type === 'Property' && entry.computed ? knownNumber(entry.key, undefined) : Number(name);
    if (isStatusLikeNumber(code)) codes.push(code);
    else if (everyKey && !ERROR_RANGE.test(name ?? '')) return undefined;
  }
  return codes;
}
