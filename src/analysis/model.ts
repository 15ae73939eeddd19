/**
 * The handler model: the facts every rule reads. Adapters find handlers and describe their
 * channels; `handler-model.ts` turns that into these objects once per file.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { Variable } from './scope.js';

export type FunctionNode =
  | TSESTree.ArrowFunctionExpression
  | TSESTree.FunctionDeclaration
  | TSESTree.FunctionExpression;

export const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export type FrameworkId =
  | 'express'
  | 'fastify'
  | 'koa'
  | 'hono'
  | 'next-app'
  | 'next-pages'
  | 'next-middleware'
  | 'web'
  | 'nestjs'
  | 'sveltekit'
  | 'h3'
  | 'elysia'
  | 'react-router'
  | 'node-http';

/** A status as the code states it. */
export type StatusValue =
  | { readonly kind: 'explicit'; readonly code: number; readonly node: TSESTree.Node }
  | { readonly kind: 'dynamic'; readonly node: TSESTree.Node }
  | { readonly kind: 'implicit' };

export const IMPLICIT_STATUS: StatusValue = Object.freeze({ kind: 'implicit' });

/** What a send carries besides its status. */
export type BodyKind =
  /** JSON, text or any value the client reads as the answer */
  | 'data'
  /** no body at all (`res.end()`, `reply.send()`) */
  | 'none'
  /** a redirect */
  | 'redirect'
  /** a file, a stream, or a rendered template */
  | 'file'
  /** the status text itself (`res.sendStatus(404)`) */
  | 'status-text';

/**
 * A status as a suggestion writes it into code: a number, or the text of an expression that
 * gives one (`ok ? 204 : 404`).
 */
export type StatusText = number | string;

