/**
 * The probe rules, listed before ours:
 * - `model` only builds the shared handler model (`getHandlerModel`), so the model's cost is
 *   measured on its own; every later rule reads it from the cache, so their times are their own
 *   work.
 * - `tally` records how many handlers each file has, to split costs by kind of file. It is the
 *   benchmark's bookkeeping: its time is left out of every figure.
 * - `idle` does nothing: its time is what ESLint's `stats` charge any rule for being called on a
 *   file, shown for scale (each of our rules pays it too).
 */
import { getHandlerModel } from '../dist/analysis/handler-model.js';

/** Per file: its handlers and its lines, to say how dense in handlers a corpus is. */
export const handlerCounts = new Map();
export const PROBE_MODEL = 'bench-probe/model';
export const PROBE_IDLE = 'bench-probe/idle';
/** Probe rules whose time is not the plugin's. */
export const NOT_PLUGIN = new Set(['bench-probe/tally', PROBE_IDLE]);

const meta = { type: 'problem', schema: [] };

export const probePlugin = {
  meta: { name: 'bench-probe' },
  rules: {
    model: {
      meta,
      create(context) {
        getHandlerModel(context);
        return {};
      },
    },
    tally: {
      meta,
      create(context) {
        const { handlers } = getHandlerModel(context);
        handlerCounts.set(context.filename, { handlers: handlers.length, lines: context.sourceCode.lines.length });
        return {};
      },
    },
    idle: {
      meta,
      create() {
        return {};
      },
    },
  },
};
