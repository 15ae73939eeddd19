/**
 * What the analysis knows about a file before it looks at any function: its name, its scopes,
 * and which packages it imports. Built once per file.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { Scope } from './scope.js';
import type { PluginSettings } from './settings.js';

export interface FileContext {
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  /** The file name with forward slashes. */
  readonly filename: string;
  readonly globalScope: Scope;
  /** Package names the file imports or requires (`next/server` gives `next` and `next/server`). */
  readonly imports: ReadonlySet<string>;
  /** The ones it names in `require('x')` calls (a subset of `imports`). */
  readonly required: ReadonlySet<string>;
  readonly settings: PluginSettings;
}

export function createFileContext(
  sourceCode: Readonly<TSESLint.SourceCode>,
  filename: string,
  settings: PluginSettings,
): FileContext | null {
  const globalScope = sourceCode.scopeManager?.globalScope;
  if (!globalScope) return null;
  const required = collectRequires(globalScope as Scope);
  return {
    sourceCode,
    filename: filename.replaceAll('\\', '/'),
    globalScope: globalScope as Scope,
    imports: collectImports(sourceCode.ast, required),
    required,
    settings,
  };
}

function collectImports(program: TSESTree.Program, required: ReadonlySet<string>): Set<string> {
  const found = new Set<string>(required);
  for (const statement of program.body) {
    if (statement.type === 'ImportDeclaration') addSpecifier(found, statement.source.value);
    else if (
      (statement.type === 'ExportNamedDeclaration' || statement.type === 'ExportAllDeclaration') &&
      statement.source
    ) {
      addSpecifier(found, statement.source.value);
    } else if (
      statement.type === 'TSImportEqualsDeclaration' &&
      statement.moduleReference.type === 'TSExternalModuleReference' &&
      statement.moduleReference.expression.type === 'Literal'
    ) {
      addSpecifier(found, String(statement.moduleReference.expression.value));
    }
  }
  return found;
}

/** `require('x')`: a call on `require`, undeclared (ESM-parsed `.js`) or a declared global (CommonJS). */
function collectRequires(globalScope: Scope): Set<string> {
  const found = new Set<string>();
  for (const reference of globalScope.through) addRequired(found, reference.identifier);
  for (const reference of globalScope.set.get('require')?.references ?? []) addRequired(found, reference.identifier);
  return found;
}

/** `require('x')` adds `x`. */
function addRequired(found: Set<string>, identifier: TSESTree.Identifier | TSESTree.JSXIdentifier): void {
  if (identifier.name !== 'require') return;
  const call = identifier.parent;
  if (call?.type !== 'CallExpression' || call.callee !== identifier) return;
  const [argument] = call.arguments;
  if (argument?.type === 'Literal' && typeof argument.value === 'string') addSpecifier(found, argument.value);
}

/** `next/server` adds `next/server` and `next`; `@hono/node-server/x` adds `@hono/node-server` too. */
function addSpecifier(found: Set<string>, specifier: string): void {
  found.add(specifier);
  const slash = specifier.indexOf('/', specifier.startsWith('@') ? specifier.indexOf('/') + 1 : 0);
  if (slash > 0) found.add(specifier.slice(0, slash));
}
