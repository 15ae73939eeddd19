import { Linter } from 'eslint';
import * as espree from 'espree';
import { describe, expect, it } from 'vitest';
import { getHandlerModel } from '../../src/analysis/handler-model.js';
import { code } from '../support/code.js';

/**
 * oxlint builds a file's scopes when `scopeManager` is first read. The model then reads them
 * only for files that some adapter may hold handlers in; this lints a file through a
 * `SourceCode` whose `scopeManager` is such an accessor and counts the reads.
 */
function lintWithScopesOnDemand(source: string, filename = 'app.js') {
  let scopeReads = 0;
  let handlers: string[] = [];
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(
    source,
    [
      {
        files: ['**/*.js'],
        languageOptions: { parser: espree as Linter.Parser, ecmaVersion: 'latest', sourceType: 'module' },
        plugins: {
          probe: {
            rules: {
              model: {
                create(context) {
                  const real = context.sourceCode as unknown as { scopeManager: unknown };
                  const onDemand = Object.create(real, {
                    scopeManager: {
                      get() {
                        scopeReads++;
                        return real.scopeManager;
                      },
                    },
                  });
                  const model = getHandlerModel({ ...context, sourceCode: onDemand, filename: context.filename } as never);
                  handlers = model.handlers.map((handler) => `${handler.framework}: ${handler.ops.length} ops`);
                  return {};
                },
              },
            },
          },
        },
        rules: { 'probe/model': 'error' },
      },
    ],
    filename,
  );
  if (messages.some((message) => message.fatal)) throw new Error(JSON.stringify(messages));
  return { scopeReads, handlers };
}

describe('hosts that build scopes on demand (oxlint)', () => {
  it('never builds the scopes of a file that no adapter may read', () => {
    expect(
      lintWithScopesOnDemand(code`
        import { z } from 'zod';
        export const User = z.object({ email: z.string().email() });
        export function formatDate(date) {
          return date.toISOString().slice(0, 10);
        }
        export const load = (client) => client.get('/users').then((res) => res.data);
      `),
    ).toEqual({ scopeReads: 0, handlers: [] });
  });

  it('still finds handlers in a file that imports nothing', () => {
    const { scopeReads, handlers } = lintWithScopesOnDemand(code`
      exports.getUser = async (req, res) => {
        const user = await User.findById(req.params.id);
        if (!user) return res.status(404).json({ error: 'Not found' });
        res.json(user);
      };
    `);
    expect(handlers).toEqual(['express: 3 ops']);
    expect(scopeReads).toBeGreaterThan(0);
  });

  it('reads what a CommonJS file requires from its text, without its scopes', () => {
    expect(
      lintWithScopesOnDemand(code`
        const path = require('node:path');
        const { promisify } = require('node:util');
        module.exports = function resolveUpload(root, name) {
          return path.join(root, name);
        };
      `),
    ).toEqual({ scopeReads: 0, handlers: [] });
  });

  it('finds the handlers of a router that the file requires', () => {
    const { handlers } = lintWithScopesOnDemand(code`
      const express = require('express');
      const router = express.Router();
      router.post('/users', async (req, res) => {
        res.json(await User.create(req.body));
      });
    `);
    expect(handlers).toEqual(['express: 1 ops']);
  });
});
