/**
 * Handlers that machines call: they answer what the sender's protocol asks for, not what a
 * person's client would want.
 *
 * Google Cloud Pub/Sub push subscriptions (and queues like them) deliver each message as a POST
 * and take any answer but 2xx as a nack: the message comes again. A handler that acks a message
 * it cannot use (expired, malformed) answers 200 on purpose, whatever its body says.
 */

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
