import type { TSESTree } from '@typescript-eslint/utils';
import { contains, skipTransparent } from '../analysis/ast.js';
import { bareEnd } from '../analysis/bare-end.js';
import { classifyBody, passesOnMessages } from '../analysis/body-shape.js';
import { areAlternatives } from '../analysis/conditions.js';
import { carriesResult, findCreationCalls, replacesOnOtherArm, type Creation } from '../analysis/creation.js';
import { cannotReach, effectiveStatus } from '../analysis/effective-status.js';
import { findErrorBranch } from '../analysis/error-branch.js';
import { isActionFile, isActionRoute, isBarePath, isReceiverFile, isTestFile, routeIgnorer } from '../analysis/routes.js';
import { bareStatusNumber, mayHoldNumber } from '../analysis/status-value.js';
import { methodsAt, methodsByName, pathAt } from '../analysis/methods.js';
import type { Handler, Send } from '../analysis/model.js';
import { verifiesWebhookSender } from '../analysis/push-receivers.js';
import type { Scope } from '../analysis/scope.js';
import { createRule } from '../utils/create-rule.js';

export type Options = [{ ignoreRoutes?: string[]; createMethods?: string[] }];
export type MessageIds = 'missingCreatedStatus' | 'useCreatedStatus';

/** A receiver (`lib/webhooks/stripe.ts`) or an action (`routes/join.ts`) by its file's name. */
function placedAsAction(filename: string, cwd: string): boolean {
  return isReceiverFile(filename, cwd) || isActionFile(filename, cwd);
}

/** A body that reads as an error, or may; not one whose doubt is only a message passed on (`{ message }`). */
function failsOrMayFail(body: TSESTree.Node): boolean {
  const shape = classifyBody(body);
  return shape === 'error' || (shape === 'maybe-error' && !passesOnMessages(body));
}

/** A success answer with the framework's default status: `res.json(user)`, `return c.json(post)`. */
function isDefaultSuccess(send: Send, handler: Handler, scopeOf: (node: TSESTree.Node) => Scope): boolean {
  if (send.bodyKind !== 'data' && send.bodyKind !== 'none') return false;
  if (send.deferred?.timing === 'always') return false;
  if (bareEnd(send) && followsAnotherSend(send, handler)) return false;
  if (send.body && (failsOrMayFail(send.body) || isPage(send.body))) return false;
  // `return 404`: a status sent as a body is no-status-as-body's to report.
  if (send.body && mayHoldNumber(send.body) && bareStatusNumber(send.body, scopeOf(send.body)) !== undefined) return false;
  return effectiveStatus(send, handler).status.kind === 'implicit';
}

/**
 * `createRoute({ responses: { 200: … } })`: the route's own schema says it answers a create with
 * 200. That is the published contract; changing it is a decision for its authors.
 */
function declaresSuccessWithout201(handler: Handler): boolean {
  const declared = handler.documentedStatuses;
  return declared !== null && !declared.includes(201) && declared.some((code) => code >= 200 && code < 300);
}

/** `res.json(project); res.end();`: the end writes nothing after the answer. */
function followsAnotherSend(send: Send, handler: Handler): boolean {
  return handler.ops.some(
    (op) => op !== send && op.kind === 'send' && op.terminal && op.node.range[1] <= send.node.range[0] && !cannotReach(op.node, send.node),
  );
}

/**
 * `c.html(<AccountListPage accounts={all} />)`: a page rendered for the browser tab that posted a
 * form, like `res.render('accounts')`; the browser shows it whatever its 2xx.
 */
function isPage(body: TSESTree.Node): boolean {
  const inner = skipTransparent(body);
  return inner.type === 'JSXElement' || inner.type === 'JSXFragment';
}

/**
 * `Content-Disposition: attachment` (or `inline`), `res.attachment()`: the answer is a document
 * built for this request (a backup, an invoice PDF) that the client saves or shows, whatever its
 * helper is called (`createArchive()`); no resource is stored for a `Location` to name.
 */
