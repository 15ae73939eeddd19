/**
 * Next.js middleware. See docs/frameworks.md#nextjs-middleware.
 *
 * `middleware.ts` (Next.js 12–15) or `proxy.ts` (Next.js 16) beside the `app/` or `pages/`
 * folder exports one function, named after the file or as the default export, that runs
 * before every matched request. It answers like a route handler, by returning a `Response`
 * (`NextResponse.json(body, init)`, `new Response(body, init)`), or lets the request through
 * (`NextResponse.next()`, `NextResponse.rewrite()`, nothing returned). Anything else returned
 * makes Next.js throw, and the client receives 500.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import type { FunctionNode } from '../analysis/model.js';
import type { FrameworkAdapter, HandlerSeed } from './adapter.js';
import { nextDeferrals, nextReturnSpec } from './next-app.js';
import { defaultExports, namedExports, resolveHandlerFunctions } from './registration.js';

/**
 * `middleware.ts`, `src/proxy.js`: the export Next.js runs is named after the file. Directly in
 * `pages/` a file of that name is a page, not the middleware.
 */
const MIDDLEWARE_FILE = /(?:^|\/)(?:([^/]+)\/)?(middleware|proxy)\.(?:ts|js|mjs|mts)$/;

export const MIDDLEWARE_NUMBER_EFFECT =
  'Next.js expects a `Response` from middleware, so it throws ("Expected an instance of Response to be returned") and the client receives 500';

export const nextMiddleware: FrameworkAdapter = {
  id: 'next-middleware',
  name: 'Next.js middleware',
  packages: ['next'],
  findHandlers(file, claimed) {
    const exportName = middlewareExportName(file.filename);
    if (exportName === null) return [];
    const functions = new Set<FunctionNode>();
    for (const value of middlewareExports(file.sourceCode.ast, exportName)) {
      for (const fn of resolveHandlerFunctions(value, file.sourceCode)) if (!claimed.has(fn)) functions.add(fn);
    }
    if (functions.size === 0) return [];
    const returns = nextReturnSpec(file, MIDDLEWARE_NUMBER_EFFECT);
    const deferrals = nextDeferrals(file);
    return [...functions].map(
      (fn): HandlerSeed => ({
        fn,
        methods: null,
        path: null,
        isErrorHandler: false,
        request: null,
        channels: [],
        returns,
        deferrals,
      }),
    );
  },
};

/** `middleware.ts`, `src/proxy.ts`: a file whose export Next.js runs as middleware. */
export function isMiddlewareFile(filename: string): boolean {
  return middlewareExportName(filename) !== null;
}

/** `middleware` for `middleware.ts`, `proxy` for `proxy.ts`; `null` for any other file. */
function middlewareExportName(filename: string): string | null {
  const match = MIDDLEWARE_FILE.exec(filename);
  return match && match[1] !== 'pages' ? match[2]! : null;
}

/** `export function middleware`, `export const proxy = …`, `export { auth as middleware }`, `export default …`. */
function* middlewareExports(program: TSESTree.Program, exportName: string): Generator<TSESTree.Node> {
  yield* defaultExports(program);
  for (const [name, value] of namedExports(program)) if (name === exportName) yield value;
}
