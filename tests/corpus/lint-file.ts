/**
 * Lints one file of someone else's code with every rule, the way a user's ESLint would: the
 * TypeScript parser for TS files, ESLint's own parser for JS (as a module, then CommonJS, then
 * a script, since a `.js` file can be any of them). Then applies every fix and suggestion the
 * rules produced, one at a time, and re-parses the result.
 */
import { Linter } from 'eslint';
import * as tsParser from '@typescript-eslint/parser';
import plugin from '../../src/index.js';

type LanguageOptions = NonNullable<Linter.Config['languageOptions']>;

const FILES = ['**/*.{js,cjs,mjs,jsx,ts,cts,mts,tsx}'];
const TS = /\.[cm]?tsx?$/;

function parserOptions(filename: string): LanguageOptions[] {
  if (TS.test(filename)) return [{ parser: tsParser as Linter.Parser, sourceType: 'module' }];
  const jsx = { ecmaFeatures: { jsx: true } };
  const module: LanguageOptions = { ecmaVersion: 'latest', sourceType: 'module', parserOptions: jsx };
  const commonjs: LanguageOptions = { ecmaVersion: 'latest', sourceType: 'commonjs', parserOptions: jsx };
  const script: LanguageOptions = { ecmaVersion: 'latest', sourceType: 'script' };
  return filename.endsWith('.cjs') ? [commonjs, script] : [module, commonjs, script];
}

const linter = new Linter({ configType: 'flat' });

function config(languageOptions: LanguageOptions, rules: Linter.RulesRecord): Linter.Config[] {
  return [
    {
      files: FILES,
      languageOptions,
      linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' },
      plugins: { 'http-status': plugin as never },
      rules,
    },
  ];
}

const ALL_RULES = plugin.configs.all.rules as Linter.RulesRecord;

/** A file no config matches is not linted at all; that would make the corpus vacuous. */
function checkMatched(messages: readonly Linter.LintMessage[], filename: string): void {
  const unmatched = messages.find((message) => message.ruleId === null && message.message.startsWith('No matching configuration'));
  if (unmatched) throw new Error(`${filename}: ${unmatched.message}`);
}

export interface FileOutcome {
  /** false: no parser accepted the file (Flow, templates, broken fixtures); it is skipped. */
  readonly parsed: boolean;
  readonly messages: Linter.LintMessage[];
  /** Rules that threw, with the error. */
  readonly crashes: { ruleId: string; error: string }[];
  /** Fixes and suggestions whose output does not parse. */
  readonly badEdits: { ruleId: string; kind: 'fix' | 'suggestion'; desc: string; error: string }[];
}

export function lintFile(text: string, filename: string): FileOutcome {
  for (const options of parserOptions(filename)) {
    let messages: Linter.LintMessage[];
    try {
      messages = linter.verify(text, config(options, ALL_RULES), filename);
    } catch {
      return { parsed: true, ...findCrashes(text, filename, options) };
    }
    checkMatched(messages, filename);
    if (messages.some((message) => message.fatal)) continue;
    return { parsed: true, messages, crashes: [], badEdits: checkEdits(text, filename, options, messages) };
  }
  return { parsed: false, messages: [], crashes: [], badEdits: [] };
}

/** Some rule threw: run them one at a time to name it, and keep the others' messages. */
function findCrashes(text: string, filename: string, options: LanguageOptions): Omit<FileOutcome, 'parsed'> {
  const messages: Linter.LintMessage[] = [];
  const crashes: FileOutcome['crashes'] = [];
  for (const ruleId of Object.keys(ALL_RULES)) {
    try {
      messages.push(...linter.verify(text, config(options, { [ruleId]: 'error' }), filename));
    } catch (error) {
      crashes.push({ ruleId, error: String((error as Error).stack ?? error).split('\n').slice(0, 4).join('\n') });
    }
  }
  return { messages, crashes, badEdits: checkEdits(text, filename, options, messages) };
}

/** Applies one edit to the text. */
export function applyFix(text: string, fix: { range: readonly [number, number]; text: string }): string {
  return text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]);
}

/** Every fix and every suggestion, applied on its own, must leave code that parses. */
export function checkEdits(
  text: string,
  filename: string,
  languageOptions: LanguageOptions,
  messages: readonly Linter.LintMessage[],
): FileOutcome['badEdits'] {
  const bad: FileOutcome['badEdits'] = [];
  for (const message of messages) {
    const edits = [
      ...(message.fix ? [{ kind: 'fix' as const, desc: message.message, fix: message.fix }] : []),
      ...(message.suggestions ?? []).map((suggestion) => ({ kind: 'suggestion' as const, desc: suggestion.desc, fix: suggestion.fix })),
    ];
    for (const edit of edits) {
      const output = applyFix(text, edit.fix);
      const fatal = linter.verify(output, config(languageOptions, {}), filename).find((m) => m.fatal);
      if (fatal) bad.push({ ruleId: message.ruleId ?? '?', kind: edit.kind, desc: edit.desc, error: `${fatal.message} (line ${fatal.line})` });
    }
  }
  return bad;
}

