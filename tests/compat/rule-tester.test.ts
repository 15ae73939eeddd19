/**
 * The rule tests apply every suggestion and check that the result parses: our RuleTester
 * (`@typescript-eslint/rule-tester`) re-parses each asserted suggestion's output and fails
 * with "A fatal parsing error occurred in suggestion fix", and every rule test asserts every
 * suggestion (it must: a message with suggestions and no `suggestions` in the case fails).
 * This test keeps that true if the tester or its version changes: a rule whose suggestion
 * breaks the code must fail its test even when the expected output says the same.
 */
import { RuleTester } from '@typescript-eslint/rule-tester';
import type { TSESLint } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';

const failures: string[] = [];

/** A tester that records failing cases instead of registering them with vitest. */
class RecordingRuleTester extends RuleTester {
  static override describe = (_name: string, fn: () => void) => fn();
  static override it = (_name: string, fn: () => void) => {
    try {
      fn();
    } catch (error) {
      failures.push((error as Error).message);
    }
  };
  static override afterAll = () => {};
}

const breaksCode: TSESLint.RuleModule<'bad' | 'fix'> = {
  defaultOptions: [],
  meta: { type: 'problem', hasSuggestions: true, messages: { bad: 'bad', fix: 'fix' }, schema: [] },
  create(context) {
    return {
      CallExpression(node) {
        context.report({ node, messageId: 'bad', suggest: [{ messageId: 'fix', fix: (fixer) => fixer.insertTextAfter(node, ')') }] });
      },
    };
  },
};

describe('the rule tester', () => {
  it('fails a case whose suggestion output does not parse', () => {
    new RecordingRuleTester().run('breaks-code', breaksCode, {
      valid: [],
      invalid: [{ code: 'f();', errors: [{ messageId: 'bad', suggestions: [{ messageId: 'fix', output: 'f())' + ';' }] }] }],
    });
    expect(failures).toHaveLength(1);
    expect(failures[0]).toContain('A fatal parsing error occurred in suggestion fix');
  });
});
