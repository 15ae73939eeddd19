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
 * Every use of the traced modules' exports, imported with `import` or `require`. A file that
 * imports none of them costs a look at its import list.
 */
export function trackReferences(file: FileContext, traceMap: TraceMap): TrackedReference[] {
  let importsAny = false;
  let requiresAny = false;
  for (const name in traceMap) {
    if (!file.imports.has(name)) continue;
    const required = file.required.has(name);
    importsAny ||= required || importsTracedName(file.sourceCode.ast, name, traceMap[name] as TraceMap);
    requiresAny ||= required;
  }
  if (!importsAny) return [];
  const { globalScope } = file;
  // Modules are reached through imports and `require`, never through `window.require`.
  const tracker = new ReferenceTracker(globalScope as never, { globalObjectNames: [] });
  const found: TrackedReference[] = [];
  collect(tracker.iterateEsmReferences(traceMap as never), found);
  if (!requiresAny) return found;
  collect(tracker.iterateCjsReferences(traceMap as never), found);
  if (!globalScope.set.has('require')) collect(undeclaredRequires(tracker, file, traceMap), found);
  return found;
}

/**
 * True when an `import` of `moduleName` may bring in a traced export: a default or namespace
 * import, a named import the map traces, a re-export. `import type { Request } from 'express'`
 * brings in nothing the tracker would follow, so the file is not walked for it.
 */
function importsTracedName(program: TSESTree.Program, moduleName: string, exports: TraceMap): boolean {
  for (const statement of program.body) {
    if (statement.type === 'ExportNamedDeclaration' || statement.type === 'ExportAllDeclaration') {
      if (statement.source?.value === moduleName) return true;
      continue;
    }
    if (statement.type !== 'ImportDeclaration' || statement.source.value !== moduleName) continue;
    for (const specifier of statement.specifiers) {
      if (specifier.type !== 'ImportSpecifier') return true;
      const imported = specifier.imported.type === 'Identifier' ? specifier.imported.name : specifier.imported.value;
      if (Object.hasOwn(exports, imported)) return true;
    }
  }
  return false;
}

function collect(references: Iterable<{ node: unknown; path: string[]; type: symbol }>, found: TrackedReference[]): void {
  for (const { node, path, type } of references) {
    found.push({ node: node as TSESTree.Node, path, kind: type === CALL ? 'call' : type === CONSTRUCT ? 'construct' : 'read' });
  }
}

/**
 * `require('express')` in a file where `require` is not a declared global (a `.js` file linted
 * as a module without Node globals): the tracker's CommonJS search starts from the declared
 * `require`, so these calls are followed here.
 */
function* undeclaredRequires(tracker: ReferenceTracker, file: FileContext, traceMap: TraceMap) {
  for (const call of file.undeclaredRequires) {
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
