import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { functionName, statementList, throwsAfter } from '../analysis/ast.js';
import { bodyText, classifyBody, ERROR_TEXT, errorPage, heldBody, isHtmlFragment, isWrittenOut, isResultBesideError, isResultWithMessage, namesRecordAsMessage, refusesRequest, relaysCallbackOutcome, reportsFailedAction } from '../analysis/body-shape.js';
import { answersHtmx } from '../analysis/htmx.js';
import { helpersAnsweringUnset } from '../analysis/hand-offs.js';
import { answersFailedVerification, readsPushMessage, verifiesWebhookSender } from '../analysis/push-receivers.js';
import { carriesResult, findCreationCall, updatesRecord } from '../analysis/creation.js';
import { effectiveStatus } from '../analysis/effective-status.js';
import { exitsEarly, findErrorBranch, statusForFailure, type ErrorBranch } from '../analysis/error-branch.js';
import { methodsAt, pathAt } from '../analysis/methods.js';
import type { FunctionNode, Handler, Send } from '../analysis/model.js';
import { answersFailuresWithSuccess, isBarePath, isReceiverFile, isTestFile, routeIgnorer, signsIn } from '../analysis/routes.js';
import { callsOf, type Scope, type Variable } from '../analysis/scope.js';
import { statesSuccessOnPurpose } from '../analysis/stated-intent.js';
import { successFallback, type SuccessFallback } from '../analysis/status-fallback.js';
import { isSuccessStatus, reasonPhrase } from '../analysis/status-codes.js';
import { cached } from '../utils/cached.js';
import { createRule } from '../utils/create-rule.js';

export type Options = [{ ignoreRoutes?: string[] }];
export type MessageIds =
  | 'errorWithoutStatus'
  | 'errorWithSuccessStatus'
  | 'errorWithSuccessFallback'
  | 'errorWithResponseDefault'
  | 'useErrorStatus'
  | 'compareResponseDefault';

/**
 * An error body in an error branch: `catch (e) { res.json({ error: e.message }) }`,
 * `if (!user) return res.json({ message: 'Not found' })`. Also any body that is an error on
 * its own (`{ error: 'x' }`, `{ success: false }`), wherever it is sent.
 */
function errorBranchOf(
  send: Send,
  handler: Handler,
  scopeOf: (node: TSESTree.Node) => Scope,
  sourceCode: Readonly<TSESLint.SourceCode>,
) {
  const { visitorKeys } = sourceCode;
  // `catch (error) { ctx.body = { success: false }; throw error; }`: a body the framework sends
  // later is dropped when the handler throws after it; the error decides the status.
  if (!send.terminal && throwsAfter(send.node)) return null;
  // An error page, rendered with the default status: a failure wherever it is sent.
  if (send.view !== null && errorPage(send.view)) return findErrorBranch(send.node, handler, scopeOf) ?? { kind: 'conditional' as const, failure: null };
  if (!send.body || send.bodyKind !== 'data') return null;
  // A success body is 'other' either way: only a body that reads as an error is asked whether
  // its message is a record (`{ message }` after `message.id`).
  const classified = classifyBody(heldBody(send.body, scopeOf));
  const shape = classified !== 'other' && namesRecordAsMessage(send.body, scopeOf) ? 'other' : classified;
  if (shape === 'other') {
    // Most sends are successes: only words of error middleware's own, or a failed action's flag,
    // need to know the branch around them.
    const ownWords = handler.isErrorHandler && isWrittenOut(send.body);
    const failedAction = reportsFailedAction(send.body);
    if (!ownWords && !failedAction) return null;
    const around = findErrorBranch(send.node, handler, scopeOf);
    // `(err, req, res, next) => res.send('Something broke!')`: error middleware answers errors,
    // so words of its own are the error's answer, whatever they say.
    if (around?.kind === 'error-handler' && ownWords) return around;
    // `catch { return res.json({ revalidated: false }) }`: the action the `try` ran failed.
    return around?.kind === 'catch' && failedAction ? around : null;
  }
  const branch = findErrorBranch(send.node, handler, scopeOf, true);
  if (shape === 'error') {
    if (branch) return branch;
    return relaysCallbackOutcome(send.body, send.fn) ? null : { kind: 'conditional' as const, failure: null };
  }
  // `if (looksLikePath) { ctx.body = 'Invalid sample name'; return; }`: an early refusal.
  if (branch?.kind === 'conditional') return refusesRequest(send.body, scopeOf) && exitsEarly(send.node, handler.fn) ? branch : null;
  if (!branch) return null;
  if (branch.kind !== 'guard' || !branch.arm) return branch;
  // `if (!user) return res.json({ message: generic })` beside the same answer on success: a
  // password reset that will not tell which accounts exist answers both alike on purpose.
  if (answersAlikeOnSuccess(send, handler, scopeOf, sourceCode)) return null;
  if (branch.failure === 'conflict' && updatesRecord(branch.arm, visitorKeys)) return null;
  return makesWhatWasMissing(branch.arm, send, handler, scopeOf, visitorKeys) ? null : branch;
}

