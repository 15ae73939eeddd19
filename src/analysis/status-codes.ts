/** The registered HTTP status codes, with the constant names that libraries give them. */

const REASON_PHRASES: Readonly<Record<number, string>> = {
  100: 'Continue', 101: 'Switching Protocols', 102: 'Processing', 103: 'Early Hints',
  200: 'OK', 201: 'Created', 202: 'Accepted', 203: 'Non-Authoritative Information', 204: 'No Content',
  205: 'Reset Content', 206: 'Partial Content', 207: 'Multi-Status', 208: 'Already Reported', 226: 'IM Used',
  300: 'Multiple Choices', 301: 'Moved Permanently', 302: 'Found', 303: 'See Other', 304: 'Not Modified',
  305: 'Use Proxy', 307: 'Temporary Redirect', 308: 'Permanent Redirect',
  400: 'Bad Request', 401: 'Unauthorized', 402: 'Payment Required', 403: 'Forbidden', 404: 'Not Found',
  405: 'Method Not Allowed', 406: 'Not Acceptable', 407: 'Proxy Authentication Required', 408: 'Request Timeout',
  409: 'Conflict', 410: 'Gone', 411: 'Length Required', 412: 'Precondition Failed', 413: 'Payload Too Large',
  414: 'URI Too Long', 415: 'Unsupported Media Type', 416: 'Range Not Satisfiable', 417: 'Expectation Failed',
  418: "I'm a Teapot", 421: 'Misdirected Request', 422: 'Unprocessable Entity', 423: 'Locked', 424: 'Failed Dependency',
  425: 'Too Early', 426: 'Upgrade Required', 428: 'Precondition Required', 429: 'Too Many Requests',
  431: 'Request Header Fields Too Large', 451: 'Unavailable For Legal Reasons',
  500: 'Internal Server Error', 501: 'Not Implemented', 502: 'Bad Gateway', 503: 'Service Unavailable',
  504: 'Gateway Timeout', 505: 'HTTP Version Not Supported', 506: 'Variant Also Negotiates',
  507: 'Insufficient Storage', 508: 'Loop Detected', 510: 'Not Extended', 511: 'Network Authentication Required',
};

/** Names used by `http-status-codes`, NestJS `HttpStatus` and most hand-written enums. */
const ALIASES: Readonly<Record<string, number>> = {
  REQUEST_TOO_LONG: 413,
  PAYLOAD_TOO_LARGE: 413,
  REQUEST_URI_TOO_LONG: 414,
  URI_TOO_LONG: 414,
  REQUESTED_RANGE_NOT_SATISFIABLE: 416,
  UNPROCESSABLE_CONTENT: 422,
  IM_A_TEAPOT: 418,
  MOVED_TEMPORARILY: 302,
  INTERNAL_SERVER_ERROR: 500,
  SUCCESS: 200,
};

const CODE_BY_CONSTANT_NAME: ReadonlyMap<string, number> = new Map([
  ...Object.entries(REASON_PHRASES).map(
    ([code, phrase]) => [phrase.toUpperCase().replaceAll("'", '').replaceAll(/[^A-Z0-9]+/g, '_'), Number(code)] as const,
  ),
  ...Object.entries(ALIASES),
]);

/** `NOT_FOUND` → 404, `NotFound` → 404; `undefined` for anything else. */
export function codeForConstantName(name: string): number | undefined {
  const normalized = name
    .replace(/^HTTP_(STATUS_)?/i, '')
    .replaceAll(/([a-z])([A-Z])/g, '$1_$2')
    .toUpperCase();
  return CODE_BY_CONSTANT_NAME.get(normalized);
}

export function reasonPhrase(code: number): string | undefined {
  return REASON_PHRASES[code];
}

const ERROR_CODE_BY_PHRASE: ReadonlyMap<string, number> = new Map(
  Object.entries(REASON_PHRASES)
    .filter(([code]) => Number(code) >= 400)
    .map(([code, phrase]) => [phrase.toLowerCase(), Number(code)] as const),
);

/** `404`, `Error 404:`, `404 -`: the code a status line puts before its phrase. */
const LEADING_CODE = /^(?:error\s*)?([45]\d\d)\s*[-:.]?\s*/i;

/**
 * The error status whose reason phrase is the whole text: `'Not Found'`, `'404 Not Found'`,
 * `'Error 500: Internal Server Error'`, `'Unauthorized.'`. A text that says more
 * (`'Page not found'`) is `null`, and so is a code that does not go with its phrase.
 */
export function errorPhraseCode(text: string): number | null {
  let phrase = text.trim().replaceAll(/\s+/g, ' ');
  const lead = LEADING_CODE.exec(phrase);
  if (lead) phrase = phrase.slice(lead[0].length);
  const code = ERROR_CODE_BY_PHRASE.get(phrase.replace(/[.!]$/, '').toLowerCase());
  return code !== undefined && (!lead || Number(lead[1]) === code) ? code : null;
}

/** A value that reads as an HTTP status: an integer from 100 to 599. */
export function isStatusLikeNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 100 && value <= 599;
}

export function isSuccessStatus(code: number): boolean {
  return code >= 200 && code <= 299;
}

/** 4xx or 5xx. */
export function isErrorStatus(code: number): boolean {
  return code >= 400 && code < 600;
}
