/**
 * What the analysis knows about a file before it looks at any function: its name, its scopes,
 * and which packages it imports. Built once per file.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { Scope } from './scope.js';
import type { PluginSettings } from './settings.js';
import type { FunctionNode } from './model.js';
import { isFunction } from './ast.js';

export interface FileContext {
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  /** The file name with forward slashes. */
  readonly filename: string;
  /** The global scope. Where scopes are built on first use (oxlint), asking builds them. */
  readonly globalScope: Scope;
  /** Package names the file imports or requires (`next/server` gives `next` and `next/server`). */
  readonly imports: ReadonlySet<string>;
  /** The ones it names in `require('x')` calls (a subset of `imports`). */
  readonly required: ReadonlySet<string>;
  /** `require('x')` calls where nothing declares `require` (a `.js` file linted as a module). */
  readonly undeclaredRequires: readonly TSESTree.CallExpression[];
  /** True when the file imports or requires one of `packages`. */
  importsAny(packages: readonly string[]): boolean;
  /** Every function in the file, from the scope manager (no AST walk; under oxlint, reading it builds the scopes). */
  readonly functions: readonly FunctionNode[];
  /**
   * The functions with a plain parameter (`res`, past a default value) of this name, leading
   * underscores ignored (`_res` is `res`): detection looks at these, not at every function.
   */
  functionsWithParameter(name: string): readonly FunctionNode[];
  /** The functions that destructure a property of this name from a parameter: `({ app }) => …`. */
  functionsDestructuring(name: string): readonly FunctionNode[];
  /**
   * False when no function binds one of these names, as a parameter or destructured from one.
   * Where the host builds scopes on demand (oxlint), the scopes are not built for this and the
   * answer is true: the adapters' own checks read the text first there.
   */
  mayBindAny(names: ParameterNames): boolean;
  readonly settings: PluginSettings;
  /**
   * False when the file's text surely lacks `pattern`. Asked before a look that needs the
   * scopes: where the host builds them on first use (oxlint), a scan of the text is much the
   * cheaper, so it is made; where the parser already built them (ESLint), it is not, and the
   * answer is always true.
   */
  mayMention(pattern: RegExp): boolean;
}