const DOWNLOAD = /content-disposition['"`]?\s*[:,]\s*['"`](?:attachment|inline)\b|\.attachment\s*\(/i;

/**
 * A send in a catch or a failure guard (`if (err) { ctx.body = fail(err) }`) answers the
 * failure, not the create; unless the guard's arm made the record itself, as where a record
 * was missing (`if (!like) { like = await Like.create(…); return res.json(like) }`).
 */
function answersFailure(
  send: Send,
  creation: TSESTree.Node,
  handler: Handler,
  scopeOf: (node: TSESTree.Node) => Scope,
): boolean {
  const branch = findErrorBranch(send.node, handler, scopeOf);
  if (branch?.kind === 'catch') return true;
  return branch?.kind === 'guard' && !(branch.arm && contains(branch.arm, creation));
}

export default createRule<Options, MessageIds>({
  name: 'require-created-status',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Require 201 Created on POST handlers that create a resource',
      recommended: 'recommended',
    },
    hasSuggestions: true,
    messages: {
      missingCreatedStatus:
        'This POST handler creates something (`{{call}}`) but answers with the default 200 OK. Answer 201 Created so clients know a resource was made.',
      useCreatedStatus: 'Answer 201 Created.',
    },
    schema: [
      {
        type: 'object',
        properties: {
          ignoreRoutes: {
            type: 'array',
            items: { type: 'string' },
            description: 'Regular expressions; POST routes whose path matches one are not checked.',
          },
          createMethods: {
            type: 'array',
            items: { type: 'string' },
            description: 'More function or method names that create a resource, such as `enqueueOrder`.',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ ignoreRoutes: [], createMethods: [] }],
  },
  create(context, [options], model) {
    if (isTestFile(context.filename, context.cwd)) return {};
    const isIgnored = routeIgnorer(options.ignoreRoutes);
    const names = (options.createMethods ?? []).map((name) => name.replaceAll(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const extra = names.length > 0 ? new RegExp(`^(?:${names.join('|')})$`, 'u') : null;
    const scopeOf = (node: TSESTree.Node) => context.sourceCode.getScope(node) as Scope;

    for (const handler of model.handlers) {
      // Narrowing by `req.method` only picks among the methods a handler answers.
      if (handler.isErrorHandler || handler.methods?.includes('POST') === false || declaresSuccessWithout201(handler)) continue;
      // A controller whose route is in another file goes by its name (`createPost` answers POST).
      const methods = handler.methods ?? methodsByName(handler.fn);
      let creations: Creation[] | undefined;
      let reported: Send | null = null;
      for (const send of handler.ops) {
        if (send.kind !== 'send' || (send.bodyKind !== 'data' && send.bodyKind !== 'none')) continue;
        // A handler that routes by hand: the path is the one its `url.pathname` test names.
        const path = pathAt(send.node, handler.fn, handler.path);
        // A router that answers on `/` where another file mounts it is placed by its file.
        if (isActionRoute(path) || isIgnored(path) || (isBarePath(path) && placedAsAction(context.filename, context.cwd))) continue;
        if (!methodsAt(send.node, handler.fn, methods, handler.request)?.every((method) => method === 'POST')) continue;
        if (!isDefaultSuccess(send, handler, scopeOf)) continue;
        creations ??= findCreationCalls(handler.fn, context.sourceCode.visitorKeys, scopeOf, extra);
        // The creates this answer follows (each branch may create on its own); named by the one
        // it answers with, else the first.
        const followed = creations.filter(
          (call) =>
            call.range[0] < send.node.range[1] &&
            !cannotReach(call, send.node) &&
            !replacesOnOtherArm(call, send.node, context.sourceCode.visitorKeys, scopeOf),
        );
        const creation = followed.find((call) => send.body !== null && carriesResult(send.body, call, context.sourceCode.visitorKeys)) ?? followed[0];
        if (!creation || answersFailure(send, creation, handler, scopeOf)) continue;
        const handlerText = context.sourceCode.getText(handler.fn);
        // A file to save, or a webhook's delivery: nothing made for the client to find.
        if (DOWNLOAD.test(handlerText) || verifiesWebhookSender(handlerText)) break;
        // `return created || fallback` is one answer: reported once.
        if (reported && areAlternatives(reported.node, send.node)) continue;
        reported = send;
        const setStatus = send.fixes.setStatus;
        context.report({
          node: send.node,
          messageId: 'missingCreatedStatus',
          // A chain split over lines (`db\n  .insert`) is named on one.
          data: { call: context.sourceCode.getText(creation.type === 'CallExpression' ? creation.callee : creation.tag).replaceAll(/\s*\n\s*/g, '') },
          suggest: setStatus ? [{ messageId: 'useCreatedStatus', fix: (fixer) => setStatus(fixer, 201) }] : [],
        });
      }
    }
    return {};
  },
});
