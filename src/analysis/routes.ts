/** What a route path says about the route: an action, a machine receiver, a question. */

import { isAbsolute } from 'node:path';
import { cached } from '../utils/cached.js';
import type { HttpMethod } from './model.js';

/**
 * Routes whose last segment names an action rather than a collection: `POST /auth/login`,
 * `POST /search`, `POST /send-otp` may write records, yet answer 200 by design. So may every
 * route under an area that machines call (`/webhooks/stripe`, `/cron/cleanup`,
 * `/callback/github`, `/import/csv`), which file-system routing nests deeper than one segment.
 */
const ACTION_SEGMENT =
  /^(?:login|log-in|logout|log-out|signin|sign-in|signout|sign-out|authenticate|auth|token|tokens|refresh|refresh-token|verify|verification|validate|search|query|filter|webhook|webhooks|callback|graphql|rpc|trpc|check|preview|calculate|estimate|send|notify|reset|reset-password|forgot-password|forgot|confirm|subscribe|unsubscribe|track|event|collect|beacon|pageview|visit|ping|health|batch|bulk|import|export|sync|execute|run|process|charge|checkout|pay|transfer|merge|rsvp|mcp|vote|upvote|downvote|unvote|like|unlike|flag|unflag|report|react|unreact|share|unshare|hide|unhide|dismiss|snooze|watch|unwatch|follow|unfollow|read|seen|ack|acknowledge|favourite|unfavourite|favorite|unfavorite|bookmark|unbookmark|pin|unpin|reblog|unreblog|boost|unboost|star|unstar|mute|unmute|block|unblock|renew|begin|start|stop|restart|deploy|redeploy|rollback|cancel|abort|complete|finalize|update|edit|rename|move|delete|remove|approve|reject|publish|archive|restore|accept|decline|authorize|revoke|resend|retry|trigger|redeem|claim|join|leave|generate|initiate|init|initialize|setup|install|onboard|onboarding|upsert|transition|assign|unassign|reassign|promote|demote|password|rotate|regenerate|unlock|submit|apply|repair|migrate|seed|empty|enable|disable|activate|deactivate|login-with-\w+)$/i;
/** A last segment that starts with an action verb: `send-otp`, `set_password`, `verify-email`, `empty_trash`; or names a batch (`bulk-create`), which answers per item. */
const ACTION_PREFIX =
  /^(?:send|resend|set|reset|generate|regenerate|initiate|publish|upsert|verify|validate|check|confirm|accept|decline|request|sync|refresh|revoke|rotate|trigger|retry|test|start|stop|cancel|abort|complete|finish|connect|disconnect|enable|disable|mark|toggle|ensure|install|empty|bulk|batch)[-_]/i;
/**
 * A last segment that names a link to sign in, pay or upload with (`authorization-uri`,
 * `uploadUrl`, `portal-link`): whatever the route records on the way, the answer is the link.
 * A link that is the resource (`short-url`, `/links`) is not one of these.
 */
const ACTION_LINK =
  /^(?:authorization|authorize|auth|oauth|login|signin|magic|upload|download|signed|presigned|signed-read|read|file|image|media|export|portal|checkout|billing|payment|redirect|connect|install|verification|reset)-?(?:uri|url|link)s?$/i;
/** OpenTelemetry's OTLP/HTTP export paths, which answer 200 by that protocol. */
const OTLP_EXPORT = /(?:^|\/)v1\/(?:traces|logs|metrics)$/;
/** Areas whose routes are called by machines or run actions: webhooks, cron jobs, OAuth, import and password-reset flows. */
const ACTION_AREA =
  /^(?:cron|crons|webhook|webhooks|callback|callbacks|oauth|import|export|triggers|reset-password|password-reset|forgot-password)$/i;
/**
 * Areas that are also collections a user adds to: `/triggers/github` and `/api/cron/cleanup` are
 * called by machines, but `POST /signals/:id/triggers`, `/projects/:id/webhooks` and
 * `/workspaces/:id/cron/jobs` save the user's own trigger, hook or job. They are areas only
 * above another segment, and not right under a resource's id.
 */