/** Another send of the handler, on no failure's path, writes the very body `send` writes. */
function answersAlikeOnSuccess(
  send: Send,
  handler: Handler,
  scopeOf: (node: TSESTree.Node) => Scope,
  sourceCode: Readonly<TSESLint.SourceCode>,
): boolean {
  const text = sourceCode.getText(send.body!);
  return handler.ops.some(
    (op) =>
      op !== send &&
      op.kind === 'send' &&
      op.body !== null &&
      sourceCode.getText(op.body) === text &&
      findErrorBranch(op.node, handler, scopeOf, true) === null,
  );
}

/** The handler answers success with an HTML fragment of its own, besides `send`. */
function answersWithFragment(handler: Handler, send: Send): boolean {
  return handler.ops.some(
    (op) => op !== send && op.kind === 'send' && op.body !== null && isHtmlFragment(op.body) && classifyBody(op.body) === 'other',
  );
}

/**
 * `if (!user) { const invite = await savePendingInvitation(email); return res.json({ msg: 'User
 * not found, …', invite }) }`: the arm makes something and answers with it, so the answer reports
 * that, not the failure its message names. A record of the failure itself
 * (`await loginAttempts.insertOne(doc)`) is not in the answer.
 */
function makesWhatWasMissing(
  arm: TSESTree.Node,
  send: Send,
  handler: Handler,
  scopeOf: (node: TSESTree.Node) => Scope,
  visitorKeys: TSESLint.SourceCode['visitorKeys'],
): boolean {
  const creation = findCreationCall(handler.fn, visitorKeys, scopeOf, SAVES_SOMETHING, arm);
  // Before the send, or around it: `invites.saveInPending(email).then((invite) => res.json(…))`.
  if (!creation || creation.range[0] >= send.node.range[0] || !send.body) return false;
  // `if (!member) { await confirmations.addConfirmation(x); return res.json({ msg: uiText('checkInbox') }) }`:
  // a sign-up's normal path, whose answer names no failure in words.
  if (!ERROR_TEXT.test(bodyText(send.body, scopeOf))) return true;
  return carriesResult(send.body, creation, visitorKeys);
}

/** 207 Multi-Status and 208 Already Reported: answers made of parts that each have their own outcome. */
const MIXED_RESULTS = new Set([207, 208]);

/** Besides the creates `require-created-status` knows: `savePendingInvitation()`, `storeDraft()`. */
const SAVES_SOMETHING = /^(?:save|store|persist)[A-Z]/;

/**
 * What an endpoint whose route is unknown goes by: `controllers.checkJson = (req, res) => …`.
 * Middleware (`verifyToken(req, res, next)`, `isAdmin(ctx, next)`) is named for the check it
 * makes, not for a question the client asks: a function that calls a parameter goes by nothing
 * when it refuses early (`if (!token) return res.status(401)…; next()`) or calls it only on
 * some paths. A Koa action that answers and then runs what follows (`ctx.body = x; return
 * next()`) still goes by its name.
 */
function endpointName(handler: Handler, sourceCode: Readonly<TSESLint.SourceCode>): string | null {
  const calls = (sourceCode.getDeclaredVariables(handler.fn) as Variable[]).flatMap(callsOf);
  if (calls.length === 0) return functionName(handler.fn);
  const passesOnAlways = calls.every((call) => isOwnStatement(call, handler.fn));
  const refusesEarly = handler.ops.some((op) => op.kind === 'send' && exitsEarly(op.node, handler.fn));
  return passesOnAlways && !refusesEarly ? functionName(handler.fn) : null;
}

