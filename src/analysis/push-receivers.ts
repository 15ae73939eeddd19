/**
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
