/**
 * `settings['http-status']`: shared settings. Unknown keys are ignored; values of the wrong
 * type are ignored too, so a typo never crashes a lint run.
 */
import type { FrameworkId } from './model.js';

export interface PluginSettings {
  /** Frameworks to analyse, overriding detection from imports and file names. */
  readonly frameworks: readonly FrameworkId[] | null;
}

const cache = new WeakMap<object, PluginSettings>();

export function readSettings(settings: Readonly<Record<string, unknown>> | undefined): PluginSettings {
  const raw = settings?.['http-status'];
  if (!raw || typeof raw !== 'object') return { frameworks: null };
  const cached = cache.get(raw);
  if (cached) return cached;
  const frameworks = (raw as { frameworks?: unknown }).frameworks;
  const result: PluginSettings = {
    frameworks: Array.isArray(frameworks)
      ? frameworks.filter((value): value is FrameworkId => typeof value === 'string')
      : null,
  };
  cache.set(raw, result);
  return result;
}
