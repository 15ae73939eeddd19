/**
 * Comments by a send that say its success status is chosen: "Return 200 to prevent queue
 * retries", "missing auth is a terminal no-op, not a state callers should retry". The author
 * has weighed the status already; a report would only make them add a disable comment.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { contains, holdsStatements, statementList } from './ast.js';
import type { FunctionNode } from './model.js';

/**
 * "return 200 so …", "always reply 2xx", "respond with 200": a verb of answering right before the
 * status, not a description of the answer ("a not-found answer that goes out as 200 OK").
 */
const KEEPS_SUCCESS =
  /\b(?:return|returns|returning|respond|responds|responding|reply|replies|replying|answer|answers|answering|send|sends|sending|ack|acks|acknowledge|acknowledges)\s+(?:(?:with|a|an|the|http|status|code)\s+){0,3}(?:200|2xx)\b/i;
/**
 * That the sender is not to retry, as the reason for the answer: "to prevent queue retries", "so
 * the queue does not redeliver", "not a state callers should retry". An instruction about the
 * handler's own work ("don't retry here") is not one.
 */
const AVOIDS_RETRY = [
  /\b(?:prevent|prevents|preventing|avoid|avoids|avoiding|stop|stops|stopping)\b[^.\n]{0,30}\b(?:retr(?:y|ies|ied|ying)|re-?deliver\w*|re-?send\w*)/i,
  /\b(?:it|they|callers?|clients?|senders?|queues?|providers?|webhooks?|upstream|the \w+)\s+(?:won'?t|will not|wouldn'?t|would not|doesn'?t|does not|don'?t|do not|never|shouldn'?t|should not|can'?t|cannot)\s+(?:\w+\s+){0,2}(?:retry|retries|redeliver\w*|re-?send\w*)\b/i,
  /\bnot\b[^.\n]{0,30}\b(?:callers?|clients?|senders?) (?:should|would|will|need to) (?:retry|redeliver|resend)\b/i,
];

/** That the answer is a fallback the client shows in place of the data: "so the front-end can degrade gracefully". */
const DEGRADES_GRACEFULLY = /\bdegrad\w*\s+gracefully\b|\bgraceful(?:ly)?\s+degrad\w*/i;

/**
 * True when a comment says the 2xx of `send` is deliberate: one in the block that holds the send,
 * before it or on its line; for a send in the handler's own body, one just before its statement.
 */
export function statesSuccessOnPurpose(send: TSESTree.Node, handler: FunctionNode, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const statement = outerStatement(send, handler);
  const block = innerBlock(send, handler);
  // The token store finds the comments of a range without a look at the file's others.
  const comments = block
    ? sourceCode.getCommentsInside(block)
    : [...sourceCode.getCommentsBefore(statement), ...sourceCode.getCommentsInside(statement), ...sourceCode.getCommentsAfter(statement)];
  const lastLine = statement.loc.end.line;
  return comments.some((comment) => {
    if (comment.loc.start.line > lastLine) return false;
    if (comment.range[0] > statement.range[1] && comment.loc.start.line !== lastLine) return false;
    const text = comment.value;
    return KEEPS_SUCCESS.test(text) || DEGRADES_GRACEFULLY.test(text) || AVOIDS_RETRY.some((pattern) => pattern.test(text));
  });
}

/** The statement of the send's statement list: `return res.json(x)`, or the `if` it sits under without braces. */
function outerStatement(node: TSESTree.Node, handler: FunctionNode): TSESTree.Node {
  let current = node;
  while (current.parent && current.parent !== handler && !holdsStatements(current.parent)) current = current.parent;
  return current;
}

/** The innermost block or `case` around the send that is inside the handler and not its own body. */
function innerBlock(node: TSESTree.Node, handler: FunctionNode): TSESTree.Node | null {
  const list = statementList(node);
  return list && list !== handler.body && contains(handler, list) ? list : null;
}
