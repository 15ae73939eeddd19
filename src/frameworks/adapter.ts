/**
 * The contract between the analysis and a framework. An adapter is mostly data: how the
 * framework declares handlers, and what its response channel looks like (which calls set a
 * status, which send, which throw, which defer). The analysis does the walking.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import type { Variable } from '../analysis/scope.js';
import type { FileContext, ParameterNames } from '../analysis/file-context.js';
import type { BodyKind, FrameworkId, FunctionNode, HttpMethod, StatusText, StatusValue } from '../analysis/model.js';

export interface FrameworkAdapter {
  readonly id: FrameworkId;
  /** The name users know: "Express", "Next.js App Router". */
  readonly name: string;
  /**
   * Packages whose import (or `require`) marks a file as using the framework. A subpath import
   * (`next/server`) counts for its package.
   */
  readonly packages: readonly string[];
  /** File-system routing: true when the file name alone makes the file a route module. */
  readonly isRouteFile?: (filename: string) => boolean;
  /**
   * For files that import none of `packages`: the adapter still reads a file for which this
   * returns true. Express controllers in plain JS import nothing from Express, yet are Express
   * handlers; the check names what such a handler must have (a parameter named like `res`, an
   * exported plugin taking `fastify`) so that every other file is skipped. It must stay cheap —
   * the file's function list and top-level statements, never a walk or a scan of the text.
   */
  readonly detectWithoutImport?: (file: FileContext) => boolean;
  /**
   * Names every handler `detectWithoutImport` can find binds (`res`, `ctx`, `{ app }`). A file
   * where no function binds one is not asked about: the file context finds them all in one pass
   * over its functions, and most files end there.
   */
  readonly detectionNames?: ParameterNames;
  /**
   * What happens to a second send, said for this framework ("Node throws ERR_HTTP_HEADERS_SENT
   * …"). Without it, messages say so in general terms.
   */
  readonly secondSendEffect?: string;
  /** Finds the handlers in a file. Functions in `claimed` belong to an adapter that ran first. */
  findHandlers(file: FileContext, claimed: ReadonlySet<FunctionNode>): HandlerSeed[];
}

/** What an adapter knows about one handler before its body is read. */
export interface HandlerSeed {
  readonly fn: FunctionNode;
  readonly methods: readonly HttpMethod[] | null;
  readonly path: string | null;
  readonly isErrorHandler: boolean;
  /** The request binding, for `request.method === 'POST'` narrowing; `null` when there is none. */
  readonly request: Variable | null;
  /** Bindings the handler answers through (`res`, `reply`, `ctx`, `c`), each with its channel. */
  readonly channels: readonly ChannelBinding[];
  /** How the handler's return value answers; `null` when the framework ignores it. */
  readonly returns: ReturnSpec | null;
  /** With `returns: null`: what the client sees when the handler returns a bare number. */
  readonly ignoredReturnEffect?: string;
  /** Calls that hand a failure to the framework (`next(err)`): the binding and how to read it. */
  readonly delegates?: readonly Variable[];
  /** Framework calls that run a callback after the response (`after()`, `ctx.waitUntil()`). */
  readonly deferrals?: DeferralSpec;
  /**
   * Calls that answer by throwing (`notFound()`, `redirect(url)` from `next/navigation`), found
   * by the adapter for the whole file; the model keeps the ones inside this handler.
   */
  readonly throwCalls?: readonly ThrowCall[];
  /**
   * True when the framework answers as soon as the handler settles (Koa sends once the
   * middleware promise resolves): work the handler neither awaits nor returns (a timer, the
   * callback of a floating promise) then always runs after the answer went out, even when the
   * handler itself never sent anything.
   */
  readonly answersWhenSettled?: boolean;
  /**
   * The parameter that runs the rest of the middleware chain and gives back its promise (`next`
   * in Koa and Hono), with what the client gets when a call of it is neither awaited nor
   * returned: the framework then answers before later middleware has.
   */
  readonly downstream?: { readonly variable: Variable; readonly unawaitedEffect: string };
  /**
   * The statuses the route's own schema declares it answers with (`responses: { 200: … }` in a
   * `createRoute()` of `@hono/zod-openapi`), when the adapter reads one.
   */
  readonly documentedStatuses?: readonly number[];
}

