/**
 * `createRule`: a rule with its docs URL, its options merged over `meta.defaultOptions`, and the
 * file's handler model, asked for only when the file has handlers.
 * Written here rather than taken from `@typescript-eslint/utils` so that the package needs
 * nothing from typescript-eslint at run time (and JavaScript projects need no TypeScript).
 */
import type { TSESLint } from '@typescript-eslint/utils';
import { getHandlerModel } from '../analysis/handler-model.js';
import type { HandlerModel } from '../analysis/model.js';

export interface HttpStatusRuleDocs {
  /** The config that enables the rule, or `false`. */
  readonly recommended: 'recommended' | 'strict' | false;
}

export const REPOSITORY_URL = 'https://github.com/eslint-plugin-http-status/eslint-plugin-http-status';

type Docs = HttpStatusRuleDocs & Omit<TSESLint.RuleMetaDataDocs, 'url'>;

interface RuleDefinition<Options extends readonly unknown[], MessageIds extends string> {
  readonly name: string;
  readonly meta: Omit<TSESLint.RuleMetaData<MessageIds, HttpStatusRuleDocs, Options>, 'docs'> & { readonly docs: Docs };
  /** Called only for a file that has handlers, with the file's handler model. */
  readonly create: (
    context: Readonly<TSESLint.RuleContext<MessageIds, Options>>,
    options: Readonly<Options>,
    model: HandlerModel,
  ) => TSESLint.RuleListener;
}

export type HttpStatusRule<Options extends readonly unknown[], MessageIds extends string> = TSESLint.RuleModule<
  MessageIds,
  Options,
  HttpStatusRuleDocs
> & { readonly name: string };

export function createRule<Options extends readonly unknown[], MessageIds extends string>(
  definition: RuleDefinition<Options, MessageIds>,
): HttpStatusRule<Options, MessageIds> {
  const { name, meta, create } = definition;
  const defaults = (meta.defaultOptions ?? []) as readonly unknown[];
  // A config hands every file the same options array: merge it once, keep the last one.
  let lastGiven: readonly unknown[] | null = null;
  let lastMerged: readonly unknown[] = defaults;
  const optionsOf = (given: readonly unknown[]): readonly unknown[] => {
    // ESLint hands each file a freshly merged array: one that has every default needs no merge.
    if (defaults.length === 0 || hasDefaults(defaults, given)) return given;
    if (given !== lastGiven) {
      lastMerged = withDefaults(defaults, given);
      lastGiven = given;
    }
    return lastMerged;
  };
  // A rule that takes no options need not read them (a read on a new file's context is not free).
  const takesNoOptions = Array.isArray(meta.schema) && meta.schema.length === 0;
  const none = [] as unknown as Options;
  return {
    name,
    meta: { ...meta, docs: { ...meta.docs, url: `${REPOSITORY_URL}/blob/main/docs/rules/${name}.md` } },
    // Every rule reads the shared model; most files have no handlers, and then nothing else,
    // not even the options, is looked at.
    create(context) {
      const model = getHandlerModel(context);
      if (model.handlers.length === 0) return NO_LISTENERS;
      return create(context, takesNoOptions ? none : (optionsOf(context.options) as unknown as Options), model);
    },
  };
}

const NO_LISTENERS: TSESLint.RuleListener = Object.freeze({});

/**
 * ESLint 9.15+ already merges `meta.defaultOptions` into `context.options`; hosts that do not
 * (oxlint's JS plugins, for one) get the same merge here. One level deep is all our options need.
 */
function withDefaults(defaults: readonly unknown[], options: readonly unknown[]): readonly unknown[] {
  return defaults.map((fallback, index) => {
    const given = options[index];
    if (isPlainObject(fallback) && isPlainObject(given)) return { ...fallback, ...given };
    return given ?? fallback;
  });
}

function hasDefaults(defaults: readonly unknown[], options: readonly unknown[]): boolean {
  if (options.length < defaults.length) return false;
  for (let index = 0; index < defaults.length; index++) {
    const fallback = defaults[index];
    const given = options[index];
    if (!isPlainObject(fallback)) continue;
    if (!isPlainObject(given)) return false;
    for (const key in fallback) if (!(key in given)) return false;
  }
  return true;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
