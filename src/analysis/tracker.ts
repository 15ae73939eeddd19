/**
 * The one place that imports `ReferenceTracker` and its symbols. Mixing the ESM and CJS copies
 * of `@eslint-community/eslint-utils` gives different symbols and silently matches nothing.
 * The library is typed for ESTree; these wrappers take the typescript-eslint AST.
 */
import { CALL, CONSTRUCT, ESM, READ, ReferenceTracker, getStaticValue as getStaticValueEstree } from '@eslint-community/eslint-utils';
import type { TSESTree } from '@typescript-eslint/utils';
import type { FileContext } from './file-context.js';
import type { Scope } from './scope.js';

export { CALL, CONSTRUCT, ESM, READ };

export interface TraceMap {
  [name: string]: TraceMap | boolean | undefined;
}

export interface TrackedReference {
  readonly node: TSESTree.Node;
  readonly path: readonly string[];
  readonly kind: 'call' | 'construct' | 'read';
}

/**
 * Every use of the traced modules' exports, imported with `import` or `require`. Modules the
 * file does not import are dropped first, so a file that imports none costs nothing.
 */
export function* trackReferences(file: FileContext, traceMap: TraceMap): Generator<TrackedReference> {
  const imported = Object.keys(traceMap).filter((name) => file.imports.has(name));
  if (imported.length === 0) return;
  const pruned: TraceMap = {};
  for (const name of imported) pruned[name] = traceMap[name];
  const { globalScope } = file;
  // Modules are reached through imports and `require`, never through `window.require`.
  const tracker = new ReferenceTracker(globalScope as never, { globalObjectNames: [] });
  const map = pruned as never;
  const iterators: Iterable<{ node: unknown; path: string[]; type: symbol }>[] = [tracker.iterateEsmReferences(map)];
  if (imported.some((name) => file.required.has(name))) {
    iterators.push(tracker.iterateCjsReferences(map));
    if (!globalScope.set.has('require')) iterators.push(undeclaredRequires(tracker, globalScope, pruned));
  }
  for (const iterator of iterators) {
    for (const found of iterator) {
      const kind = found.type === CALL ? 'call' : found.type === CONSTRUCT ? 'construct' : 'read';
      yield { node: found.node as unknown as TSESTree.Node, path: found.path, kind };
    }
  }
}

/**
 * `require('express')` in a file where `require` is not a declared global (a `.js` file linted
 * as a module without Node globals): the tracker's CommonJS search starts from the declared
 * `require`, so these calls are followed here.
 */
function* undeclaredRequires(tracker: ReferenceTracker, globalScope: Scope, traceMap: TraceMap) {
  for (const reference of globalScope.through) {
    const call = reference.identifier.parent;
    if (reference.identifier.name !== 'require' || call?.type !== 'CallExpression' || call.callee !== reference.identifier) continue;
    const [argument] = call.arguments;
    const key = argument?.type === 'Literal' && typeof argument.value === 'string' ? argument.value : null;
    const next = key === null ? undefined : traceMap[key];
    if (key === null || !next || typeof next !== 'object') continue;
    if ((next as Record<symbol, unknown>)[READ]) {
      yield { node: call as never, path: [key], type: READ, info: (next as Record<symbol, unknown>)[READ] };
    }
    for (const found of tracker.iteratePropertyReferences(call as never, next as never)) {
      yield { ...found, path: [key, ...found.path] };
    }
  }
}

/** The value of an expression when it is known without running the code. */
export function getStaticValue(node: TSESTree.Node, scope: Scope | undefined): { value: unknown } | null {
  return getStaticValueEstree(node as never, scope as never);
}
