/**
 * The corpus templates, one module per framework plus plain non-server files.
 *
 * A template is `{ name, share, file(random, n) }`:
 * - `name`: its folder under the corpus root;
 * - `share`: its weight: of every 100 files, about `share / (sum of shares) * 100` are its own;
 * - `file(random, n)`: the n-th file, `{ path, source }`, built only from `random` (a seeded
 *   `Random`, see ../random.js) so the corpus is the same on every run. `path` is relative to
 *   the template's folder and may carry the framework's routing convention
 *   (`app/api/users/route.ts`);
 * - optional `mistakes` on the returned file: the rule ids (`require-error-status`) of the
 *   mistakes planted in it, one per mistake, so a check can compare them with the findings.
 *
 * To add a framework: write `bench/templates/<framework>.js` like express.js (realistic
 * handler files, about one handler in six with a mistake a rule reports) and list it here.
 */
import express from './express.js';
import fastify from './fastify.js';
import hono from './hono.js';
import koa from './koa.js';
import nextApp from './next-app.js';
import nextPages from './next-pages.js';
import nodeHttp from './node-http.js';
import plain from './plain.js';
import web from './web.js';

/**
 * Shares: express 25, fastify 10, hono 10, next-app 10, koa 8, next-pages 5, web 5, node-http 2,
 * plain 50 (40% of files). The realistic layout weighs plain up to 80% of the files and adds
 * supporting code to the others (see `LAYOUTS` in ../generate.js).
 */
export const TEMPLATES = [express, fastify, koa, hono, nextApp, nextPages, web, nodeHttp, plain];
