/**
 * The corpus templates, one module per framework plus plain non-server files.
 *
 * A template is `{ name, share, file(random, n) }`:
 * - `name`: its folder under the corpus root;
 * - `share`: its weight: of every 100 files, about `share / (sum of shares) * 100` are its own;
 * - `file(random, n)`: the n-th file, `{ path, source }`, built only from `random` (a seeded
 *   `Random`, see ../random.js) so the corpus is the same on every run. `path` is relative to
 *   the template's folder and may carry the framework's routing convention
 *   (`app/api/users/route.ts`).
 *
 * To add a framework: write `bench/templates/<framework>.js` like express.js (realistic
 * handler files, about one handler in six with a mistake a rule reports) and list it here.
 */
import express from './express.js';
import plain from './plain.js';

export const TEMPLATES = [express, plain];
