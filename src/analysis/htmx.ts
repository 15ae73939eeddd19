/**
 * htmx swaps only 2xx answers into the page by default (`htmx.config.responseHandling`), so an
 * error fragment meant for it must go out as 200: a 4xx or 5xx would leave the target empty.
 */

/** A handler that reads `HX-Request` or answers with an htmx header (`HX-Redirect`, `HX-Trigger`). */
const HTMX_HANDLER = /hx-request|HX-(?:Redirect|Trigger|Retarget|Reswap|Reselect|Location|Refresh)\b/i;
/** Markup that loads partials with htmx: `hx-get="/stats"`, `hx-post=…`, `hx-target=…`. */
const HTMX_MARKUP = /\bhx-(?:get|post|put|patch|delete|target|swap|trigger|boost|select)\s*=/;

/** True when the handler's code says it answers htmx. */
export function answersHtmx(handlerText: string): boolean {
  return HTMX_HANDLER.test(handlerText);
}

/**
 * True when the file's templates load partials with htmx. Alone it is not enough: the file's
 * full pages answer the browser, and their error fragments are mistakes; only a handler whose
 * own answer is a fragment serves a partial.
 */
export function loadsWithHtmx(fileText: string): boolean {
  return HTMX_MARKUP.test(fileText);
}