/** `next();`, `await next();`, `return next();` at the top of the function's body. */
function isOwnStatement(call: TSESTree.Node, fn: FunctionNode): boolean {
  let node = call;
  while (node.parent?.type === 'AwaitExpression' || node.parent?.type === 'ReturnStatement' || node.parent?.type === 'ExpressionStatement') {
    node = node.parent;
  }
  return node.parent !== undefined && node.parent === fn.body;
}

function sharesStatementList(a: TSESTree.Node, b: TSESTree.Node): boolean {
  return statementList(a) === statementList(b);
}

export default createRule<Options, MessageIds>({
  name: 'require-error-status',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require an error status on responses that send an error',
      recommended: 'recommended',
    },
    hasSuggestions: true,
    messages: {
      errorWithoutStatus:
        'This error response goes out as 200 OK, so clients and monitoring see a success. Send an error status such as {{suggested}}.',
      errorWithSuccessStatus:
        'This error response is sent with {{code}}, a success status, so clients and monitoring see a success. Send an error status such as {{suggested}}.',
      errorWithSuccessFallback:
        'This error response is sent with {{code}} whenever `{{value}}` is not set, so clients and monitoring see a success. Fall back to an error status such as {{suggested}}.',
      errorWithResponseDefault:
        'This error response takes its status from `{{value}}`, which is {{code}} unless something set it first, so the fallback never applies and clients and monitoring see a success. Fall back when it is still {{code}}.',
      useErrorStatus: 'Send {{code}} {{phrase}}.',
      compareResponseDefault: 'Use `{{replacement}}`.',
    },
    schema: [
      {
        type: 'object',
        properties: {
          ignoreRoutes: {
            type: 'array',
            items: { type: 'string' },
            description: 'Regular expressions; routes whose path matches one are not checked.',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ ignoreRoutes: [] }],
  },
  create(context, [options], model) {
    if (isTestFile(context.filename, context.cwd)) return {};
    const isIgnored = routeIgnorer(options.ignoreRoutes);
    const scopeOf = (node: TSESTree.Node) => context.sourceCode.getScope(node) as Scope;
    // What a handler's code says and what a handler with no route goes by: asked once per
    // handler rather than per send.
    const texts = new Map<Handler, string>();
    const handlerText = (handler: Handler) => cached(texts, handler, (key) => context.sourceCode.getText(key.fn));
    const names = new Map<Handler, string | null>();
    const nameOf = (handler: Handler) => cached(names, handler, (key) => endpointName(key, context.sourceCode));
    /**
     * An HTML fragment for htmx, which shows only 2xx answers: its error text must go out as 200.
     * The handler says it answers htmx, or its own success answer is a fragment too: a partial
     * that a page loads (the `hx-get` is usually in a template of another file), not a page.
     */
    const isHtmxPartial = (send: Send, handler: Handler): boolean =>
      send.body !== null && isHtmlFragment(send.body) && (answersWithFragment(handler, send) || answersHtmx(handlerText(handler)));
    // Routes, and the same-file helpers they hand the response to with no status set first: what
    // such a helper sends goes out as it says. Its own code may not show the failure; the call
    // does (`catch (err) { sendError(res, err) }`).
    const judged: { handler: Handler; calledIn?: ErrorBranch | null }[] = model.handlers.map((handler) => ({ handler }));
    for (const { helper, call, caller } of helpersAnsweringUnset(model, context.sourceCode.visitorKeys)) {
      judged.push({ handler: helper, calledIn: findErrorBranch(call.node, caller, scopeOf) });
    }
    for (const { handler, calledIn } of judged) {
      for (const send of handler.ops) {
        if (send.kind !== 'send') continue;
        const own = errorBranchOf(send, handler, scopeOf, context.sourceCode);
        const branch = own?.kind === 'conditional' && calledIn ? calledIn : own;
        if (!branch || isHtmxPartial(send, handler)) continue;
        // Webhooks, cron jobs and checks answer 2xx to failures on purpose. A helper with no route
        // of its own (`lib/webhooks/subscription-deleted.ts`), or a router that answers on `/`
        // where another file mounts it, is placed by its file.
        const path = pathAt(send.node, handler.fn, handler.path);
        const methods = methodsAt(send.node, handler.fn, handler.methods, handler.request);
        if (isIgnored(path)) continue;
        const receiver =
          readsPushMessage(handlerText(handler)) ||
          verifiesWebhookSender(handlerText(handler)) ||
          answersFailuresWithSuccess(path, path === null ? nameOf(handler) : null, methods) ||
          (isBarePath(path) && isReceiverFile(context.filename, context.cwd));
        // A delivery that failed its signature check is refused (400), even by a receiver.
        const failedCheck = receiver && answersFailedVerification(send.node, context.sourceCode);
        if (receiver && !failedCheck) continue;
        const { status, write } = effectiveStatus(send, handler, context.sourceCode.visitorKeys);
        // `res.status(err.status || 200)`: trusted, unless what it falls back to is a success.
        const fallback = status.kind === 'dynamic' ? successFallback(status.node, handler, scopeOf) : null;
        if ((status.kind === 'dynamic' && !fallback) || (status.kind === 'explicit' && !isSuccessStatus(status.code))) continue;
        // 207 Multi-Status says that some parts failed: errors in its body are its point.
        if (status.kind === 'explicit' && MIXED_RESULTS.has(status.code)) continue;
        if (status.kind === 'explicit' && send.body && (isResultWithMessage(send.body) || isResultBesideError(send.body))) continue;
        // `// Return 200 so the queue does not retry`: the author chose the status.
        if (statesSuccessOnPurpose(send.node, handler.fn, context.sourceCode)) continue;
        const signIn = signsIn(path, path === null ? functionName(handler.fn) : null);
        const suggested = failedCheck
          ? 400
          : ((send.view !== null ? errorPage(send.view)?.status : null) ?? statusForFailure(branch, send.body && heldBody(send.body, scopeOf), signIn, send.suppliedText));
        if (fallback) {
          reportFallback(send, fallback, suggested);
          continue;
        }
        // Change the status write only when it sits beside the send; one shared with other paths
        // (`ctx.status = 200` at the top of the handler) gets a new write before the send instead.
        const writeNode = write?.status.kind === 'explicit' && sharesStatementList(write.node, send.node) ? write.status.node : null;
        const writtenAfter = write !== null && write.node.range[0] > send.node.range[1];
        const fix = writeNode
          ? (fixer: TSESLint.RuleFixer, code: number) => fixer.replaceText(writeNode, String(code))
          : writtenAfter
            ? undefined
            : send.fixes.setStatus;
        context.report({
          node: send.node,
          messageId: status.kind === 'explicit' ? 'errorWithSuccessStatus' : 'errorWithoutStatus',
          data: { code: status.kind === 'explicit' ? status.code : 200, suggested },
          suggest: fix
            ? [
                {
                  messageId: 'useErrorStatus',
                  data: { code: suggested, phrase: reasonPhrase(suggested) ?? '' },
                  fix: (fixer) => fix(fixer, suggested),
                },
              ]
            : [],
        });
      }
    }
    return {};

    /** `res.status(err.status || 200)`, `res.status(res.statusCode || 500)`: a status that comes out a success. */
    function reportFallback(send: Send, fallback: SuccessFallback, suggested: number): void {
      const value = context.sourceCode.getText(fallback.value);
      if (fallback.kind === 'literal') {
        const { literal } = fallback;
        context.report({
          node: send.node,
          messageId: 'errorWithSuccessFallback',
          data: { code: fallback.code, value, suggested },
          suggest: [
            {
              messageId: 'useErrorStatus',
              data: { code: suggested, phrase: reasonPhrase(suggested) ?? '' },
              fix: (fixer) => fixer.replaceText(literal, String(suggested)),
            },
          ],
        });
        return;
      }
      const replacement = `${value} === ${fallback.code} ? ${suggested} : ${value}`;
      const { whole } = fallback;
      context.report({
        node: send.node,
        messageId: 'errorWithResponseDefault',
        data: { value, code: fallback.code },
        suggest: [{ messageId: 'compareResponseDefault', data: { replacement }, fix: (fixer) => fixer.replaceText(whole, replacement) }],
      });
    }
  },
});
