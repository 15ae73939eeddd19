/**
 * Renders the handler model of a file as text, one block per handler, so an adapter test reads
 * as a list of what the adapter found and a regression shows up as one readable diff.
 */
import { Linter } from 'eslint';
import type { TSESTree } from '@typescript-eslint/utils';
import * as tsParser from '@typescript-eslint/parser';
import * as espree from 'espree';
import { getHandlerModel } from '../../src/analysis/handler-model.js';
import type { Handler, HandlerModel, ResponseOp, StatusValue } from '../../src/analysis/model.js';

export function inventory(source: string, filename = 'app.ts', settings: Record<string, unknown> = {}): string {
  let model: HandlerModel | undefined;
  let text = '';
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(
    source,
    [
      {
        files: ['**/*.{js,cjs,mjs,jsx,ts,cts,mts,tsx,svelte}'],
        languageOptions: {
          parser: (filename.endsWith('.ts') || filename.endsWith('.tsx') ? tsParser : espree) as Linter.Parser,
          ecmaVersion: 'latest',
          sourceType: 'module',
          parserOptions: { ecmaFeatures: { jsx: true } },
        },
        settings,
        plugins: {
          probe: {
            rules: {
              model: {
                create(context) {
                  model = getHandlerModel(context as never);
                  text = (context.sourceCode as { text: string }).text;
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
  const fatal = messages.find((message) => message.fatal);
  if (fatal || !model) throw new Error(`no model: ${JSON.stringify(messages)}`);
  return render(model, text);
}

function render(model: HandlerModel, text: string): string {
  if (model.handlers.length === 0) return '(no handlers)';
  return model.handlers.map((handler) => renderHandler(handler, text)).join('\n');
}

function renderHandler(handler: Handler, text: string): string {
  const methods = handler.methods?.join('|') ?? '*';
  const flags = [handler.isErrorHandler && 'error-handler', handler.respondsByReturn && 'returns'].filter(Boolean);
  const head = `${handler.framework} ${methods} ${handler.path ?? '?'} (line ${handler.fn.loc.start.line})${flags.length ? ` [${flags.join(', ')}]` : ''}`;
  const ops = handler.ops.map((op) => `  ${renderOp(op, text)}`);
  return [head, ...ops].join('\n');
}

function renderOp(op: ResponseOp, text: string): string {
  const where = `L${op.node.loc.start.line}`;
  const source = snippet(op.node, text);
  const extras = [
    op.deferred && `deferred: ${op.deferred.timing}`,
    op.guardedBySentCheck && 'guarded',
  ].filter(Boolean);
  const tail = extras.length ? ` (${extras.join(', ')})` : '';
  if (op.kind === 'send') {
    const terminal = op.terminal ? '' : ' non-terminal';
    return `${where} send ${status(op.status)} ${op.bodyKind}${terminal}: ${source}${tail}`;
  }
  return `${where} ${op.kind} ${status(op.status)}: ${source}${tail}`;
}

function status(value: StatusValue): string {
  return value.kind === 'explicit' ? String(value.code) : value.kind;
}

function snippet(node: TSESTree.Node, text: string): string {
  const source = text.slice(node.range[0], node.range[1]).replaceAll(/\s+/g, ' ');
  return source.length > 60 ? `${source.slice(0, 57)}...` : source;
}
