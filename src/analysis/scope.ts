/** Scope types under short names. */
import type { TSESLint } from '@typescript-eslint/utils';

export type Scope = TSESLint.Scope.Scope;
export type Variable = TSESLint.Scope.Variable;
