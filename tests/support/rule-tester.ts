/**
 * Rule testers: TypeScript through `@typescript-eslint/parser` (the default), and plain
 * JavaScript through ESLint's own parser, so both kinds of project are covered.
 */
import { RuleTester } from '@typescript-eslint/rule-tester';
import * as espree from 'espree';

export const ruleTester = new RuleTester();

export const jsRuleTester = new RuleTester({
  languageOptions: { parser: espree as never, ecmaVersion: 'latest', sourceType: 'module' },
});

/** Every invalid case states where each report is and the data of every message. */
export const strict = { requireLocation: true, requireData: true } as const;