export interface ChannelBinding {
  readonly variable: Variable;
  readonly spec: ChannelSpec;
}

/** `res.json(x)`, `reply.redirect(url, 301)`: what a method call on the channel does. */
export interface SendMethod {
  /** Index of the body argument, if the call takes one. */
  readonly bodyArg?: number;
  /** Index of the argument naming the template or page the call sends: `res.render('error', locals)`, `res.sendFile(join(dir, '500.html'))`. */
  readonly viewArg?: number;
  /** Index of an argument that is the status, if any. */
  readonly statusArg?: number;
  /**
   * `leading-number`: the status is the first argument when it is a number and more follow
   * (`res.redirect(301, url)`), as Express accepts.
   * `number-or-init`: the argument is a status or an init object whose `status` property is one
   * (Hono `c.json(body, 201)`, `c.json(body, { status: 201, headers })`); an init without
   * `status` leaves the status to earlier writes. Suggestions then edit the argument. */
  readonly statusArgForm?: 'always' | 'leading-number' | 'number-or-init';
  /** The status the call sends when none is given (302 for redirects). */
  readonly defaultStatus?: number;
  /**
   * True when the call gives back the channel, so a chain goes on after the send:
   * `res.sendStatus(500).json(x)` sends twice, `res.json(x).status(404)` sets a status too late.
   */
  readonly returnsChannel?: boolean;
  /**
   * The method that sets the same status without sending (`status` for `sendStatus`): a chain
   * that sends again after this call (`res.sendStatus(500).json(x)`) meant that one.
   */
  readonly statusMethod?: string;
  readonly bodyKind: BodyKind;
  /** What the client sees when the body is a bare number. */
  readonly numericBodyEffect?: string;
  /**
   * True when an older version of the framework read a lone bare number as the status, a form
   * since deprecated or removed (Express 4's `res.send(404)`): reports then say so.
   */
  readonly numericBodyDeprecatedForm?: boolean;
  /**
   * What the client sees when the body is a bare number and more arguments follow, for a
   * method that once read that number as the status (Express 4's deprecated
   * `res.send(404, body)`, removed in Express 5). Setting it lets a fix move the number into
   * `preferredStatusMethod`: `res.status(404).send(body)`.
   */
  readonly numericBodyWithArgumentsEffect?: string;
  /**
   * False when the call only records the answer and the framework sends it later, so a later
   * status write or send on the same path replaces it rather than failing (Koa `ctx.redirect`).
   * Default true.
   */
  readonly terminal?: boolean;
  /**
   * The status the call always answers with, whatever was set before: `reply.notFound()`
   * (`@fastify/sensible`) answers 404, `reply.callNotFound()` runs the 404 handler.
   */
  readonly fixedStatus?: number;
  /**
   * True when an Error passed as the body is answered as an error, its status taken from the
   * error (`err.statusCode`, else 500): Fastify `reply.send(err)`. The send's status is then
   * dynamic rather than the default.
   */
  readonly errorObjectBody?: boolean;
}

/**
 * A response object reached through a binding: Express `res`, Fastify `reply`, Koa `ctx`,
 * Hono `c`. Every table is keyed by member name.
 */