const COLLECTION_AREA = /^(?:triggers|webhooks|cron|crons)$/i;
/**
 * `/auth/dev-session`, `/auth/guest-session`: a session asked for under `auth` is a sign-in; so is
 * a step a sign-in flow returns to (`/auth/success`, `/auth/done`), which stores its token.
 */
const SIGN_IN_STEP = /^(?:(?:[a-z]+-)?session|success|done|return)$/i;

export function isActionRoute(path: string | null): boolean {
  return remembered(actionRoutes, path, readsAsAction);
}

function readsAsAction(path: string | null): boolean {
  if (path && OTLP_EXPORT.test(path)) return true;
  const segments = staticSegments(path);
  const last = segments.at(-1);
  if (last === undefined) return false;
  const collections = userCollections(path);
  // `/projects/:id/webhooks`: the project's own hooks, whatever the area's name says.
  if (COLLECTION_AREA.test(last) && collections.has(segments.length - 1)) return false;
  const firstWord = firstCamelWord(last);
  return (
    ACTION_SEGMENT.test(last) ||
    (SIGN_IN_STEP.test(last) && segments.includes('auth')) ||
    ACTION_PREFIX.test(last) ||
    ACTION_SEGMENT.test(lastWord(last)) ||
    namesFormAction(last) ||
    ACTION_SEGMENT.test(firstWord) ||
    (firstWord !== last && ACTION_PREFIX.test(`${firstWord}-`)) ||
    ACTION_LINK.test(last) ||
    segments.some((segment) => NAMED_WEBHOOK.test(segment)) ||
    segments.some(
      (segment, index) =>
        ACTION_AREA.test(segment) && !(COLLECTION_AREA.test(segment) && (index === segments.length - 1 || collections.has(index))),
    )
  );
}

/**
 * The indexes, among the static segments, of those right under a dynamic one
 * (`webhooks` in `/projects/:id/webhooks`): a resource's own collections.
 */
function userCollections(path: string | null): Set<number> {
  const found = new Set<number>();
  if (!path) return found;
  let index = -1;
  let afterDynamic = false;
  for (const segment of path.split(/[/.]/)) {
    if (!segment) continue;
    if (isDynamic(segment)) {
      afterDynamic = true;
      continue;
    }
    index++;
    if (afterDynamic) found.add(index);
    afterDynamic = false;
  }
  return found;
}