const REQUIRE_CALL = /\brequire\s*\(\s*(['"])([^'"\n]+)\1\s*\)/g;

export function createFileContext(
  sourceCode: Readonly<TSESLint.SourceCode>,
  filename: string,
  settings: PluginSettings,
): FileContext | null {
  const scopesOnDemand = buildsScopesOnDemand(sourceCode);
  if (!scopesOnDemand && !sourceCode.scopeManager?.globalScope) return null;
  return new LazyFileContext(sourceCode, filename.replaceAll('\\', '/'), settings, scopesOnDemand);
}

/**
 * ESLint hands rules a `SourceCode` whose scopes the parser built (a data property); oxlint
 * builds them when `scopeManager` is first read through (an accessor), which costs about as
 * much as the parse.
 */
function buildsScopesOnDemand(sourceCode: object): boolean {
  // Every file of a run comes from the same host: the answer for the last class is kept.
  const kind = Object.getPrototypeOf(sourceCode) as object | null;
  if (kind !== lastSourceCodeKind) {
    lastSourceCodeKind = kind;
    lastBuildsOnDemand = false;
    for (let holder: object | null = sourceCode; holder; holder = Object.getPrototypeOf(holder) as object | null) {
      const descriptor = Object.getOwnPropertyDescriptor(holder, 'scopeManager');
      if (!descriptor) continue;
      lastBuildsOnDemand = typeof descriptor.get === 'function';
      break;
    }
  }
  return lastBuildsOnDemand;
}

let lastSourceCodeKind: object | null | undefined;
let lastBuildsOnDemand = false;

/** Facts computed when first asked: a file that no adapter reads never has its scopes built. */
class LazyFileContext implements FileContext {
  private globals: Scope | undefined;
  private requiredNames: ReadonlySet<string> | undefined;
  private requireCalls: RequireCalls | undefined;
  private importedNames: ReadonlySet<string> | undefined;
  private functionList: readonly FunctionNode[] | undefined;
  private parameterIndex: ParameterIndex | undefined;

  constructor(
    readonly sourceCode: Readonly<TSESLint.SourceCode>,
    readonly filename: string,
    readonly settings: PluginSettings,
    private readonly scopesOnDemand: boolean,
  ) {}

  get globalScope(): Scope {
    this.globals ??= this.sourceCode.scopeManager!.globalScope as Scope;
    return this.globals;
  }

  get required(): ReadonlySet<string> {
    // Where scopes cost a parse, the text names what a file requires (a commented-out call
    // too, which only makes an adapter look in vain).
    this.requiredNames ??= this.scopesOnDemand ? requiresInText(this.sourceCode.text) : this.scanRequires().names;
    return this.requiredNames;
  }

  get undeclaredRequires(): readonly TSESTree.CallExpression[] {
    return this.scanRequires().undeclared;
  }

  private scanRequires(): RequireCalls {
    this.requireCalls ??= collectRequires(this.globalScope);
    return this.requireCalls;
  }

  get imports(): ReadonlySet<string> {
    this.importedNames ??= collectImports(this.sourceCode.ast, this.required);
    return this.importedNames;
  }

  get functions(): readonly FunctionNode[] {
    this.functionList ??= functionsOf((this.sourceCode.scopeManager?.scopes ?? []) as Scope[]);
    return this.functionList;
  }

  functionsWithParameter(name: string): readonly FunctionNode[] {
    return this.indexFor(ASKED_PLAIN, name).plain.get(name) ?? NO_FUNCTIONS;
  }

  functionsDestructuring(name: string): readonly FunctionNode[] {
    return this.indexFor(ASKED_DESTRUCTURED, name).destructured.get(name) ?? NO_FUNCTIONS;
  }

  mayBindAny(names: ParameterNames): boolean {
    if (this.scopesOnDemand) return true;
    for (const name of names.plain) if (this.functionsWithParameter(name).length > 0) return true;
    for (const name of names.destructured ?? []) if (this.functionsDestructuring(name).length > 0) return true;
    return false;
  }

  /** Both indexes, built in one pass over the functions; a name no file asked for before rebuilds them. */
  private indexFor(asked: Set<string>, name: string): ParameterIndex {
    if (!asked.has(name)) {
      asked.add(name);
      this.parameterIndex = undefined;
    }
    this.parameterIndex ??= indexParameters(this.functions);
    return this.parameterIndex;
  }

  importsAny(packages: readonly string[]): boolean {
    const { imports } = this;
    if (imports.size === 0) return false;
    for (const name of packages) if (imports.has(name)) return true;
    return false;
  }

  mayMention(pattern: RegExp): boolean {
    return !this.scopesOnDemand || pattern.test(this.sourceCode.text);
  }
}

function functionsOf(scopes: readonly Scope[]): FunctionNode[] {
  const found: FunctionNode[] = [];
  for (const scope of scopes) if (scope.type === 'function' && isFunction(scope.block)) found.push(scope.block);
  return found;
}

const NO_FUNCTIONS: readonly FunctionNode[] = [];

/**
 * The names detection has asked about (a dozen: `res`, `ctx`, `c`, `fastify`, …, and `app`
 * destructured). The index keeps only these: a component file's hundred `(e) => …` parameters
 * cost a set lookup each, not an entry.
 */
const ASKED_PLAIN = new Set<string>();
const ASKED_DESTRUCTURED = new Set<string>();

/** Names a function may bind: plain parameters (`res`, leading underscores ignored), and properties destructured from one (`{ app }`). */
export interface ParameterNames {
  readonly plain: readonly string[];
  readonly destructured?: readonly string[];
}

interface ParameterIndex {
  readonly plain: ReadonlyMap<string, readonly FunctionNode[]>;
  readonly destructured: ReadonlyMap<string, readonly FunctionNode[]>;
}

function indexParameters(functions: readonly FunctionNode[]): ParameterIndex {
  const plain = new Map<string, FunctionNode[]>();
  const destructured = new Map<string, FunctionNode[]>();
  for (const fn of functions) {
    for (const param of fn.params) {
      const inner = param.type === 'AssignmentPattern' ? param.left : param;
      if (inner.type === 'Identifier') {
        const name = inner.name.startsWith('_') ? inner.name.replace(/^_+/, '') : inner.name;
        if (ASKED_PLAIN.has(name)) addTo(plain, name, fn);
      } else if (param.type === 'ObjectPattern') {
        for (const property of param.properties) {
          if (property.type === 'Property' && property.key.type === 'Identifier' && ASKED_DESTRUCTURED.has(property.key.name)) {
            addTo(destructured, property.key.name, fn);
          }
        }
      }
    }
  }
  return { plain, destructured };
}

function addTo(index: Map<string, FunctionNode[]>, name: string, fn: FunctionNode): void {
  const list = index.get(name);
  if (!list) index.set(name, [fn]);
  else if (list.at(-1) !== fn) list.push(fn);
}

/** `./db`, `/abs/db`, `~/db`, `#db`, `@/lib/db`: a path or a project alias, not a package. */
export function isLocalSpecifier(specifier: string): boolean {
  // Asked of every import of every file: a look at the first characters, not a pattern.
  const first = specifier[0];
  return first === '.' || first === '/' || first === '~' || first === '#' || (first === '@' && specifier[1] === '/');
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

interface RequireCalls {
  readonly names: Set<string>;
  readonly undeclared: TSESTree.CallExpression[];
}

/** `require('x')`: a call on `require`, undeclared (ESM-parsed `.js`) or a declared global (CommonJS). */
function collectRequires(globalScope: Scope): RequireCalls {
  const found: RequireCalls = { names: new Set<string>(), undeclared: [] };
  for (const reference of globalScope.through) {
    const call = requireCall(reference.identifier);
    if (call) found.undeclared.push(call);
    addRequired(found.names, call);
  }
  for (const reference of globalScope.set.get('require')?.references ?? []) {
    addRequired(found.names, requireCall(reference.identifier));
  }
  return found;
}

function requiresInText(text: string): Set<string> {
  const found = new Set<string>();
  if (!text.includes('require')) return found;
  for (const match of text.matchAll(REQUIRE_CALL)) addSpecifier(found, match[2]!);
  return found;
}

/** The call when `identifier` is the callee of `require(…)`. */
function requireCall(identifier: TSESTree.Identifier | TSESTree.JSXIdentifier): TSESTree.CallExpression | null {
  if (identifier.name !== 'require') return null;
  const call = identifier.parent;
  return call?.type === 'CallExpression' && call.callee === identifier ? call : null;
}

/** `require('x')` adds `x`. */
function addRequired(found: Set<string>, call: TSESTree.CallExpression | null): void {
  const argument = call?.arguments[0];
  if (argument?.type === 'Literal' && typeof argument.value === 'string') addSpecifier(found, argument.value);
}

/**
 * `../utils/hono.ts`, `@/lib/express`: a project's own module named for a framework, which wraps
 * it (`export const honoFactory = createFactory()`), stands for that framework in the files that
 * import it instead of the package.
 */
const FRAMEWORK_WRAPPER = /(?:^|\/)(hono|express|koa|fastify)(?:\.[cm]?[jt]s)?$/;

/**
 * `next/server` adds `next/server` and `next`; `@hono/node-server/x` adds `@hono/node-server` too.
 * A relative path or a project alias (`./db`, `@/lib/db`, `~/db`, `#db`) names no package, unless
 * it is a framework's wrapper (`FRAMEWORK_WRAPPER`).
 */
function addSpecifier(found: Set<string>, specifier: string): void {
  if (isLocalSpecifier(specifier)) {
    const wrapped = FRAMEWORK_WRAPPER.exec(specifier)?.[1];
    if (wrapped) found.add(wrapped);
    return;
  }
  found.add(specifier);
  const slash = specifier.indexOf('/', specifier.startsWith('@') ? specifier.indexOf('/') + 1 : 0);
  if (slash > 0) found.add(specifier.slice(0, slash));
}
