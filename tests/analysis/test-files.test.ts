/** Which files hold tests, whose fake servers answer as the test needs: `isTestFile`. */
import { describe, expect, it } from 'vitest';
import { isTestFile } from '../../src/analysis/routes.js';

const CWD = '/home/dev/my-api';

describe('isTestFile', () => {
  it.each([
    ['a .test or .spec file anywhere', `${CWD}/src/users.test.ts`],
    ['a file under __tests__ or __mocks__', `${CWD}/src/__mocks__/stripe.ts`],
    ['a file in a test folder at the project root (mocha)', `${CWD}/test/app.router.js`],
    ['a file in a package\'s tests folder', `${CWD}/packages/server/tests/fixtures/app.ts`],
    ['a Windows path in a spec folder', 'C:\\work\\my-api\\spec\\server.js'],
  ])('%s', (_, filename) => {
    expect(isTestFile(filename, filename.startsWith('C:') ? 'C:\\work\\my-api' : CWD)).toBe(true);
  });

  it.each([
    ['a route under app/ named test', `${CWD}/app/api/test/route.ts`],
    ['a router folder named test', `${CWD}/src/routes/test/index.ts`],
    ['a project that lives in a folder named test', '/home/dev/test/my-api/src/server.ts'],
    ['a file outside the project, below a test folder', '/tmp/test/server.ts'],
    ['a source file', `${CWD}/src/server.ts`],
  ])('not %s', (_, filename) => {
    expect(isTestFile(filename, filename.startsWith('/home/dev/test') ? '/home/dev/test/my-api' : CWD)).toBe(false);
  });

  it('reads a relative name as relative to the project', () => {
    expect(isTestFile('test/app.router.ts', CWD)).toBe(true);
    expect(isTestFile('src/server.ts', CWD)).toBe(false);
  });
});
