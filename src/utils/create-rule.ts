import { ESLintUtils } from '@typescript-eslint/utils';

export interface HttpStatusRuleDocs {
  /** The config that enables the rule, or `false`. */
  readonly recommended: 'recommended' | 'strict' | false;
}

export const REPOSITORY_URL = 'https://github.com/eslint-plugin-http-status/eslint-plugin-http-status';

export const createRule = ESLintUtils.RuleCreator<HttpStatusRuleDocs>(
  (name) => `${REPOSITORY_URL}/blob/main/docs/rules/${name}.md`,
);
