/**
 * The one place that imports `ReferenceTracker` and its symbols. Mixing the ESM and CJS copies
 * of `@eslint-community/eslint-utils` gives different symbols and silently matches nothing.
 * The library is typed for ESTree; these wrappers take the typescript-eslint AST.
 */
import { CALL, CONSTRUCT, READ, ReferenceTracker, getStaticValue as getStaticValueEstree } from '@eslint-community/eslint-utils';
import type { TSESTree } from '@typescript-eslint/utils';
import type { Scope } from './scope.js';

export { CALL, CONSTRUCT, READ };

export interface TraceMap {
  [name: string]: TraceMap | boolean | undefined;
}

export interface TrackedReference {
  readonly node: TSESTree.Node;
  readonly path: readonly string[];
  readonly kind: 'call' | 'construct' | 'read';
}

/** Every use of the traced names, imported with `import` or `require`, or read as globals. */
export function* trackReferences(
  globalScope: Scope,
  traceMap: TraceMap,
  sources: { readonly modules?: boolean; readonly globals?: boolean } = { modules: true },
): Generator<TrackedReference> {
  const tracker = new ReferenceTracker(globalScope as never);
  const map = traceMap as never;
  const iterators = [];
  if (sources.modules !== false) iterators.push(tracker.iterateEsmReferences(map), tracker.iterateCjsReferences(map));
  if (sources.globals) iterators.push(tracker.iterateGlobalReferences(map));
  for (const iterator of iterators) {
    for (const found of iterator) {
      const kind = found.type === CALL ? 'call' : found.type === CONSTRUCT ? 'construct' : 'read';
      yield { node: found.node as unknown as TSESTree.Node, path: found.path, kind };
    }
  }
}

/** The value of an expression when it is known without running the code. */
export function getStaticValue(node: TSESTree.Node, scope: Scope | undefined): { value: unknown } | null {
  return getStaticValueEstree(node as never, scope as never);
}
