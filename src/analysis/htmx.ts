/**
 * htmx swaps only 2xx answers into the page by default (`htmx.config.responseHandling`), so an
 * error fragment meant for it must go out as 200: a 4xx or 5xx would leave the target empty.
 */

/** A handler that reads `HX-Request` or answers with an htmx header (`HX-Redirect`, `HX-Trigger`). */
const HTMX_HANDLER = /hx-request|HX-(?:Redirect|Trigger|Retarget|Reswap|Reselect|Location|Refresh)\b/i;
/** True when the handler's code says it answers htmx. */
export function answersHtmx(handlerText: string): boolean {
  return HTMX_HANDLER.test(handlerText);
}
