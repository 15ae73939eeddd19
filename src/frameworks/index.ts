/**
 * The adapters, in the order they claim handlers: file-system conventions and specific
 * imports first, Express last, since its shape-based detection is the broadest (it would also
 * claim Node's own `createServer` handlers, whose responses have no `status()` or `json()`).
 */
import type { FrameworkAdapter } from './adapter.js';
import { express } from './express.js';
import { fastify } from './fastify.js';
import { hono } from './hono.js';
import { nextApp } from './next-app.js';
import { nextMiddleware } from './next-middleware.js';
import { nextPages } from './next-pages.js';
import { koa } from './koa.js';
import { nodeHttp } from './node-http.js';
import { web } from './web.js';

export const ADAPTERS: readonly FrameworkAdapter[] = [nextApp, nextPages, nextMiddleware, koa, hono, web, fastify, nodeHttp, express];
