/**
 * Node's own `http.createServer((req, res) => …)`, without a framework. See
 * docs/frameworks.md#node-http.
 *
 * The response has no `status()`, `json()` or `sendStatus()`: the status is `res.statusCode`
 * or `res.writeHead(n)` (which returns the response), and `res.end(body)` sends. Suggestions
 * therefore use `writeHead`.
 */
import type { FunctionNode } from '../analysis/model.js';
import type { Variable } from '../analysis/scope.js';
import { CALL, ESM, trackReferences } from '../analysis/tracker.js';
import type { ChannelSpec, FrameworkAdapter, HandlerSeed } from './adapter.js';
import { resolveHandlerFunctions } from './registration.js';

export const nodeResponse: ChannelSpec = {
  statusMethods: { writeHead: { arg: 0 } },
  statusProperties: ['statusCode'],
  heldStatus: 200,
  chainMethods: ['setHeader', 'appendHeader', 'removeHeader', 'flushHeaders'],
  sendMethods: {
    end: {
      bodyArg: 0,
      bodyKind: 'data',
      numericBodyEffect:
        'Node throws ERR_INVALID_ARG_TYPE (`end()` takes a string or a Buffer), so nothing is sent and the request hangs',
    },
  },
  bodyProperties: [],
  throwMethods: {},
  aliasMembers: [],
  sentProperties: ['headersSent', 'writableEnded', 'finished'],
  lifecycleEvents: { methods: ['on', 'once', 'addListener'], events: ['finish', 'close'] },
  preferredStatusMethod: 'writeHead',
  statusOnly: (receiver, code) => `${receiver}.writeHead(${code}).end()`,
};

const CREATE_SERVER = { createServer: { [CALL]: true }, createSecureServer: { [CALL]: true } };
/** `import { createServer } from 'node:http'`, `import http from 'http'`, `require('http')`. */
const SERVER_FACTORY = { [ESM]: true, ...CREATE_SERVER, default: CREATE_SERVER };
const SERVERS = {
  http: SERVER_FACTORY,
  'node:http': SERVER_FACTORY,
  https: SERVER_FACTORY,
  'node:https': SERVER_FACTORY,
  http2: SERVER_FACTORY,
  'node:http2': SERVER_FACTORY,
};

export const nodeHttp: FrameworkAdapter = {
  id: 'node-http',
  name: 'Node.js http',
  packages: Object.keys(SERVERS),
  secondSendEffect:
    'Node emits "write after end" (ERR_STREAM_WRITE_AFTER_END) for a second `end()` with data, and `writeHead()` after the end throws ERR_HTTP_HEADERS_SENT',
  findHandlers(file, claimed) {
    const seeds: HandlerSeed[] = [];
    for (const server of trackReferences(file, SERVERS)) {
      if (server.node.type !== 'CallExpression') continue;
      // `createServer(handler)` or `createServer(options, handler)`.
      for (const fn of server.node.arguments.flatMap((argument) => resolveHandlerFunctions(argument, file.sourceCode))) {
        if (claimed.has(fn)) continue;
        const seed = seedFor(fn, file.sourceCode.getDeclaredVariables(fn) as Variable[]);
        if (seed) seeds.push(seed);
      }
    }
    return seeds;
  },
};

function seedFor(fn: FunctionNode, variables: readonly Variable[]): HandlerSeed | null {
  const [requestParam, responseParam] = fn.params;
  if (responseParam?.type !== 'Identifier') return null;
  const response = variables.find((variable) => variable.name === responseParam.name);
  if (!response) return null;
  const request = requestParam?.type === 'Identifier' ? variables.find((variable) => variable.name === requestParam.name) : undefined;
  return {
    fn,
    methods: null,
    path: null,
    isErrorHandler: false,
    request: request ?? null,
    channels: [{ variable: response, spec: nodeResponse }],
    returns: null,
  };
}