function isDynamic(segment: string): boolean {
  return segment.startsWith(':') || /^[[{]/.test(segment);
}

/** `checkout_action`, `setup-submit`: an action's name with a suffix that says it is one. */
function namesFormAction(segment: string): boolean {
  const match = /^([a-z]+)[-_](?:action|submit|handler)$/i.exec(segment);
  return match !== null && ACTION_SEGMENT.test(match[1]!);
}

/** `signinAnonymously` gives `signin`; a name without a capital inside gives itself. */
function firstCamelWord(segment: string): string {
  const match = /^[a-z]+(?=[A-Z])/.exec(segment);
  return match ? match[0] : segment;
}

/** `/login`, `/auth/signin`, `/oauth/login/:provider`: a route a user signs in on. */
const SIGN_IN_SEGMENT = /^(?:login|log-in|signin|sign-in|authenticate)$/i;
/** `handleLogin`, `signIn`, `authenticateUser`: a handler named for signing in. */
const SIGN_IN_NAME = /^(?:handle|post)?(?:log[iI]n|sign[iI]n|[aA]uthenticate)(?:[A-Z]|$)/;

/** True when the route, or where it is unknown the handler's name, says the user signs in. */
export function signsIn(path: string | null, handlerName: string | null): boolean {
  if (path !== null) return staticSegments(path).some((segment) => SIGN_IN_SEGMENT.test(segment));
  return handlerName !== null && SIGN_IN_NAME.test(handlerName);
}

/**
 * Areas that machines call and that answer 2xx on purpose when they skip a message, so the
 * sender does not retry it: webhooks, cron jobs, queue consumers, Pub/Sub pushes, Slack's events,
 * Telegram bot updates.
 */
const RECEIVER_AREA = /^(?:cron|crons|webhook|webhooks|inngest|qstash|pubsub|slack|telegram)$/i;
/** `webhook-supabase`, `stripe-webhook`, `github_webhooks`: a webhook named with its sender. */
const NAMED_WEBHOOK = /^webhooks?[-_][a-z]|[a-z][-_]webhooks?$/i;

/**
 * Areas that are queues to a machine that pushes into them (`POST /api/jobs/process`), and
 * resources to a person who reads them (`GET /api/tasks/:id`): receivers only where something is
 * posted.
 */
const PUSHED_AREA = /^(?:queue|queues|workers)$/i;
/**
 * The same, for names that are also a to-do app's or a job board's own records: a queue only
 * where a named task follows (`POST /api/tasks/send-digest`, `/jobs/process`), not where a
 * record is made (`POST /api/tasks`, `/projects/:id/tasks`) or acted on (`/tasks/:id/complete`).
 */
const PUSHED_WORK = /^(?:jobs|tasks|triggers)$/i;

/**
 * Routes that answer a question whose answer may be "no" (`/domains/x/validate`,
 * `/username/check`, `/templates/test`, `/integrations/:id/ping`): a negative answer is a
 * result, not an error. So do
 * routes whose resource is a list of failures (`/crawl/:id/errors`).
 */
const QUESTION_SEGMENT =
  /^(?:validate|validation|check|verify|lint|exists|available|availability|lookup|test|ping|errors|failures)$/i;

/** Question words that, before a route's parameters, name a read of one record: `/lookup/:id`, `/errors/:id`. */
const NAMES_A_READ = /^(?:lookup|errors|failures)$/i;

/**
 * A service's own health report (`/status`, `/api/health`), which may report a failed dependency
 * in a 200 on purpose; `/orders/:id/status` is a record's state, read like any other record.
 * Probes named the Kubernetes way (`/healthz`, `/readyz`, `/livez`, `/ready`) are checked: a
 * probe reads the status alone, so a failure answered 200 reads as healthy.
 */
const HEALTH_SEGMENT = /^(?:status|health|ping)$/i;

/**
 * `check-notion-accessibility`, `is-available`, `test_plex`: a last segment that asks a
 * question ("does this setting work?" is answered by a failed connection too).
 */
const QUESTION_PREFIX = /^(?:check|validate|verify|test|is|has|can)[-_]/i;
/** `checkJson`, `isNameAvailable`, `testConnection`: the same in camelCase (case matters: `issues` asks nothing). */
const QUESTION_CAMEL = /^(?:check|validate|verify|test|is|has|can)[A-Z]/;
/** `crawlErrorsController`, `getFailures`: a handler named for a list of failures, its resource. */
const FAILURE_LIST_CAMEL = /[a-z](?:Errors|Failures)(?:Controller|Handler)?$/;

/**
 * A route whose 2xx answers to failures are likely deliberate: a webhook, a cron job, a check.
 * Where the route is unknown (a controller registered in another file), the handler's name
 * stands for its last segment: `controllers.checkJson = (req, res) => …`.
 */
export function answersFailuresWithSuccess(path: string | null, handlerName?: string | null, methods?: readonly HttpMethod[] | null): boolean {
  if (path === null && handlerName) return asksQuestion(handlerName);
  const kind = remembered(receiverRoutes, path, receiverKind);
  return kind === 'receiver' || (kind === 'pushed' && (!methods || methods.includes('POST')));
}

type ReceiverKind = 'receiver' | 'pushed' | null;

function receiverKind(path: string | null): ReceiverKind {
  const segments = staticSegments(path);
  const last = segments.at(-1);
  if (last === undefined) return null;
  const parts = path!.split(/[/.]/).filter(Boolean);
  const isHealth = HEALTH_SEGMENT.test(last) && !parts.some(isDynamic);
  // `/lookup/:type/:id` reads the record its parameters name, as `/items/:id` does.
  const readsRecord = NAMES_A_READ.test(last) && isDynamic(parts.at(-1)!);
  if (
    segments.some((segment) => RECEIVER_AREA.test(segment) || NAMED_WEBHOOK.test(segment)) ||
    (asksQuestion(last) && !readsRecord) ||
    isHealth ||
    (PAYMENT_NOTIFY.test(last) && segments.some((segment) => PAYMENT_AREA.test(segment)))
  ) {
    return 'receiver';
  }
  return segments.some((segment) => PUSHED_AREA.test(segment)) || namesQueuedWork(path!) ? 'pushed' : null;
}

/** `/api/jobs/process`: a queue's area with a named task right below it, and no id right above it. */
function namesQueuedWork(path: string): boolean {
  const segments = path.split(/[/.]/).filter(Boolean);
  return segments.some(
    (segment, index) =>
      PUSHED_WORK.test(segment) &&
      !isDynamic(segments[index - 1] ?? '') &&
      segments[index + 1] !== undefined &&
      !isDynamic(segments[index + 1]!),
  );
}

/**
 * A payment provider's notification (`/pay/alipay/notify`, `/paypal/ipn`): the provider
 * resends until it gets the answer its protocol asks for, so a skipped message is answered 2xx.
 */
const PAYMENT_NOTIFY = /^(?:ipn|notify|notify[-_]url|notification)$/i;
const PAYMENT_AREA = /^(?:ipn|pay|payment|payments|alipay|wechat|wechatpay|wxpay|paypal|stripe|checkout|orders?)$/i;

function asksQuestion(name: string): boolean {
  if (QUESTION_SEGMENT.test(name) || QUESTION_PREFIX.test(name) || QUESTION_CAMEL.test(name) || FAILURE_LIST_CAMEL.test(name)) return true;
  // `username-availability`, `email_exists`: the question is the last word.
  const word = lastWord(name);
  return word !== name && QUESTION_SEGMENT.test(word);
}

/** `checkout` in `stripe_checkout`, `availability` in `username-availability`; the name itself when it has one word. */
function lastWord(name: string): string {
  return name.slice(Math.max(name.lastIndexOf('-'), name.lastIndexOf('_')) + 1);
}

/**
 * Folders that only machines call into (`lib/webhooks/stripe.ts`, `cron/cleanup.ts`): where a
 * helper that answers with no route of its own lives, also with the role of what they hold
 * (`webhookMiddlewares`, `webhook-handlers`). Folders that may name a resource (`jobs`, `tasks`)
 * do not count here.
 */
const RECEIVER_FOLDER =
  /^(?:cron|crons|webhooks?(?:[-_]?(?:handlers?|middlewares?|processors?|listeners?|receivers?|consumers?))?|inngest|qstash|triggers|pubsub|slack)$/i;

/**
 * `lms.test.ts`, `api.spec.js`, `__mocks__/stripe.ts`: a fake server a test stands up answers as
 * the test needs, not as an API its clients rely on.
 */
const TEST_FILE = /(?:^|\/)(?:__tests__|__mocks__)\/|\.(?:test|spec)\.[cm]?[jt]sx?$/;

/**
 * A mocha-style test folder (`test/app.router.js`, `packages/api/tests/helpers.ts`), inside the
 * project at `cwd`: not one below a folder that routes (`app/api/test/route.ts` is a route).
 */
const TEST_FOLDER = /^(?:test|tests|spec|specs)$/i;
const ROUTING_FOLDER = /^(?:app|pages|routes?|api|controllers?|handlers?|functions)$/i;

export function isTestFile(filename: string, cwd: string): boolean {
  const path = filename.replaceAll('\\', '/');
  if (TEST_FILE.test(path)) return true;
  const inside = projectPath(path, cwd);
  // Outside the project, the folders above it (`~/test/my-api`) say nothing; a relative name is
  // relative to the project already.
  if (inside === path && isAbsolute(filename)) return false;
  for (const folder of inside.split('/').slice(0, -1)) {
    if (ROUTING_FOLDER.test(folder)) return false;
    if (TEST_FOLDER.test(folder)) return true;
  }
  return false;
}

/** True when a route path names nothing of its own: unknown, `/`, or only parameters (`/:id`). */
export function isBarePath(path: string | null): boolean {
  return staticSegments(path).length === 0;
}

/**
 * A file named for one webhook (`chatWebHook.js`, `stripe-webhook.ts`); `webhooks.ts` and
 * `event-webhooks.controller.ts` may manage a collection of webhooks instead.
 */
const RECEIVER_FILE = /webhook(?!s)/i;

/**
 * `lib/webhooks/stripe.ts`, or a file named for one webhook (`chatWebHook.js`,
 * `stripe-webhook.ts`), inside the project at `cwd`.
 */
export function isReceiverFile(filename: string, cwd: string): boolean {
  return placeOfFile(filename, cwd).receiver;
}

/** What a file adds to its name to say what it holds: `join.routes.ts`, `authController.js`. */
const FILE_ROLE = /(?:[.-]?(?:routes?|router|controller|handlers?|api))+$/i;
/** Names that say nothing about the route: `routes/join/index.ts` is named by its folder. */
const GENERIC_FILE = /^(?:index|routes?|router|app|server|main|handlers?|controllers?|api)$/i;
/**
 * File names that can only mean an action. Many action words name a collection as well when a
 * whole file is named for them (`webhooks.js`, `api-tokens.js`, `triggerRoute.js`, `import.js`),
 * so only plain verbs count, and the whole name must be one.
 */
const ACTION_FILE =
  /^(?:login|logout|signin|sign-in|signout|sign-out|authenticate|join|leave|accept|decline|verify|validate|confirm|reset|reset-password|forgot-password|refresh|refresh-token|checkout|subscribe|unsubscribe|search|sync|send|notify|redeem|claim|approve|reject|publish|unpublish|cancel|resend|retry)$/i;

/**
 * A file named for an action (`routes/join.ts`, `login.controller.js`, `routes/checkout/index.ts`):
 * a router whose routes are `/` or `/:hash` is mounted under that name by another file (Fastify's
 * `@fastify/autoload` makes the prefix from it), so the name places them.
 */
export function isActionFile(filename: string, cwd: string): boolean {
  return placeOfFile(filename, cwd).action;
}

interface FilePlace {
  readonly filename: string;
  readonly cwd: string;
  readonly receiver: boolean;
  readonly action: boolean;
}

// Asked by two rules for every send on a bare path of a file: the last file's answer is kept.
let lastPlace: FilePlace | null = null;

/** What a file's path says about the routes in it that answer on `/`. */
function placeOfFile(filename: string, cwd: string): FilePlace {
  if (lastPlace?.filename === filename && lastPlace.cwd === cwd) return lastPlace;
  const parts = projectPath(filename, cwd).split('/');
  let name = (parts.at(-1) ?? '').replace(/\.[cm]?[jt]sx?$/, '').replace(FILE_ROLE, '');
  if (name === '' || GENERIC_FILE.test(name)) name = parts.at(-2) ?? '';
  lastPlace = {
    filename,
    cwd,
    receiver: RECEIVER_FILE.test(parts.at(-1) ?? '') || parts.slice(0, -1).some((folder) => RECEIVER_FOLDER.test(folder)),
    // `stripe_checkout.ts`, `github-sync.ts`: the action is the last word; `accept_invitation.ts`,
    // `send-digest.ts`: the first, as in a route's last segment.
    action: ACTION_FILE.test(name) || ACTION_FILE.test(lastWord(name)) || ACTION_PREFIX.test(name),
  };
  return lastPlace;
}

/** The file's path inside the project, so that folders above the project say nothing. */
function projectPath(filename: string, cwd: string): string {
  const path = filename.replaceAll('\\', '/');
  const root = `${cwd.replaceAll('\\', '/').replace(/\/$/, '')}/`;
  return path.startsWith(root) ? path.slice(root.length) : path;
}

// Every op of a handler asks about the same few paths.
const actionRoutes = new Map<string | null, boolean>();
const receiverRoutes = new Map<string | null, ReceiverKind>();
const REMEMBERED_PATHS = 1000;

function remembered<T>(cache: Map<string | null, T>, path: string | null, answer: (path: string | null) => T): T {
  if (cache.size >= REMEMBERED_PATHS && !cache.has(path)) cache.clear();
  return cached(cache, path, answer);
}

/**
 * The literal segments of a route path, without parameters (`:id`, `[id]`, `{id}`). RPC-style
 * paths split at dots too: `documents.export` ends with `export`.
 */
function staticSegments(path: string | null): string[] {
  if (!path) return [];
  return path.split(/[/.]/).filter((segment) => segment && !isDynamic(segment));
}

/** The `ignoreRoutes` option: regular expressions tested against a route's path. */
export function routeIgnorer(patterns: readonly string[] | undefined): (path: string | null) => boolean {
  const compiled = (patterns ?? []).map((source) => new RegExp(source, 'u'));
  return (path) => path !== null && compiled.some((pattern) => pattern.test(path));
}
