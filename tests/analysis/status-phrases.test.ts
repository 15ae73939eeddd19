/** Which texts are an error's status line, an error body wherever it is sent: `errorPhraseCode`. */
import { describe, expect, it } from 'vitest';
import { errorPhraseCode } from '../../src/analysis/status-codes.js';

describe('errorPhraseCode', () => {
  it.each([
    ['Not Found', 404],
    ['not found.', 404],
    ['404 Not Found', 404],
    ['404 - Not Found', 404],
    ['Error 500: Internal Server Error', 500],
    ['  Unauthorized!  ', 401],
    ['Method  Not Allowed', 405],
    ['Service Unavailable', 503],
  ])('%j is the status line of %i', (text, code) => {
    expect(errorPhraseCode(text)).toBe(code);
  });

  it.each(['Page not found', 'OK', 'Created', '200 Not Found', '404', 'Not Found: /users/7', 'Forbidden fruit'])(
    '%j is not an error status line',
    (text) => {
      expect(errorPhraseCode(text)).toBeNull();
    },
  );
});
