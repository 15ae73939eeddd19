/**
 * Handlers that machines call: they answer what the sender's protocol asks for, not what a
 * person's client would want.
 *
 * Google Cloud Pub/Sub push subscriptions (and queues like them) deliver each message as a POST
 * and take any answer but 2xx as a nack: the message comes again. A handler that acks a message
 * it cannot use (expired, malformed) answers 200 on purpose, whatever its body says.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { isFunction } from './ast.js';

/**
 * What the code of such a handler shows: the push envelope (`req.body.message.data`,
 * `req.body.subscription`), a helper named for it (`readPushSubscription(req)`), or its name
 * (`'Bad Request: no Pub/Sub message'`); not a `pubsub.publish()` of GraphQL subscriptions.
 */
const PUSH_MESSAGE = /\.body\??\.message\??\.data\b|\.body\??\.subscription\b|\bread\w*Push(?:Subscription|Message)\b|\bPub\/Sub\b/;

/** True when the handler's code reads a pushed message. */
export function readsPushMessage(handlerText: string): boolean {
  return PUSH_MESSAGE.test(handlerText);
}

/**
 * What checks that a webhook came from its sender: a signature header (`stripe-signature`,
 * `x-hub-signature-256`, `svix-signature`), `stripe.webhooks.constructEvent(…)`, a
 * `verifyWebhook(…)` helper, `new Webhook(secret).verify(…)` (svix) or Octokit's
 * `new Webhooks({ secret }).verifyAndReceive(…)`. Such a handler answers the
 * sender, which wants 2xx for what it delivered, wherever the router is mounted.
 */
const WEBHOOK_CHECK =
  /['"`][\w-]*-signature(?:-256)?['"`]|\bconstructEvent(?:Async)?\s*\(|\bverify\w*Webhook\w*\s*\(|\bWebhook\w*\s*\.\s*verify\s*\(|\bnew\s+Webhooks?\s*\(|\.verifyAndReceive\s*\(/i;

/** True when the handler's code checks a webhook's sender. */
export function verifiesWebhookSender(handlerText: string): boolean {
  return WEBHOOK_CHECK.test(handlerText);
}

/** The calls that verify a delivery: `constructEvent(…)`, `verifyWebhook(…)`, `verifySignature(…)`, svix's `wh.verify(…)`. */
const VERIFY_CALL =
  /\bconstructEvent(?:Async)?\s*\(|\bverify\w*(?:Webhook|Signature)\w*\s*\(|\b(?:wh|webhook|Webhook\w*)\s*\.\s*verify\s*\(|\.verifyAndReceive\s*\(/;

/**
 * `try { event = stripe.webhooks.constructEvent(body, sig, secret) } catch (err) { return
 * json({ error: err }) }`: a delivery that failed its check is no message the receiver skips on
 * purpose. It may be forged, or the secret is wrong; a 2xx tells the sender it arrived, and it is
 * never sent again.
 */
export function answersFailedVerification(send: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  for (let node = send.parent; node; node = node.parent) {
    if (node.type === 'CatchClause') return node.parent.type === 'TryStatement' && VERIFY_CALL.test(sourceCode.getText(node.parent.block));
    if (isFunction(node)) return false;
  }
  return false;
}