/** Edits a rule may offer; each is built by the adapter that knows the syntax. */
export interface SendFixes {
  /** Makes this send carry `code` as its status. */
  readonly setStatus?: (fixer: TSESLint.RuleFixer, code: number) => TSESLint.RuleFix | TSESLint.RuleFix[];
  /** Replaces this send with one that answers `code` with no body. */
  readonly statusOnly?: (fixer: TSESLint.RuleFixer, code: StatusText) => TSESLint.RuleFix;
  /** How `statusOnly` reads, for the suggestion's message. */
  readonly statusOnlyText?: (code: StatusText) => string;
  /**
   * For a bare-number body followed by more arguments (Express 4's deprecated
   * `res.send(404, 'x')`): moves the number into a status write and keeps the rest,
   * `res.status(404).send('x')`.
   */
  readonly statusFromBody?: (fixer: TSESLint.RuleFixer, code: StatusText) => TSESLint.RuleFix;
  /** How `statusFromBody` reads, for the suggestion's message. */
  readonly statusFromBodyText?: (code: StatusText) => string;
  /** Makes this send only set its status (`res.sendStatus(500)` becomes `res.status(500)`). */
  readonly statusWriteOnly?: (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix;
  /** The method `statusWriteOnly` calls instead, for the suggestion's message. */
  readonly statusWriteMethod?: string;
}

interface OpBase {
  /** The node a report points at. */
  readonly node: TSESTree.Node;
  /** The innermost function around the op (the handler or a callback inside it). */
  readonly fn: FunctionNode;
  /** The deferred region the op runs in, if any. */
  readonly deferred: DeferredRegion | null;
  /** True when the op sits under a `headersSent`-style check, which makes late writes deliberate. */
  readonly guardedBySentCheck: boolean;
  /**
   * The nearest `if (res.headersSent) return;` before the op in a block around it: it leaves when
   * something was sent, so the op cannot come after a send made before that check.
   */
  readonly sentExit?: TSESTree.IfStatement;
}

/** `res.status(n)`, `res.statusCode = n`, `ctx.status = n`, `c.status(n)`, `reply.code(n)`. */
export interface StatusWrite extends OpBase {
  readonly kind: 'status';
  readonly status: StatusValue;
}

/** Whatever ends the exchange, with a body or none. */
export interface Send extends OpBase {
  readonly kind: 'send';
  /** The status the send itself carries (chained, or an argument); `implicit` otherwise. */
  readonly status: StatusValue;
  readonly body: TSESTree.Node | null;
  readonly bodyKind: BodyKind;
  /**
   * True when the exchange is over once this runs, so that a later status write or send
   * on the same path is lost or throws. Koa's `ctx.body = x` is not terminal.
   */
  readonly terminal: boolean;
  /**
   * True when the handler answers by returning this value (`return Response.json(x)`, Fastify's
   * `return data`): nothing goes out until the handler returns, so code after it that fails
   * (a `finally`, an `await` in the `try`) replaces the answer rather than sending a second one.
   */
  readonly returned: boolean;
  /** What the client sees when the body is a bare number, said for this framework and call. */
  readonly numericBodyEffect: string | null;
  /**
   * True when the bare number sits in a form the framework once read as the status and has since
   * deprecated or removed (Express 4's `res.send(404)` and `res.send(404, body)`), so that what
   * the client sees depends on the framework's version.
   */
  readonly numericBodyDeprecatedForm: boolean;
  /** The template a rendering send names (`res.render('error')`), when static. */
  readonly view: string | null;
  /**
   * The text a call to a same-file builder passes into the builder's own body:
   * `fail('id is required')` for `const fail = (message) => Response.json({ error: message })`.
   */
  readonly suppliedText: string | null;
  readonly fixes: SendFixes;
}

/** An error the framework turns into a status: `ctx.throw(404)`, `next(err)`, `throw new HTTPException(404)`. */
export interface HttpThrow extends OpBase {
  readonly kind: 'throw';
  readonly status: StatusValue;
  /**
   * True for `next(err)`: the error goes to error middleware, which answers, and the handler
   * goes on after the call unless it returns. A `throw` or `ctx.throw()` ends the handler.
   */
  readonly handsOn: boolean;
}

export type ResponseOp = StatusWrite | Send | HttpThrow;

/** Code that runs after the handler has answered, or may. */
export interface DeferredRegion {
  readonly fn: FunctionNode;
  /** The call that schedules the region (`setTimeout(...)`, `promise.then(...)`, `after(...)`). */
  readonly registration: TSESTree.Node;
  /**
   * `always`: the region runs after the response by definition (`res.on('finish')`, `after()`,
   * `waitUntil()`). `if-handler-sends`: it runs later than the handler's own synchronous code,
   * so it is late only when that code sends (timers, un-awaited promises).
   */
  readonly timing: 'always' | 'if-handler-sends';
  /** Words for messages: "a `setTimeout` callback". */
  readonly description: string;
  /**
   * A watchdog's `clearTimeout(timer)` calls in the handler: past one of them the timer can no
   * longer fire, so a send there races it instead of coming before it.
   */
  readonly clears?: readonly TSESTree.CallExpression[];
}

export interface Handler {
  readonly framework: FrameworkId;
  readonly fn: FunctionNode;
  /** The methods the handler answers; `null` when unknown (a controller, `app.use`, `app.all`). */
  readonly methods: readonly HttpMethod[] | null;
  /** The route path when static. */
  readonly path: string | null;
  /** The request binding, for `request.method` checks; `null` when there is none. */
  readonly request: Variable | null;
  /** Error middleware: every send in it answers a failure. */
  readonly isErrorHandler: boolean;
  /** True when the handler answers through its return value (Hono, Next.js, Fetch handlers). */
  readonly respondsByReturn: boolean;
  /** What happens to a second send in this framework, for messages. */
  readonly secondSendEffect: string;
  /** Status writes, sends and throws, in source order. */
  readonly ops: readonly ResponseOp[];
  /** Calls that hand the channel to another handler of the file which answers, on every path or on some. */
  readonly handOffs: readonly HandOff[];
  /** The statuses the route's own schema declares (an OpenAPI route's `responses`); `null` when none is read. */
  readonly documentedStatuses: readonly number[] | null;
  /** `next();` in middleware: calls of the rest of the chain that nothing awaits or returns. */
  readonly unawaitedDownstream: readonly UnawaitedDownstream[];
  /** `next()` with no error in Express: the request goes on to handlers that answer it. */
  readonly passOns: readonly PassOn[];
  /** `apiStatus(res, 'Not allowed', 401);`: calls of another module's function handed the response and a status, which answers. */
  readonly answeringCalls: readonly AnsweringCall[];
  /**
   * Reads of the status the response holds (`res.statusCode` as a value), each with the status
   * it holds until something sets one (200 in Node).
   */
  readonly heldStatusReads: ReadonlyMap<TSESTree.Node, number>;
}

/** `next()`: hands the request to the next matching middleware or route, which answers it. */
export interface PassOn extends OpBase {
  readonly node: TSESTree.CallExpression;
}

/**
 * `sendError(res, 404, 'Not found');`: a function of another module, named for answering, handed the
 * response and a status as a statement. Its code is not in the file, but the call answers.
 */
export interface AnsweringCall extends OpBase {
  readonly node: TSESTree.CallExpression;
}

/** `next();` in Koa or Hono middleware: later middleware runs, but the answer does not wait for it. */
export interface UnawaitedDownstream {
  readonly node: TSESTree.CallExpression;
  /** What the client gets, for messages. */
  readonly effect: string;
}

/** `await listConnections(req, res)`, where `listConnections` answers: for the caller, a send. */
export interface HandOff extends OpBase {
  readonly node: TSESTree.CallExpression;
  /** The handler that answers. */
  readonly helper: Handler;
  /** True when the helper answers on every path; false when only on some (`applyCors(origin, res)` refusing an origin). */
  readonly always: boolean;
}

export interface HandlerModel {
  readonly handlers: readonly Handler[];
}