export interface ChannelSpec {
  /** Chainable calls that set the status: `res.status(n)`, `reply.code(n)`, `c.status(n)`. */
  readonly statusMethods: Readonly<Record<string, { readonly arg: number }>>;
  /** Properties whose assignment sets the status: `res.statusCode`, `ctx.status`. */
  readonly statusProperties: readonly string[];
  /**
   * The status those properties read until something sets one: Node's `res.statusCode` is 200
   * from the start, Koa's `ctx.status` 404 until a body is set.
   */
  readonly heldStatus?: number;
  /** Chainable calls that touch neither status nor body: `res.set()`, `reply.header()`. */
  readonly chainMethods: readonly string[];
  /** Calls that send. */
  readonly sendMethods: Readonly<Record<string, SendMethod>>;
  /**
   * True when send calls only build a response that the handler must return (Hono `c.json`):
   * a call that is not returned sends nothing and is not recorded; a returned one is terminal.
   */
  readonly sendsOnlyWhenReturned?: boolean;
  /** Properties whose assignment is the body (`ctx.body = x`); the framework sends it later. */
  readonly bodyProperties: readonly string[];
  /** What the client sees when a bare number is assigned as the body. */
  readonly numericBodyPropertyEffect?: string;
  /** Calls that throw an HTTP error: `ctx.throw(404)`; the value is the status argument index. */
  readonly throwMethods: Readonly<Record<string, { readonly statusArg: number }>>;
  /** Members that lead to the same channel: `ctx.response`. */
  readonly aliasMembers: readonly string[];
  /** Properties that tell whether the response already went out: `res.headersSent`. */
  readonly sentProperties: readonly string[];
  /** Listener registrations on the channel that run after the response: `res.on('finish')`. */
  readonly lifecycleEvents?: { readonly methods: readonly string[]; readonly events: readonly string[] };
  /** The member used to add a status to a send in a suggestion: `status` gives `res.status(201).json(x)`. */
  readonly preferredStatusMethod?: string;
  /** The property used to add a status in a suggestion when sends are assignments: `ctx.status = 201`. */
  readonly preferredStatusProperty?: string;
  /** How a send answering only a status reads: `res.sendStatus(404)`. `receiver` is the channel's text. */
  readonly statusOnly?: (receiver: string, code: StatusText) => string;
}

/** A call that builds a response object: `Response.json(b, init)`, `c.json(b, 404)`. */
export interface ResponseFactory {
  readonly bodyArg?: number;
  /** Where the status goes: an init object (`{ status }`), or a number or init object. */
  readonly statusArg?: { readonly index: number; readonly form: 'init' | 'number-or-init' | 'number' };
  readonly defaultStatus?: number;
  readonly bodyKind: BodyKind;
  readonly numericBodyEffect?: string;
  /** How the same response reads with only a status: `new Response(null, { status: 404 })`. */
  readonly statusOnly?: (code: StatusText) => string;
  /**
   * True when the body goes out as given, not serialized (`new Response(body)`): a body that is
   * another response's (`new Response(upstream.body)`, axios's `upstream.data`) relays it as a stream.
   */
  readonly rawBody?: boolean;
}

/** How returned values answer. */
export interface ReturnSpec {
  /** Recognises a response-building expression; `null` for anything else. */
  readonly factoryOf: (node: TSESTree.Expression) => ResponseFactory | null;
  /**
   * What a returned value that is not a response does: `body` (sent with the default status,
   * Fastify), `invalid` (the framework rejects it, Next.js). Express ignores return values and
   * has no ReturnSpec; its numeric returns are covered by `HandlerSeed.ignoredReturnEffect`.
   */
  readonly plainValue: 'body' | 'invalid';
  /** What the client sees when a bare number is returned. */
  readonly numericReturnEffect: string;
  /** How a returned bare number reads when answered as a status instead: `new Response(null, { status: 404 })`. */
  readonly numericReturnStatusOnly?: (code: StatusText) => string;
  /**
   * `body` when every returned value is sent, not only literals and object or array
   * expressions: `return user`, `return await db.find(id)` (Fastify). Returned promise chains
   * (`.then()`) and calls that are handed the channel (`return send(reply, x)`) stay unknown.
   */
  readonly opaqueValues?: 'body';
  /** True when a returned Error is answered as an error with the error's status (Fastify `return err`). */
  readonly errorObjectBody?: boolean;
  /**
   * A statement that sets the status before a `return` of a plain value, for suggestions:
   * `reply.code(201);` gives `reply.code(201); return user;`. Without it, such returns get none.
   */
  readonly statusBeforeReturn?: (code: number) => string;
}

/** A call that throws an HTTP answer, with the status the framework gives it. */
export interface ThrowCall {
  /** The call, or the constructed error that is thrown (`throw new HTTPException(404)`). */
  readonly node: TSESTree.CallExpression | TSESTree.NewExpression;
  readonly status: StatusValue;
}

export interface DeferralSpec {
  /** Recognises a call whose function argument runs after the response; returns its description. */
  readonly describe: (call: TSESTree.CallExpression) => string | null;
  /**
   * Recognises a call that takes a promise (or a callback) and lets it finish after the
   * response (`waitUntil(p)`, `after(p)`): every function anywhere inside its arguments runs
   * late (`waitUntil(save().then(() => ...))`). Returns its description.
   */
  readonly describeWithin?: (call: TSESTree.CallExpression) => string | null;
}
