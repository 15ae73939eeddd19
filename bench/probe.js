/**
 * The probe: a rule that only builds the shared handler model (`getHandlerModel`), so the
 * model's cost is measured on its own. Listed first, it is the rule that builds the model;
 * every later rule reads it from the cache, so their times are their own work.
 * It also records how many handlers each file has, to split costs by kind of file.
 */
import { getHandlerModel } from '../dist/analysis/handler-model.js';

export const handlerCounts = new Map();

export const probePlugin = {
  meta: { name: 'bench-probe' },
  rules: {
    model: {
      meta: { type: 'problem', schema: [] },
      create(context) {
        handlerCounts.set(context.filename, getHandlerModel(context).handlers.length);
        return {};
      },
    },
  },
};
