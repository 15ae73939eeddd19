/**
 * The contract between the analysis and a framework. An adapter is mostly data: how the
 * framework declares handlers, and what its response channel looks like (which calls set a
 * status, which send, which throw, which defer). The analysis does the walking.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import type { Variable } from '../analysis/scope.js';
import type { FileContext } from '../analysis/file-context.js';
import type { BodyKind, FrameworkId, FunctionNode, HttpMethod } from '../analysis/model.js';

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
   * Whether the adapter should look at a file whose imports did not name its packages. Express
   * controllers in plain JS import nothing from Express, yet are Express handlers.
   */
  readonly detectWithoutImport?: boolean;
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
}

export interface ChannelBinding {
  readonly variable: Variable;
  readonly spec: ChannelSpec;
}

/** `res.json(x)`, `reply.redirect(url, 301)`: what a method call on the channel does. */
export interface SendMethod {
  /** Index of the body argument, if the call takes one. */
  readonly bodyArg?: number;
  /** Index of an argument that is the status, if any. */
  readonly statusArg?: number;
  /**
   * `leading-number`: the status is the first argument when it is a number and more follow
   * (`res.redirect(301, url)`), as Express accepts. */
  readonly statusArgForm?: 'always' | 'leading-number';
  /** The status the call sends when none is given (302 for redirects). */
  readonly defaultStatus?: number;
  readonly bodyKind: BodyKind;
  /** What the client sees when the body is a bare number. */
  readonly numericBodyEffect?: string;
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
  /** Chainable calls that touch neither status nor body: `res.set()`, `reply.header()`. */
  readonly chainMethods: readonly string[];
  /** Calls that send. */
  readonly sendMethods: Readonly<Record<string, SendMethod>>;
  /** Calls that send on the caller's behalf but the framework sends only when returned (Hono `c.json`). */
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
  readonly statusOnly?: (receiver: string, code: number) => string;
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
  readonly statusOnly?: (code: number) => string;
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
}

export interface DeferralSpec {
  /** Recognises a call whose function argument runs after the response; returns its description. */
  readonly describe: (call: TSESTree.CallExpression) => string | null;
}
