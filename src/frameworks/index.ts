/**
 * The adapters, in the order they claim handlers: file-system conventions and specific
 * imports first, Express last, since its shape-based detection is the broadest.
 */
import type { FrameworkAdapter } from './adapter.js';
import { express } from './express.js';

export const ADAPTERS: readonly FrameworkAdapter[] = [express];
